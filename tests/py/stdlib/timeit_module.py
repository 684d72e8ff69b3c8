# timeit: results are timings, so only their types and shapes are printed; a fake
# timer makes the command-line output deterministic.
import io
import sys
import timeit

t = timeit.timeit('x = sum(range(10))', number=100)
print(type(t).__name__, t >= 0)
r = timeit.repeat('y = [i for i in range(5)]', setup='import math', repeat=3, number=50)
print(len(r), all(isinstance(v, float) for v in r))
print(timeit.default_timer is __import__('time').perf_counter)

calls = []
def stmt():
    calls.append(1)
tm = timeit.Timer(stmt)
tm.timeit(7)
print(len(calls))

# The setup's names are visible to the statement (they are compiled together).
tm = timeit.Timer('total += n', setup='total = 0\nn = 3')
print(type(tm.timeit(10)).__name__)

# A fake clock: each call advances by `step` seconds, and the step grows by `factor`.
class Clock:
    def __init__(self, step=0.01, factor=1.0):
        self.now = 0.0
        self.step = step
        self.factor = factor
    def __call__(self):
        self.now += self.step
        self.step *= self.factor
        return round(self.now, 6)
tm = timeit.Timer('pass', timer=Clock())
print(tm.timeit(5), tm.repeat(3, 10))
tm = timeit.Timer('pass', timer=Clock(0.01, 2.0))
seen = []
print(tm.autorange(lambda n, t: seen.append(n)), seen)

ns = {'data': [3, 1, 2]}
print(type(timeit.timeit('sorted(data)', number=10, globals=ns)).__name__)

for bad in [dict(stmt=42), dict(setup=3.5), dict(stmt='return 1'), dict(stmt='x = (')]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__)

try:
    timeit.Timer('1 / 0').timeit(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

def fake_timer(timer):
    return Clock(0.001, 1.5)
for args in (['-n', '10', '-r', '2', 'pass'], ['-n', '1000', '-u', 'msec', 'x = 1'],
             ['-v', '-n', '4', 'pass'], ['-s', 'a = 1', 'a + 1'], ['-u', 'parsec', 'pass'],
             ['--bogus']):
    old = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out = io.StringIO()
    try:
        rc = timeit.main(args, _wrap_timer=fake_timer)
    finally:
        sys.stdout, sys.stderr = old
    print(args, rc)
    print(out.getvalue(), end='')
