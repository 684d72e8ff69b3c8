# datetime module errors: range checks, bad types, naive/aware mixing, parsing failures.
from datetime import *
import datetime as D
tests = [lambda: timedelta(days=1e9), lambda: timedelta('1'), lambda: timedelta(1)/0, lambda: timedelta(1)//0, lambda: timedelta(1)/timedelta(0), lambda: timedelta(1)%timedelta(0), lambda: timedelta(1) == 1, lambda: timedelta(1) / 0.0,
 lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: date(2023, 2, 29), lambda: date(2024.0, 1, 1), lambda: date('2024', 1, 1), lambda: date(2024, 1), lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1,1,1,10**6), lambda: time(fold=2), lambda: time(tzinfo=1),
 lambda: timezone(1), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(0), 3), lambda: date.max + timedelta(1), lambda: datetime(2024,1,1) < date(2024,1,1), lambda: date(2024,1,1) < datetime(2024,1,1), lambda: datetime(2024,1,1) == date(2024,1,1),
 lambda: datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc), lambda: datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc), lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: date.fromisoformat('2024-1-1'), lambda: date.fromisoformat(5), lambda: datetime.fromisoformat('x'),
 lambda: datetime(2024,1,1).isoformat(timespec='x'), lambda: datetime.strptime('2024', '%Y %m'), lambda: datetime.strptime('2024 1x', '%Y %m'), lambda: datetime.strptime('1', '%Q'), lambda: datetime.strptime('1', '%'),
 lambda: date.fromordinal(0), lambda: date.fromisocalendar(2024, 54, 1), lambda: date.fromisocalendar(2024, 5, 8), lambda: datetime.combine(1, time()), lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None), lambda: timezone.utc.utcoffset(1),
 lambda: datetime(2024,1,1).replace(month=13), lambda: datetime(2024,1,1).astimezone(1), lambda: timedelta(microseconds=1e20), lambda: timedelta(days=-1e9), lambda: timezone.utc.fromutc(datetime(2024,1,1)), lambda: datetime(10000,1,1), lambda: datetime(2024,1,1) + timedelta(days=10**6), lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(float('nan')),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
