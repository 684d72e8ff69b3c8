# range: iteration, negative steps, len, indexing, slicing, membership, reversed.
for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (-5, 5, 4), (10, -10, -7), (0, 1, 100)]:
    r = range(*args)
    print(args, list(r), len(r), r, list(reversed(r)), 3 in r, -5 in r)
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2], list(r[1:4]), r.index(49), r.count(14), r.count(15))
print(range(10) == range(0, 10), range(0) == range(5, 5), range(1, 5, 2) == range(1, 4, 2), range(10 ** 20)[-1])
print(range(10 ** 20)[10 ** 19], 10 ** 19 in range(0, 10 ** 20, 2), range(-3, 3)[::-2])
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(1000, 0, -3):
    total += i
print(total, sum(range(101)), max(range(-5, 3)), min(range(7, 0, -1)), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, range(3).step, list(range(3, -3, -1)), tuple(range(0, -9, -3)))
