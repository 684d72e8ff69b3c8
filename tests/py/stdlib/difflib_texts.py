# Differ/ndiff/unified_diff on generated texts (fancy replacement recursion, junk lines,
# popular lines), checked against restore(); unittest's assertEqual diff uses difflib.
import difflib
import random
import sys
import unittest

rng = random.Random(1234)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()

def line():
    return " ".join(rng.choice(words) for _ in range(rng.randrange(1, 7))) + "\n"

a = [line() for _ in range(60)] + ["\n"] * 5 + ["# comment\n"] * 3
b = list(a)
for _ in range(25):
    i = rng.randrange(len(b))
    op = rng.randrange(4)
    if op == 0:
        del b[i]
    elif op == 1:
        b.insert(i, line())
    elif op == 2:
        w = b[i].split()
        w[rng.randrange(len(w))] = rng.choice(words).upper() if w else "x"
        b[i] = " ".join(w) + "\n"
    else:
        b[i] = b[i].replace(" ", "  ", 1)

delta = list(difflib.ndiff(a, b))
sys.stdout.writelines(delta)
print(list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
junked = list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK, charjunk=None))
print(len(delta), len(junked), list(difflib.restore(junked, 2)) == b)
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", n=2)))
print(difflib.SequenceMatcher(None, a, b).ratio())
print(difflib.SequenceMatcher(difflib.IS_LINE_JUNK, a, b).get_opcodes()[:8])

# a long b where one line is "popular" (more than 1% of 200+ lines)
long_a = ["x = %d\n" % i for i in range(300)]
long_b = []
for i, l in enumerate(long_a):
    long_b.append(l)
    if i % 20 == 0:
        long_b.append("pass\n")
long_b[150] = "x = 150  # changed\n"
long_a[10:10] = ["pass\n", "pass\n"]
sm = difflib.SequenceMatcher(None, long_a, long_b)
print(sm.bpopular, sm.get_opcodes()[:5], round(sm.ratio(), 5))
print(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_opcodes()[:5])
for group in sm.get_grouped_opcodes(1):
    print(group)

# strings as sequences of characters
print(list(difflib.ndiff(["The quick brown fox jumps over the lazy dog\n"],
                         ["The quick brown cat jumped over the lazy dogs\n"])))
d = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
print(list(d.compare(["a b c d e\n", "same\n"], ["a  b c D e\n", "same\n"])))

class T(unittest.TestCase):
    maxDiff = None
    def test_str(self):
        self.assertEqual("one\ntwo\nthree\n", "one\ntoo\nthree\nfour\n")
    def test_list(self):
        self.assertEqual([1, 2, 3, "four"], [1, 2, 4, "four", 5])
    def test_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
for name in ("test_str", "test_list", "test_dict"):
    try:
        getattr(T(name), name)()
    except AssertionError as e:
        print(e)
