# __del__ runs once per object, when a collection finds it unreachable (taipan) or when
# its last reference goes (CPython); each check below follows gc.collect().
import gc


class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Resource.log.append(self.name)


r = Resource("one")
del r
gc.collect()
print(Resource.log)

# A cycle of objects with __del__ is collected too; order within it is unspecified.
a, b = Resource("a"), Resource("b")
a.other, b.other = b, a
del a, b
gc.collect()
print(sorted(Resource.log))

# Resurrection: __del__ stores self; it is not called a second time.
saved = []


class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)


Phoenix()
gc.collect()
print(Phoenix.calls, len(saved))
saved.clear()
gc.collect()
print(Phoenix.calls)


# An exception in __del__ is reported on stderr and ignored.
class Faulty:
    def __del__(self):
        raise ValueError("from __del__")


Faulty()
gc.collect()
print("still running")


# __del__ added to the class after instances were made still runs.
class Late:
    pass


late = Late()
Late.__del__ = lambda self: print("late __del__")
del late
gc.collect()
print("end")
