class C:
    pass
print(C().__init__.__doc__)
print(object.__init__.__doc__, object.__new__.__doc__, sep="\n")
for name in ["__repr__", "__str__", "__hash__", "__setattr__", "__delattr__", "__getattribute__",
             "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]:
    print(name, object.__dict__[name].__doc__)
for name in ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__truediv__", "__floordiv__",
             "__mod__", "__pow__", "__rpow__", "__lshift__", "__and__", "__or__", "__xor__",
             "__neg__", "__pos__", "__invert__", "__abs__", "__bool__", "__index__", "__int__", "__float__"]:
    print(name, int.__dict__[name].__doc__)
print((1).__add__.__doc__, (1.5).__neg__.__doc__)
print(list.__dict__["__len__"].__doc__, list.__dict__["__iadd__"].__doc__, list.__dict__["__contains__"].__doc__)
print(list.__dict__["__setitem__"].__doc__, list.__dict__["__delitem__"].__doc__, list.__dict__["__iter__"].__doc__)
print(property.__dict__["__get__"].__doc__, property.__dict__["__set__"].__doc__, property.__dict__["__delete__"].__doc__, sep="\n")
print(type.__dict__["__call__"].__doc__, iter([]).__next__.__doc__)
