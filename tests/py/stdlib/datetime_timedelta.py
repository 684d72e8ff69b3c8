# timedelta: normalization (incl. CPython's float rounding), arithmetic, str/repr, limits.
from datetime import timedelta, date, time, datetime, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dtmod
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for args in [dict(), dict(days=-1), dict(seconds=-1), dict(microseconds=-1), dict(days=1.5), dict(hours=-1.25), dict(weeks=1, days=-8),
             dict(milliseconds=1.5), dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-0.5), dict(microseconds=-1.5), dict(seconds=0.1234565), dict(seconds=1e-7), dict(days=0.1, seconds=0.2, microseconds=0.3),
             dict(minutes=1/3), dict(hours=2/3, seconds=1/7), dict(days=-1/3), dict(weeks=1.5, milliseconds=-0.0015), dict(days=999999999), dict(days=-999999999), dict(microseconds=10**15)]:
    t = timedelta(**args)
    print(args, repr(t), str(t))
a, b = timedelta(days=3, seconds=100, microseconds=7), timedelta(hours=5, microseconds=3)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.3, 0.5 * a, a / 7, a / 2.5, a / b, a // b, a // 4, a % b, divmod(a, b), divmod(-a, b))
print(a < b, a > b, a == timedelta(3, 100, 7), a != b, a == 5, hash(a) == hash(timedelta(3, 100, 7)), bool(timedelta(0)), bool(b))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max), timedelta(0), repr(timedelta(0)))
print(timedelta(microseconds=1) / 3, timedelta(microseconds=2) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(seconds=1) * 1e-7, timedelta(seconds=1) * (1/3))
print(str(timedelta(days=-1, seconds=1)), str(timedelta(days=2)), str(timedelta(days=-2, microseconds=1)))
