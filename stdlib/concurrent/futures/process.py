"""ProcessPoolExecutor, implemented on threads.

taipan runs Python threads in parallel (there is no global interpreter lock), so this
"process" pool is a pool of threads in the same process: the calls, their arguments and
their results are shared, not pickled or copied, and a call can see and change the
caller's objects. It has ProcessPoolExecutor's API (max_workers defaulting to the CPU
count, mp_context and max_tasks_per_child accepted and ignored).
"""

from concurrent.futures import _base
from concurrent.futures import thread as _thread_pool

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker's initializer failed."""


class ProcessPoolExecutor(_thread_pool.ThreadPoolExecutor):
    """An Executor whose workers are threads sharing memory with the caller: nothing is
    pickled, and the calls run in parallel on all cores (taipan has no GIL)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _thread_pool._cpu_count()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        _thread_pool.ThreadPoolExecutor.__init__(self, max_workers, '', initializer, initargs)

    def _prefix_base(self):
        return "ProcessPoolExecutor"

    def _broken_error(self, message):
        return BrokenProcessPool(message)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return _base.Executor.map(self, fn, *iterables, timeout=timeout)
