# Non-ASCII strings: length is in code points; indexing, slicing, ord/chr.
samples = ["héllo", "日本語テキスト", "naïve café", "Ωmega", "😀😃😄", "a😀b", "Ünïcödé", "ẞ", "\u0301e"]
for s in samples:
    print(s, len(s), s[0], s[-1], s[1:3], s[::-1], [ord(c) for c in s][:4], s.upper(), len(s.encode()))
print(ord("a"), ord("é"), ord("€"), ord("😀"), ord("\n"), ord("\x00"), ord("\U0010ffff"))
print(chr(65), chr(233), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff", repr(chr(0)), repr(chr(127)))
print("".join(chr(c) for c in range(0x3b1, 0x3c9 + 1)))
print("é" == "\xe9", "é" == "e\u0301", len("e\u0301"), "日本" < "日本語", "z" < "é" < "日")
s = "Ελληνικά"
print(s.lower(), s.upper(), s.find("ν"), s.count("λ"), s.replace("λ", "L"), s.startswith("Ελ"))
counts = {}
for ch in "mississippi söder söder":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(repr("\u00e9\u4e2d\U0001f600"), ascii("\u00e9\u4e2d\U0001f600"), "\u4e2d\u6587")
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(list("añb"), sorted("dćba"), "ñ".join(["a", "b"]), "x".join("ñé"), "é" * 3, "日" in "日本")
