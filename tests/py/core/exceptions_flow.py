# Exceptions crossing function boundaries, loops and generators; cleanup order.
def level3(x):
    print("  level3 start", x)
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2
def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("  level2 cleanup", x)
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("  level1 handled", e)
        return -1
print(level1(5), level1(-5))
results = []
for item in [1, "two", 3, None, 5]:
    try:
        results.append(item * 2 if isinstance(item, int) else int(item))
    except (ValueError, TypeError) as e:
        results.append(type(e).__name__)
    else:
        results.append("ok")
print(results)
def gen():
    try:
        yield 1
        yield 2
        raise KeyError("from generator")
    finally:
        print("  generator finally")
try:
    for v in gen():
        print("got", v)
except KeyError as e:
    print("caught", repr(e))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("try %d" % attempts)
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
def parse_all(items):
    errors = []
    values = []
    for s in items:
        try:
            values.append(float(s))
        except ValueError as e:
            errors.append(str(e))
    return values, errors
print(parse_all(["1.5", "x", "2e3", "", "nan"]))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
    finally:
        print("  finally before propagation")
except ValueError as e:
    print("outer", e)
def check_all():
    for i in range(5):
        try:
            if i == 3:
                return "returned at %d" % i
        finally:
            print("  cleanup", i)
print(check_all())
