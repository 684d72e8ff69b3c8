# print(): sep, end, file=sys.stderr (not compared), flush, multiple args, no args.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": 3}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="\n", end="\n--\n")
print("x", end="")
print()
print("multi\nline", "args", sep="\n")
print("", "", sep="[]")
print(sep="ignored", end="only end\n")
print("a", "b", sep=None, end=None)
print("tab\tseparated", "values\t", sep="\t")
for i in range(3):
    print(i, end=" ")
print()
print("ünïcode ✓", "日本")
print(repr("x"), str("x"), 'single', "double", """triple""")
print(sys.stdout is not None, print.__name__)
class Thing:
    def __str__(self):
        return "Thing.__str__"
    def __repr__(self):
        return "Thing.__repr__"
print(Thing(), [Thing()], (Thing(),), {"t": Thing()}, str(Thing()), repr(Thing()))
