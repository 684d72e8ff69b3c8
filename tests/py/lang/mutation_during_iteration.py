# Mutating containers while iterating over them: what raises, what is allowed.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new_" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
# Changing values (not keys) during iteration is fine.
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)
# Iterating over a copy of the keys allows deletion.
for k in list(d):
    if d[k] > 10:
        del d[k]
print(d)
# Views see the dict's current state.
d = {"x": 1}
keys = d.keys()
d["y"] = 2
print(list(keys), len(keys), "y" in keys)
try:
    for k in d.items():
        d.pop("x")
except RuntimeError as e:
    print(type(e).__name__, e)

s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print(type(e).__name__, e)

# Lists: appending while iterating extends the loop; removing skips elements.
lst = [1, 2, 3]
for v in lst:
    if v < 3:
        lst.append(v + 10)
print(lst)
lst = [1, 2, 2, 3]
for v in lst:
    if v == 2:
        lst.remove(v)
print(lst)
nums = [1, 2, 3, 4, 5, 6]
nums[:] = [n for n in nums if n % 2]
print(nums)
it = iter([1, 2, 3])
data = list(it)
print(data, list(it))
# An exhausted list iterator stays exhausted even if the list grows.
lst = [1]
it = iter(lst)
print(next(it), next(it, "end"))
lst.append(2)
print(next(it, "still end"))
# Sorting a list while a key function mutates it.
lst = [3, 1, 2]
def bad_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(lst) if len(lst) <= 6 else "grown")
# Dict comprehension over a dict that is modified inside the loop body.
src = {1: "a"}
try:
    {k: src.setdefault(k + 1, "b") for k in src}
except RuntimeError as e:
    print(type(e).__name__, e)
