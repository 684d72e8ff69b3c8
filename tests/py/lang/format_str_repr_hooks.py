# __format__, __str__ and __repr__: which builtins use which, and fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents}c"
        if spec:
            return format(self.cents / 100, spec)
        return f"${self.cents / 100:.2f}"
    def __str__(self):
        return f"{self.cents / 100:.2f} dollars"
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(1234)
print(m, str(m), repr(m), f"{m}", f"{m!s}", f"{m!r}", f"{m:c}", f"{m:>10.1f}|")
print(format(m), format(m, ".3f"), "{}-{!r}-{:c}".format(m, m, m), "%s %r" % (m, m))
print([m], (m,), {"k": m}, {m.cents: [m]})

# __str__ falls back to __repr__; __format__ with an empty spec uses str().
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(str(o), f"{o}", format(o), "%s" % o, [o])
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)

# __str__ without __repr__: containers still use repr.
class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(str(s), f"{s}", "only-str" in repr([s]), repr(s).startswith("<__main__.OnlyStr object at"))

# Wrong return types.
class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
for f, o in ((str, BadStr()), (repr, BadRepr()), (format, BadFormat()), (str, BadRepr())):
    try:
        f(o)
    except TypeError as e:
        print(type(e).__name__, e)

# Subclasses of str: str() of an instance returns an exact str; format spec applies to text.
class Tag(str):
    def __repr__(self):
        return f"Tag({str.__repr__(self)})"
t = Tag("hi")
print(t, repr(t), type(str(t)).__name__, f"{t:*^6}", [t], "%s|%r" % (t, t))

# __format__ inherited from int/float keeps working on subclasses.
class Percent(float):
    def __format__(self, spec):
        return super().__format__(spec or ".1%")
print(f"{Percent(0.256)}", f"{Percent(0.256):.3f}", format(Percent(0.5)))
class Flag(int):
    def __str__(self):
        return "flag" + int.__repr__(self)
print(Flag(3), f"{Flag(3)}", f"{Flag(3):04d}", repr(Flag(3)), "%d %s" % (Flag(3), Flag(3)))

# Recursive containers and reprlib-style guards.
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
print(lst, d)
# Exceptions in __repr__ propagate out of containers.
class Boom:
    def __repr__(self):
        raise RuntimeError("repr failed")
try:
    repr([1, Boom()])
except RuntimeError as e:
    print(type(e).__name__, e)
print(ascii("héllo\n"), ascii([Tag("é")]), repr("it's"), repr('say "hi"'), repr("both ' \""))
