# Assignment forms: chained, augmented on mutable vs immutable, swaps, del.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
s = "ab"
s *= 3
print(s)
d = {"n": 1}
d["n"] += 10
d["list"] = []
d["list"] += ["x"]
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
for _ in range(3):
    o.count += 2
print(o.count)
arr = [0] * 5
i = 0
arr[i] = i = 3
print(arr, i)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
nums = list(range(8))
del nums[0], nums[-1]
print(nums)
del nums[::2]
print(nums)
g = {"a": 1, "b": 2, "c": 3}
del g["a"], g["c"]
print(g)
v = 10
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)
del o.count
print(hasattr(o, "count"))
k = [1, 2, 3]
k[1:2] = k
print(k)
n = 0
n += n + 1
n *= n + 1
print(n)
