# find/rfind/index/rindex/count/startswith/endswith.
s = "abracadabra"
for sub in ("a", "abra", "cad", "z", "", "ra"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 6), s.find(sub, -4))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("b", 0, 5), s.count("a", 3), s.count("a", 3, 8))
for sub in ("q", "abrac"):
    try:
        print(s.index(sub, 1))
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("abr"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith(()))
print(s.endswith("bra"), s.endswith(("cad", "dabra")), s.endswith("abra", 0, 4), s.endswith(""), s.startswith("", 11))
print("".find(""), "".count(""), "abc".count(""), "aaaa".count("aa"), "aaaa".find("aa", 1), "abc".find("c", -1))
files = ["main.py", "README.md", "setup.cfg", "test_x.py", "notes.txt", "image.PNG"]
print([f for f in files if f.endswith((".py", ".cfg"))], [f for f in files if f.lower().endswith(".png")])
print([f for f in files if f.startswith(("test_", "RE"))])
text = "one two three two one"
pos = []
i = text.find("two")
while i != -1:
    pos.append(i)
    i = text.find("two", i + 1)
print(pos, text.rfind("one"), text.index("three"), "three" in text)
