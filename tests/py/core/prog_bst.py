# A binary search tree: insert, search, delete, traversals, height.
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self):
        self.root = None
        self.n = 0
    def put(self, key, val):
        def _put(node):
            if node is None:
                self.n += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = _put(node.left)
            elif key > node.key:
                node.right = _put(node.right)
            else:
                node.val = val
            return node
        self.root = _put(self.root)
    def get(self, key, default=None):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        return default
    def delete(self, key):
        def _min(node):
            while node.left:
                node = node.left
            return node
        def _del(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                self.n -= 1
                if not node.left:
                    return node.right
                if not node.right:
                    return node.left
                succ = _min(node.right)
                node.key, node.val = succ.key, succ.val
                self.n += 1
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
    def items(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key, node.val
                yield from walk(node.right)
        return list(walk(self.root))
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            node = stack.pop()
            out.append(node.key)
            for child in (node.right, node.left):
                if child:
                    stack.append(child)
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.put(k, str(k))
t.put(40, "forty")
print(t.n, t.height(), t.items())
print(t.preorder(), t.get(40), t.get(99, "missing"), t.get(65))
for k in (20, 30, 50, 99):
    t.delete(k)
    print("deleted", k, t.n, [key for key, _ in t.items()], t.preorder())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.put(w, words.get(w, 0) + 1)
print(words.items(), words.height())
