"""Dates and times: timedelta, date, time, datetime, tzinfo, timezone, MINYEAR, MAXYEAR, UTC.

Dates use the proleptic Gregorian calendar; day number 1 ("ordinal") is 0001-01-01 and
every date conversion goes through it (_ymd_to_ord / _ord_to_ymd, computed over 400-year
cycles). A timedelta is kept normalized as (days, seconds, microseconds) with
0 <= seconds < 86400 and 0 <= microseconds < 10**6. Objects are immutable; each caches
its hash.

Behaviour follows CPython 3.11's C implementation: reprs ("datetime.date(2024, 1, 2)",
subclasses show their bare class name), error messages, float rounding in the timedelta
constructor (integer parts exact, fractional microseconds summed in a double and rounded
half to even), naive/aware comparison rules, fold handling for local time, and the
"Z"/basic/week forms of fromisoformat. strftime formats %f, %z and %Z itself and hands
the rest to time.strftime; strptime is implemented here (C locale).

__reduce__ gives CPython's pickle state (fields packed into bytes, which the constructors
accept), so pickles are interchangeable. Deliberately missing: the C API capsule
(datetime_CAPI). Differences: TypeErrors raised by the interpreter for unsupported
operands name the classes 'date', 'timedelta' (CPython: 'datetime.date', ...).
"""

import time as _time
import math as _math
from bisect import bisect_right as _bisect_right

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_object_new = object.__new__


# ------------------------------------------------------------ calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ord(year, month, day):
    """The proleptic Gregorian ordinal of a valid date (0001-01-01 is day 1)."""
    return _days_before_year(year) + _days_before_month(year, month) + day


# 0-based day of the year on which each month starts (common and leap years).
_MONTH_STARTS = tuple(_DAYS_BEFORE_MONTH[1:])
_MONTH_STARTS_LEAP = _MONTH_STARTS[:2] + tuple(d + 1 for d in _MONTH_STARTS[2:])

_DAYS_400Y = _days_before_year(401)   # 146097
_DAYS_100Y = _days_before_year(101)   # 36524
_DAYS_4Y = _days_before_year(5)       # 1461


def _ord_to_ymd(n):
    """(year, month, day) of the ordinal n."""
    # Peel off whole 400-, 100-, 4- and 1-year cycles from day 0 = 0001-01-01.
    n -= 1
    n400, n = divmod(n, _DAYS_400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DAYS_100Y)
    n4, n = divmod(n, _DAYS_4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle (Dec 31 of a year divisible by 4 or 400).
        return year - 1, 12, 31
    # n is now the 0-based day of the year; find its month in the cumulative table.
    table = _MONTH_STARTS_LEAP if n1 == 3 and (n4 != 24 or n100 == 3) else _MONTH_STARTS
    month = _bisect_right(table, n)
    return year, month, n - table[month - 1] + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of `year` (the week holding Jan 4)."""
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _index(value):
    """An int argument, accepting __index__ like CPython's 'i' format."""
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _type_name(obj):
    """The name repr() shows: 'datetime.X' for our own classes, the bare name otherwise."""
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


def _c_round(x):
    """C's round(): halves away from zero."""
    r = float(int(x))
    if abs(x - r) >= 0.5:
        r += 1.0 if x > 0 else -1.0
    return r


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, halves to even (exact for ints)."""
    q, r = divmod(a, b)
    r2 = r * 2
    greater = r2 > b if b > 0 else r2 < b
    if greater or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _format_offset(off, sep=':'):
    """'+HH:MM' (with :SS and .ffffff when not zero) for a utcoffset; '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z done here and the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if '%' not in fmt:
        return _time.strftime(fmt, timetuple)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i == n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif d == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif d == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name is not None:
                if not isinstance(name, str):
                    raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                                    % type(name).__name__)
                out.append(name.replace('%', '%%'))
        else:
            out.append('%')
            out.append(d)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ------------------------------------------------------------ timedelta

def _new_timedelta(days, seconds, microseconds):
    """A timedelta from already normalized fields."""
    self = _object_new(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _td_from_us(us, cls=None):
    """A timedelta of `us` microseconds (an int)."""
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    if cls is None or cls is timedelta:
        return _new_timedelta(d, s, us)
    self = _object_new(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


_TD_FACTORS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
               ('minutes', 60000000), ('hours', 3600000000), ('days', 86400000000),
               ('weeks', 604800000000))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
    weeks=0); all arguments are optional, may be ints or floats, and may be negative.
    """

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                     + seconds) * 1000000 + milliseconds * 1000 + microseconds
            return _td_from_us(total, cls)
        # Like CPython: integer parts are exact, the fractional microseconds of float
        # arguments are summed in a double and rounded once, halves to even.
        total = 0
        leftover = 0.0
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        for (tag, factor), num in zip(_TD_FACTORS, values):
            if not num:
                continue
            if isinstance(num, int):
                total += num * factor
            elif isinstance(num, float):
                frac, whole = _math.modf(num)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(factor * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (tag, type(num).__name__))
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _td_from_us(total, cls)

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(args) if args else '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_us() / 10 ** 6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _new_timedelta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return -self
        return _new_timedelta(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _new_timedelta(-999999999, 0, 0)
timedelta.max = _new_timedelta(999999999, 86399, 999999)
timedelta.resolution = _new_timedelta(0, 0, 1)
_ONE_DAY = _new_timedelta(1, 0, 0)
_ZERO = _new_timedelta(0, 0, 0)


# ------------------------------------------------------------ ISO 8601 parsing

def _digits(s, start, count):
    """The int of s[start:start+count] if those are all ASCII digits, else None."""
    part = s[start:start + count]
    if len(part) != count or not part.isascii() or not part.isdigit():
        return None
    return int(part)


def _parse_iso_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if bad."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        tail = rest[3:]
        if not tail:
            weekday = 1
        else:
            if dash:
                if tail[:1] != '-':
                    return None
                tail = tail[1:]
            if len(tail) != 1:
                return None
            weekday = _digits(tail, 0, 1)
            if weekday is None:
                return None
        return _isocalendar_to_ymd(year, week, weekday)
    if dash:
        if len(rest) != 5 or rest[2] != '-':
            return None
        month, day = _digits(rest, 0, 2), _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month, day = _digits(rest, 0, 2), _digits(rest, 2, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, offset) of an ISO time with an optional UTC
    offset (Z, +HH, +HH:MM, +HHMM, +HH:MM:SS[.ffffff], ...); offset is None for a naive
    time, else a timedelta. None if s is malformed."""
    if len(s) < 2:
        return None
    cut = s.find('-')
    if cut < 0:
        cut = s.find('+')
    if cut < 0:
        cut = s.find('Z')
    if cut < 0:
        fields = _parse_hms(s)
        return None if fields is None else fields + (None,)
    fields = _parse_hms(s[:cut])
    if fields is None:
        return None
    tail = s[cut + 1:]
    if cut == len(s) - 1 and s[cut] == 'Z':
        return fields + (_ZERO,)
    if len(tail) in (0, 1, 3):
        return None
    off = _parse_hms(tail)
    if off is None:
        return None
    hh, mm, ss, us = off
    delta = _td_from_us(((hh * 60 + mm) * 60 + ss) * 1000000 + us)
    if s[cut] == '-':
        delta = -delta
    return fields + (delta,)


def _tz_from_offset(offset):
    if offset is None:
        return None
    if not offset:
        return timezone.utc
    return timezone(offset)


def _parse_hms(s):
    """(h, m, s, us) of HH[[:]MM[[:]SS]][{.,}f+] (fraction digits past 6 ignored)."""
    values = [0, 0, 0]
    pos = 0
    colon = False
    for k in range(3):
        v = _digits(s, pos, 2)
        if v is None:
            return None
        values[k] = v
        pos += 2
        nxt = s[pos:pos + 1]
        if k == 0:
            colon = nxt == ':'
        if not nxt:
            return values[0], values[1], values[2], 0
        if nxt in '.,':
            break
        if k == 2:
            return None
        if colon:
            if nxt != ':':
                return None
            pos += 1
    frac = s[pos + 1:]
    if not frac or not frac.isascii() or not frac.isdigit():
        return None
    frac = frac[:6]
    return values[0], values[1], values[2], int(frac) * 10 ** (6 - len(frac))


def _iso_date_size(s):
    """The length of the date part of an ISO datetime string, or None."""
    n = len(s)
    if n < 7:
        return None
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if n > 8 and s[8] == '-':
            if n == 9:
                return None
            if n > 10 and '0' <= s[10] <= '9':
                return 8
            return 10
        return 8
    if s[4] == 'W':
        end = 7
        while end < n and '0' <= s[end] <= '9':
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s):
    """(y, m, d, hh, mm, ss, us, offset) of an ISO datetime string, or None."""
    size = _iso_date_size(s)
    if size is None:
        return None
    ymd = _parse_iso_date(s[:size])
    if ymd is None:
        return None
    if len(s) == size:
        return ymd + (0, 0, 0, 0, None)
    fields = _parse_iso_time(s[size + 1:])
    if fields is None:
        return None
    return ymd + fields


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # Week 53 exists only in years starting on a Thursday, or leap years
        # starting on a Wednesday.
        first_weekday = _ymd_to_ord(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4
                                or (first_weekday == 3 and _is_leap(year)))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord_to_ymd(ordinal)


# ------------------------------------------------------------ date

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4:
            state = year.encode('latin1') if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = _object_new(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        self = _object_new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of the POSIX timestamp t."""
        y, m, d = _time.localtime(_check_timestamp(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Today's local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of the proleptic Gregorian ordinal n (1 is January 1 of year 1)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of an ISO 8601 string: YYYY-MM-DD, YYYYMMDD or a week date."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % date_string)
        try:
            ymd = _parse_iso_date(date_string)
        except ValueError:
            ymd = None
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week, weekday) triple."""
        return cls(*_isocalendar_to_ymd(_index(year), _index(week), _index(day)))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        """'Tue Jan  2 00:00:00 2024'"""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """Format using strftime(); time fields are zero."""
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """'YYYY-MM-DD'"""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """time.struct_time of the date (time fields zero, tm_isdst -1)."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """The proleptic Gregorian ordinal; January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _new_timedelta(self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented

    def weekday(self):
        """Day of the week: Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Day of the week: Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of the ISO 8601 calendar."""
        year = self._year
        ordinal = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(ordinal - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(ordinal - _iso_week1_monday(year), 7)
        elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        # CPython's pickle state: the fields packed into bytes (the constructor
        # accepts that form).
        yhi, ylo = divmod(self._year, 256)
        return (type(self), (bytes([yhi, ylo, self._month, self._day]),))


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of date.isocalendar()."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(self), self[0], self[1], self[2]))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ------------------------------------------------------------ tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate else getattr(self, '__dict__', None)
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


# ------------------------------------------------------------ time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            state = hour.encode('latin1') if isinstance(hour, str) else hour
            if state[0] & 0x7F < 24:
                tz = minute or None
                _check_tzinfo(tz)
                self = _object_new(cls)
                self._setstate(state, tz)
                return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _object_new(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    def _setstate(self, state, tz):
        h = state[0]
        self._fold = 1 if h > 127 else 0
        self._hour = h & 0x7F
        self._minute = state[1]
        self._second = state[2]
        self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        self._tzinfo = tz
        self._hashcode = -1

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        # Like CPython, whole seconds of the offsets count, their microseconds do not.
        mysecs = (self._hour * 3600 + self._minute * 60 + self._second
                  - myoff._days * 86400 - myoff._seconds)
        otsecs = (other._hour * 3600 + other._minute * 60 + other._second
                  - otoff._days * 86400 - otoff._seconds)
        return _cmp((mysecs, self._microsecond), (otsecs, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                # Equal aware times have equal UTC-shifted values.
                us = ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 + t._microsecond
                self._hashcode = hash(_td_from_us(us - tzoff._to_us()))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS.mmmmmm+HH:MM'; timespec picks the precision."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond,
                         timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string such as 'HH:MM:SS.ffffff+HH:MM'."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_iso_time(s)
        except ValueError:
            fields = None
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(*fields[:4], _tz_from_offset(fields[4]))

    def strftime(self, format):
        """Format using strftime(); the date is 1900-01-01."""
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(None)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return self.tzinfo.tzname(None)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return self.tzinfo.dst(None)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy with the given fields replaced (tzinfo=None makes it naive)."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        us1, us2 = divmod(self._microsecond, 65536)
        us2, us3 = divmod(us2, 256)
        h = self._hour + 128 if self._fold and protocol > 3 else self._hour
        state = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


def _check_timestamp(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
    elif not isinstance(t, int):
        try:
            t = type(t).__index__(t)
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__) from None
    if not -62135596800 - 86400 * 366 < t < 253402300800 + 86400 * 366:
        raise OverflowError('timestamp out of range for platform time_t')
    return t


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ------------------------------------------------------------ datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (month is None or isinstance(month, tzinfo_base)) and \
                isinstance(year, (bytes, str)) and len(year) == 10:
            state = year.encode('latin1') if isinstance(year, str) else year
            if 1 <= state[2] & 0x7F <= 12:
                _check_tzinfo(month)
                self = _object_new(cls)
                self._setstate(state, month)
                return self
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _object_new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    def _setstate(self, state, tz):
        self._year = state[0] * 256 + state[1]
        m = state[2]
        self._fold = 1 if m > 127 else 0
        self._month = m & 0x7F
        self._day = state[3]
        self._hour = state[4]
        self._minute = state[5]
        self._second = state[6]
        self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        self._tzinfo = tz
        self._hashcode = -1

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        t = _check_timestamp(t)
        frac, t = _math.modf(t) if isinstance(t, float) else (0.0, t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        t = int(t)
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = converter(t)[:6]
        ss = min(ss, 59)  # leap seconds
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # A local time that happens twice (end of DST) is the second one (fold=1)
            # when the same wall time was also reached one transition earlier.
            max_fold = 24 * 3600
            y, m, d, hh, mm, ss = converter(t - max_fold)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(0, max_fold)
            if trans.days < 0:
                y, m, d, hh, mm, ss = converter(t + trans // timedelta(0, 1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local datetime of the POSIX timestamp t (in tz when given)."""
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of the POSIX timestamp t."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time (in tz when given)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, as a naive datetime."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time (and optionally another tzinfo)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string: a date, then optionally any separator
        character and a time with an optional UTC offset."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _parse_iso_datetime(date_string)
        except ValueError:
            fields = None
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields[:7], _tz_from_offset(fields[7]))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime parsed from date_string according to format (C locale)."""
        return _strptime_datetime(cls, date_string, format)

    def timetuple(self):
        """time.struct_time of the local time (tm_isdst from dst())."""
        dst = self.dst()
        if dst is None:
            dstflag = -1
        elif dst:
            dstflag = 1
        else:
            dstflag = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dstflag)

    def _mktime(self):
        """The POSIX time of this naive local datetime, resolving gaps and folds."""
        epoch = datetime(1970, 1, 1)
        max_fold = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        # Find u with local(u) == t: try the offset at t, then at the other side of a
        # possible transition.
        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-max_fold, max_fold)[self._fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        # t is in a gap: the fold picks which side's offset applies.
        return (max, min)[self._fold](u1, u2)

    def timestamp(self):
        """The POSIX timestamp as a float (naive datetimes are local time)."""
        if self._tzinfo is None:
            s = self._mktime()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """time.struct_time of the UTC time (tm_isdst 0)."""
        offset = self.utcoffset()
        if offset:
            self = self - offset
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, 0)

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        """The time part, with the same tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields replaced (tzinfo=None makes it naive)."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        gmtoff = localtm.tm_gmtoff
        zone = localtm.tm_zone
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        """The same instant in time zone tz (the local zone when tz is None)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            "not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = self.utcoffset()
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=timezone.utc)
        if tz is None:
            # The local zone of the resulting instant (not of self's wall time, which
            # differs in a DST gap).
            tz = utc._local_timezone()
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        """'Tue Jan  2 03:04:05 2024'"""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'; sep is one character, timespec
        'auto', 'hours', 'minutes', 'seconds', 'milliseconds' or 'microseconds'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        s = ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
             + _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s)' % (_type_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def strftime(self, format):
        """Format using strftime(); %f, %z and %Z are supported."""
        return _wrap_strftime(self, format, self.timetuple())

    # Comparisons: a datetime never equals a plain date and cannot be ordered with one.

    def _cmp_base(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            # An ambiguous or missing local time compares unequal to everything in
            # another zone (its offset depends on fold).
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._cmp_base(), other._cmp_base())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff._days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def _to_us(self):
        """Microseconds since 0001-01-01 00:00 of the wall time (offset ignored)."""
        return ((((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._to_us() + other._to_us()
        s, us = divmod(us, 1000000)
        m, s = divmod(s, 60)
        h, m = divmod(m, 60)
        days, h = divmod(h, 24)
        if 0 < days <= _MAXORDINAL:
            if type(self) is not datetime:
                return type(self)(*_ord_to_ymd(days), h, m, s, us, self._tzinfo)
            # Every field is in range by construction: skip the constructor's checks.
            result = _object_new(datetime)
            result._year, result._month, result._day = _ord_to_ymd(days)
            result._hour = h
            result._minute = m
            result._second = s
            result._microsecond = us
            result._tzinfo = self._tzinfo
            result._hashcode = -1
            result._fold = 0
            return result
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        diff = self._to_us() - other._to_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff != otoff:
                if myoff is None or otoff is None:
                    raise TypeError("can't subtract offset-naive and offset-aware "
                                    "datetimes")
                diff += otoff._to_us() - myoff._to_us()
        return _td_from_us(diff)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._cmp_base())
            else:
                us = t._to_us() - tzoff._to_us()
                self._hashcode = hash(_td_from_us(us - 86400 * 1000000))
        return self._hashcode

    def __reduce_ex__(self, protocol):
        yhi, ylo = divmod(self._year, 256)
        us1, us2 = divmod(self._microsecond, 65536)
        us2, us3 = divmod(us2, 256)
        m = self._month + 128 if self._fold and protocol > 3 else self._month
        state = bytes([yhi, ylo, m, self._day, self._hour, self._minute, self._second,
                       us1, us2, us3])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


tzinfo_base = tzinfo
_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ------------------------------------------------------------ timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % offset)
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ------------------------------------------------------------ strptime (C locale)

_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
              'sunday')
_FULL_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')

# The C locale's composite formats.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# Numeric directives: (min digits, max digits, min value, max value).
_NUMERIC = {'d': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12),
            'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61), 'j': (1, 3, 1, 366),
            'y': (2, 2, 0, 99), 'Y': (4, 4, 0, 9999), 'f': (1, 6, 0, 999999),
            'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53), 'V': (1, 2, 0, 53), 'G': (4, 4, 0, 9999),
            'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7)}


def _expand_format(fmt):
    """The format as a list of ('lit', text), ('ws', None) and ('dir', letter) items."""
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == '%':
                items.append(('lit', '%'))
            elif d in _COMPOSITE:
                items.extend(_expand_format(_COMPOSITE[d]))
            elif d in _NUMERIC or d in 'aAbBpzZ':
                items.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(('ws', None))
        else:
            items.append(('lit', c))
            i += 1
    return items


def _candidates(d, s, pos):
    """Possible (value, end) matches of directive d at s[pos], most preferred first."""
    if d in _NUMERIC:
        lo_digits, hi_digits, lo, hi = _NUMERIC[d]
        out = []
        if d == 'd' and s[pos:pos + 1] == ' ' and s[pos + 1:pos + 2].isdigit() \
                and s[pos + 1] != '0':
            out.append((int(s[pos + 1]), pos + 2))
        end = pos
        while end < len(s) and end - pos < hi_digits and '0' <= s[end] <= '9':
            end += 1
        for e in range(end, pos + lo_digits - 1, -1):
            if e == pos:
                break
            v = int(s[pos:e])
            if lo <= v <= hi:
                out.append((s[pos:e] if d == 'f' else v, e))
        return out
    low = s[pos:].lower()
    if d == 'A':
        names = [(name, i) for i, name in enumerate(_FULL_DAYS)]
    elif d == 'a':
        names = [(name[:3], i) for i, name in enumerate(_FULL_DAYS)]
    elif d == 'B':
        names = [(name, i) for i, name in enumerate(_FULL_MONTHS) if i]
    elif d == 'b':
        names = [(name[:3], i) for i, name in enumerate(_FULL_MONTHS) if i]
    elif d == 'p':
        names = [('am', False), ('pm', True)]
    elif d == 'Z':
        names = [(name.lower(), name) for name in
                 {'utc', 'gmt', _time.tzname[0].lower(), _time.tzname[1].lower()}]
        names.sort(key=lambda item: -len(item[0]))
        return [(s[pos:pos + len(name)], pos + len(name))
                for name, _ in names if low.startswith(name)]
    elif d == 'z':
        return _match_offset(s, pos)
    return [(v, pos + len(name)) for name, v in names if low.startswith(name)]


def _match_offset(s, pos):
    """Candidates for %z: Z, or [+-]HH[:]MM[[:]SS[.f{1,6}]], longest first; the value
    is the matched text (converted by _parse_offset once the whole format matched)."""
    if s[pos:pos + 1] == 'Z':
        return [('Z', pos + 1)]
    if s[pos:pos + 1] not in ('+', '-') or _digits(s, pos + 1, 2) is None:
        return []
    p = pos + 3
    if s[p:p + 1] == ':':
        p += 1
    if not ('0' <= s[p:p + 1] <= '5' and '0' <= s[p + 1:p + 2] <= '9'):
        return []
    p += 2
    out = []
    q = p + 1 if s[p:p + 1] == ':' else p
    if '0' <= s[q:q + 1] <= '5' and '0' <= s[q + 1:q + 2] <= '9':
        q += 2
        if s[q:q + 1] == '.':
            e = q + 1
            while e < len(s) and e - q <= 6 and '0' <= s[e] <= '9':
                e += 1
            for end in range(e, q + 1, -1):
                out.append((s[pos:end], end))
        out.append((s[pos:q], q))
    out.append((s[pos:p], p))
    return out


def _parse_offset(z):
    """(seconds, microseconds) east of UTC of a %z match."""
    if z == 'Z':
        return 0, 0
    text = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    frac = z[8:]
    us = int(frac + '0' * (6 - len(frac)))
    if z[0] == '-':
        return -seconds, -us
    return seconds, us


def _match(items, k, s, pos, found):
    """Backtracking match of items[k:] against s[pos:]; the end position or -1."""
    while k < len(items):
        kind, what = items[k]
        if kind == 'lit':
            if s[pos:pos + 1].lower() != what.lower():
                return -1
            pos += 1
        elif kind == 'ws':
            if pos >= len(s) or not s[pos].isspace():
                return -1
            while pos < len(s) and s[pos].isspace():
                pos += 1
        else:
            for value, end in _candidates(what, s, pos):
                found.append((what, value))
                result = _match(items, k + 1, s, end, found)
                if result >= 0:
                    return result
                found.pop()
            return -1
        k += 1
    return pos


def _strptime(data_string, fmt):
    for arg in (data_string, fmt):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (1 if arg is data_string else 2, type(arg).__name__))
    items = _expand_format(fmt)
    found = []
    end = _match(items, 0, data_string, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    # Later directives override earlier ones, in the order they appear in the format.
    year = iso_year = iso_week = week_no = weekday = julian = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = tzname = None
    gmtoff_fraction = 0
    monday_first = False
    ampm = None
    for d, v in found:
        if d == 'p':
            ampm = v
    for d, v in found:
        if d == 'y':
            year = v + (2000 if v <= 68 else 1900)
        elif d == 'Y':
            year = v
        elif d == 'G':
            iso_year = v
        elif d in 'mbB':
            month = v
        elif d == 'd':
            day = v
        elif d == 'H':
            hour = v
        elif d == 'I':
            hour = v % 12 + (12 if ampm else 0)
        elif d == 'M':
            minute = v
        elif d == 'S':
            second = v
        elif d == 'f':
            fraction = int(v) * 10 ** (6 - len(v))
        elif d in 'aA':
            weekday = v
        elif d == 'w':
            weekday = (v - 1) % 7
        elif d == 'u':
            weekday = v - 1
        elif d == 'j':
            julian = v
        elif d in 'UW':
            week_no = v
            monday_first = d == 'W'
        elif d == 'V':
            iso_week = v
        elif d == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(v)
        elif d == 'Z':
            tzname = v
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with "
                             "ISO year directive '%G'. Use '%Y' instead.")
    elif week_no is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that the date checks pass; 1900 in the result
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_no is not None:
            first = (_jan1_ordinal(year) + 6) % 7
            dow = weekday
            if not monday_first:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            if week_no == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_no - 1) + dow
        elif iso_year is not None and iso_week is not None:
            jan4_isoweekday = (_jan1_ordinal(iso_year) + 3) % 7 or 7
            julian = iso_week * 7 + weekday + 1 - (jan4_isoweekday + 3)
            year = iso_year
            if julian < 1:
                julian += _jan1_ordinal(year)
                year -= 1
                julian -= _jan1_ordinal(year)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date_fields(year, month, day)
    else:
        ordinal = julian - 1 + _jan1_ordinal(year)
        if ordinal < 1:
            raise ValueError('ordinal must be >= 1')
        if ordinal > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(ordinal)[0])
        year, month, day = _ord_to_ymd(ordinal)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, tzname, gmtoff, fraction,
            gmtoff_fraction)


def _jan1_ordinal(year):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    return _days_before_year(year) + 1


def _strptime_time(data_string, fmt="%a %b %d %H:%M:%S %Y"):
    """time.strptime's fields: (9-tuple, tm_zone, tm_gmtoff)."""
    (year, month, day, hour, minute, second, tzname, gmtoff, fraction,
     gmtoff_fraction) = _strptime(data_string, fmt)
    wday = (_ymd_to_ord(year, month, day) + 6) % 7
    yday = _ymd_to_ord(year, month, day) - _days_before_year(year)
    return ((year, month, day, hour, minute, second, wday, yday, -1), tzname, gmtoff)


def _strptime_datetime(cls, data_string, fmt):
    (year, month, day, hour, minute, second, tzname, gmtoff, fraction,
     gmtoff_fraction) = _strptime(data_string, fmt)
    args = [year, month, day, hour, minute, second, fraction]
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args.append(timezone(tzdelta, tzname) if tzname else timezone(tzdelta))
    return cls(*args)
