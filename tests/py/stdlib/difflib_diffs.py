# ndiff/Differ with '?' hint lines, unified_diff, context_diff, restore, diff_bytes.
import difflib
import sys

a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(keepends=True)
b = "zero\none\ntree\nfour\nfive\nsix\nseven\neight\nnine\nTen\neleven\n".splitlines(keepends=True)

sys.stdout.writelines(difflib.ndiff(a, b))
print("=" * 20)
sys.stdout.writelines(difflib.unified_diff(a, b, "before.py", "after.py",
                                           "2005-01-26 23:30:50", "2010-04-02 10:20:52"))
print("=" * 20)
sys.stdout.writelines(difflib.unified_diff(a, b, n=0))
print("=" * 20)
sys.stdout.writelines(difflib.context_diff(a, b, "before.py", "after.py"))
print("=" * 20)
sys.stdout.writelines(difflib.context_diff(a, b, n=1))
print("=" * 20)
for line in difflib.unified_diff(["a", "b"], ["a", "c"], lineterm=""):
    print(repr(line))
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ["x\n"])))
print(list(difflib.context_diff([], ["x\n"])))
print(list(difflib.context_diff(["x\n"], [])))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
print("".join(difflib.restore(result, 1)) == "".join(text1))
print("".join(difflib.restore(result, 2)) == "".join(text2))
try:
    list(difflib.restore(result, 3))
except ValueError as e:
    print(type(e).__name__, e)

# tabs keep the '?' line aligned
sys.stdout.writelines(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"]))
sys.stdout.writelines(difflib.ndiff(["x = 1\n", "\n", "y = 2\n"],
                                    ["x = 1\n", "\n", "\n", "y = 3\n"],
                                    linejunk=difflib.IS_LINE_JUNK))
print(list(difflib.ndiff(["abc"], ["xyz"])))
print(list(difflib.ndiff(["a", "b", "c"], ["x"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))

for line in difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"b\n"],
                               b"old", b"new"):
    print(line)
for args in (([b"a"], [b"b"], "str-name"), (["a"], ["b"])):
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in (([b"a"], ["b"]), (["a"], ["b"], b"x")):
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print(type(e).__name__, e)
