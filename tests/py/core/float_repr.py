# Float repr: shortest round-trip digits, exponent rules, special values.
vals = [0.1, 0.2, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.0, -0.0, 0.0, 1 / 3, 2 / 3, 2.5e-300, 1e300 * 10, 1.7976931348623157e308,
        5e-324, 100.0, 1e22, 1e21, 12345.678, -1.5, 3.14159, 2.0 ** 0.5, 1e100, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v), v)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"), float("  1.5e3 "))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf, inf - inf)
print(float("1_000.5"), float("1e-3"), float(".5"), float("5."), float("-0"), float(7))
print([0.5, 0.25, 1e-7, 1.5e200], (1.0,), {"x": 2.75})
print(1e16 + 1, 2 ** 53 + 1.0, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1 - 0.9)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (1.0).hex(), (0.1).hex())
print(1.5e-10, 15e-11, 1.0e+5, 1e5, 123e-2, 1.23e2)
