# Linked lists and doubly linked rings built from instances, rebuilt many times.
class Cell:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
        self.prev = None
total = 0
for r in range(100):
    head = None
    for i in range(1000):
        head = Cell(i, head)
        if head.next:
            head.next.prev = head
    s, cur = 0, head
    while cur:
        s += cur.value
        cur = cur.next
    total += s
print("lists", total)
queue_in, queue_out = [], []
processed = 0
for i in range(100000):
    queue_in.append(Cell(i))
    if i % 3 == 0:
        if not queue_out:
            while queue_in:
                queue_out.append(queue_in.pop())
        processed += queue_out.pop().value
print("queue", processed, len(queue_in) + len(queue_out))
