import sys
sys.path.insert(0, "_support")
from circ import a
print(a.A_EARLY, a.A_LATE)
print(a.from_b())
from circ import b
print(b.B_VALUE, b.late())
print(a.b is b, b.a is a)
