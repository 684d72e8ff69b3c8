class Meta(type):
    def __instancecheck__(cls, inst):
        return False
class C(metaclass=Meta): pass
print(isinstance(C(), C))   # CPython: True (exact type match short-circuits)
