# Float arithmetic and methods.
a, b = 7.5, -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, -a // b, -a % b, a ** 2, b ** 3)
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.0 % -3, 5.5 % 1, -5.5 % 1)
print(1.0 / 3 * 3, 0.1 + 0.7, 2.5 * 4, 1e308 * 10, -1e308 * 10)
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print(float(10 ** 20), float(-3), int(2.999), int(-2.999), int(1e15), round(2.5), round(3.5))
print(3 == 3.0, 3 < 3.5, 2 ** 53 == 2.0 ** 53, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print(abs(-2.5), abs(-0.0), -0.0 == 0.0, str(-0.0 * 1), 0.0 * -1)
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print(total)
x = 1.0
for _ in range(30):
    x = x / 2 + 1 / x
print(x, x * x)
s = 0.0
for i in range(1000):
    s += 0.001
print(s, round(s, 6))
print(max(1.5, 2), min(-0.5, -1), sum([0.1] * 10), 1e-320 / 10, 4.0 ** 0.5)
print(float("nan") > 0, float("inf") * 0, 2 * float("inf"), -float("inf") + 1e308)
for v in (1.5, -1.5, 0.0, 1e10):
    print(v.real, v.imag, v.conjugate(), float(v) is v or True)
