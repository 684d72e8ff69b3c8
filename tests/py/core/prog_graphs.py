# Graph algorithms on adjacency dicts: BFS, DFS, topological sort, Dijkstra, components.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["h"], "h": []}
def bfs(g, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in g[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(g, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in g[node]:
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n in g if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs(graph, "a"), dfs(graph, "a"), topo(graph))
def shortest_paths(edges, src):
    dist = {src: 0}
    prev = {}
    frontier = [(0, src)]
    while frontier:
        frontier.sort()
        d, u = frontier.pop(0)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in edges.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                frontier.append((nd, v))
    return dist, prev
roads = {"A": [("B", 7), ("C", 9), ("F", 14)], "B": [("C", 10), ("D", 15)], "C": [("D", 11), ("F", 2)],
         "D": [("E", 6)], "F": [("E", 9)]}
dist, prev = shortest_paths(roads, "A")
print(sorted(dist.items()))
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print("A->E:", " -> ".join(["A"] + path[::-1]), dist["E"])
undirected = {}
for a, b in [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5), (8, 9), (9, 1)]:
    undirected.setdefault(a, set()).add(b)
    undirected.setdefault(b, set()).add(a)
comps, seen = [], set()
for n in sorted(undirected):
    if n in seen:
        continue
    stack, comp = [n], []
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        comp.append(x)
        stack.extend(undirected[x] - seen)
    comps.append(sorted(comp))
print(comps, len(comps))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
start = (0, 0)
goal = (4, 7)
q, steps = [start], {start: 0}
while q:
    r, c = q.pop(0)
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            q.append((nr, nc))
print("maze steps", steps.get(goal), len(steps))
