# AttributeError: 'int' object has no attribute 'foo'
x = 5
print(x.real)
print(x.foo)
