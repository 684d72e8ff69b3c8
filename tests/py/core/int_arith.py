# Integer arithmetic, with attention to the signs of // and %.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 1), (100, 7), (-100, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)

# floor division and modulo always satisfy a == (a // b) * b + a % b
ok = True
for a in range(-20, 21):
    for b in list(range(-7, 0)) + list(range(1, 8)):
        q, r = a // b, a % b
        if q * b + r != a:
            ok = False
        if r != 0 and (r < 0) != (b < 0):
            ok = False
print("identity holds:", ok)

# unary operators and precedence
x = 5
print(-x, +x, -(-x), ~x, ~-x, -x ** 2, (-x) ** 2)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, 10 - 2 - 3, 100 // 10 // 3, 2 ** 3 ** 2)
print(17 % 5 * 2, 17 // 5 * 5 + 17 % 5)

# augmented assignment
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0xF0; print(n)
n ^= 0xFF; print(n)

# int() of various things
print(int(3.9), int(-3.9), int("42"), int("  -17  "), int(True), int("+8"))
print(abs(-12), abs(12), abs(0))
print(7 / 7, type(7 / 7).__name__, 1 / 4, -1 / 4)
