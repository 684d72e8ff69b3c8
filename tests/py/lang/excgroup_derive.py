# derive(): the default makes a plain (Base)ExceptionGroup with the same message;
# subclasses override it (and __new__) to keep their type and fields through split().


eg = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError(3)])
print(type(d).__name__, repr(d), d.__traceback__, d.__cause__)
print(type(eg.derive([KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [SystemExit()]).derive([ValueError()])).__name__)
for bad in ([], 5, None):
    try:
        eg.derive(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for args in ((), (1, 2)):
    try:
        eg.derive(*args)
    except TypeError as e:
        print("TypeError:", e)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p.derive([ValueError()])).__name__, type(m).__name__, type(r).__name__)


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("coded", [ValueError(1), Coded("sub", [TypeError(2), ValueError(3)], 8)], 7)
print(repr(c), c.code, c.args)
m, r = c.split(ValueError)
print(repr(m), type(m).__name__, m.code, type(m.exceptions[1]).__name__, m.exceptions[1].code)
print(repr(r), r.code)
print(repr(c.subgroup(TypeError)))

try:
    try:
        raise c
    except* TypeError as e:
        print("handler got", type(e).__name__, e.code, repr(e))
except Coded as rest:
    print("rest", type(rest).__name__, rest.code, repr(rest))


class Counting(ExceptionGroup):
    calls = 0

    def derive(self, excs):
        Counting.calls += 1
        return super().derive(excs)


cg = Counting("count", [ValueError(1), TypeError(2), Counting("in", [ValueError(3)])])
cg.split(ValueError)
print("derive calls", Counting.calls)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class RaisingDerive(ExceptionGroup):
    def derive(self, excs):
        raise KeyError("from derive")


try:
    RaisingDerive("bad", [ValueError(1), TypeError(2)]).subgroup(ValueError)
except KeyError as e:
    print("KeyError:", e)
print(RaisingDerive("whole", [ValueError(1)]).subgroup(Exception).message)
