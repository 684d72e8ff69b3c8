import fnmatch
for p in ['*.txt', 'a?c', '[abc]*', '[!a-c]x', '*a*b*', 'x[', '[]]', '[!]]', 'a-b', '[a-]', '*', '**', 'a b', '[z-a]', 'data_??.csv', '*.[ch]']:
    print(repr(p), fnmatch.translate(p))
names = ['a.txt', 'b.TXT', 'abc', 'axc', 'ab', 'dx', 'ax', 'ab-b', 'x[', ']', 'a', 'b', 'aXbY', 'data_01.csv', 'm.c', 'm.h', 'm.o', '', 'a\nb.txt', '-']
for p in ['*.txt', 'a?c', '[abc]*', '[!a-c]x', '*a*b*', 'x[', '[]]', '[!]]', 'a-b', '[a-]', '*', '**', 'a b', '[z-a]', 'data_??.csv', '*.[ch]', '', '?', '*b', 'a*', '*.*']:
    print(repr(p), fnmatch.filter(names, p), [fnmatch.fnmatchcase(n, p) for n in names].count(True))
print(fnmatch.fnmatch('A.TXT', '*.txt'), fnmatch.fnmatchcase(b'ab', b'a*'))
print(fnmatch.filter([], "*"), fnmatch.fnmatch("", "*"), fnmatch.fnmatch("abc", "ABC"))
print(fnmatch.fnmatchcase("[x]", "[[]x]"), fnmatch.fnmatchcase("a*b", "a[*]b"), fnmatch.fnmatchcase("axb", "a[*]b"))
print(fnmatch.fnmatchcase("é.py", "?.py"), fnmatch.fnmatchcase("x" * 50, "*x*x*x*x*y"))
try:
    fnmatch.fnmatchcase("abc", b"a*")
except TypeError as e:
    print("TypeError", e)
