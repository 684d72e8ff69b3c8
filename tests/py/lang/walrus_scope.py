if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5]
print([y for x in data if (y := x * 2) > 4], y)
def f():
    [last := i for i in range(3)]
    return last
print(f())
total = 0
print([total := total + v for v in data], total)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
def g():
    res = [(k := j) for j in "ab"]
    return res, k
print(g())
print((w := 3) * w)
if m := "10-20".partition("-"):
    print(m[0], m[2])
for src in ["[i := 0 for i in range(2)]", "(a.b := 1)", "x := 1", "def f(): [(x := 1) for x in y]"]:
    try:
        compile(src, "<w>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
class C:
    vals = [1, 2]
    try:
        exec("r = [(z := v) for v in vals]")
    except Exception as e:
        print(type(e).__name__)
print(f"{(q := 7)}", q)
