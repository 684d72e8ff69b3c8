# Benchmark: list work: append, comprehension, sort with key, slicing, index.
def work(n):
    xs = []
    seed = 42
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(seed % 100000)
    ys = [x * 2 + 1 for x in xs if x % 3]
    ys.sort()
    zs = sorted(xs, key=lambda v: (v % 1000, v))
    rev = ys[::-1]
    pairs = list(zip(ys[:1000], rev[:1000]))
    total = 0
    for a, b in pairs:
        total += a - b
    chunks = [sum(xs[i:i + 100]) for i in range(0, len(xs), 100)]
    return len(ys), ys[len(ys) // 2], zs[:3], total, max(chunks), min(chunks)
print(work(250000))
