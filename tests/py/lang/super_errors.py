class A:
    def f(self): return 1
class B(A):
    def f(self): return super().f() + 1
print(B().f())
try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
def nosuper():
    return super()
try:
    nosuper()
except RuntimeError as e:
    print("RuntimeError:", e)
class C(A):
    def g(self):
        return super().missing
try:
    C().g()
except AttributeError as e:
    print("AttributeError:", e)
s = super(B, B())
print(type(s).__name__)
print(s.f())
print(super(B, B).f(B()))
