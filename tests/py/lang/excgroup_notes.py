# __notes__ (PEP 678) live in the instance __dict__, as in CPython 3.11; __reduce__ and
# __setstate__ carry the dict, so notes survive copy and pickle, groups included.
import copy
import pickle


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


e = ValueError(1)
attempt(lambda: e.__notes__)
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, e.__dict__)
attempt(lambda: e.add_note(3))
attempt(lambda: e.add_note())
e.__notes__ = ("a tuple",)
attempt(lambda: e.add_note("x"))
del e.__notes__
e.add_note("again")
print(e.__notes__)

print(ValueError(1).__reduce__())
e.code = 7
print(e.__reduce__())
fresh = ValueError()
fresh.__setstate__({"a": 1, "b": 2})
print(fresh.a, fresh.b)
fresh.__setstate__(None)
attempt(lambda: fresh.__setstate__(5))
attempt(lambda: fresh.__setstate__({1: 2}))

c = copy.copy(e)
print(repr(c), c.__notes__, c.__notes__ is e.__notes__, c.code)
d = copy.deepcopy(e)
print(d.__notes__, d.__notes__ is e.__notes__)
p = pickle.loads(pickle.dumps(e))
print(repr(p), p.__notes__, p.code)

eg = ExceptionGroup("group", [ValueError(1), KeyError(2)])
eg.add_note("group note")
g2 = pickle.loads(pickle.dumps(eg))
print(repr(g2), type(g2).__name__, g2.__notes__)
print(repr(copy.deepcopy(eg)))


class WithProperty(Exception):
    @property
    def __notes__(self):
        return ["from a property"]


attempt(lambda: WithProperty().__notes__)
attempt(lambda: WithProperty().add_note("x"))

# split copies the notes list into each part
eg.__notes__.append("another")
m, r = eg.split(KeyError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
m.add_note("only on the match")
print(eg.__notes__, r.__notes__)
