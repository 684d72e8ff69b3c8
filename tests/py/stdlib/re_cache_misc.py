# re: the compiled-pattern cache, purge, escape, __all__ names, misc module API.
import re

a = re.compile(r'\d+')
print(re.compile(r'\d+') is a, re.compile(r'\d+', re.I) is a, re.compile(b'\\d+') is a)
re.purge()
b = re.compile(r'\d+')
print(b == a, b.pattern, b.flags)
for i in range(600):
    re.compile('x%d' % i)
print(re.match('x5', 'x5').group(), re.compile('x599').pattern)
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t'), re.escape('plain_text123'))
print(re.escape('\t\n\r\v\f'), re.escape(b'1.0 [x]'), re.escape('é!'))
print(re.match(re.escape('a.b*c'), 'a.b*c').group(), re.match(re.escape('a.b'), 'axb'))
for name in ['compile', 'search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub',
             'subn', 'escape', 'purge', 'error', 'Pattern', 'Match', 'RegexFlag', 'NOFLAG',
             'A', 'I', 'L', 'M', 'S', 'U', 'X', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE',
             'DOTALL', 'UNICODE', 'VERBOSE']:
    print(name, name in re.__all__, hasattr(re, name))
print(re.error.__name__, issubclass(re.error, Exception), re.Pattern.__name__, re.Match.__name__)
print(re.Match[str], re.Pattern[bytes])
p = re.compile('(?P<x>a)')
gi = p.groupindex
print(gi['x'], len(gi), list(gi), 'x' in gi)
try:
    gi['y'] = 2
except TypeError as e:
    print('TypeError')
print(re.search('a', 'ba').start(), re.compile('').match('').span(), re.compile('x', 0).search('yx'))
print(re.compile('A', flags=re.IGNORECASE).match('a'), re.search('a', 'A', flags=re.I).span())
print(re.findall('a', 'aA', re.I | re.M), re.split('a', 'bAc', 0, re.I), re.sub('a', '-', 'aA', 1, re.I))
