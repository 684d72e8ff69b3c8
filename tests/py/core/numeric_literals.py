# Numeric literal forms: hex/oct/bin, underscores, floats, exponents, imaginary.
print(0xff, 0XFF, 0o777, 0O17, 0b1010, 0B11, 0x_dead_beef, 1_000_000, 0b_1111_0000)
print(1., .5, 1.5e3, 1E-3, 1_0.0_1, 1e1_0, 0.0, 00.5, 0e0, 1_0e-1_0, 3.14_15)
print(1j, 2.5j, 1e3j, 0j, 1_0j, 3 + 0j, 10J, .5j)
print(type(1e0).__name__, type(0x1).__name__, type(1j).__name__, 0 == 0.0 == 0j)
print(0, 00, 0_0, -0, +1, --1, -+-1, ~0)
print(9007199254740993, 9007199254740993.0, 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF)
print(1e308, 1e309, -1e309, 1e-323, 1e-400, 2.2250738585072014e-308)
print(0.1 + 0.2, 1.1 * 1.1, 100 * 1.1, 3.0 * 0.1, 1 / 10 * 3)
big = 340_282_366_920_938_463_463_374_607_431_768_211_456
print(big == 2 ** 128, big - 1, hex(big), oct(big)[:8], bin(big).count("0"))
