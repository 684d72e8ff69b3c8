# date and time: ordinals, ISO calendar, formatting, comparisons, timezone names.
from datetime import timedelta, date, time, datetime, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dtmod
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.toordinal(), d.ctime(), d.isoformat(), d.timetuple())
print(d.replace(day=1), d.replace(year=2023, day=28), d + timedelta(days=366), d - timedelta(days=60), d - date(2000, 1, 1), date(2000, 1, 1) - d, timedelta(days=1) + d)
for y, m, dd in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1), (400, 12, 31), (1600, 2, 29), (1900, 3, 1), (1970, 1, 1), (2000, 2, 29), (2020, 12, 31), (2021, 1, 3), (2024, 12, 30), (2026, 1, 1), (9999, 12, 31), (2008, 12, 29), (2010, 1, 3), (2004, 12, 31), (2005, 1, 2)]:
    dt = date(y, m, dd)
    o = dt.toordinal()
    print(dt, o, date.fromordinal(o) == dt, dt.isocalendar(), date.fromisocalendar(*dt.isocalendar()) == dt, dt.weekday(), dt.strftime('%a %A %b %B %j %U %W %w'))
import random
r = random.Random(7)
ok = True
for _ in range(2000):
    o = r.randrange(1, 3652060)
    dt = date.fromordinal(o)
    if dt.toordinal() != o or date.fromisocalendar(*dt.isocalendar()) != dt: ok = False
print('roundtrip', ok)
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, dtmod.UTC is timezone.utc, UTC)
print(date(2024, 1, 5) < date(2024, 1, 6), date(2024, 1, 5) == date(2024, 1, 5), sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 1)]), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(format(d, '%d/%m/%Y'), format(d, ''), '{:%Y-%m}'.format(d), f'{d:%A}', d.strftime('%Y-%m-%d %H:%M:%S %f %z %Z %%'))
t = time(12, 30, 45, 123456)
print(t, repr(t), repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), t.isoformat(), t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('seconds'), t.isoformat('milliseconds'), t.isoformat('microseconds'), time(1).isoformat('auto'))
print(t.replace(hour=1), t.replace(microsecond=0), t.strftime('%H:%M:%S.%f %p %I'), format(t, '%H h'), t < time(13), t == time(12, 30, 45, 123456), hash(t) == hash(time(12, 30, 45, 123456)), bool(time()), time.min, time.max, time.resolution)
tz5 = timezone(timedelta(hours=5, minutes=30))
tzm = timezone(-timedelta(hours=8), 'PST')
print(tz5, repr(tz5), tzm, repr(tzm), timezone.utc, repr(timezone.utc), repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'Z')), timezone.min, timezone.max)
print(timezone(timedelta(seconds=1)), timezone(-timedelta(microseconds=1)), timezone(timedelta(hours=1, seconds=1, microseconds=5)), tz5.utcoffset(None), tz5.dst(None), tz5.tzname(None), tz5 == timezone(timedelta(minutes=330), 'X'), hash(tz5) == hash(timezone(timedelta(minutes=330))))
tt = time(1, 2, tzinfo=tz5)
print(tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.dst(), tt.isoformat(), time(1, 2, tzinfo=tz5) == time(20, 32, tzinfo=timezone.utc), time(1, 2, fold=1), repr(time(1, 2, fold=1)), time(1) == time(1, tzinfo=tz5))
