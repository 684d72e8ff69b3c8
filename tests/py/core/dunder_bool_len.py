# __bool__ and __len__ drive truthiness, if/while/not and/or.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return "Stack(%r)" % self.items
s = Stack()
print(bool(s), len(s), not s, s or "empty stack")
for c in "abc":
    s.push(c)
print(bool(s), len(s), s and "has items")
while s:
    print("pop", s.pop())
print(s)
class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
on, off = Switch(True), Switch(False)
print(bool(on), bool(off), [x.on for x in (on, off) if x], on and "on", off or "off-fallback", not off)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
print(any([Switch(False), Switch(True)]), all([Switch(True), Stack()]), sum(1 for x in [on, off, on] if x))
