# Lots of temporary strings: concatenation, formatting, slicing, split/join.
h = 0
for i in range(100000):
    s = "item-" + str(i) + "-" + str(i * 7)
    h = (h * 31 + len(s) + ord(s[-1])) % 1000000007
print("concat", h)
parts = []
for i in range(50000):
    parts.append(f"{i:05d}:{i % 7}")
joined = ",".join(parts)
print("joined", len(joined), joined[:23], joined.count(":6"))
back = joined.split(",")
print("split", len(back), back[-1], sum(int(p.split(":")[1]) for p in back))
acc = ""
for i in range(20000):
    acc += chr(97 + i % 26)
    if len(acc) > 100:
        acc = acc[50:]
print("rolling", len(acc), acc[:10])
up = 0
for i in range(50000):
    t = ("abc" * (i % 5)).upper().replace("B", "xx")
    up += len(t)
print("methods", up)
