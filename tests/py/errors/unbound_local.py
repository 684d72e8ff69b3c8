# UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
x = 10
def f():
    print("in f")
    x += 1
    return x
f()
