# SyntaxError: cannot assign to function call here. Maybe you meant ...?
def f():
    return 1
f() = 5
