# Build and drop many short lists and a few long ones; slices and comprehensions churn memory.
checksum = 0
for i in range(100000):
    row = [i, i + 1, i + 2, [i]]
    row.append(row[3] * 2)
    checksum += len(row) + row[0] + len(row[4])
print("short lists", checksum)
big = []
for round_ in range(20):
    chunk = [x * round_ for x in range(10000)]
    big.append(chunk[::100])
    chunk = None
print("rounds", len(big), sum(sum(c) for c in big))
grid = [[c for c in range(50)] for r in range(200)]
flat = [v for row in grid for v in row]
print("grid", len(flat), sum(flat))
s = 0
for i in range(30000):
    s += sum(list(range(i % 17)))
print("range lists", s)
