# datetime: arithmetic, aware/naive rules, tzinfo subclasses, timestamps in UTC, pickle state.
from datetime import timedelta, date, time, datetime, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dtmod
tz5 = timezone(timedelta(hours=5, minutes=30))
tzm = timezone(-timedelta(hours=8), 'PST')
d = date(2024, 2, 29)
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
dt = datetime(2024, 3, 5, 14, 7, 9, 500)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), dt.isoformat('x', 'milliseconds'), dt.timetuple(), dt.utctimetuple(), dt.toordinal(), dt.weekday())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)), repr(datetime(2024, 1, 1, 0, 0, 0, 1)), repr(datetime(2024, 1, 1, tzinfo=tz5)), repr(datetime(2024, 1, 1, fold=1)))
aw = datetime(2024, 3, 5, 14, 7, 9, tzinfo=tz5)
print(aw, aw.utcoffset(), aw.tzname(), aw.dst(), aw.timetuple(), aw.utctimetuple(), aw.timestamp(), aw.astimezone(timezone.utc), aw.astimezone(tzm), aw.astimezone(tz5) is aw)
print(aw == datetime(2024, 3, 5, 8, 37, 9, tzinfo=timezone.utc), hash(aw) == hash(datetime(2024, 3, 5, 8, 37, 9, tzinfo=timezone.utc)), aw - datetime(2024, 3, 5, tzinfo=timezone.utc), aw < datetime(2024, 3, 5, 9, tzinfo=timezone.utc), aw == dt, aw != dt)
print(dt + timedelta(days=400, microseconds=999600), dt - timedelta(weeks=3000), dt - datetime(2000, 1, 1), datetime(2000, 1, 1) - dt, timedelta(hours=12) + dt, aw + timedelta(hours=20))
print(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=tz5)), datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=tz5), tzinfo=None), datetime.combine(dt, time(1)))
print(datetime.fromordinal(738000), datetime.fromisocalendar(2024, 10, 2), datetime.min, datetime.max, datetime.resolution, dt.replace(year=2020, tzinfo=timezone.utc), dt.replace(microsecond=0))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.123456), datetime.utcfromtimestamp(-1.5), datetime.utcfromtimestamp(1e9 + 0.9999995), datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(1700000000.5, tz5), datetime.fromtimestamp(0, tzm))
print(datetime(2024, 3, 5, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp(), (datetime(2024,3,5,tzinfo=tz5) - datetime(1970,1,1,tzinfo=timezone.utc)).total_seconds())
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z|%Z|'), aw.strftime('%z %Z %f %%z'), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3, seconds=-7))).strftime('%z'), datetime(2024,1,1,tzinfo=timezone(timedelta(0), '100%')).strftime('%Z'), f'{aw:%H:%M %Z}', format(aw, ''))
print(type(datetime.now()).__name__, type(datetime.today()).__name__, type(date.today()).__name__, datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__, datetime.now().tzinfo)
print(isinstance(dt, date), issubclass(datetime, date), isinstance(timezone.utc, tzinfo), dt == date(2024, 3, 5), date(2024, 3, 5) == dt, date(2024, 3, 5) != dt)
class MyTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt): return timedelta(hours=1) if dt and 3 < dt.month < 11 else timedelta(0)
    def tzname(self, dt): return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self): return 'MyTZ()'
e = MyTZ()
w = datetime(2024, 1, 10, 12, tzinfo=e); s = datetime(2024, 7, 10, 12, tzinfo=e)
print(w, s, w.tzname(), s.tzname(), w.utcoffset(), s.dst(), w.timetuple().tm_isdst, s.timetuple().tm_isdst, w.astimezone(timezone.utc), s.astimezone(timezone.utc), datetime(2024, 7, 10, 16, tzinfo=timezone.utc).astimezone(e), repr(w))
print(e.fromutc(datetime(2024, 7, 10, 16, tzinfo=e)), s == datetime(2024, 7, 10, 16, tzinfo=timezone.utc), w - s)
class D2(date): pass
class DT2(datetime): pass
class TD2(timedelta): pass
print(repr(D2(2024, 1, 1)), repr(DT2(2024, 1, 1, 5)), repr(TD2(1)), type(D2(2024, 1, 1) + timedelta(1)).__name__, type(DT2(2024, 1, 1) + timedelta(1)).__name__, type(TD2(1) + timedelta(1)).__name__, type(DT2.now()).__name__, type(D2.fromordinal(5)).__name__, type(DT2.fromisoformat('2024-01-01')).__name__, type(DT2.strptime('2024', '%Y')).__name__)
print(d.__reduce__(), dt.__reduce__()[1], td.__reduce__(), tz5.__reduce__(), date(b'\x07\xe8\x02\x1d'), datetime(b'\x07\xe8\x03\x05\x0e\x07\t\x00\x01\xf4'), time(b'\x0c\x1e-\x01\xe2@'))
import copy
print(copy.copy(dt) == dt, copy.deepcopy(aw) == aw, copy.copy(tz5) == tz5, copy.deepcopy(td))
print(datetime(2024,1,1) > datetime(2023,12,31,23,59,59,999999), max([datetime(2024,1,1), datetime(2025,1,1)]), datetime(2024,1,1,fold=1) == datetime(2024,1,1), hash(datetime(2024,1,1,fold=1)) == hash(datetime(2024,1,1)))
print(date(2024,1,1).strftime(''), datetime(1, 1, 1).strftime('%Y|%y|%m'), date(2024, 12, 31).timetuple().tm_yday)

