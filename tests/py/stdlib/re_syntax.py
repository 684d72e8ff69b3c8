# re: Python regex syntax details: escapes, classes, quantifiers, groups, lookarounds,
# backreferences, conditionals, possessive and atomic forms.
import re

def show(pat, text, flags=0):
    try:
        m = re.search(pat, text, flags)
    except re.error as e:
        print(repr(pat), 'error', e)
        return
    print(repr(pat), repr(text), m and (m.span(), m.groups()))

show(r'\Aab\Z', 'ab'), show(r'ab\Z', 'ab\n'), show(r'ab$', 'ab\n'), show(r'\Ab', 'ab')
show(r'a{,2}b', 'aaab'), show(r'a{2}', 'aaa'), show(r'a{2,}', 'aaaa'), show(r'a{1,2}?', 'aaa')
show(r'a{', 'a{'), show(r'a{x}', 'a{x}'), show(r'a{1', 'a{1'), show(r'a{,}', 'aaa'), show(r'x{}', 'x{}')
show(r'\x41\101\0\n', 'AA\x00\n'), show(r'\t\v\f\r\a', '\t\v\f\r\a'), show(r'\u00e9', 'é')
show(r'[\x41-\x43]+', 'ABCD'), show(r'[\t\n]', 'a\nb'), show(r'[\b]', 'a\bb'), show(r'[\0]', 'a\0')
show(r'[]a]+', 'a]a'), show(r'[^]a]', ']ab'), show(r'[a-]+', '-a-'), show(r'[-a]+', 'a-'), show(r'[\]]', ']')
show(r'[a\-z]+', 'a-z'), show(r'[\w.]+', 'a.b c'), show(r'[\s\S]', '\n')
show(r'\.\*\+\?', '.*+?'), show(r'\(\)\[\]\{\}', '()[]{}'), show(r'\|\^\$\\', '|^$\\'), show(r'\-\&\~\#', '-&~#')
show(r'\é', 'é'), show(r'\%', '%'), show(r'\ ', ' '), show('a\\\nb', 'a\nb')
show(r'(a)(?:b)(c)', 'abc'), show(r'(?P<x>a)(?P=x)', 'aa'), show(r'(a)\1', 'aa'), show(r'(?i)(a)\1', 'aA')
show(r'(a)|(b)', 'b'), show(r'(a)?(?(1)b|c)', 'c'), show(r'(a)?(?(1)b|c)', 'ab'), show(r'(?P<q>")?x(?(q)")', '"x"')
show(r'(?=abc)ab', 'abc'), show(r'(?!b)\w', 'ba'), show(r'(?<=a)b', 'ab'), show(r'(?<!a)b', 'ab b')
show(r'a(?#comment)b', 'ab'), show(r'a(?#x)+', 'aa'), show(r'(?:ab)+', 'ababx'), show(r'(ab)*c', 'ababc')
show(r'(a*)+b', 'aab'), show(r'(a|ab)(c|bcd)(d*)', 'abcd'), show(r'a++a', 'aaa'), show(r'a*+', 'aa')
show(r'(?>a+)a', 'aaa'), show(r'(?>ab|a)c', 'ac'), show(r'a?+b', 'ab'), show(r'a{1,2}+a', 'aa')
show(r'\bfoo\b', 'a foo.'), show(r'\Bo\B', 'foo'), show(r'(?:)', 'x'), show(r'a|', 'b'), show(r'|b', 'b')
show(r'.*?b', 'aab'), show(r'.+', 'a\nb'), show(r'(?s).+', 'a\nb'), show(r'^$', ''), show(r'x*', '')
show(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'), show(r'(a)\1{2}', 'aaa')
show(r'[\d-]+', '1-2'), show(r'[a-c\d]+', 'ab12'), show(r'(?P<n1>x)(?P<n_2>y)', 'xy')
show(r'\w+(?=\.)', 'file.txt'), show(r'(?<=\d{3})x', '123x'), show(r'(?<=ab|cd)x', 'cdx')
print(re.compile(r'(?P<a>x)(y)(?P<b>z)').groupindex, re.compile('(?:a)(b)').groups)
print(re.match(r'(?P<first>a)|(?P<second>b)', 'b').groupdict())
# captures inside possessive repeats are those of the final match only
show(r' (a)*+\d', 'é aé1 2'), show(r'(?:(a)|b)++c', 'abac'), show(r'(\w)++\d', 'ab1')
