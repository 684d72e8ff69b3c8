# Compile-time SyntaxWarnings (is with a literal, calling or subscripting a literal,
# asserting a tuple) go through the warnings filters; "error" makes them SyntaxErrors.
import warnings
warnings.simplefilter("always")
for src in ["x = 1\nx is 1", "x = 1\nx is not 'a'", "None()", "(1)(2)", "[1][0]", "1[0]", "(1, 2)[1, 2]", "assert (1, 'm')", "'a' 'b'()", "x = [(1, 2) (3, 4)]", "f'{1}'[0]", "x = 1\nx is ()", "x = 1\nx is -1", "def f():\n  return\n  yield", "0 if 1 else 2", "x=1\nif x is True: pass"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print("SE", e)
        print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])
for src in ["x = 1\ny = x is not None is not 1", "x = 1\nif x is 'a' or x: pass", "(1, 2)[0]", "'abc'[1.5]",
            "[1, 2]['a']", "{1, 2}[0]", "(x for x in 'a')[0]", "(lambda: 1)()", "[1][0:1]", "1 .real"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<s>", "exec")
        print(repr(src), [(str(x.message), x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = 1\nx is 1", "None()", "assert (1, 2)"]:
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno)
