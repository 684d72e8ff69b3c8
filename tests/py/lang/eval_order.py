log = []
def t(x):
    log.append(x)
    return x
d = {}
d[t("k")] = t("v")
print(log); log.clear()
a = [0, 0]
a[t(0)], a[t(1)] = t(5), t(6)
print(a, log); log.clear()
t(1) + t(2) * t(3)
print(log); log.clear()
{t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
t(lambda *x: x)(t(1), t(2), k=t(3))
print(log); log.clear()
x = t(1) if t(True) else t(2)
print(log); log.clear()
t([1])[t(0)] += t(5)
print(log); log.clear()
class O: pass
o = O(); o.v = 1
t(o).v += t(10)
print(o.v, log); log.clear()
t(1) < t(2) < t(0) < t(9)
print(log); log.clear()
[t(i) for i in range(3)]
print(log); log.clear()
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
x = y = t("chained")
print(x, y, log)
