# re: Pattern and Match objects, module-level functions, pos/endpos.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\d*)(;)?')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
m = p.search('  alpha=12; beta=')
print(m)
print(type(m).__name__, isinstance(m, re.Match), bool(m))
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'value', 3))
print(m[0], m['key'], m[2])
print(m.groups(), m.groupdict(), m.span(), m.span('key'), m.start(2), m.end(2))
print(m.pos, m.endpos, m.re is p, m.string, m.lastindex, m.lastgroup, m.regs)
m2 = p.search('beta=')
print(m2.groups(), m2.groups('-'), m2.groupdict('?'), m2.span(3), m2.start(3), m2[3])
print(m2.lastindex, m2.lastgroup)
for bad in (4, -1, 'nope', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['zz']
except IndexError as e:
    print('IndexError', e)

# search / match / fullmatch with pos and endpos
q = re.compile('ab')
s = 'xxabyyab'
print(q.search(s), q.search(s, 3), q.search(s, 3, 7), q.search(s, 3, 8))
print(q.match(s), q.match(s, 2), q.match(s, 2, 3), q.fullmatch(s, 2, 4), q.fullmatch(s, 2, 5))
print(q.search(s, -10).span(), q.search(s, 0, 100).endpos, q.search(s, 7), q.search(s, 5, 2))
m = q.search(s, -3, 100)
print(m.pos, m.endpos)
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'(?<=x)a').search('xa', 1))
print(re.match('a', 'ab'), re.match('b', 'ab'), re.fullmatch('a|ab', 'ab'), re.search('b', 'ab'))
print(re.fullmatch(r'\d+', '123x'), re.fullmatch(r'\d+', '123'))

# lastindex / lastgroup
for pat, text in [('(a)b', 'ab'), ('((a)b)', 'ab'), ('(a)(b)', 'ab'), ('(?P<x>a)|(?P<y>b)', 'b'),
                  ('(a)?b', 'b'), ('(a(b)?)c', 'ac'), ('(a)(b)?', 'a')]:
    m = re.match(pat, text)
    print(pat, m.lastindex, m.lastgroup)

# expand
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.expand(r'\2, \1'), m.expand(r'\g<last>-\g<first>-\g<0>'), m.expand('plain'))
print(m.expand(r'tab\there\n'), repr(m.expand(r'\\ \.')))

# repr truncation and copying
m = re.search('a+', 'x' + 'a' * 100)
print(m)
print(re.compile('b' * 300))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') == re.compile(b'a'), hash(re.compile('xy')) == hash(re.compile('xy')))
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(12)
except TypeError as e:
    print('TypeError', e)
p = re.compile(r'(\w)(\d)?')
print(p.search(string='a1', pos=0, endpos=2), p.match('xa1', pos=1).groups())
for bad in [lambda: p.search('x', 'a'), lambda: p.search('x', 1.5), lambda: re.compile('a', 'x'), lambda: re.compile('a', 1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class S(str): pass
m = re.search('b', S('abc'))
print(type(m.string).__name__, type(m.group()).__name__, re.sub('b', 'x', S('abc')), type(re.sub('q', 'x', S('abc'))).__name__)
print(re.findall('a', 'aaa', re.I), re.compile('a').findall('aaa', 5), re.compile('a').split('bab', maxsplit=1))
print(re.sub('(?P<x>a)', lambda m: m.expand(r'[\g<x>]'), 'bab'), p.fullmatch('a1').lastindex)
