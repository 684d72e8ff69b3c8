# Date arithmetic by hand: leap years, day of week, day counts, a month calendar.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def month_days(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_year(y, m, d):
    return sum(month_days(y, k) for k in range(1, m)) + d
def days_since_epoch(y, m, d):
    days = 0
    for year in range(1970, y):
        days += 366 if is_leap(year) else 365
    return days + day_of_year(y, m, d) - 1
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def weekday(y, m, d):
    return (days_since_epoch(y, m, d) + 3) % 7
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100), is_leap(2024))
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1999, 12, 31), (2038, 1, 19)]:
    print(date, day_of_year(*date), days_since_epoch(*date), NAMES[weekday(*date)])
def add_days(y, m, d, n):
    while n > 0:
        left = month_days(y, m) - d
        if n <= left:
            return y, m, d + n
        n -= left + 1
        d = 1
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d
print(add_days(2024, 1, 31, 1), add_days(2023, 12, 31, 1), add_days(2024, 2, 28, 1), add_days(2020, 1, 1, 1000))
def calendar(y, m):
    lines = ["%s %d" % (["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"][m - 1], y), "Mo Tu We Th Fr Sa Su"]
    start = weekday(y, m, 1)
    cells = ["  "] * start + ["%2d" % d for d in range(1, month_days(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
print(calendar(2023, 10))
fridays_13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fridays_13), fridays_13[:4])
