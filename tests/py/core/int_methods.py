# Methods on ints and bools.
for n in (0, 1, 7, -7, 1024, 2 ** 40 - 1, -(2 ** 80)):
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print((2 ** 70).to_bytes(9, "big"), int.from_bytes((2 ** 70).to_bytes(9, "big"), "big") == 2 ** 70)
print(int.from_bytes(b"", "big"), (0).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(True.bit_length(), (5).__add__(3), (5).__mul__(2), (7).__neg__())
print(int.__name__, (3).__class__.__name__, isinstance(3, int), isinstance(True, int))
