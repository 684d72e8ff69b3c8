# LEGB name resolution, shadowing builtins, class-body scope, loop variable leakage.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x, f()
print(f(), g(), x)
def shadow_builtin():
    len = lambda s: "custom len"
    return len("abc")
print(shadow_builtin(), len("abc"))
max = lambda *a: "module max"
print(max(1, 2))
del max
print(max(1, 2))
class K:
    y = 10
    z = y * 2
    items = [y]
    def method(self):
        return y_global
y_global = "module y"
print(K.z, K.items, K().method())
for i in range(3):
    pass
print("loop var after loop", i)
j = "unchanged"
[j for j in range(3)]
print("comprehension var does not leak", j)
def counter():
    total = 0
    for n in range(5):
        total += n
    return total, n
print(counter())
def uses_later_global():
    return later * 2
later = 21
print(uses_later_global())
def conditional_local(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional_local(True), "|", conditional_local(False))
def outer():
    a = 1
    def inner():
        return a + b
    b = 2
    return inner()
print(outer())
print(__name__, __name__ == "__main__")
