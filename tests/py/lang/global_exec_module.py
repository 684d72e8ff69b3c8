counter = 0
def bump():
    global counter
    counter += 1
    exec("global counter\ncounter += 100")
bump(); print(counter)
def define_global():
    global brand_new
    brand_new = "created"
define_global(); print(brand_new)
def read_only():
    return counter * 2
print(read_only())
def shadow():
    counter = "local"
    return counter, globals()["counter"]
print(shadow())
import builtins
def use_builtin(): return len("abc")
builtins_len = builtins.len
len = lambda x: "shadowed"
print(use_builtin())
del len
print(use_builtin())
builtins.custom_builtin = "everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
g = {"x": 1}
exec("def f():\n    global x\n    x = 2\nf()", g)
print(g["x"])
exec("y = 5")
print(y)
def func_exec():
    exec("z = 3")
    return "z" in locals()
print(func_exec())
