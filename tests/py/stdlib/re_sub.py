# re: sub/subn with templates, callables, counts, empty matches; template errors.
import re

print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@home.com, ann@work.com'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y> (\g<0>)', 'on 2023-07 and 1999-12'))
print(re.sub(r'(a)(b)?', r'[\1|\2]', 'ab a'), re.sub('(x)', r'\g<1>0', 'x'))
print(repr(re.sub('a', r'\n\t\\\a\0\x', 'a')) if False else repr(re.sub('a', r'\n\t\\\a\0', 'a')))
print(repr(re.sub('a', r'\-\.\101\0111', 'a')))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('b*', '-', 'abbc'))
print(re.sub(r'\b', '|', 'hi there'), re.sub('(?m)^', '> ', 'a\nb\n'), re.sub('$', '!', 'a\n'))
print(re.subn('a', 'b', 'aaaa'), re.subn('a', 'b', 'aaaa', 2), re.subn('a', 'b', 'aaaa', count=-1))
print(re.subn('z', 'b', 'aaaa'), re.sub('a', 'b', 'aaaa', 0))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('a', lambda m: None, 'banana'), re.sub('(?P<v>[aeiou])', lambda m: '<%s>' % m['v'], 'hello'))
calls = []
print(re.sub('a|', lambda m: calls.append(m.span()) or '.', 'bab'), calls)
p = re.compile(r'(\w)(\w)')
print(p.sub(r'\2\1', 'abcdefg'), p.subn(r'\2\1', 'abcdefg', 2))
print(re.sub(b'(a)', b'<\\1>', b'banana'), re.subn(b'x', b'y', b'xx'))
print(re.sub(b'a', lambda m: b'A', bytearray(b'banana')), re.sub(b'q', b'A', bytearray(b'ab')))
print(re.sub('a', 'b', 'xyz'), re.sub('A', 'b', 'xaz', flags=re.I))
for templ in [r'\q', r'\g<x>', r'\g<2>', r'\g', r'\g<1', r'\9', r'\g<a-b>', r'\g<>', '\\', r'\400']:
    try:
        print(repr(re.sub('(a)', templ, 'a')))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in [1, None]:
    try:
        re.sub('a', bad, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError')
