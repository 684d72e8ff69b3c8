# re: flags, the RegexFlag enum, inline and scoped flags, VERBOSE.
import re

print(re.I, re.IGNORECASE, repr(re.M), re.I | re.M, re.A | re.I, re.NOFLAG)
print(int(re.I), int(re.L), int(re.M), int(re.S), int(re.U), int(re.X), int(re.A), int(re.DEBUG))
print(type(re.I | re.M).__name__, isinstance(re.I, int), re.I & re.I, re.RegexFlag.DOTALL)
print(re.compile('a').flags, re.compile('(?i)a').flags, re.compile(b'a').flags,
      re.compile('a', re.A).flags, re.compile('(?x)a', re.S).flags)
for pat, fl in [('x', re.I | re.S), ('x', re.A), ('x', re.U), (b'x', re.A), (b'x', re.L),
                ('x', re.M | re.X), ('(?s)x', 0), ('x', re.I | re.A)]:
    print(re.compile(pat, fl))

print(re.findall('a', 'aAa', re.I), re.findall('(?i)a', 'aAa'), re.findall('(?i:a)a', 'aAAa'))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M), re.findall('(?m)x$', 'x\nx\nx'))
print(re.findall('(?m)^', 'a\nb\n'), re.findall('$', 'a\n'), re.findall('(?m)$', 'a\nb\n'))
print(re.findall('a.b', 'a\nb axb'), re.findall('a.b', 'a\nb axb', re.S), re.findall('(?s:a.)b', 'a\nb'))
print(re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
print(re.match('a(?i:b)c', 'aBc'), re.match('a(?i:b)c', 'aBC'))

# ASCII vs Unicode classes
text = 'héllo wörld 123 ٣'
print(re.findall(r'\w+', text), re.findall(r'\w+', text, re.A), re.findall(r'(?a)\w+', text))
print(re.findall(r'\d', text), re.findall(r'\d', text, re.A), re.findall(r'[\d]', text, re.ASCII))
print(re.findall(r'\bw\w*', 'wx éw w'), re.findall(r'\bw\w*', 'wx éw w', re.A))
print(re.findall(r'[\W]+', 'ab, cé!', re.A), re.findall(r'[^\D]+', 'a12b3', re.A))
print(re.findall(r'\s+', 'a\u2003b\x1cc d'), re.findall(r'\s+', 'a\u2003b c', re.A))
print(re.findall(r'(?a:\w+)\w', 'éaé'), re.match(r'É', 'é', re.I), re.match(r'É', 'é', re.I | re.A))

# VERBOSE
v = re.compile(r'''
    (?P<int> \d+ )     # integer part
    (?: \. (?P<frac>\d+) )?   # optional fraction
    [ ]x \ y           # a literal space in a class and an escaped one
''', re.X)
print(v.match('12.5 x y').groupdict(), v.groups)
print(re.match('(?x) a b c # comment', 'abc'), re.match('a b(?x: c d )', 'a bcd'))
print(re.match(r'(?x)a\#b', 'a#b'), re.match('(?x)[# ]+', '# #'))

# flags: errors
for pat, fl in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(pat, fl)
    except ValueError as e:
        print('ValueError', e)
print(re.compile('(?u)a').flags, re.compile(b'(?L)a').flags, re.compile('(?a)a').flags)
