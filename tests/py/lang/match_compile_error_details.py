# Compile-time errors of match patterns: the duplicate mapping key shown by its repr
# (complex keys folded), and where each error points (lineno, offset, end_offset).
for src in ['match x:\n  case {"a": 1, "a": 2}: pass', "match x:\n  case {1: _, True: _}: pass", "match x:\n  case {1.0: _, 1: _}: pass", "match x:\n  case {'\\n': _, '\\n': _}: pass", "match x:\n  case {b'a': _, b'a': _}: pass", "match x:\n  case {-1: _, -1: _}: pass", "match x:\n  case {None: _, None: _}: pass","match x:\n  case {1+2j: _, 1+2j: _}: pass", "match x:\n  case {\"it's\": _, \"it's\": _}: pass", "match x:\n  case 1 | y: pass", "match x:\n  case y | 1: pass", "match x:\n  case [y, *z, *w]: pass", "match x:\n  case f(): pass", "match x:\n  case 1 + 1: pass", "match x:\n  case {**rest, 'a': 1}: pass", "match x:\n  case A(b=1, c): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg, e.lineno, e.offset, e.end_offset)
