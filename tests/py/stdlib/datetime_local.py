# Local-time functions, checked through invariants that hold in every time zone (the
# printed output does not depend on TZ or on the current time).
from datetime import datetime, date, time, timedelta, timezone
import time as _time

for ts in [0, 86400 * 365, 1000000000, 1700000000, 1700000000.25, 1710054000, 1699165800, -86400 * 3]:
    local = datetime.fromtimestamp(ts)
    utc = datetime.fromtimestamp(ts, timezone.utc)
    aware = local.astimezone()
    print(ts, local.tzinfo, local.timestamp() == ts, utc.timestamp() == ts,
          aware.timestamp() == ts, aware == utc, aware.replace(tzinfo=None) == local,
          date.fromtimestamp(ts) == local.date(), utc.astimezone().astimezone(timezone.utc) == utc,
          datetime.utcfromtimestamp(ts) == utc.replace(tzinfo=None),
          aware.utcoffset() == timedelta(seconds=_time.localtime(int(ts // 1)).tm_gmtoff))

now = datetime.now()
utcnow = datetime.utcnow()
aware_now = datetime.now(timezone.utc)
print(now.tzinfo, utcnow.tzinfo, aware_now.tzinfo, abs(aware_now.replace(tzinfo=None) - utcnow) < timedelta(seconds=5),
      abs(now.astimezone(timezone.utc) - aware_now) < timedelta(seconds=5),
      abs(datetime.today() - now) < timedelta(seconds=5), date.today() in (now.date(), (now + timedelta(seconds=5)).date()),
      abs(now.timestamp() - _time.time()) < 5, type(now.astimezone().tzinfo).__name__)
n = datetime(2024, 1, 15, 12, 0)
a = n.astimezone()
print(a.replace(tzinfo=None) == n, a.tzinfo.utcoffset(None) == a.utcoffset(), n.astimezone(timezone.utc) == a,
      isinstance(a.tzname(), str), n.timestamp() == a.timestamp())
