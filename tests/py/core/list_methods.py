# Every list method.
a = [5, 2, 8]
a.append(1); print(a)
a.extend([7, 7]); print(a)
a.extend("xy"); print(a)
a.insert(0, "first"); a.insert(-1, "near-end"); a.insert(100, "end"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7); print(a)
print(a.index(7), a.index(8, 1), a.count(7), a.count("nothing"))
b = [3, 1, 2]
b.reverse(); print(b)
b.sort(); print(b)
b.sort(reverse=True); print(b)
c = b.copy(); c.append(0); print(b, c)
c.clear(); print(c, len(c))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted(words, key=lambda w: (len(w), w)))
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].pop(5)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
r = list(range(10))
r.reverse()
r.sort(key=lambda v: v % 3)
print(r)
q = []
q.append(1); q.append(2); q.append(3)
print(q.pop(0), q.pop(0), q)
print([].copy(), [1, [2]].copy()[1] is [1, [2]][1] or "shallow", a.__class__.__name__)
