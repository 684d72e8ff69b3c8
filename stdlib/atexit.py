"""atexit: functions called when the interpreter exits normally, after non-daemon
threads have been joined, last registered first."""

import sys
import _thread

_lock = _thread.allocate_lock()
_callbacks = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func (compared with ==)."""
    with _lock:
        _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    with _lock:
        del _callbacks[:]


def _run_exitfuncs():
    while True:
        with _lock:
            if not _callbacks:
                return
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            import traceback
            traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)
