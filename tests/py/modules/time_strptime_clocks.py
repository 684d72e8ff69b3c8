import time
t = time.strptime('2024-03-05 10:20:30', '%Y-%m-%d %H:%M:%S')
print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('Tue Mar  5 10:20:30 2024'))
print(time.strptime('2024-03-05T10:20:30+0130', '%Y-%m-%dT%H:%M:%S%z').tm_gmtoff)
for bad in (('x', '%Y'), ('2024', '%Y %m')):
    try: time.strptime(*bad)
    except ValueError as e: print('ValueError:', e)
try: time.strptime(1)
except TypeError as e: print('TypeError:', e)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__,
      time.clock_getres(time.CLOCK_MONOTONIC) > 0, time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, type(time.thread_time_ns()).__name__)
try: time.clock_gettime(12345)
except OSError as e: print('OSError', e.errno)
