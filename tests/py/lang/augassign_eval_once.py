# Augmented assignment evaluates the target's subexpressions once, calls __iadd__
# and friends in place, and falls back to the binary operator.
log = []
def key(k):
    log.append(f"key {k}")
    return k
class Obj:
    def __init__(self):
        self.items = {"a": 1}
        self.n = 0
def get(o):
    log.append("get object")
    return o

o = Obj()
get(o).n += 5
get(o).items[key("a")] += 10
get(o).items[key("b")] = get(o).items.get("b", 0) or 7
print(o.n, o.items, log)

class Tracked:
    def __init__(self):
        self.data = [0, 0, 0]
        self.reads = 0
        self.writes = 0
    def __getitem__(self, i):
        self.reads += 1
        return self.data[i]
    def __setitem__(self, i, v):
        self.writes += 1
        self.data[i] = v
t = Tracked()
idx = iter([1, 2])
t[next(idx)] += 100
print(t.data, t.reads, t.writes)
t[0:2] = [5, 6] if False else t.data[0:2]

# __iadd__ mutates in place and must return the object; its absence falls back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("add fallback")
        return Plain(self.v + other)
    def __imul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        print("mul after imul NotImplemented")
        return Plain(self.v * other)
b = Bag([1])
alias = b
b += [2]
print(b is alias, b.items)
p = Plain(1)
alias = p
p += 1
print(p is alias, p.v)
p *= 3
print(p.v)

# Lists extend in place; tuples rebind.
lst = [1]
ref = lst
lst += (2, 3)
print(ref, ref is lst)
tup = (1,)
ref = tup
tup += (2,)
print(ref, tup)
# The famous tuple-containing-list case: the list is extended, then assignment fails.
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tl)

# Every augmented operator on ints and on a recording class.
n = 7
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    ns = {"n": 7}
    exec(f"n {op} 3", ns)
    print(op, ns["n"])
class Rec:
    def __getattr__(self, name):
        if name.startswith("__i") and name.endswith("__"):
            return lambda other: f"{name}({other})"
        raise AttributeError(name)
Rec.__imatmul__ = lambda self, o: f"imatmul({o})"
r = Rec()
r @= 2
print(r)
try:
    s = "x"
    s -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    try:
        cnt += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    cnt = 0
local_aug()
