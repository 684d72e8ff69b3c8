# Results of user tzinfo methods are validated (types, the 24-hour range) wherever used.
from datetime import *
class Bad(tzinfo):
    def __init__(self, off, name=None): self.off, self.name = off, name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return self.off
    def tzname(self, dt): return self.name
for tz in [Bad(1), Bad(timedelta(hours=24)), Bad(timedelta(hours=-25)), Bad(None, 5), Bad(timedelta(hours=1), 'A%B')]:
    for f in [lambda: datetime(2024,1,1,tzinfo=tz).utcoffset(), lambda: time(1, tzinfo=tz).utcoffset(), lambda: datetime(2024,1,1,tzinfo=tz).tzname(), lambda: datetime(2024,1,1,tzinfo=tz).dst(), lambda: datetime(2024,1,1,tzinfo=tz).strftime('%Z|%z'), lambda: repr(datetime(2024,1,1,tzinfo=tz).astimezone(timezone.utc))]:
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
print(datetime(2024,1,1,tzinfo=Bad(None)) == datetime(2024,1,1), datetime(2024,1,1,tzinfo=Bad(None)) - datetime(2024,1,1))
for f in [lambda: datetime.strptime(5, '%Y'), lambda: datetime.strptime('5', 5), lambda: date(2024,1,1).strftime(5), lambda: datetime(2024,1,1).isoformat(sep='ab'), lambda: tzinfo().fromutc(5), lambda: timezone.utc.fromutc(5), lambda: timezone.utc.tzname(5), lambda: date.fromtimestamp('x'), lambda: datetime.fromtimestamp(0, 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
from datetime import *
a = time(12, 0, tzinfo=timezone(timedelta(seconds=30)))
b = time(11, 59, 30, tzinfo=timezone.utc)
c = time(11, 59, 31, tzinfo=timezone.utc)
print(a == b, a < c, a > b, c > a, hash(a) == hash(b), time(0, 0, tzinfo=timezone(timedelta(hours=5))) < time(23, tzinfo=timezone.utc), time(1, tzinfo=timezone(timedelta(microseconds=5))) == time(1, tzinfo=timezone.utc))
