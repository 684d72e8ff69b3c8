# SequenceMatcher: blocks, opcodes, ratios, junk and autojunk, get_close_matches.
import difflib
from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % op)
print(s.find_longest_match(0, 29, 0, 38))
print(s.find_longest_match())
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.bjunk, s.bpopular)

# autojunk: popular items in a long b
a = "x" * 10 + "ab" * 50
b = "ab" * 150 + "x" * 20
for aj in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 4))

# lists of lines
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n",
     "nine\n", "ten\n", "eleven\n", "twelve\n"]
b = a[:2] + ["THREE\n"] + a[3:9] + a[10:] + ["thirteen\n"]
s = SequenceMatcher(None, a, b)
print(s.get_opcodes())
for g in s.get_grouped_opcodes(1):
    print(g)
print(list(SequenceMatcher(None, [], []).get_grouped_opcodes()))
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(SequenceMatcher(None, "", "").ratio())
s = SequenceMatcher()
s.set_seqs("abcd", "bcde")
print(s.ratio())
s.set_seq1("bcde")
print(s.ratio(), s.get_opcodes())
print(SequenceMatcher[int])
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)

words = ["ape", "apple", "peach", "puppy", "appel", "applet"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=5, cutoff=0.3))
print(difflib.get_close_matches("wheel", ["while", "for", "if", "with", "else"]))
for args in ((0,), (3, 1.5)):
    try:
        difflib.get_close_matches("x", ["y"], *args)
    except ValueError as e:
        print(type(e).__name__, e)

# a larger deterministic pair
import random
r = random.Random(5)
x = [r.randrange(20) for _ in range(400)]
y = list(x)
for _ in range(40):
    i = r.randrange(len(y))
    if r.random() < 0.5:
        del y[i]
    else:
        y.insert(i, r.randrange(25))
s = SequenceMatcher(None, x, y)
print(len(s.get_matching_blocks()), round(s.ratio(), 6), s.get_opcodes()[:6])
print(sorted(s.bpopular)[:5], len(s.bpopular))
s = SequenceMatcher(None, x, y, autojunk=False)
print(len(s.get_matching_blocks()), round(s.ratio(), 6))
