# Class-level state shared by instances, class methods, static methods, and a registry.
class Widget:
    created = 0
    registry = []
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        Widget.registry.append(self)
    @classmethod
    def count(cls):
        return cls.created
    @classmethod
    def make_many(cls, *names):
        return [cls(n) for n in names]
    @staticmethod
    def normalize(name):
        return name.strip().lower()
    def __repr__(self):
        return "Widget#%d(%s)" % (self.id, self.name)
class Gadget(Widget):
    pass
w1 = Widget("a")
ws = Widget.make_many("b", "c")
g = Gadget.make_many("g1")
print(w1, ws, g, Widget.count(), Gadget.count(), type(g[0]).__name__)
print(Widget.registry, len(Widget.registry), Widget.normalize("  MiXed "), w1.normalize("X "))
Gadget.created = 100
print(Widget.created, Gadget.created, Gadget("g2"), Widget.created, Gadget.created)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        return self
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
    def __len__(self):
        return len(self.items)
s1, s2 = Stack(), Stack()
s1.push(1).push(2).push(3)
s2.push("x")
print(len(s1), len(s2), s1.pop(), s1.peek(), s2.items, s1.items)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items, a.items is b.items)
class Own:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Own(), Own()
c.add(1)
d.add(2)
print(c.items, d.items)
