# time: gmtime, strftime, asctime, mktime, struct_time (deterministic: UTC timestamps only).
import time

for secs in [0, 1, 86400 * 400 + 3661, 1e9, 1234567890.75, -1.5, 1700000000, True]:
    t = time.gmtime(secs)
    print(t)
    print(t.tm_zone, t.tm_gmtoff, time.asctime(t), time.strftime('%Y-%m-%dT%H:%M:%S %a %j', t))

t = time.gmtime(86400 * 400 + 3661)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday,
      t[0], t[-1], t[:3], tuple(t), len(t), type(t).__name__, isinstance(t, tuple))
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t == (1971, 2, 5, 1, 1, 1, 4, 36, 0))
t = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9))
print(t.tm_zone, t)
t = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'Z', 5))
print(t.tm_zone, t.tm_gmtoff, len(t))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %p %I %%',
                    (2021, 7, 4, 13, 5, 9, 6, 185, 0)))
print(time.strftime('%c|%x|%X|%G-%V-%u|%e|%D|%R|%T', time.gmtime(1234567890)))
print(repr(time.strftime('', time.gmtime(0))), repr(time.strftime('%%', time.gmtime(0))),
      time.strftime('é%Y€', time.gmtime(0)))
print(time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((2020, 1, 1, 0, 0, 0, 9, 1, 0)))
bad = [
    (time.mktime, ((1, 2, 3),)), (time.mktime, ([2020, 1, 1, 0, 0, 0, 0, 1, 0],)),
    (time.mktime, (5,)), (time.gmtime, ('x',)), (time.gmtime, (1e20,)),
    (time.gmtime, (float('nan'),)), (time.struct_time, ((1, 2),)), (time.strftime, (5,)),
]
for month, day, hour, minute, sec, wday, yday in [(13, 1, 0, 0, 0, 0, 1), (1, 32, 0, 0, 0, 0, 1),
                                                   (1, 1, 24, 0, 0, 0, 1), (1, 1, 0, 60, 0, 0, 1),
                                                   (1, 1, 0, 0, 62, 0, 1), (1, 1, 0, 0, 0, -2, 1),
                                                   (1, 1, 0, 0, 0, 0, 367)]:
    bad.append((time.strftime, ('%Y', (2020, month, day, hour, minute, sec, wday, yday, 0))))
for fn, args in bad:
    try:
        print(repr(fn(*args)))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, time.localtime(5).tm_sec == 5, type(time.mktime(lt)))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1),
      isinstance(time.tzname, tuple), len(time.tzname))
print(type(time.ctime()).__name__, len(time.ctime(0)), len(time.asctime()),
      type(time.strftime('%H')).__name__, time.localtime().tm_year >= 2023,
      time.gmtime() > time.gmtime(0))
