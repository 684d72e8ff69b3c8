# Binary-trees style benchmark: build and check many short-lived trees, keep one long-lived.
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))
def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)
max_depth = 12
long_lived = make(max_depth)
for d in range(4, max_depth + 1, 2):
    iters = 2 ** (max_depth - d + 4)
    c = 0
    for _ in range(iters):
        c += check(make(d))
    print("%d trees of depth %d check: %d" % (iters, d, c))
print("long lived tree check:", check(long_lived))
