class Meta(type):
    def __getattr__(cls, name):
        return "meta-getattr " + name
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(["a", "b"])
    def __getitem__(cls, k):
        return k * 2
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __contains__(cls, x):
        return x == 1
    @property
    def prop(cls):
        return "meta prop"
class C(metaclass=Meta):
    x = 1
print(C.x, C.whatever)
print(len(C), list(C), C[4], 1 in C, 2 in C)
print(C, repr(C))
print(C.prop)
print(hasattr(C(), "prop"))
print(str(C))
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class K(metaclass=Counted):
    def __init__(self, n): self.n = n
ks = [K(i) for i in range(5)]
print(Counted.count, [k.n for k in ks])
class AbstractMeta(type):
    def __call__(cls, *a):
        if getattr(cls, "abstract", False):
            raise TypeError(f"cannot instantiate {cls.__name__}")
        return super().__call__(*a)
class Shape(metaclass=AbstractMeta):
    abstract = True
class Sq(Shape):
    abstract = False
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(type(Sq()).__name__)
