# __prepare__ returning a non-mapping must fail at once with
# "BadPrepare.__prepare__() must return a mapping, not int" (vm/build_class.cpp);
# taipan runs the class body and fails on the first store instead.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Z(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
