# yield from: delegation, return values, recursion over trees.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield 3
    yield from [4, 5]
    yield from "ab"
    yield from range(6, 8)
print(list(outer()))
def tree_walk(node):
    if isinstance(node, list):
        for child in node:
            yield from tree_walk(child)
    else:
        yield node
print(list(tree_walk([1, [2, [3, 4], [[5]]], 6, [[[7, [8]]]]])))
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.value
        yield from inorder(n.right)
t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(t)), sum(inorder(t)))
def relay():
    while True:
        x = yield
        if x is None:
            return
        print("  relay got", x)
def delegator():
    yield from relay()
    yield "delegator done"
d = delegator()
next(d)
d.send("hello")
d.send(42)
print(d.send(None))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy", {9: 0}, range(2))))
def flatten_depth(x, depth=0):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten_depth(y, depth + 1)
    else:
        yield (x, depth)
print(list(flatten_depth([1, (2, [3]), [[4]]])))
