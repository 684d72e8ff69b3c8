"""multiprocessing.Process on threads: current_process(), active_children(), Process.

A Process here is a thread of this process: its target shares memory with the caller
(nothing is pickled or copied) and runs in parallel with it (taipan has no GIL).
"""

import sys as _sys
import threading

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process',
           'active_children']

_lock = threading.Lock()
_by_ident = {}        # thread ident -> the Process object running on that thread
_children = set()     # started Process objects not yet joined after they ended
_counter = 0


def _next_number():
    global _counter
    with _lock:
        _counter += 1
        return _counter


def current_process():
    """The Process object of the calling thread; MainProcess for every thread that is
    not a Process or a Pool worker."""
    p = _by_ident.get(threading.get_ident())
    if p is None:
        return _main_process
    return p


def parent_process():
    p = current_process()
    if p is _main_process:
        return None
    return _main_process


def active_children():
    """The started Process objects still running (the ended ones are forgotten)."""
    with _lock:
        children = list(_children)
    alive = []
    for p in children:
        if p.is_alive():
            alive.append(p)
        else:
            with _lock:
                _children.discard(p)
    return alive


def _exitcode_of(exc):
    # The exit status a process would have after raising exc (CPython's rules).
    if isinstance(exc, SystemExit):
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        try:
            _sys.stderr.write(str(code) + '\n')
        except BaseException:
            pass
        return 1
    return 1


class BaseProcess:
    """A Process runs run() (by default target(*args, **kwargs)) on its own thread."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        number = _next_number()
        self._number = number
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' + str(number))
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_process().daemon
        self._thread = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._parent_name = current_process().name

    def run(self):
        """The process's activity; override it in a subclass or pass `target`."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        self._pid = threading.get_native_id()
        ident = threading.get_ident()
        with _lock:
            _by_ident[ident] = self
        exitcode = 0
        try:
            self.run()
        except SystemExit as exc:
            exitcode = _exitcode_of(exc)
        except BaseException as exc:
            exitcode = 1
            try:
                _sys.stderr.write('Process %s:\n' % self._name)
                _sys.excepthook(type(exc), exc, exc.__traceback__)
                _sys.stderr.flush()
            except BaseException:
                pass
        finally:
            with _lock:
                _by_ident.pop(ident, None)
            self._exitcode = exitcode

    def start(self):
        """Starts run() on a new thread."""
        self._check_closed()
        assert self._thread is None, 'cannot start a process twice'
        parent = current_process()
        assert parent is _main_process or not parent._daemonic, \
            'daemonic processes are not allowed to have children'
        t = threading.Thread(target=self._bootstrap, name=self._name, daemon=self._daemonic)
        self._thread = t
        with _lock:
            _children.add(self)
        t.start()
        if self._pid is None:
            self._pid = t.native_id

    def join(self, timeout=None):
        """Waits until run() returns, or `timeout` seconds."""
        self._check_closed()
        assert self._thread is not None, 'can only join a started process'
        if self._thread is threading.current_thread():
            raise AssertionError('can only join a child process')
        self._thread.join(timeout)
        if not self._thread.is_alive():
            with _lock:
                _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _main_process:
            return True
        if self._thread is None:
            return False
        return self._thread.is_alive()

    def terminate(self):
        raise NotImplementedError(
            'a multiprocessing.Process is a thread in taipan and cannot be terminated')

    kill = terminate

    def close(self):
        if self._thread is not None and self._thread.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        with _lock:
            _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._thread is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        """None while running (or before start), else 0, the SystemExit code, or 1."""
        self._check_closed()
        if self._thread is None or self._thread.is_alive():
            return None
        return self._exitcode

    @property
    def ident(self):
        """The native id of the thread (the OS id a process would have); None before start."""
        self._check_closed()
        if self is _main_process:
            return _main_pid()
        return self._pid

    pid = ident

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        raise ValueError("a multiprocessing.Process in taipan is a thread: it has no sentinel")

    def __repr__(self):
        exitcode = None
        if self is _main_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._thread is None:
            status = 'initial'
        elif self._thread.is_alive():
            status = 'started'
        else:
            status = 'stopped'
            exitcode = self._exitcode
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._thread is not None and self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % (None if self is _main_process else _main_pid()))
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


def _main_pid():
    try:
        import os
        return os.getpid()
    except (ImportError, AttributeError):
        return _main_process._pid


class _MainProcess(BaseProcess):
    def __init__(self):
        self._number = 0
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._name = 'MainProcess'
        self._daemonic = False
        self._thread = None
        self._exitcode = None
        self._closed = False
        self._parent_name = None
        self._pid = threading.main_thread().native_id

    def close(self):
        pass


class _WorkerProcess(BaseProcess):
    """What current_process() returns inside a Pool worker thread."""

    def __init__(self, name):
        BaseProcess.__init__(self, name=name, daemon=True)

    def _enter(self):
        self._pid = threading.get_native_id()
        self._thread = threading.current_thread()
        with _lock:
            _by_ident[threading.get_ident()] = self

    def _leave(self):
        with _lock:
            _by_ident.pop(threading.get_ident(), None)


_main_process = _MainProcess()
