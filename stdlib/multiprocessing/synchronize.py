"""multiprocessing's locks, semaphores, conditions, events and barriers, on threads.

They are threading's primitives with multiprocessing's signatures: acquire(block=True,
timeout=None), and a "process" that owns a lock is a thread here.
"""

import threading

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event',
           'Barrier']


def _owner_name():
    from multiprocessing.process import current_process
    name = current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock:
    """A non-recursive lock (any thread may release it)."""

    def __init__(self, *, ctx=None):
        self._lock = threading.Lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if not block:
            got = self._lock.acquire(False)
        elif timeout is None:
            got = self._lock.acquire()
        else:
            got = self._lock.acquire(True, max(timeout, 0))
        if got:
            self._owner = threading.get_ident()
        return got

    def release(self):
        self._owner = None
        try:
            self._lock.release()
        except RuntimeError:
            raise ValueError('semaphore or lock released too many times') from None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        owner = self._owner
        if not self._lock.locked():
            name = 'None'
        elif owner == threading.get_ident():
            name = _owner_name()
        else:
            name = 'SomeOtherThread'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock:
    """A recursive lock: the owning thread may acquire it again."""

    def __init__(self, *, ctx=None):
        self._lock = threading.RLock()
        self._count = 0

    def acquire(self, block=True, timeout=None):
        if not block:
            got = self._lock.acquire(False)
        elif timeout is None:
            got = self._lock.acquire()
        else:
            got = self._lock.acquire(True, max(timeout, 0))
        if got:
            self._count += 1
        return got

    def release(self):
        if not self._lock._is_owned():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    # For threading.Condition.
    def _is_owned(self):
        return self._lock._is_owned()

    def _release_save(self):
        count = self._count
        self._count = 0
        return (count, self._lock._release_save())

    def _acquire_restore(self, state):
        self._lock._acquire_restore(state[1])
        self._count = state[0]

    def __repr__(self):
        if self._lock._is_owned():
            return '<%s(%s, %s)>' % (type(self).__name__, _owner_name(), self._count)
        if self._lock.acquire(False):
            self._lock.release()
            return '<%s(None, 0)>' % type(self).__name__
        return '<%s(SomeOtherThread, nonzero)>' % type(self).__name__


class Semaphore:
    def __init__(self, value=1, *, ctx=None):
        self._sem = self._make(value)

    def _make(self, value):
        return threading.Semaphore(value)

    def acquire(self, block=True, timeout=None):
        if not block:
            return self._sem.acquire(False)
        return self._sem.acquire(True, timeout)

    def release(self):
        try:
            self._sem.release()
        except ValueError:
            raise ValueError('semaphore or lock released too many times') from None

    def get_value(self):
        return self._sem._value

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def _make(self, value):
        self._maxvalue = value
        return threading.BoundedSemaphore(value)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self.get_value(),
                                                 self._maxvalue)


class Condition(threading.Condition):
    def __init__(self, lock=None, *, ctx=None):
        threading.Condition.__init__(self, lock if lock is not None else RLock())


class Event(threading.Event):
    def __init__(self, *, ctx=None):
        threading.Event.__init__(self)


class Barrier(threading.Barrier):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        threading.Barrier.__init__(self, parties, action, timeout)
