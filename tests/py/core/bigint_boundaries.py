# Arithmetic around machine-word and small-int boundaries must stay exact.
edges = [2 ** 31, 2 ** 32, 2 ** 47, 2 ** 48, 2 ** 53, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 127]
for e in edges:
    for v in (e - 1, e, e + 1, -e - 1, -e, -e + 1):
        print(v, v + 1, v - 1, v * 2, v * -3, v // 3, v % 3, v >> 1, v << 1, -v, abs(v))
a = 2 ** 47 - 1
print(a + a, a * a, (a + 1) - 1 == a, type(a + 1 - 1).__name__)
b = 2 ** 63 - 1
print(b + 1, b * b, (b + 1) // 2, -(b + 1), (b * b) // b == b)
s = 0
for i in range(1000):
    s += 2 ** 40 * i
print(s, s // 1000, s % 999983)
m = 1
for i in range(1, 40):
    m = m * 1000003 % (2 ** 61 - 1)
print(m)
print(2 ** 64 - 2 ** 64 == 0, 2 ** 100 - (2 ** 100 - 5), (2 ** 100 + 7) % 2 ** 100)
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(max(2 ** 70, 5), min(-2 ** 70, 5), sorted([2 ** 65, -3, 2 ** 64, 0, -2 ** 66]))
