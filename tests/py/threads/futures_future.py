# concurrent.futures.Future on its own: states, results, exceptions, callbacks, timeouts.
import concurrent.futures as cf
import threading
import time

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.02)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print("TimeoutError from exception()")
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.done(), f.running(), f.result(), f.exception(), f.result(timeout=0))
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).startswith("FINISHED: <Future at"))
print(repr(f).endswith("state=finished returned int>"))
print(cf.InvalidStateError.__mro__[1].__name__, issubclass(cf.CancelledError, Exception))

f = cf.Future()
err = KeyError("k")
f.set_exception(err)
print(f.exception() is err, repr(f).endswith("state=finished raised KeyError>"))
try:
    f.result()
except KeyError as e:
    print("raised", e is err)

f = cf.Future()
print(repr(f).endswith("state=pending>"))
print(f.cancel(), f.cancelled(), f.done(), f.cancel())
try:
    f.result()
except cf.CancelledError:
    print("CancelledError")
try:
    f.exception()
except cf.CancelledError:
    print("CancelledError from exception()")
print(f.set_running_or_notify_cancel())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

# Callbacks run once done, in order; added after done, they run at once.
calls = []
f = cf.Future()
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
print(calls)
f.set_result("v")
print(calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls[-1])
# A callback that raises is reported (stderr) and the others still run.
f = cf.Future()
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: calls.append("after bad"))
f.set_result(None)
print(calls[-1])
f = cf.Future()
f.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
f.cancel()
print(calls[-1])

# result() blocks until another thread sets the result.
f = cf.Future()
t = threading.Thread(target=lambda: (time.sleep(0.01), f.set_result("late value")))
t.start()
print(f.result(timeout=5))
t.join()
f = cf.Future()
t = threading.Thread(target=lambda: (time.sleep(0.01), f.set_exception(OSError("io"))))
t.start()
print(repr(f.exception(timeout=5)))
t.join()
f = cf.Future()
t = threading.Thread(target=lambda: (time.sleep(0.01), f.cancel()))
t.start()
try:
    f.result(timeout=5)
except cf.CancelledError:
    print("CancelledError while waiting")
t.join()
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.BrokenExecutor, RuntimeError))
