# re: re.error messages, positions, line/column, and the other exceptions compile raises.
import re

cases = ['(a', 'a)', '*a', 'a**', '[a', 'a\\', '\\q', '[b-a]', '(?<x)', '(?P<', '(?P<a',
         '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(a)\\2', '(a\\1)', 'a{3,2}', '(?z)', '(?i',
         '(?-i)', 'a(?i)', '(?#abc', '\\x4', '\\u12', '\\U00110000', '\\777', '[\\d-z]', '(?',
         '(?P', '(?Px)', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(2)a)(b)', 'x|*', '(*)', '^*',
         'a{1,2}{3}', '(?L)a', '(?au)x', '(?-a:x)', '(?i-:x)', '(?i-', '[\\A]', '\\N',
         '(?P<a-b>x)', '(?P=a-b)', 'ab\n(c', '(?i)(?m)a(?s)', '\\8', '[\\8]', '(?<a>x)',
         '(?x)a b #c\n(', '[a-\\w]', '\\g<1>', 'a*+?', '{1,2}', ')(', '(?P>a)', '(?P<>a)',
         '\\b*', '(?=a)*b', '(?P<é>x)(?P=é)', 'a{,2}{3}', '[]', '[^]']
for c in cases:
    try:
        p = re.compile(c)
        print(repr(c), 'OK', p.groups)
    except re.error as e:
        print(repr(c), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == c)
    except Exception as e:
        print(repr(c), type(e).__name__, e)

for c in [b'\\u1234', b'\\N{x}', b'(?u)a', b'(?L)a\xff', b'[\\w-z]']:
    try:
        re.compile(c)
        print(c, 'OK')
    except re.error as e:
        print(c, '->', e, e.pos)

try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
print(re.compile('a{65535}').groups, re.compile('x{2,}').match('xxx'))

e = re.error('custom message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__module__)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
e = re.error('msg', b'ab\ncd', 1)
print(e, e.lineno, e.colno)
try:
    re.search('(', 'x')
except re.error as e:
    print(type(e).__name__, e)
for subj in [b'x', 12, None]:
    try:
        re.search('x', subj)
    except TypeError as e:
        print('TypeError', e)
for subj in ['x', 12]:
    try:
        re.compile(b'x').match(subj)
    except TypeError as e:
        print('TypeError', e)
for p in [r'\N{foo}', r'\N{LATIN SMALL LETTER E WITH ACUTE}', r'[\N{DIGIT ONE}-\N{DIGIT THREE}]+',
          r'\N{}', r'\N{x', r'\N{']:
    try:
        print(re.findall(p, 'é123'))
    except re.error as e:
        print('error', e)
