# Complex numbers: literals, arithmetic, repr, attributes.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate())
print(z.real, z.imag, type(z).__name__, z == complex(3, 4), z != w)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2j, -2j, 0j, complex(0, 0), complex(-0.0, 0))
print(complex("1+2j"), complex("-3.5j"), complex("2"), complex(2.5), complex(True))
print(repr(1 + 0j), repr(-1j), repr(1.5 - 2.25j), str(complex(1e20, 1e-5)))
print([1j, 2 + 0j], (3j,), {1: 1j})
print(z * 2, z * 2.0, 2 / z, z ** 0, (2 + 0j) == 2, 1j + True)
print(complex(float("inf"), 1), complex(1, float("nan")))
acc = 0j
for k in range(8):
    acc += (1j) ** k
print(acc)
c = complex(-0.75, 0.1)
x = 0j
for i in range(20):
    x = x * x + c
print(round(x.real, 6), round(x.imag, 6), abs(x) < 2)
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
