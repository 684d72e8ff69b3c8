# Default values are evaluated once, when the def runs.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 0
def next_id():
    global counter
    counter += 1
    print("  next_id called ->", counter)
    return counter
def make(item, ident=next_id()):
    return item, ident
print(make("a"), make("b"), make("c", 99))
fns = []
for i in range(3):
    def f(i=i):
        return i * 10
    fns.append(f)
print([f() for f in fns])
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), memo_fib(90), len(memo_fib.__defaults__[0]))
print(append_to.__defaults__, make.__defaults__)
