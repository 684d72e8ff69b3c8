# Arithmetic edge cases and their exact error messages.
cases = ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1, 0)",
         "divmod(1.0, 0)", "0 ** -1", "0.0 ** -1", "(-8) ** 0.5", "2 ** 10000 * 1.0",
         "float(2 ** 10000)", "1e308 * 10", "10 ** 400 / 1", "int('12x')", "int('')",
         "float('abc')", "int(float('inf'))", "int(float('nan'))", "complex(1, 1) < 1j",
         "1 << -1", "1 >> -1", "1 << 2 ** 70", "(1j) // 2", "(1j) % 2", "abs(-2 ** 63)",
         "round(float('inf'))", "2 ** 0.5 ** 2", "pow(0, -1)", "pow(2, 3, 0)", "-1 ** 0.5",
         "(-1) ** 0.5", "int('0x10', 16)", "int('0x10', 0)", "int('10', 1)", "int(10, 2)",
         "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%(k)s' % {}", "'%z' % 1",
         "hex(1.0)", "chr(-1)", "chr(0x110000)", "ord('ab')", "sum(['a', 'b'])",
         "max([])", "min(1)", "1 + '1'", "'1' + 1", "[] + ()", "None + 1", "-'x'", "~1.5"]
for src in cases:
    try:
        r = eval(src)
        print(f"{src} = {r!r}"[:80])
    except Exception as e:
        print(f"{src} -> {type(e).__name__}: {e}")

# Huge int formatting and big arithmetic stays exact.
big = 3 ** 200
print(len(str(big)), big % 1000, big // 3 ** 199, (big + 1) - big, -big // 7 == -(big // 7) - 1)
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, (2 ** 64) >> 63, (-2 ** 64) >> 63, -(2 ** 64) & 0xFF)
print(10 ** 20 / 10 ** 10, 7 / 2, -7 / 2, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(int(1e20), int(-1.9), int("  -42  "), int("1_000"), int("0b101", 0), int("z", 36))
print(float("1_000.5"), float(" -inf "), float("1e-400"), 1e-400 == 0.0, float("0x1p3".replace("0x1p3", "8")))
