# compile() modes and flags, exec/eval with globals and locals dicts, code objects reused.
code = compile("x * 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"x": 21}), eval(code, {}, {"x": 5}))
stmts = compile("y = x + 1\nprint('exec ran', y)", "<stmts>", "exec")
ns = {"x": 1}
exec(stmts, ns)
print(ns["y"], "__builtins__" in ns)
single = compile("1 + 1", "<single>", "single")
exec(single)   # prints the value like the REPL
exec(compile("None", "<single>", "single"))   # None is not printed
print(eval(compile("[i for i in range(3)]", "<c>", "eval")))

# Mode errors.
for src, mode in (("x = 1", "eval"), ("1 +", "exec"), ("a\nb", "single"), ("x", "bogus")):
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    eval("import os")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)

# Source as bytes and compile with dont_inherit / flags=0.
print(eval(b"3 + 4"), eval(compile(b"'bytes source'", "<b>", "eval", 0, True)))

# globals and locals separate: assignments go to locals, lookups fall back to globals.
g = {"shared": "global"}
l = {}
exec("local_var = shared + '!'\ndef fn():\n    return shared\n", g, l)
print(l["local_var"], sorted(l), "local_var" in g, l["fn"]())
# Names defined by exec in a function's namespace don't become locals of the function.
def runner():
    exec("made = 1")
    try:
        return made
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(runner())

# eval with a custom mapping for locals.
class Lazy(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("a + b", {}, Lazy(a="A")))
class Recording:
    def __init__(self):
        self.seen = []
    def __getitem__(self, key):
        self.seen.append(key)
        if key == "n":
            return 10
        raise KeyError(key)
r = Recording()
print(eval("n * 2 + len('ab')", {}, r), r.seen)

# eval/exec argument errors.
for args in (("1", []), ("1", {}, 5)):
    try:
        eval(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    exec(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval(compile("x = 1", "<s>", "exec"))
    print("eval of exec-code returns None")
except Exception as e:
    print(type(e).__name__, e)
print(eval("__builtins__ is not None"), eval("len", {"__builtins__": {"len": "fake"}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
