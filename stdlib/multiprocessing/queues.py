"""multiprocessing.Queue, JoinableQueue and SimpleQueue on threads.

The objects put on these queues are shared with the getter, not pickled or copied:
every "process" here is a thread of one process (taipan has no GIL). get() and put()
raise queue.Empty and queue.Full, as CPython's do.
"""

import queue as _queue
from types import GenericAlias

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_SEM_VALUE_MAX = 2147483647


class Queue:
    """A FIFO queue with put/get(block, timeout), qsize, empty, full and close."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def task_done(self):
        try:
            self._q.task_done()
        except ValueError:
            raise ValueError('task_done() called too many times') from None

    def join(self):
        self._q.join()


class SimpleQueue:
    """An unbounded FIFO queue: put, get, empty, close."""

    def __init__(self, *, ctx=None):
        self._q = _queue.Queue()
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return self._q.empty()

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._q.get()

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._q.put(obj)

    __class_getitem__ = classmethod(GenericAlias)
