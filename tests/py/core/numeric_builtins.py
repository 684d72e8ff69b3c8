# abs, divmod, round, pow, chr/ord, hex/oct/bin, format(), int/float/str constructors.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), round(3.14159, 2), round(-2.5), round(1234, -2))
print(pow(2, 8), pow(2, 8, 7), pow(2.5, 2), pow(4, -1), pow(-2, 3), pow(10, 2, 7))
print(chr(9731), ord("☃"), [chr(i) for i in range(97, 102)], [ord(c) - ord("a") for c in "hello"])
print(hex(0), hex(-255), hex(2 ** 64), oct(-8), oct(0), bin(-5), bin(0), bin(2 ** 10))
print(format(255, "x"), format(255, "08b"), format(3.14159, ".3"), format(1234567, ","), format("s", "^5"), format(42))
print(format(0.5, "%"), format(-3, "+"), format(65, "c"), format(1e6, "g"), format(1e-6, "g"))
print(int(), float(), str(), bool(), complex(), tuple(), list(), dict(), len(set()))
print(int("101", 2), int(" -0x1f ", 16), float("  2.5\n"), float("1E3"), str(1e-7), str(123456789.0), str(1.5e16))
print(max(map(int, "3 14 15 92".split())), sum(map(float, ["1.5", "2.25"])), abs(round(-7.5)), round(7.5))
print(isinstance(round(2.5), int), isinstance(round(2.5, 1), float), isinstance(divmod(5.0, 2)[0], float))
total = 0
for c in "The quick brown fox":
    total += ord(c)
print(total, chr(total % 26 + 65), hex(total), oct(total), bin(total))
print(len("abc"), len([1, 2]), len({}), len(range(0, 100, 7)), len(b"xy"), len({1: 2}.items()))
