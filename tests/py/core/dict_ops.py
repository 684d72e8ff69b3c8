# Dicts: insertion order, lookup, update, deletion, keys of many types.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 11
print(d, len(d), d["two"], "two" in d, "four" not in d, list(d))
del d["two"]
d["two"] = 22
print(d, list(d.keys()), list(d.values()), list(d.items()))
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([3]): "fs"}
print(mixed, len(mixed), mixed[1], mixed[1.0])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict(zip("abc", range(3))))
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {1: 2} == {1: 2, 3: 4})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
for k in d:
    print(k, d[k], end=" | ")
print()
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
merged |= {"d": 5}
print(merged)
nested = {"config": {"debug": True, "level": 3}, "users": [{"name": "ann"}, {"name": "bo"}]}
print(nested["config"]["level"], nested["users"][1]["name"], [u["name"] for u in nested["users"]])
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if k % 2}, {c: ord(c) for c in "abc"})
keys = list(range(100))
big = {k: k * 2 for k in keys}
for k in range(0, 100, 3):
    del big[k]
print(len(big), sum(big), sum(big.values()), list(big)[:5])
big[0] = "back"
print(list(big.items())[-1], list(big)[0])
