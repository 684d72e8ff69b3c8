# Dynamic programming: LCS, edit distance, knapsack, coin change, LIS.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
def min_coins(coins, total):
    inf = float("inf")
    best = [0] + [inf] * total
    for t in range(1, total + 1):
        for c in coins:
            if c <= t and best[t - c] + 1 < best[t]:
                best[t] = best[t - c] + 1
    return best[total] if best[total] != inf else -1
def lis(xs):
    tails = []
    for x in xs:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
for a, b in (("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("intention", "execution")):
    print(a, b, repr(lcs(a, b)), edit(a, b))
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15), knapsack([(5, 10), (4, 40), (6, 30), (3, 50)], 10))
print(coin_ways([1, 2, 5], 5), coin_ways([1, 5, 10, 25, 50], 100), coin_ways([2], 3), coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
print(min_coins([1, 5, 10, 25], 63), min_coins([2], 3), min_coins([9, 6, 5, 1], 11))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis(list(range(50, 0, -1))), lis([(i * 37) % 101 for i in range(200)]))
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for r in range(len(tri) - 2, -1, -1):
    for c in range(len(tri[r])):
        tri[r][c] += max(tri[r + 1][c], tri[r + 1][c + 1])
print("max path", tri[0][0])
