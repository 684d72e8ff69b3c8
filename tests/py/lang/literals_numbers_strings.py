# Integer, float, complex, string and bytes literals: every prefix and escape.
print(0b1010, 0o17, 0xFF, 0XaB, 1_000_000, 0b_1_0, 0o_7, 0x_f_f, 00, 0_0)
print(123456789012345678901234567890, -0x8000000000000000, 2**64, 0xffff_ffff_ffff_ffff_ff)
print(1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0.1 + 0.2, 1e308 * 10, -1e-320, 5e-324)
print(3j, 1.5j, 1e2j, 1_0j, (1 + 2j) * 1j, complex("1+2j"), -0j, (0j).real, 2j.imag)
print(type(1j).__name__, 1j ** 2, abs(3 + 4j), (1 + 2j).conjugate(), complex(1, -0.0))
print(0.1 + 0.7, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.0e15, 12345678901234567.0)
print(float("inf"), -float("inf"), float("nan"), float("-0"), 1.7976931348623157e308)
for bad in ("0b2", "0o8", "0xg", "1__0", "1_", "09", "1e", "0_b1"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), "->", e.msg)

# String escapes.
s = "tab\there\nnew \\ back \' \" \a\b\f\v\0 \x41 \101 \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}"
print(repr(s))
print(len("\N{BLACK STAR}"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "\xe9", "\7" == "\x07")
print(r"raw\n\t", R"raw\\", r"\"", repr(r"a\b"), rb"\x00", Rb"x", BR"y")
print('single', "double", '''triple
single''', """triple "double" """, 'adjacent' " strings " '''concat''')
print(b"\x00\xff\n" + b"abc", bytes([65, 66]), b"\101", B"upper", b'\'quote\'')
print(u"unicode prefix", "line\
continued", len("""a
b"""))
for bad in (r'"\x4"', r'"\N{NOT A NAME}"', r'"\U1234"', "'unterminated", r'b"é"', '"""never closed'):
    try:
        eval(bad)
    except SyntaxError as e:
        print(bad, "->", type(e).__name__)
print(repr("\x7f\x80\u2028\ud800"), ascii("\u2603"), "\u2603".encode(), str(b"\xe2\x98\x83", "utf-8"))
# Invalid escapes are kept as-is (with only a DeprecationWarning).
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(eval(r'"\d\w"'), eval(r'b"\q"'))
