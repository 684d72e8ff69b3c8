# Powers: integer results, negative exponents give floats, pow() with a modulus.
for b in range(-3, 4):
    print(b, [b ** e for e in range(0, 6)])
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** 0.5, 8 ** (1 / 3))
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** 62, 2 ** 63, 2 ** 64, -2 ** 63)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 11), pow(2, -3, 13), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2.0, 3), pow(2, 0.5), 2.0 ** -2, (-8) ** 2, 1.5 ** 2)
# modular exponentiation by hand agrees with pow
def modpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
ok = all(modpow(b, e, m) == pow(b, e, m) for b in range(1, 30) for e in range(0, 40) for m in range(2, 50, 7))
print("modpow matches:", ok)
print(modpow(5, 10 ** 18, 10 ** 9 + 9) == pow(5, 10 ** 18, 10 ** 9 + 9))
x = 3
x **= 4
print(x, 10 ** 20, 10 ** 20 // 10 ** 19, 7 ** 23)
