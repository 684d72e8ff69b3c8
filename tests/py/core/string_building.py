# Building strings: +=, join, repetition, f-strings, and a text-wrapping routine.
s = ""
for i in range(20):
    s += str(i % 10)
print(s, len(s))
parts = []
for i in range(1, 11):
    parts.append("%d^2=%d" % (i, i * i))
print("; ".join(parts))
row = "".join("#" if (x + y) % 2 else "." for y in range(1) for x in range(16))
print(row)
board = "\n".join("".join("#" if (x + y) % 2 else "." for x in range(8)) for y in range(4))
print(board)
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines
text = ("Taipan is a Python interpreter without a global interpreter lock, written in C++ "
        "with a tracing garbage collector and work stealing microthreads for concurrency.")
for w in (20, 35, 60):
    print("\n".join(l.ljust(w) + "|" for l in wrap(text, w)))
    print("-" * w)
acc = []
n = 1
while len("".join(acc)) < 60:
    acc.append(f"{n:03d}")
    n *= 3
print("-".join(acc))
title = "report"
banner = "=" * 10 + " " + title.upper() + " " + "=" * 10
print(banner, len(banner))
digits = "".join(str(d) for d in range(10)) * 3
print(digits[::7], digits.count("7"), digits.rfind("0"))
sb = []
for ch in "hello world":
    sb.append(ch.upper() if ch in "aeiou" else ch)
print("".join(sb), "".join(sorted(set("mississippi"))), "".join(map(chr, range(65, 75))))
