# Operator precedence and associativity.
print(2 + 3 * 4 ** 2, (2 + 3) * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, -7 // 2 * 2)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, (5 ^ 3) & 1, ~1 + 1, -~1)
print(1 < 2 and 2 < 3, not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0, not 0 or 0)
print(3 if 1 > 2 else 4 if 0 else 5, [1, 2] + [3] * 2, "a" + "b" * 2, 2 * "ab" + "c")
print(1 + 2 == 3, 1 + (2 == 3), 4 in [4] == True, (4 in [4]) == True, 2 | 1 == 3, (2 | 1) == 3)
print(-3 % 5, -(3 % 5), 2 ** 2 ** -1, 10 / 4 * 2, 10 // 4 * 2, 10 % 4 ** 2)
x = 5
print(x > 3 and x < 10 or x == 0, x > 3 and (x < 0 or x == 5), not x > 3, -x ** 2 + 2 * x - 1)
print((lambda: 0 if True else 1)() is not None, (lambda: 1)() + 1, [1, 2, 3][1:] * 2, {"a": 1}.get("a") + 1)
a, b = 12, 5
print(a % b * b + a // b * b, (a - b) * (a + b) == a ** 2 - b ** 2, a & b | a ^ b, a >> 1 << 1)
print(not None == None, (not None) == None, 1 if [] else 2, "yes" if "0" else "no")
