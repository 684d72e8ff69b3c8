# strip family, replace, removeprefix/removesuffix, expandtabs, translate.
s = "  \t padded text \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(repr("www.example.com".strip("cmowz.")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("\u00a0nbsp\u00a0".strip()), repr("aaa".strip("a")))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("na", ""), "banana".replace("x", "y"))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("Mississippi".replace("ss", "SS"), "a.b.c".replace(".", ", "), "tab\there".replace("\t", "    "))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "file.py".removesuffix(".py"), "x".removesuffix(""))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("12345\t6".expandtabs(4)))
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table), "hello".translate(str.maketrans({"l": "L", "o": None})))
print("hello world".translate(str.maketrans("", "", "lo")))
msg = "The rain in Spain stays mainly in the plain"
count = 0
out = msg
while "ain" in out:
    out = out.replace("ain", "AIN", 1)
    count += 1
print(out, count, msg.count("ain"))
lines = ["  first  ", "second\n", "\tthird\t"]
print([l.strip() for l in lines], "|".join(x.rstrip() for x in lines))
