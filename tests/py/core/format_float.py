# Float format specs: f, e, g, %, precision, alignment, signs, grouping, special values.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000123456, 1e-10, 1.5e300, 100.0, 0.5, 2.675]
for v in vals:
    print(f"{v}|{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:10.2f}|{v:<10.1f}|{v:+.1f}|{v:,.2f}|{v:%}|{v:.1%}")
for v in (float("inf"), float("-inf"), float("nan")):
    print(f"{v}|{v:f}|{v:e}|{v:g}|{v:10}|{v:+}|{v:E}|{v:F}|{v:%}")
print(format(1e16, ""), format(1e16, "g"), format(1e15, "g"), format(1.5e-5, "g"), format(0.0001, "g"))
print(format(123.456, "E"), format(123.456, "G"), format(1e20, "G"), format(0.1, ".20f"), format(1 / 3, ".15g"))
print(format(12.0, "#g"), format(12.0, "#.3g"), format(3.0, "#"), format(1.5, "#.0f"), format(2.0, ".0f"))
print(format(1234.5, "_.1f"), format(-1234.5, "012,.1f"), format(1234.5, "=+12.2f"), format(0.5, " .2f"))
print(format(12345.6789, ".10"), format(12345.6789, ".3"), format(1e-7, ".2"), format(123.0, ".2"))
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(5, "g"), format(10 ** 20, ".3e"))
print("%.2f|%10.3f|%-10.1f|%e|%g|%G|%+.0f|%5.1f%%" % (3.14159, 2.5, -1.25, 12345.678, 0.00001, 1e30, 2.5, 99.44))
print(round(2.675, 2), f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1.005:.2f}", f"{-0.004:.2f}")
table = [(1, 1.0), (2, 1.4142135623730951), (3, 1.7320508075688772), (10, 3.1622776601683795)]
for n, r in table:
    print(f"{n:>3} | {r:8.5f} | {r * r:>10.3e} | {n / 7:.2%}")
