"""ThreadPoolExecutor: runs calls on a pool of threads.

In taipan there is no global interpreter lock, so the workers run Python code on all
cores at once: CPU-bound work speeds up with the number of workers.

Workers are started on demand, one per submit() while fewer than max_workers exist and
none is idle. They share one work queue; shutdown() puts a None on it, which each
worker passes on to the next before it exits.
"""

import queue
import threading

from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']

_shutdown = False            # set at interpreter exit: no new work
_global_shutdown_lock = threading.Lock()
_work_queues = []            # (thread, queue) of every worker, for the exit hook


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_work_queues)
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Non-daemon workers need an exit hook that wakes them before threading waits for
# them; without one they are daemon threads, abandoned at exit.
_register_atexit = getattr(threading, '_register_atexit', None)
if _register_atexit is not None:
    _register_atexit(_python_exit)


def _cpu_count():
    try:
        import os
        n = os.cpu_count()
    except (ImportError, AttributeError):
        n = None
    return n or 2


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None  # break the cycle exception -> traceback -> frame -> self
        else:
            self.future.set_result(result)


class _PoolState:
    """What the workers share with their executor (workers never hold the executor)."""

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown = False
        self.broken = False
        self.lock = threading.Lock()

    def initializer_failed(self):
        with self.lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            while True:
                try:
                    work_item = self.work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(state, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _base._report('Exception in initializer:', exc)
            state.initializer_failed()
            return
    work_queue = state.work_queue
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            state.idle_semaphore.release()
            continue
        # None: the pool (or the interpreter) is shutting down. Wake the next worker.
        work_queue.put(None)
        return


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs each submitted call on one of max_workers threads."""

    _counter_lock = threading.Lock()
    _counter_value = 0

    @classmethod
    def _next_counter(cls):
        with ThreadPoolExecutor._counter_lock:
            n = ThreadPoolExecutor._counter_value
            ThreadPoolExecutor._counter_value = n + 1
        return n

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to min(32, cpu_count + 4); thread names are
        'PREFIX_N' (default prefix 'ThreadPoolExecutor-K'); initializer(*initargs) runs
        first in each worker, and if it raises, the pool becomes broken."""
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._state = _PoolState()
        self._work_queue = self._state.work_queue
        self._threads = set()
        self._shutdown_lock = self._state.lock
        self._thread_name_prefix = (thread_name_prefix or
                                    ("%s-%d" % (self._prefix_base(), self._next_counter())))
        self._initializer = initializer
        self._initargs = initargs

    def _prefix_base(self):
        return "ThreadPoolExecutor"

    @property
    def _broken(self):
        return self._state.broken

    @property
    def _shutdown(self):
        return self._state.shutdown

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._state.broken:
                raise self._broken_error(self._state.broken)
            if self._state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _broken_error(self, message):
        return BrokenThreadPool(message)

    def _adjust_thread_count(self):
        # Called with the locks held. An idle worker will take the new item.
        if self._state.idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._state, self._initializer, self._initargs),
                                 daemon=_register_atexit is None)
            t.start()
            self._threads.add(t)
            _work_queues.append((t, self._work_queue))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls after this. cancel_futures cancels the calls not yet started;
        wait waits until the running (and, without cancel_futures, queued) calls end."""
        with self._shutdown_lock:
            self._state.shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            with _global_shutdown_lock:
                keep = []
                for item in _work_queues:
                    if item[1] is not self._work_queue:
                        keep.append(item)
                _work_queues[:] = keep
