# The format-spec mini language for ints and strings, via format(), f-strings and str.format.
n = 1234567
specs = ["", "d", "10d", "<10d", ">10d", "^10d", "*^12d", "+d", " d", "-d", "010d", ",", "_", "15,d",
         "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#010x", "_x", "c", "e", "f", ".2f", "%", "n"]
for spec in specs[:-1]:
    if spec == "c":
        print(repr(spec), repr(format(65, spec)))
        continue
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)), repr(format(0, spec)))
print(format(255, "=+8d"), format(-255, "=8d"), format(-255, "08d"), format(255, "+08d"))
print(format(2 ** 70, ","), format(-(2 ** 70), "_x"), format(2 ** 70, "#b")[:12])
for spec in ("", "s", "10", "<10", ">10", "^10", "-^10", ".3", "10.2", ">8.4"):
    print(repr(spec), repr(format("hello", spec)))
print("[{:>6}] [{:<6}] [{:^6}] [{:06}]".format("ab", "cd", "ef", 42))
print("[%s]" % format("x", "\u2022^5"), format("", "*>3"), format(True, "<6"), format(None))
w, p = 12, 3
print(f"[{'centre':^{w}}] [{3.14159:{w}.{p}f}] [{42:{'>'}{w}}]")
for spec in ("5", "<5", "^5", ">5", "05"):
    print(f"|{7:{spec}}|{-7:{spec}}|")
for bad in ("=5", "05"):
    try:
        print(format("s", bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
