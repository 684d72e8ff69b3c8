# threading.local: attributes are per thread; subclasses with __init__ run it per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(i):
    missing = not hasattr(data, "x")
    data.x = i
    data.y = [i]
    for _ in range(1000):
        data.y.append(data.x)
    with lock:
        seen[i] = (missing, data.x, len(data.y), sum(data.y) == i * 1001)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(seen):
    print(i, seen[i])
print("main still sees:", data.x, hasattr(data, "y"))
try:
    data.nothing
except AttributeError:
    print("AttributeError")
del data.x
print(hasattr(data, "x"))


class MyLocal(threading.local):
    count = 0

    def __init__(self, start):
        self.value = start
        MyLocal.count += 1

    def bump(self):
        self.value += 1
        return self.value


loc = MyLocal(10)
print(loc.bump(), loc.bump())
out = []


def use():
    out.append(loc.bump())


t = threading.Thread(target=use)
t.start()
t.join()
print(out, loc.value, MyLocal.count)
try:
    threading.local(1)
except TypeError:
    print("TypeError for args to plain local")
