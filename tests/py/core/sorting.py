# sorted() and list.sort(): stability, key, reverse, mixed numbers.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_name.sort(key=lambda p: p[1])
print(by_name)
print(sorted([3, 1.5, 2, -1, True, 0.0]), sorted("hello world"), sorted((3, 1, 2), reverse=True))
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
words = ["Banana", "apple", "Cherry", "date", "Elderberry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n % 2, n))
print(nums)
data = list(range(20))
data.sort(key=lambda n: n % 4)
print(data)
data.sort(key=lambda n: n % 4, reverse=True)
print(data)
big = [(i * 7919) % 1000 for i in range(500)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
print(sorted([]), sorted([1]), sorted([[3, 1], [2, 9], [2, 1]]), sorted(["b", "a"], key=None))
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(recs, key=lambda r: r["v"])])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 2, 1]
print(lst.sort(), lst, sorted(lst) is not lst)
