class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int])
print(Box["x"])
print(Box[int, str])
class Sub(Box): pass
print(Sub[1])
print(list[int])
print(dict[str, list[int]])
print(tuple[int, ...])
a = list[int]
print(a.__origin__ is list, a.__args__)
print(a([1, 2]))
print(type[int])
class G:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[3])
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
class WithGetitem:
    def __getitem__(self, i): return i * 2
    def __class_getitem__(cls, i): return "class " + str(i)
print(WithGetitem()[5], WithGetitem[5])
print(type(G.__dict__["__class_getitem__"]).__name__)
class Meta(type):
    def __getitem__(cls, i): return "meta " + str(i)
class M(metaclass=Meta):
    def __class_getitem__(cls, i): return "cgi " + str(i)
print(M[1])
