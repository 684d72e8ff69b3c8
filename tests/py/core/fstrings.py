# f-strings: expressions, conversions, format specs, nested fields, '=' debugging.
name, n, pi = "taipan", 42, 3.14159265
items = ["a", "b"]
d = {"k": "v", "n": 3}
print(f"{name} {n} {pi}", f"{name!r} {name!s} {'café'!a}", f"{n + 1} {n * 2:>6} {pi:.3f}")
print(f"{items} {items[0]} {d['k']} {d['n'] * 2} {len(items)} {name.upper()} {name[::-1]}")
print(f"{n:b} {n:o} {n:x} {n:#X} {n:08.2f} {n:,} {10 ** 6:_} {-n:+} {n:^8}|")
width, prec = 10, 2
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:{'*'}^{width}}] [{n:{width}d}]")
print(f"{n=}", f"{pi=:.2f}", f"{name = }", f"{items[1]=}", f"{n * 2 = }", f"{name=!s}")
print(f"{{literal braces}} {{{n}}}", f"{'nested ' + f'{n}'}", f"{'quotes' + 'x'!r}")
print(f"{3 if n > 40 else 4}", f"{[x * 2 for x in range(3)]}", f"{dict(a=1)}", f"{(lambda x: x + 1)(1)}")
print(f"multi {n}"
      f" part {pi:.1f}", F"capital F {n}", rf"raw \n {n}", fr"\t{name}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
print(f"{'item':<12}{'price':>8}{'qty':>5}{'total':>9}")
for item, price, qty in rows:
    print(f"{item:<12}{price:>8.2f}{qty:>5}{price * qty:>9.2f}")
print(f"{'-' * 34}\n{'sum':<25}{sum(p * q for _, p, q in rows):>9.2f}")
class P:
    def __init__(self, x):
        self.x = x
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P(%r)" % self.x
    def __str__(self):
        return "point " + str(self.x)
p = P(1)
print(f"{p}", f"{p:custom}", f"{p!r}", f"{p!s}", f"{p.x}", f"{p!r:>10}")
value = 1234.5678
for spec in (".1f", ">12,.2f", "e", ".3%", "010.3f", "<12"):
    print(f"{value:{spec}}|")
print(f"{None} {True} {b'x'} {1j} {-0.0} {1e100} {[]} {()}")
