# int(str, base) for every base, base 0 prefixes, underscores, and formatting back.
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    s = digits[1:base] + "0"
    print(base, s, int(s, base), int(s.upper(), base))
print(int("0x1F", 0), int("0o17", 0), int("0b1011", 0), int("123", 0), int("0", 0))
print(int("0X_ff", 0), int("0B1_0", 0), int("-0x10", 0), int(" +0o7 ", 0))
print(int("1_000_000"), int("1_0", 16), int("ff", 16), int("FF", 16), int("0xff", 16))
print(int("z", 36), int("ZZ", 36), int("-zz", 36), int("10", 2), int("777", 8))
print(int("0b101", 2), int("0o17", 8), int("  42\n"), int("-0"), int("000123"))
print(int("1" * 80, 2), int("f" * 30, 16))
print(1_000, 0x_ff, 0o_17, 0b_1, 1_2.5_0, 1e1_0)
for s in ("", "1__0", "_1", "1_", "12a", "0x", "1.5", "0b2"):
    try:
        print(int(s, 0 if s.startswith("0") else 10))
    except ValueError as e:
        print("ValueError:", e)
for s, b in (("9", 8), ("g", 16), ("12", 37), ("12", 1)):
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for n in (0, 255, -255, 4096, 2 ** 40):
    print(hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2))
