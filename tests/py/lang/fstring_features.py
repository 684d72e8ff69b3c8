# f-strings: nested replacement fields, conversions, =, format specs with nested fields,
# escapes, multi-line and triple-quoted f-strings, and the errors.
import datetime
name, width, prec = "pi", 10, 3
value = 3.14159265
print(f"{name}={value:{width}.{prec}f}|")
print(f"{value!r:>20}|{name!s:^6}|{name!a}|{'é'!a}")
print(f"{value=}", f"{name = }", f"{value=:.2f}", f"{name=!s}", f"{1 + 1 = }")
print(f"{{literal}} {{{name}}}", f"{'nested ' f'{name}'}", f"{f'{f"{1}"}'}" if False else "skip")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{items[0]!r}", f"{ {'k': 1}['k'] }", f"{(lambda x: x * 2)(4)}")
print(f"{3:+}", f"{-3: }", f"{255:#x}", f"{255:08b}", f"{1234567:,}", f"{1234567:_}", f"{0.5:%}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|{12:=+6}")
print(f"{datetime.date(2024, 1, 31):%Y/%m/%d}", f"{3.0:g}", f"{1e20:g}", f"{1/3:.3e}")
w = 6
print(f"{'x':{'>' if w > 5 else '<'}{w}}|", f"{value:.{prec - 1}f}", f"{42:{'0'}{5}}")
# Multi-line expressions and triple quotes.
total = f"""{
    1 +
    2
}"""
print(total, f'''{"a" + 'b'}''', rf"\n{name}", fr"{name}\t")
print(f"\u00e9\t|{name}\x21", f"{chr(10)!r}")
# Objects with __format__ and conversions applied before the spec.
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
    def __repr__(self):
        return "Fmt()"
print(f"{Fmt():abc}", f"{Fmt()!r:>8}", f"{Fmt()}")
# Dict/set/comprehension inside braces need spaces or parentheses.
print(f"{ {1, 2} == {2, 1} }", f"{[i * i for i in range(3)]}", f"{(x := 5)} {x}")
# Errors at compile time.
for src in ('f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{!r}"'):
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
# Runtime errors inside f-strings.
try:
    f"{1:d}" + f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{undefined_name}"
except NameError as e:
    print(type(e).__name__, e)
