# ValueError: invalid literal for int() with base 10: 'x'
for s in ("1", "22", "x"):
    print(int(s))
