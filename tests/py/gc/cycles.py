# Reference cycles between objects, lists and dicts that become garbage.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.children = []
made = 0
for i in range(50000):
    a = Node(i)
    b = Node(-i)
    a.peer = b
    b.peer = a
    a.children.append(b)
    b.children.append(a)
    made += a.peer.peer.name - b.peer.name + 1
print("pairs", made)
for i in range(30000):
    lst = [i]
    lst.append(lst)
    d = {"self": None, "list": lst}
    d["self"] = d
print("self refs", len(lst), lst[1] is lst, d["self"] is d)
ring_sum = 0
for r in range(200):
    nodes = [Node(k) for k in range(100)]
    for k in range(100):
        nodes[k].peer = nodes[(k + 1) % 100]
    cur = nodes[0]
    for _ in range(250):
        cur = cur.peer
        ring_sum += cur.name
print("rings", ring_sum)
class Parent:
    def __init__(self):
        self.kids = [Child(self) for _ in range(5)]
class Child:
    def __init__(self, parent):
        self.parent = parent
families = 0
for i in range(20000):
    p = Parent()
    families += sum(1 for k in p.kids if k.parent is p)
print("families", families)
