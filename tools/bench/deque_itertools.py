# Benchmark: collections.deque and itertools in hot loops (BFS queue, sliding window,
# rotate, chain/islice/product/permutations/combinations/groupby/accumulate/...).
from collections import deque
from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, tee, zip_longest)


def bfs(n):
    dist = [[-1] * n for _ in range(n)]
    dist[0][0] = 0
    q = deque([(0, 0)])
    while q:
        x, y = q.popleft()
        d = dist[x][y] + 1
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < n and 0 <= ny < n and dist[nx][ny] < 0 and (nx * 7 + ny * 3) % 11:
                dist[nx][ny] = d
                q.append((nx, ny))
    return sum(v for row in dist for v in row if v > 0)


def window(n):
    w = deque(maxlen=16)
    total = 0
    for i in range(n):
        w.append(i)
        total += w[0] + w[-1]
    d = deque(range(100))
    for _ in range(n // 10):
        d.rotate(3)
        d.appendleft(d.pop())
    return total + d[0] + len(d)


def iters(n):
    s = 0
    for a, b in product(range(60), repeat=2):
        s += a * b
    for p in permutations(range(7)):
        s += p[0]
    for c in combinations(range(22), 4):
        s += c[-1]
    for k, g in groupby(sorted(i % 97 for i in range(n))):
        s += k * sum(1 for _ in g)
    s += sum(accumulate(range(n)))
    s += sum(islice(chain(range(n), range(n)), 5, None, 3))
    s += sum(x or 0 for x, y in zip_longest(range(n), range(n // 2)))
    s += sum(islice(count(1, 2), n))
    s += sum(x for x, _ in zip(cycle((1, 2, 3)), repeat(None, n)))
    s += sum(starmap(pow, zip(range(n), repeat(2))))
    s += sum(b - a for a, b in pairwise(range(n)))
    t1, t2 = tee(range(n))
    s += sum(t1) - sum(t2)
    for i in range(n // 10):
        s += sum(islice(chain((i,), (1, 2)), 2))
    return s


print(bfs(300), window(300000), iters(200000))
