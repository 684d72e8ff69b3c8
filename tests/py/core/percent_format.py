# printf-style % formatting on str.
print("%s and %s" % ("spam", "eggs"), "%r" % "quoted", "%a" % "café", "%%" % (), "%c%c" % (72, "i"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.3s|%10s|%-10s|%*d|%-*d|%.*f" % ("abcdef", "right", "left", 6, 42, 6, 42, 2, 3.14159))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ada", "age": 36})
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True), "%d" % 3.99, "%s" % 3.0)
print("%e|%E|%.2e|%g|%G|%10.4g" % (1234.5, 0.00012, 1e100, 1e-5, 1e16, 3.14159265))
print("%3c|%-3c|" % ("a", "b"), "%5.1f%%" % 12.345, "%08.3f" % -3.14159, "%+.2e" % 12345.0)
print("%d items" % 5, "%s" % "only", "%d%%" % 50, "x=%s, y=%s" % (1, 2))
print(b"%s=%d %x %c %5.2f" % (b"key", 7, 255, 65, 1.5), b"%b" % b"bytes", b"%r" % b"x")
for bad, args in (("%d", "str"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)):
    try:
        print(bad % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
rows = [("Name", "Qty", "Price"), ("widget", 4, 3.5), ("gadget", 12, 10.0), ("doohickey", 1, 0.99)]
print("%-10s %5s %8s" % rows[0])
for name, q, p in rows[1:]:
    print("%-10s %5d %8.2f" % (name, q, p))
