class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print("both", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parens", p, q)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class Tgt:
    pass
t = Tgt()
with CM("attr") as t.val:
    pass
print(t.val)
d = {}
with CM("item") as d["k"]:
    pass
print(d)
with CM("tuple") as (first, *rest):
    print(first, rest)
class Exit2:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit args", len(a))
        return 1
with Exit2():
    1 / 0
print("ok")
