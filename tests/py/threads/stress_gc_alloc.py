# Threads allocating many small objects at once (lists, tuples, dicts, instances, strings,
# big ints) so that collections happen while all of them run; exact checksums.
import threading

N = 8


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


results = [None] * N
start = threading.Barrier(N)


def churn(k):
    start.wait()
    head = None
    for i in range(20500):
        head = Node(i, head)
        if i % 1000 == 999:
            head = None  # drop a chain: garbage for the collector
    keep = []
    for i in range(5000):
        p = Point(i, k)
        keep.append((p, [i, str(i)], {"k": i}))
    s = 0
    for p, lst, dct in keep:
        s += p.x + p.y + lst[0] + dct["k"] + len(lst[1])
    big = 1
    for i in range(1, 200):
        big *= i + k
    chain = 0
    node = head
    while node is not None:
        chain += node.value
        node = node.next
    results[k] = (s, big % 1000003, chain, len("".join(str(i) for i in range(2000))))


ts = [threading.Thread(target=churn, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in range(N):
    print(k, results[k])
