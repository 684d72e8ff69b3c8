# TypeError: f() takes 1 positional argument but 2 were given
def f(x):
    return x
print(f(1))
f(1, 2)
