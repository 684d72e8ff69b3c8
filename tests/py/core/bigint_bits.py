# Shifts and bitwise operators, including negative numbers and big ints.
vals = [0, 1, -1, 5, -5, 255, -256, 12345, -12345, 2 ** 70 + 3, -(2 ** 70) - 3]
for a in vals:
    print(a, a << 3, a >> 2, a >> 100, ~a, a & 0xFF, a | 0x100, a ^ -1, a & -a)
for a in (6, -6, 2 ** 65 + 1, -(2 ** 65)):
    for b in (3, -3, 2 ** 64 - 1, -(2 ** 64)):
        print(a & b, a | b, a ^ b)
print(1 << 100, (1 << 100) >> 99, -1 << 65, (-1 << 65) >> 64, -(1 << 65) >> 66)
print((-7) >> 1, (-8) >> 1, (-1) >> 10, 7 >> 1)
for v in (0, 1, 2, 255, 256, -1, -256, 2 ** 100, -(2 ** 100) - 1):
    print(v, v.bit_length(), bin(v), bin(v).count("1"))
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"), x & (x - 1) == x - (1 << 0))
mask = (1 << 64) - 1
h = 14695981039346656037
for ch in "taipan":
    h ^= ord(ch)
    h = (h * 1099511628211) & mask
print("fnv:", h)
