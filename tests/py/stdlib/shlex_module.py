import shlex

samples = [
    'ls -l "my file.txt" \'single quoted\' plain',
    'echo "a \\"quoted\\" word" back\\ slash',
    "cmd --opt='x y' a\"b c\"d",
    'one # a comment\ntwo',
    'a "" \'\' b',
    '"in \\$ dq" \'in \\ sq\'',
    'tabs\tand\nnewlines  ',
    'unicode wörds here',
    '',
]
for s in samples:
    print(repr(s))
    print('  posix      ', shlex.split(s))
    print('  comments   ', shlex.split(s, comments=True))
    print('  non-posix  ', shlex.split(s, posix=False))
for bad in ['"unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for s in ['', 'simple', 'has space', "it's", 'a"b', '$HOME', 'x=1,y@z:%/.-', 'tab\there', 'ünï']:
    print(repr(s), shlex.quote(s))
args = ['rm', '-rf', 'my dir', "don't", '']
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)

lex = shlex.shlex('a = b + c; print(a)  # comment\nnext_line "quoted str"')
print(list(lex))
lex = shlex.shlex('a=b && (c || d); e>f', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls -la ~/dir/*.py|grep x>out', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('first second\nthird', posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
print(lex.error_leader('file.txt', 3))
lex = shlex.shlex('x "y" z')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('alpha beta', posix=True)
lex.push_source('inserted source')
print(list(lex))
lex = shlex.shlex("key:value,other", posix=True)
lex.wordchars += ':'
lex.whitespace += ','
print(list(lex))
print(lex.punctuation_chars == '', shlex.shlex(punctuation_chars='<>').punctuation_chars)
