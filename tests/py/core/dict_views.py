# Dict views are live; set operations on keys/items views.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, len(ks))
d["d"] = 4
del d["a"]
print(list(ks), list(vs), list(its), "d" in ks, 4 in vs, ("b", 2) in its, ("b", 3) in its)
print(sorted(ks & {"b", "z"}), sorted(ks | {"z"}), sorted(ks - {"b"}), sorted(ks ^ {"b", "q"}))
print(sorted(its & {("c", 3), ("c", 4)}), ks == {"b", "c", "d"}, ks.isdisjoint({"x"}))
for k, v in d.items():
    print(k, "->", v)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
snapshot = dict(d)
for k in list(d):
    if k.startswith("new"):
        del d[k]
print(d, len(snapshot) > len(d))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sum(d.values()), max(d.items(), key=lambda kv: kv[1]), sorted(d.values(), reverse=True))
