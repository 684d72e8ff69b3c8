# Racy read-modify-write without a lock: updates may be lost (as CPython could lose them),
# but the containers must stay intact: right keys, right length, every value an int in
# range. Only those facts are printed.
import threading

N = 8
R = 2000
K = 50
d = {}
start = threading.Barrier(N)


def racer(k):
    start.wait()
    for _ in range(R):
        for key in range(K):
            d[key] = d.get(key, 0) + 1


ts = [threading.Thread(target=racer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("len:", len(d), "keys ok:", sorted(d) == list(range(K)))
print("values ok:", all(type(v) is int and 1 <= v <= N * R for v in d.values()))

# String keys, created and grown concurrently (the dict resizes under the racers).
sd = {}


def str_racer(k):
    start.wait()
    for i in range(3000):
        key = "k" + str(i % 700)
        sd[key] = sd.get(key, 0) + 1


ts = [threading.Thread(target=str_racer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("str len:", len(sd), "keys ok:", sorted(sd) == sorted("k" + str(i) for i in range(700)))
print("str values ok:", all(type(v) is int and 1 <= v <= N * 5 for v in sd.values()))

# A racy counter in a list slot, an attribute and a global.


class C:
    x = 0


obj = C()
obj.x = 0
cell = [0]
g = 0


def bump(k):
    global g
    start.wait()
    for _ in range(10000):
        cell[0] += 1
        obj.x += 1
        g += 1


ts = [threading.Thread(target=bump, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name, v in (("list slot", cell[0]), ("attribute", obj.x), ("global", g)):
    print(name, type(v) is int and 10000 <= v <= N * 10000)

# Concurrent insert and delete of the same keys: afterwards the dict is consistent.
churn = {}


def churner(k):
    start.wait()
    for i in range(5000):
        key = (i * 7 + k) % 300
        if i % 2:
            churn[key] = k
        else:
            churn.pop(key, None)


ts = [threading.Thread(target=churner, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
items = list(churn.items())
print("churn consistent:", len(items) == len(churn) and len(set(churn)) == len(churn)
      and all(0 <= key < 300 and 0 <= v < N for key, v in items)
      and all(churn[key] == v for key, v in items))
