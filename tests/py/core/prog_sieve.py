# Sieve of Eratosthenes, prime factorization, and a few number-theory helpers.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(2000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (1, 2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143):
    print(n, factorize(n))
twins = [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(ps, ps[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items()))
def phi(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result
print([phi(n) for n in range(1, 25)])
perfect = [6, 28, 496, 8128, 100, 12]
print([n for n in perfect if sum(f for f in range(1, n) if n % f == 0) == n])
goldbach = {n: next((p, n - p) for p in ps if (n - p) in set(ps)) for n in range(4, 60, 6)}
print(goldbach)
