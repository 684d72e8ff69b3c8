# round() with banker's rounding and ndigits; divmod for ints and floats.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 0.375, 1.005, 12345.6789):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for n in (1234, 1250, 1350, -1250, 15, 25, 5):
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n), type(round(n, -1)).__name__)
print(round(1e20, 2), round(0.1 + 0.2, 10), round(-0.0), round(7.25, 1), round(7.35, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10 ** 20, 7), (-10 ** 20, 7)):
    q, r = divmod(a, b)
    print("divmod", a, b, q, r, q * b + r == a)
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0)):
    print("fdivmod", a, b, divmod(a, b))
for bad in ((1, 0), (1.0, 0.0), (0, 0.0)):
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
ops = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
       ("1.0 / 0", lambda: 1.0 / 0), ("1.0 // 0.0", lambda: 1.0 // 0.0), ("1.5 % 0", lambda: 1.5 % 0)]
for text, fn in ops:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, "->", e)
