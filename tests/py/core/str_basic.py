# Strings: concatenation, repetition, indexing, slicing, membership, comparison.
s = "hello, world"
print(s, len(s), s[0], s[-1], s[4], s[-5], s[:5], s[7:], s[::2], s[::-1], s[-5:-1], s[100:], s[3:3])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * 0, "x" * -1)
print("lo" in s, "xyz" in s, "" in s, "h" not in s, s.__contains__("world"))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" != "A")
print(sorted(["pear", "Apple", "banana", "apple", "Banana", "cherry"]))
print(max("hello"), min("hello"), sorted("hello"), list("abc"), tuple("xy"))
t = ""
for ch in "abcdef":
    t = ch + t
print(t, t.upper(), str(12) + str(3.5) + str(None) + str(True))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"), repr("\\"))
print(repr("\x00\x07\x1b\x7f"), repr("\u00e9"), repr("\u200b"), ascii("caf\u00e9"))
words = "the quick brown fox".split()
print(words, len(words), "-".join(words), "".join(reversed(words)))
print(s.__len__(), "abc".__getitem__(1), "ab".__add__("cd"), str(), str("x"))
print(s[1:10:3], s[-1:-8:-2], s[::-3], s[slice(2, 8)], s[len(s) - 1])
acc = []
for i, ch in enumerate("héllo"):
    acc.append(f"{i}:{ch}")
print(" ".join(acc))
print("a" "b" "c", """triple
quoted""", '''single
triple''')
print(r"raw\n\t", "\u03b1" == "α", "\101\x42\u0043")
