# split() and subgroup(): matching by type, tuple of types and predicate, through nested
# groups, and the metadata the derived groups keep.


def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, repr(g))


leaf_v1, leaf_v2, leaf_t, leaf_k = ValueError(1), ValueError(2), TypeError(3), KeyError(4)
inner = ExceptionGroup("inner", [leaf_v2, leaf_k])
eg = ExceptionGroup("outer", [leaf_v1, leaf_t, inner])

m, r = eg.split(ValueError)
show("match", m)
show("rest", r)
print(m.exceptions[0] is leaf_v1, m.exceptions[1].exceptions[0] is leaf_v2)
show("tuple", eg.split((TypeError, KeyError))[0])
show("LookupError", eg.split(LookupError)[0])
show("nothing", eg.split(OSError)[0])
print(eg.split(OSError)[1] is eg)
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(ExceptionGroup)[0] is eg)
show("inner group by type", eg.split(lambda e: e is inner)[0])
show("predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)[0])

show("subgroup", eg.subgroup(ValueError))
show("subgroup none", eg.subgroup(OSError))
print(eg.subgroup(BaseException) is eg)
print(eg.subgroup(lambda e: True) is eg)
show("subgroup groups", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__))
print(seen)

# a BaseExceptionGroup splits into the right classes
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
m, r = bg.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m), repr(r))

# derived groups keep traceback, cause and context and copy the notes
try:
    try:
        raise KeyError("context")
    except KeyError:
        raise eg from OSError("cause")
except ExceptionGroup as caught:
    eg.add_note("a note")
    m, r = caught.split(TypeError)
    for part in (m, r):
        print(part.__traceback__ is caught.__traceback__, repr(part.__cause__),
              repr(part.__context__), part.__suppress_context__)
        print(part.__notes__, part.__notes__ is caught.__notes__)
    print(m.exceptions[0].__traceback__)

eg.__notes__ = "not a list of notes"
print(eg.split(TypeError)[0].__notes__)
eg.__notes__ = 42
print(hasattr(eg.split(TypeError)[0], "__notes__"))


# errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: eg.split(3))
attempt(lambda: eg.split(int))
attempt(lambda: eg.split((ValueError, int)))
attempt(lambda: eg.split("ValueError"))
attempt(lambda: eg.split())
attempt(lambda: eg.split(ValueError, TypeError))
attempt(lambda: eg.subgroup())
attempt(lambda: eg.subgroup(ValueError, TypeError))
attempt(lambda: eg.split(lambda e: 1 / 0))


def picky(e):
    if isinstance(e, KeyError):
        raise RuntimeError("predicate failed")
    return False


attempt(lambda: eg.subgroup(picky))

deep = ExceptionGroup("deep", [ValueError(0)])
for i in range(2000):
    deep = ExceptionGroup("deep", [deep])
attempt(lambda: deep.split(TypeError))
