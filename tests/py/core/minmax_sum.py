# min/max with key and default, sum with start, any/all short-circuiting.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min((9, 8)), max(range(10)))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([-5, 3], key=abs), min("Hello", key=str.lower))
print(min([], default="empty"), max([], default=None), max([1], default=0), min((), key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda x: x // 2), max([(1, "b"), (1, "a")]), min([2, 1, 1.0]), max(1, 1.0), max(1.0, 1))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get), min({3: "x", 1: "y"}), max("hello", "help"))
for bad in (lambda: max([]), lambda: min(), lambda: max(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum((), 5), sum(range(101)))
print(sum([1, 2.5]), sum([True, True]), sum(x * x for x in range(10)), sum([10 ** 20, 1, -10 ** 20]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
def check(x):
    print("  check", x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [5, 4, 1, 9]))
print(any([]), all([]), any([0, 0.0, "", None]), all([1, "a", [0]]), any(iter([False, True])))
scores = {"ann": 88, "bob": 95, "cy": 72, "dee": 95}
best = max(scores, key=scores.get)
print(best, min(scores.values()), sorted(scores, key=scores.get, reverse=True), sum(scores.values()) / len(scores))
print(max(enumerate([4, 9, 2]), key=lambda t: t[1]), min(zip([3, 1], "ab")))
