# Digits of pi with a spigot over big ints, plus e and sqrt(2) by integer arithmetic.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(200)
print("".join(map(str, d[:1])) + "." + "".join(map(str, d[1:])))
print(sum(d), d.count(9), d[-10:])
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print(e_digits(100))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r2 = isqrt(2 * 10 ** 200)
print(str(r2)[:1] + "." + str(r2)[1:101])
print(isqrt(10 ** 40), isqrt(99), isqrt(2 ** 128) == 2 ** 64, isqrt(12345678987654321))
