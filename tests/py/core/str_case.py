# Case conversion and the is* predicates.
samples = ["hello world", "Hello World", "HELLO", "hello", "hElLo wOrLd", "they're bill's friends",
           "123abc", "ß straße", "ǆemal", "", "  ", "x1y2", "ÉCOLE élève"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in samples + ["42", "٣", "½", "abc_1", "1abc", "_", "a b", "\t\n", "Title Case", "UPPER CASE", "x²"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("Straße".upper(), "STRASSE".lower() == "Straße".casefold(), "İ".lower(), len("İ".lower()))
print("abc\n".isprintable(), "\x7f".isprintable(), "é".isascii(), "".isascii())
