"""multiprocessing's exceptions and start-method context.

taipan's multiprocessing runs everything on threads of one process, so there is one
context, named 'thread'; its methods are the module's functions.
"""

__all__ = ['ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'get_context', 'get_start_method', 'set_start_method', 'get_all_start_methods']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_METHODS = ['fork', 'spawn', 'forkserver']


class ThreadContext:
    """What get_context() returns: the module's API (every method is threads)."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        import multiprocessing
        try:
            return getattr(multiprocessing, name)
        except AttributeError:
            raise AttributeError(name) from None


_start_method = None


def get_context(method=None):
    """A context for `method` ('fork', 'spawn' or 'forkserver': all the same here)."""
    if method is None:
        method = _start_method or 'fork'
    if method not in _METHODS:
        raise ValueError('cannot find context for %r' % method)
    return ThreadContext(method)


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None:
        if allow_none:
            return None
        _start_method = 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in _METHODS:
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_all_start_methods():
    return list(_METHODS)
