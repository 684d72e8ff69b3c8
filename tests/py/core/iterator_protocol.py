# The iterator protocol on user classes, iter() on sequences, and exhaustion.
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), [x * 2 for x in r], 6 in r, 7 in r, sorted(r, reverse=True))
it = iter(r)
print(next(it), next(it), list(it), list(it), next(it, "done"))
for a in Range2(0, 2):
    for b in Range2(0, 2):
        print(a, b, end="; ")
print()
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), max(Fib(1000)), dict(enumerate(Fib(10))))
class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("end"))
def tokens(s):
    p = Peekable(s)
    out = []
    for ch in p:
        if ch.isdigit():
            num = ch
            while (n := p.peek()) is not None and n.isdigit():
                num += next(p)
            out.append(int(num))
        elif not ch.isspace():
            out.append(ch)
    return out
print(tokens("12 + 345*(6-78)"))
lst = [1, 2, 3]
li = iter(lst)
lst.append(4)
print(list(li))
si = iter("xy")
print(next(si), next(si), next(si, None), type(si).__name__ != "", iter(si) is si)
