class Fmt:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print("format spec:", repr(spec))
        return format(self.v, spec)
f = Fmt(3.14159)
print(f"{f:.2f}", f"{f:>10.3}", f"{f}")
w = 8
print(f"{f:{w}.{w - 6}f}")
print("{0:.1f} {0}".format(f))
print(format(Fmt("s"), "*^5"))
class NoFmt:
    pass
nf = NoFmt()
print(format(nf, "") == str(nf))
try:
    f"{NoFmt():x}"
except TypeError as e:
    print("TypeError:", e)
class BadFmt:
    def __format__(self, spec): return 5
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)
print(f"{42:#x} {42:,} {1234567.891:,.2f} {0.25:%} {'t':!<3} {-5:+} {5:+}")
print(f"{3!r} {'q'!r} {'q'!a} {'é'!a}")
print(f"{{literal}} {1 + 1 = }")
x = 10
print(f"{x = }, {x=:>5}, {x*2=}")
