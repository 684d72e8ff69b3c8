# TypeError: f() missing 1 required positional argument: 'x'
def f(x):
    return x + 1
print(f(1))
f()
