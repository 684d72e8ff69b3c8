# Benchmark: raising and catching exceptions in a loop, plus try/finally overhead.
class Miss(Exception):
    pass
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1
def check(i):
    if i % 3 == 0:
        raise Miss(i)
    return i
d = {i: i * 2 for i in range(0, 1000, 2)}
total = 0
for i in range(600000):
    total += lookup(d, i % 1000)
caught = 0
for i in range(500000):
    try:
        total += check(i)
    except Miss as e:
        caught += 1
    finally:
        total += 1
print(total, caught)
