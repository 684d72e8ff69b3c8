# Operator precedence and associativity, checked against explicit parentheses.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, (5 ^ 3) & 1)
print(-3 % 5, -(3 % 5), ~5 + 1, ~(5 + 1), not 1 == 2, (not 1) == 2, -~3, ~-3)
print(1 < 2 == True, (1 < 2) == True, 1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 and 2 or 3, 0 and 2 or 3, None or 0 or [] or "last", 1 and 0 and 2)
print([1, 2] + [3] * 2, "ab" * 2 + "c", 3 * "x" == "xxx", 2 * 3 ** 2)
f = lambda x: x + 1 if x > 0 else x - 1
print(f(1), f(-1), (lambda: 1 or 2)(), [lambda: i for i in range(2)][0]())
x = 5
print(x if x > 3 else -x, 0 in [0] == True, (0 in [0]) == True, 2 in [1, 2] and 3 not in [1])
print(- - 5, + - 5, not not 0, 1 - - 1, 2 ** - 1, 2 * - 1)
a = b = c = 7
a += b if b > 5 else c
print(a, b, c)
print(1 < 2 < 3 < 4 > 0, 5 > 3 < 4, None is None if False else "skip")
d = {"k": [1, 2, 3]}
print(d["k"][1:][0], -d["k"][-1], d["k"][1] ** 2, not d["k"][0])
class A:
    v = 3
    def m(self):
        return [10, 20]
print(A().m()[1] // A.v, -A.v ** 2, (-A.v) ** 2, A().m()[0] % A.v)
print(await_ if (await_ := 3) else 0, (y := 2) * 3, y)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e3 // 7, 2 ** 0.5 * 2 ** 0.5)
print(divmod(-7, 3), -7 // 3, -7 % 3, 7 % -3, -7.5 // 2, -7.5 % 2, 2 ** 63 // -1)
