# center/ljust/rjust/zfill for tables.
for w in (0, 3, 8, 11):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("abc".center(w, "=")))
print(repr("ab".center(5)), repr("ab".center(6, ".")), repr("abc".center(6)), repr("a".center(4, "x")))
for n in ("42", "-42", "+7", "", "3.14", "-0.5", "abc", "1234567"):
    print(repr(n.zfill(6)), repr(n.zfill(2)))
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 3.0), ("kiwi", 7, 12.125)]
print("+" + "-" * 10 + "+" + "-" * 6 + "+" + "-" * 9 + "+")
for name, qty, price in rows:
    print("|" + name.ljust(10) + "|" + str(qty).rjust(6) + "|" + ("%.3f" % price).center(9) + "|")
print("+" + "-" * 10 + "+" + "-" * 6 + "+" + "-" * 9 + "+")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("é".rjust(3, "ü"), "日本".center(6, "*"))
