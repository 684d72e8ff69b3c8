# re: str patterns on non-ASCII text (code point positions), bytes patterns and subjects.
import re

s = 'naïve café — 東京 Ω 123 ٤٥'
for m in re.finditer(r'\w+', s):
    print(m.span(), repr(m.group()), s[m.start():m.end()] == m.group())
print(re.search('東京', s).span(), re.search('Ω', s, re.I), re.search('ω', s, re.I).span())
print(re.findall(r'[à-ÿ]', s), re.findall('[^\x00-\x7f]+', s), re.findall('.', 'é\nx'))
print(re.sub('é', 'E', s), re.split(r'\s+', s), re.sub(r'(\w)(\w*)', r'\2\1', 'über straße'))
p = re.compile(r'\w')
print(p.search(s, 10).span(), p.match(s, 13).span(), p.findall(s, 13, 16), p.search(s, 3, 4))
print(re.fullmatch('....', 'ñäöü'), len(re.findall('.', '𝔘𝔫𝔦')), re.search('𝔫', '𝔘𝔫𝔦').span())
print(re.search('\\N{GREEK SMALL LETTER ALPHA}+', 'xαα').span(), re.match('\\u00e9\\U0001F600', 'é😀').span())
print(re.match(r'[\u0400-\u04ff]+', 'привет мир').group(), re.findall(r'(?i)straße', 'STRASSE Straße'))
print(re.match(r'(?i)ǅ', 'ǆ'), re.escape('ñ.é'), re.findall(r'\d+', '12٣٤5'), re.findall(r'\d+', '12٣٤5', re.A))
print(re.findall(r'\bé\w*', 'éa aé é'), re.findall(r'(?<=é)\w', 'éaébxy'))
long = 'é' * 1000 + 'abc' + 'ü' * 1000 + 'abc'
print([m.span() for m in re.finditer('abc', long)], re.search('c', long, ).start(), len(re.sub('é', 'e', long)))

# bytes
b = b'key=\xff\x00val; k2=v2'
print(re.findall(rb'(\w+)=([^;]*)', b), re.search(b'\xff', b).span(), re.search(rb'\x00', b).span())
print(re.findall(rb'\w+', b'caf\xc3\xa9 na\xefve'), re.findall(rb'[\x80-\xff]+', b'a\xe9\xffb'))
print(re.match(b'(?i)ABC', b'abc'), re.match(b'(?i)\xc9', b'\xe9'), re.sub(rb'\s+', b' ', b'a \t\nb'))
print(re.search(b'b', bytearray(b'abc')), re.search(b'b', memoryview(b'abc')).span())
m = re.search(b'(b)(c)', bytearray(b'abcd'))
print(m.group(), m.groups(), type(m.string).__name__)
print(re.split(b',', b'a,b'), re.escape(b'a.b\xff'), re.compile(b'x').pattern, re.compile(rb'\d').flags)
print(re.findall(rb'\d', b'1\xd9\xa3'), re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S))
