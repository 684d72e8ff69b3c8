# A singly linked list class with iteration, indexing, reversal and repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], ll[2], list(ll), sum(ll), 4 in ll, 7 in ll)
ll.reverse()
print(ll, ll.remove(1), ll, ll.remove(42), ll.remove(5), ll, len(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big), sum(big), max(big), sorted(LinkedList("linked"))[:3])
print(LinkedList(), len(LinkedList()), list(LinkedList("ab")), [x * 2 for x in LinkedList([1, 2])])
