"""multiprocessing, implemented on threads in one process.

taipan has no global interpreter lock, so threads already run Python code on all cores
at once. This module keeps multiprocessing's API for code written against it, but every
"process" (Process, the workers of Pool) is a thread of this process: the threads share
memory, nothing is pickled or copied, and a worker can see and change the caller's
objects. Process.pid is the thread's native id; a Process cannot be terminated. There is
no Manager (share ordinary objects, with a Lock where needed).
"""

from multiprocessing.context import (ProcessError, BufferTooShort, TimeoutError,
                                     AuthenticationError, get_context, get_start_method,
                                     set_start_method, get_all_start_methods)
from multiprocessing.process import (Process, current_process, active_children,
                                     parent_process)
from multiprocessing.pool import Pool
from multiprocessing.queues import Queue, JoinableQueue, SimpleQueue
from multiprocessing.synchronize import (Lock, RLock, Condition, Semaphore,
                                         BoundedSemaphore, Event, Barrier)
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing.connection import Pipe

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
           'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock', 'Pipe', 'Pool',
           'Process', 'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue',
           'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value', 'active_children',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods',
           'get_context', 'get_start_method', 'parent_process', 'set_start_method']


def cpu_count():
    """The number of CPUs (os.cpu_count()); NotImplementedError if it is unknown."""
    try:
        import os
        n = os.cpu_count()
    except (ImportError, AttributeError):
        n = 2
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


def set_executable(executable):
    pass


def get_logger():
    raise NotImplementedError("multiprocessing logging is not available in taipan")
