# N-queens by backtracking and a few generations of Conway's Game of Life.
def queens(n):
    sols = []
    cols = []
    def place(row):
        if row == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return sols
for n in range(1, 8):
    s = queens(n)
    print(n, len(s), s[0] if s else None)
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, rows, cols):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
live = glider
for gen in range(4):
    print("generation", gen, len(live), sorted(live))
    live = step(live)
show(live, 5, 6)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
sizes = []
for _ in range(30):
    rpent = step(rpent)
    sizes.append(len(rpent))
print(sizes)
