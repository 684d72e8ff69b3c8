# __class_getitem__ for user generics, and how it interacts with metaclass __getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["T"], Box[int, str] if False else Box[(1, 2)])

class Typed:
    registry = {}
    def __class_getitem__(cls, item):
        key = (cls, item)
        if key not in cls.registry:
            sub = type(f"{cls.__name__}_{item.__name__}", (cls,), {"item_type": item})
            cls.registry[key] = sub
        return cls.registry[key]
    def __init__(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}")
        self.value = value
IntBox = Typed[int]
print(IntBox.__name__, IntBox is Typed[int], IntBox(3).value)
try:
    Typed[str](3)
except TypeError as e:
    print(type(e).__name__, e)

# It is an implicit classmethod, even when inherited.
class Child(Box):
    pass
print(Child[float], type(Box.__dict__["__class_getitem__"]).__name__)

# Metaclass __getitem__ wins over __class_getitem__.
class Meta(type):
    def __getitem__(cls, item):
        return ("meta", item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class", item)
print(Both[1])

# Builtin generics give types.GenericAlias objects.
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int](range(3)), type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)

# Instances don't use __class_getitem__.
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
