# Allocate and drop about a million small objects (instances, tuples, floats); print checksums.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
total = 0
for i in range(300000):
    p = P(i, i * 2)
    t = (p.x, p.y, i)
    total += t[0] + t[1] - t[2]
print("instances", total)
acc = 0.0
for i in range(300000):
    acc += (i * 0.5) / (i + 1.0)
print("floats", round(acc, 3))
keep = []
for i in range(200000):
    obj = P(i, str(i))
    if i % 1000 == 0:
        keep.append(obj)
print("kept", len(keep), sum(o.x for o in keep), keep[-1].y)
