# Dict iteration order after deletes and re-inserts, and mutation during iteration.
d = {}
for k in "qwertyuiop":
    d[k] = ord(k)
print(list(d))
for k in "wryi":
    del d[k]
d["w"] = 0
d["a"] = 1
print(list(d), list(d.values()))
d["q"] = "updated"
print(list(d.items())[:2])
try:
    for k in d:
        if k == "e":
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
for k in list(d):
    if isinstance(d[k], int) and d[k] % 2:
        del d[k]
print(d)
for k, v in d.items():
    d[k] = str(v) * 2
print(d)
counts = dict.fromkeys("abc", 0)
for ch in "abacabad":
    if ch in counts:
        counts[ch] += 1
print(counts, list(counts.items()) == [("a", 4), ("b", 2), ("c", 1)])
keys = list(range(50))
m = {k: k for k in keys}
for k in keys[::2]:
    m.pop(k)
for k in keys[::4]:
    m[k] = -k
print(list(m)[:10], len(m), list(m)[-5:])
e = {1: "a"}
e.update({2: "b", 1: "c"})
print(e, dict(sorted({"z": 1, "a": 2, "m": 3}.items())), {k: v for k, v in reversed(list(e.items()))})
