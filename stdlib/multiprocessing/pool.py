"""multiprocessing.Pool on threads.

The workers are threads of this process: the function, its arguments and its results
are shared with the caller, never pickled or copied, and the workers run in parallel
(taipan has no global interpreter lock).

A task is (job, index, function, args); workers take them from one queue and hand the
outcome, (True, value) or (False, exception), to the job's _set(). map() cuts its input
in chunks (chunksize) to amortize the queue. imap() and imap_unordered() read their
input on a feeder thread, as CPython's task handler does, so results flow while the
input is still being read.
"""

import queue as _queue
import sys as _sys
import threading

from multiprocessing.context import TimeoutError
from multiprocessing import process as _process
from types import GenericAlias

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult',
           'IMapIterator', 'IMapUnorderedIterator']

RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

_job_lock = threading.Lock()
_job_counter = 0


def _next_job():
    global _job_counter
    with _job_lock:
        _job_counter += 1
        return _job_counter


def _report(message, exc):
    try:
        _sys.stderr.write(message + '\n')
        _sys.excepthook(type(exc), exc, exc.__traceback__)
        _sys.stderr.flush()
    except BaseException:
        pass


def _cpu_count():
    try:
        import os
        n = os.cpu_count()
    except (ImportError, AttributeError):
        n = None
    return n or 2


def _mapstar(func, chunk):
    return [func(x) for x in chunk]


def _starmapstar(func, chunk):
    return [func(*args) for args in chunk]


def _call(func, args, kwds):
    return func(*args, **kwds)


def _reraise(exc):
    raise exc


def _worker(proc, inqueue, initializer, initargs):
    proc._enter()
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException as exc:
                _report('Process %s:' % proc.name, exc)
        while True:
            task = inqueue.get()
            if task is None:
                return
            job, i, func, args = task
            try:
                result = (True, func(*args))
            except BaseException as exc:
                result = (False, exc)
            del task, func, args
            try:
                job._set(i, result)
            except BaseException as exc:
                _report('Exception in a multiprocessing.Pool result callback:', exc)
            del job, result
    finally:
        proc._leave()


class ApplyResult:
    """The result of apply_async(): get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = _next_job()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The value; raises the call's exception, or TimeoutError after `timeout` s."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        try:
            if self._callback and self._success:
                self._callback(self._value)
            if self._error_callback and not self._success:
                self._error_callback(self._value)
        finally:
            self._event.set()
            self._pool = None

    __class_getitem__ = classmethod(GenericAlias)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async()/starmap_async(): a list, filled chunk by chunk."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._lock = threading.Lock()
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._pool = None
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        success, result = success_result
        call = None
        with self._lock:
            if self._event.is_set():
                return                      # an earlier chunk failed: already done
            self._number_left -= 1
            if success:
                self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
                if self._number_left == 0:
                    call = self._callback
                    done = True
                else:
                    done = False
            else:
                self._success = False
                self._value = result
                call = self._error_callback
                done = True
        if done:
            try:
                if call:
                    call(self._value)
            finally:
                self._event.set()
                self._pool = None


class IMapIterator:
    """The iterator imap() returns; next(timeout) raises TimeoutError."""

    _ordered = True

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = _next_job()
        self._items = []        # ready outcomes, consumed from _head
        self._head = 0
        self._index = 0         # outcomes delivered to _items so far
        self._unsorted = {}
        self._length = None

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if timeout is not None:
                end = _monotonic() + timeout
            while self._head == len(self._items):
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                if timeout is None:
                    self._cond.wait()
                else:
                    remaining = end - _monotonic()
                    if remaining <= 0:
                        raise TimeoutError
                    self._cond.wait(remaining)
            success, value = self._items[self._head]
            self._items[self._head] = None
            self._head += 1
            if self._head > 64 and self._head * 2 > len(self._items):
                del self._items[:self._head]
                self._head = 0
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if not self._ordered or self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify_all()
            else:
                self._unsorted[i] = obj

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify_all()


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered() returns: results in the order they finish."""

    _ordered = False


def _monotonic():
    import time
    return time.monotonic()


class Pool:
    """A pool of worker threads (see the module docstring: threads sharing memory)."""

    _worker_name = 'ForkPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        if processes is None:
            processes = _cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._state = RUN
        self._processes = processes
        self._inqueue = _queue.SimpleQueue()
        self._lock = threading.Lock()
        self._feeders = 0
        self._feeders_done = threading.Condition(self._lock)
        self._sentinels_sent = False
        self._pool = []
        self._threads = []
        for _ in range(processes):
            proc = _process._WorkerProcess(None)
            proc._name = '%s-%d' % (self._worker_name, proc._number)
            t = threading.Thread(target=_worker, name=proc._name, daemon=True,
                                 args=(proc, self._inqueue, initializer, initargs))
            self._pool.append(proc)
            self._threads.append(t)
            t.start()

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ---- feeding tasks

    def _put_tasks(self, job, tasks):
        # tasks yields (function, args); returns how many were put.
        n = 0
        for func, args in tasks:
            if self._state == TERMINATE:
                break
            self._inqueue.put((job, n, func, args))
            n += 1
        return n

    def _feed(self, job, tasks):
        # On a feeder thread: puts the tasks, then tells the iterator their count.
        n = 0
        try:
            for func, args in tasks:
                if self._state == TERMINATE:
                    break
                self._inqueue.put((job, n, func, args))
                n += 1
        except BaseException as exc:
            # The input raised: its exception is the outcome at this index.
            self._inqueue.put((job, n, _reraise, (exc,)))
            n += 1
        finally:
            job._set_length(n)
            with self._lock:
                self._feeders -= 1
                self._feeders_done.notify_all()
            self._maybe_stop_workers()

    def _start_feeder(self, job, tasks):
        with self._lock:
            self._feeders += 1
        t = threading.Thread(target=self._feed, args=(job, tasks), daemon=True,
                             name='Pool-feeder')
        t.start()

    def _maybe_stop_workers(self):
        with self._lock:
            if self._state == RUN or self._feeders or self._sentinels_sent:
                return
            self._sentinels_sent = True
        for _ in self._threads:
            self._inqueue.put(None)

    # ---- the API

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) on a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._inqueue.put((result, 0, _call, (func, args, kwds)))
        return result

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers, in order."""
        return self._map_async(func, iterable, _mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers, in order."""
        return self._map_async(func, iterable, _starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, _starmapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        elif chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        if len(items) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize:
            tasks = []
            for start in range(0, len(items), chunksize):
                tasks.append((mapper, (func, items[start:start + chunksize])))
            self._put_tasks(result, tasks)
        return result

    def imap(self, func, iterable, chunksize=1):
        """Like map(), lazily: an iterator of the results, in order."""
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), yielding the results in the order they finish."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, kind, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = kind(self)
        if chunksize == 1:
            self._start_feeder(result, _single_tasks(func, iterable))
            return result
        self._start_feeder(result, _chunk_tasks(func, iterable, chunksize))
        return _flatten(result)

    def close(self):
        """No more tasks; the workers exit once the queued tasks are done."""
        if self._state == RUN:
            self._state = CLOSE
        self._maybe_stop_workers()

    def terminate(self):
        """Drops the queued tasks and stops the workers. Threads cannot be killed:
        the tasks already running are waited for."""
        self._state = TERMINATE
        while True:
            try:
                item = self._inqueue.get_nowait()
            except _queue.Empty:
                break
            if item is None:
                self._inqueue.put(None)
                break
        self._maybe_stop_workers()
        self._join_workers()

    def join(self):
        """Waits for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._join_workers()

    def _join_workers(self):
        with self._lock:
            while self._feeders:
                self._feeders_done.wait()
        self._maybe_stop_workers()
        me = threading.current_thread()
        for t in self._threads:
            if t is not me:
                t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _single_tasks(func, iterable):
    for x in iterable:
        yield (_call, (func, (x,), {}))


def _chunk_tasks(func, iterable, chunksize):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == chunksize:
            yield (_mapstar, (func, chunk))
            chunk = []
    if chunk:
        yield (_mapstar, (func, chunk))


def _flatten(chunks):
    for chunk in chunks:
        for item in chunk:
            yield item


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: the same pool (every Pool here is threads)."""

    _worker_name = 'ThreadPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
