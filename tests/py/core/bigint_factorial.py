# Big ints: factorials, their digits, and exact division back down.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
trailing = 0
s = str(f100)
while s.endswith("0"):
    s = s[:-1]
    trailing += 1
print("trailing zeros:", trailing)
# divide back down
x = f100
for i in range(100, 1, -1):
    assert x % i == 0
    x //= i
print("back to", x)
print(fact(30) // fact(28), fact(40) % 1000007, -fact(25) // 7, -fact(25) % 7)
print(fact(22) - fact(21), fact(21) + 1, fact(21) * -3)
# binomials via factorials vs Pascal's triangle
def comb(n, k):
    return fact(n) // (fact(k) * fact(n - k))
row = [1]
for _ in range(60):
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
print(row[30] == comb(60, 30), comb(60, 30), comb(100, 50))
