# Benchmark: integer arithmetic in nested while/for loops (small ints only).
def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
    return total
def mod_sum(n):
    s = 0
    for i in range(n):
        s = (s + i * i % 7 - i // 3) % 1000003
    return s
print(collatz_total(60000), mod_sum(1000000))
