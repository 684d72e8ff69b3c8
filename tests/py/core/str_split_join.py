# split, rsplit, splitlines, join, partition, rpartition.
s = "  alpha  beta\tgamma\n delta  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.strip().split(" ", 2))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",", 0), csv.rsplit(",", -1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "".split(","), "".split(), "   ".split())
print("x".split("x"), "xx".split("x"), "abc".split("abc"), "aaa".split("aa"), "aaa".rsplit("aa"))
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "one\n".splitlines(), "\n".splitlines())
print("end\n".split("\n"), "a\x0bb\x0cc".splitlines())
print(",".join(["x", "y", "z"]), "".join([]), " ".join("abc"), "-".join(("1", "2")), "ab".join("xyz"))
print(", ".join(str(i * i) for i in range(6)), "\n".join(["r1", "r2"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("key=value=more".partition("="), "novalue".partition("="), "a=b".partition("b"), "x".partition("x"))
print("key=value=more".rpartition("="), "novalue".rpartition("="), "/usr/local/bin".rpartition("/"))
for line in ["name: Ada", "age: 36", "bogus", "lang: Python: 3"]:
    k, sep, v = line.partition(": ")
    print(repr(k), repr(sep), repr(v))
path = "/home/user/docs/file.tar.gz"
print(path.split("/"), path.rsplit(".", 1)[0], path.rsplit("/", 1)[-1], path.split(".", 1)[1])
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
