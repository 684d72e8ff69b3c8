# Deeply nested lists, tuples and dicts built and walked iteratively.
nested = []
cur = nested
for i in range(20000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
depth, node, s = 0, nested, 0
while node:
    if len(node) == 2:
        s += node[0]
        node = node[1]
    else:
        node = node[0] if node and isinstance(node[0], list) else None
    depth += 1
print("list depth", depth, s)
chain = None
for i in range(50000):
    chain = (i, chain)
total, n = 0, 0
while chain is not None:
    total += chain[0]
    chain = chain[1]
    n += 1
print("tuple chain", n, total)
d = {}
cur = d
for i in range(5000):
    cur["next"] = {"v": i}
    cur = cur["next"]
count, cur = 0, d
while "next" in cur:
    cur = cur["next"]
    count += cur["v"]
print("dict chain", count)
trees = 0
def build(depth):
    if depth == 0:
        return None
    return [build(depth - 1), build(depth - 1)]
def size(t):
    return 0 if t is None else 1 + size(t[0]) + size(t[1])
for _ in range(10):
    trees += size(build(12))
print("binary trees", trees)
