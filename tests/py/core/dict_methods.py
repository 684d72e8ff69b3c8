# Every dict method.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 99), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30), ("b", 200)])
print(d)
e = d.copy()
e["new"] = 1
print(d, e, len(d), len(e))
print(dict.fromkeys("abc"), dict.fromkeys(["p", "q"], 0), dict.fromkeys(range(3), []))
f = dict.fromkeys("xy", [])
f["x"].append(1)
print(f)
print(list(d.keys()), list(d.values()), list(d.items()), d.__len__(), d.__contains__("x"))
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv, sorted(inv), reversed(list(inv)).__class__.__name__, list(reversed({"p": 1, "q": 2})))
