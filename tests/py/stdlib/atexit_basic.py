# atexit: last registered runs first; unregister removes every registration.
import atexit


def goodbye(name, punct="!"):
    print("goodbye", name + punct)


def never():
    print("never printed")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated runs first")


try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")
