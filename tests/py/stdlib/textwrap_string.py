import textwrap, string
t = "The quick brown fox jumps over the lazy dog. A well-known sentence--used for testing--contains every letter! Hyphenated-words like state-of-the-art and e-mail are split. Supercalifragilisticexpialidocious is long.\tTabs\there."
for w in [10, 15, 20, 33, 50, 70]:
    print(w, textwrap.wrap(t, w))
print(textwrap.fill(t, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(t, 12, break_long_words=False), textwrap.wrap(t, 12, break_on_hyphens=False))
print(textwrap.wrap("Hello world.  This is it. Dr. Who? yes", 12, fix_sentence_endings=True))
print(textwrap.shorten(t, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap(t, 30, max_lines=3), textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n  \n")), repr(textwrap.dedent("\ta\n\t b\n")), repr(textwrap.dedent("  x\n y")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a-b-c-d-e-f-g-h long-hyphen-chain-words here", 8))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
T = string.Template
print(T("$who likes $what, ${who}s $$5").substitute(who="tim", what="kung pao"))
print(T("$who likes $what").safe_substitute({'who': 'x'}), T("$a $b").substitute({'a': 1}, b=2))
try: T("$who $x").substitute(who=1)
except KeyError as e: print('KeyError', e)
try: T("line1\nab $ c").substitute()
except ValueError as e: print(e)
print(T("$ab $1 ${c").safe_substitute(ab=2), T("$a ${b}").get_identifiers(), T("$a $").is_valid(), T("ok $x").is_valid())
class P(T): delimiter = '%'
print(P("%who is %% %{x}").substitute(who='me', x=1))
f = string.Formatter()
print(f.format("{0} {1!r} {x:>5} {} ", 1, 'a', x=3) if False else f.format("{0} {1!r} {x:>5}|{y[0]}{z.real:.2f}", 1, 'a', x=3, y=[7], z=2.5))
print(f.format("{} {} {:{w}.{p}f}", 'a', 'b', 3.14159, w=8, p=2), f.format("{{x}} {0[k]}", {'k': 'v'}))
print(list(f.parse("a{0!s:>3}b{{c}}{x.y[1]}")))
class U(string.Formatter):
    def get_value(self, key, args, kwargs):
        return '<%s>' % key
print(U().format("{a} {b}"))
