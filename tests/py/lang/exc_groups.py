eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("ValueError group:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("TypeError group:", [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(type(sub).__name__, [str(e) for e in sub.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as left:
    print("left over:", [type(e).__name__ for e in left.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, [str(e) for e in g.exceptions])
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(nested.split(TypeError)[0])
