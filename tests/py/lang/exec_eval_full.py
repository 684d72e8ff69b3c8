print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
print(eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 5\ndef f(): return a * 2", g)
print(g["a"], g["f"](), "__builtins__" in g)
l = {}
exec("b = 7\nc = b + 1", {}, l)
print(sorted(l.items()))
code = compile("n * n", "<expr>", "eval")
print(eval(code, {"n": 9}), code.co_filename, type(code).__name__)
code2 = compile("for i in range(3): out.append(i)", "<loop>", "exec")
out = []
exec(code2)
print(out)
c3 = compile("1 + 1\n", "<single>", "single")
exec(c3)
print(eval("len('abc')"))
print(eval("__name__", {"__name__": "custom"}))
try:
    eval("undefined_q")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("raise ValueError('in exec')")
except ValueError as e:
    print("ValueError:", e)
def scoped():
    z = 10
    return eval("z + 1"), eval("z", {"z": 99})
print(scoped())
ns = {"__builtins__": {"len": len}}
print(eval("len([1,2])", ns))
try:
    eval("print(1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(exec("1"), eval("None"))
class Loc(dict):
    def __getitem__(self, k):
        if k == "magic": return 123
        return super().__getitem__(k)
print(eval("magic + 1", {}, Loc()))
g2 = {"v": 1}
exec("global v\nv = 2", g2)
print(g2["v"])
exec("class K:\n    val = 3", g2)
print(g2["K"].val, g2["K"].__module__ if "__name__" in g2 else "no-module")
print(eval(b"2 ** 10"))
print(eval("  7  "))
