# for/while ... else, and try/finally interacting with return, break and continue.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i
print(find([1, 2, 3], 2), find([], 1), find([4], 5))

n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while completed, n =", n)
while True:
    break
else:
    print("never")
for _ in []:
    pass
else:
    print("empty for runs else")
# continue in the last iteration still runs else.
for i in range(2):
    continue
else:
    print("else after continue", i)

# finally runs on every exit path.
def paths(mode):
    out = []
    for i in range(3):
        try:
            if mode == "break":
                break
            if mode == "continue":
                continue
            if mode == "return":
                return out + ["returned"]
            if mode == "raise":
                raise ValueError(i)
        finally:
            out.append(f"finally {i}")
    return out
for mode in ("break", "continue", "return"):
    print(mode, paths(mode))
try:
    paths("raise")
except ValueError as e:
    print("raise", e)

# return in finally overrides the try's return and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return f"loop ended at {i}"
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("dropped")
            out.append(i)
        finally:
            continue
    return out
print(override(), swallow(), break_in_finally(), continue_in_finally())

# The return value is computed before finally runs.
def order():
    x = ["before"]
    try:
        return x
    finally:
        x.append("finally ran")
        x = "rebound"
print(order())

# Nested try/finally with loops and else clauses on try.
def nested():
    log = []
    for i in range(2):
        try:
            try:
                if i == 1:
                    raise IndexError
            except IndexError:
                log.append("except")
            else:
                log.append("else")
            finally:
                log.append("inner finally")
        finally:
            log.append("outer finally")
    return log
print(nested())
# while/else with a try inside.
def retry(attempts):
    tries = 0
    while tries < attempts:
        tries += 1
        try:
            if tries < 3:
                raise ConnectionError
        except ConnectionError:
            continue
        else:
            print("succeeded after", tries)
            break
    else:
        print("gave up after", tries)
retry(5)
retry(2)
