// Parser tests: ast.dump() comparisons against CPython 3.11 (expected strings were
// generated with python3's ast.dump, not written by hand), error messages and positions,
// and the REPL's incomplete-input test.
#include <catch2/catch.hpp>

#include "parser/parser.h"

using namespace taipan;

namespace {
std::string dump_exec(const std::string& src) {
  return ast::dump(*parse(src, "<test>", ParseMode::Exec));
}
struct DumpCase { const char* src; const char* expected; };
const DumpCase kDumpCases[] = {
    {"x = 1 + 2 * 3 ** -4",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=BinOp(left=Constant(value=3), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=4))))))], type_ignores=[])"},
    {"a, *b = c\n[d, e] = f = g",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()), Name(id='f', ctx=Store())], value=Name(id='g', ctx=Load()))], type_ignores=[])"},
    {"x += 1\ny //= 2\nz @= w\nv **= 3",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='y', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='z', ctx=Store()), op=MatMult(), value=Name(id='w', ctx=Load())), AugAssign(target=Name(id='v', ctx=Store()), op=Pow(), value=Constant(value=3))], type_ignores=[])"},
    {"x: int = 5\n(y): str\na.b: list[int]",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), simple=0)], type_ignores=[])"},
    {"del a, b[0], c.d",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    x\nelse:\n    y",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])], type_ignores=[])"},
    {"for i, j in z:\n    break\nelse:\n    continue",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"async def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    async for x in y: await x\n    async with a as b, c: pass",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    def m(self): return self",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='self', ctx=Load()))], decorator_list=[])], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[])"},
    {"lambda: 0\nlambda x, *y, z=1, **w: x",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='w'), defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"try:\n    pass\nexcept E as e:\n    raise X from e\nexcept (A, B):\n    pass\nelse:\n    a\nfinally:\n    b",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[Expr(value=Name(id='a', ctx=Load()))], finalbody=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])"},
    {"try:\n    pass\nexcept* ValueError:\n    pass",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"with (open(a) as f, open(b) as g):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"[x for x in y if x if not x for z in x]\n{k: v for k, v in d}\n{s for s in t}\n(g async for g in h)",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='s', ctx=Load()), generators=[comprehension(target=Name(id='s', ctx=Store()), iter=Name(id='t', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='g', ctx=Load()), generators=[comprehension(target=Name(id='g', ctx=Store()), iter=Name(id='h', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"},
    {"f(a, *b, c=d, **e)\nf(x for x in y)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"a[1:2, ::3, ...]\na[i]\na[:]\na[*b]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='i', ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a if b else c\ny = (z := 10)\nnot a and b or c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Assign(targets=[Name(id='y', ctx=Store())], value=NamedExpr(target=Name(id='z', ctx=Store()), value=Constant(value=10))), Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a < b <= c != d is not e not in f in g is h",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), IsNot(), NotIn(), In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load())]))], type_ignores=[])"},
    {"import a.b.c as d, e\nfrom . import x\nfrom ..m import (y as z, w,)\nfrom m import *",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')]), ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='m', names=[alias(name='y', asname='z'), alias(name='w')], level=2), ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])"},
    {"global a, b\nnonlocal c",
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"},
    {"def g():\n    yield\n    yield a, b\n    x = yield from c",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='c', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"s = 'a' \"b\" '''c''' r'\\n' u'x'\nb = b'\\x00\\xff' rb'\\d'",
     "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='abc\\\\nx')), Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=b'\\x00\\xff\\\\d'))], type_ignores=[])"},
    {"n = [0, 0x1F, 0o17, 0b101, 1_000, 1.5, 1e10, .5, 5., 3j, 1.5e-3J, 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFF]",
     "Module(body=[Assign(targets=[Name(id='n', ctx=Store())], value=List(elts=[Constant(value=0), Constant(value=31), Constant(value=15), Constant(value=5), Constant(value=1000), Constant(value=1.5), Constant(value=10000000000.0), Constant(value=0.5), Constant(value=5.0), Constant(value=3j), Constant(value=0.0015j), Constant(value=123456789012345678901234567890), Constant(value=4722366482869645213695)], ctx=Load()))], type_ignores=[])"},
    {"f'{x}' f'{y!r:>{w}}' 'z'\nf'{x=}' f'{x = !s}' f'{x=:10}'\nf'{{}}{a[\"k\"]}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='z')])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='10')]))])), Expr(value=JoinedStr(values=[Constant(value='{}'), FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"match p:\n    case 0 | 1 | -2 | 3+4j:\n        pass\n    case [a, *rest] if a > 0:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) as pt:\n        pass\n    case (None | True, *_):\n        pass\n    case m.CONST:\n        pass\n    case _:\n        pass",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=3), op=Add(), right=Constant(value=4j)))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), guard=Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), name='pt'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True)]), MatchStar()]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Name(id='m', ctx=Load()), attr='CONST', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"},
    {"match = 1\nmatch.x = 2\nmatch(3)\ncase = 4\n_ = 5",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Constant(value=3)], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=4)), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=5))], type_ignores=[])"},
    {"print(*args, sep='')\nx = {**a, 'b': 1}\ny = {*a, 1}",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))])), Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)])), Assign(targets=[Name(id='y', ctx=Store())], value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1)]))], type_ignores=[])"},
    {"if x:\n\tpass\n\tif y:\n\t\tpass",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass(), If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], type_ignores=[])"},
    {"x = (\n  1,\n  2)\ny = 1 + \\\n  2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Assign(targets=[Name(id='y', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"assert x, 'msg'\nreturn\nraise",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), Return(), Raise()], type_ignores=[])"},
    {"a = ...\nb = None\nc = True\nd = -1",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=Ellipsis)), Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=None)), Assign(targets=[Name(id='c', ctx=Store())], value=Constant(value=True)), Assign(targets=[Name(id='d', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"},
    {"x = '\\N{BULLET} \\u00e9 \\U0001F40D \\101 \\q'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='• é 🐍 A \\\\q'))], type_ignores=[])"},
};
using K = SyntaxErrorInfo::Kind;
struct ErrCase { const char* src; K kind; const char* msg; int line, col; };
const ErrCase kErrCases[] = {
    {"f() = 1", K::SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"for f() in x: pass", K::SyntaxError, "cannot assign to function call", 1, 5},
    {"1 = 2", K::SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
    {"x = \"abc", K::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5},
    {"x = \"\"\"abc", K::SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
    {"x = (1,", K::SyntaxError, "'(' was never closed", 1, 5},
    {"x = 1)", K::SyntaxError, "unmatched ')'", 1, 6},
    {"x = (1]", K::SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
    {"x = (1,\n]", K::SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1},
    {"012", K::SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
    {"1abc", K::SyntaxError, "invalid decimal literal", 1, 1},
    {"0x", K::SyntaxError, "invalid hexadecimal literal", 1, 2},
    {"0b2", K::SyntaxError, "invalid digit '2' in binary literal", 1, 3},
    {"0o8", K::SyntaxError, "invalid digit '8' in octal literal", 1, 3},
    {"1_", K::SyntaxError, "invalid decimal literal", 1, 2},
    {"1__0", K::SyntaxError, "invalid decimal literal", 1, 2},
    {"1jx", K::SyntaxError, "invalid imaginary literal", 1, 2},
    {"a € b", K::SyntaxError, "invalid character '€' (U+20AC)", 1, 3},
    {"a \\x", K::SyntaxError, "unexpected character after line continuation character", 1, 4},
    {"if x:\npass", K::IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1},
    {"  x", K::IndentationError, "unexpected indent", 1, 2},
    {"if x:\n    a\n  b", K::IndentationError, "unindent does not match any outer indentation level", 3, 4},
    {"del f()", K::SyntaxError, "cannot delete function call", 1, 5},
    {"f() += 1", K::SyntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1},
    {"(f() := 1)", K::SyntaxError, "cannot use assignment expressions with function call", 1, 2},
    {"f\"{x\"", K::SyntaxError, "f-string: expecting '}'", 1, 6},
    {"f\"{}\"", K::SyntaxError, "f-string: empty expression not allowed", 1, 6},
    {"f\"}\"", K::SyntaxError, "f-string: single '}' is not allowed", 1, 5},
    {"f\"{x!z}\"", K::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9},
    {"b\"é\"", K::SyntaxError, "bytes can only contain ASCII literal characters", 1, 1},
    {"x = 1 + \\", K::SyntaxError, "unexpected EOF while parsing", 1, 10},
    {"a\\ b", K::SyntaxError, "unexpected character after line continuation character", 1, 3},
    {"if x\n    pass", K::SyntaxError, "expected ':'", 1, 5},
    {"\"\\N{foo}\"", K::SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 10},
    {"\"\\x1\"", K::SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6},
    {"b\"\\x1\"", K::SyntaxError, "(value error) invalid \\x escape at position 0", 1, 7},
    {"f\"{a#}\"", K::SyntaxError, "f-string expression part cannot include '#'", 1, 8},
    {"def f():\nx", K::IndentationError, "expected an indented block after function definition on line 1", 2, 1},
    {"class C:\nx", K::IndentationError, "expected an indented block after class definition on line 1", 2, 1},
    {"for x in y:\nx", K::IndentationError, "expected an indented block after 'for' statement on line 1", 2, 1},
    {"a = 1 if b", K::SyntaxError, "expected 'else' after 'if' expression", 1, 5},
    {"f(**a, *b)", K::SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8},
    {"f(a=1, b)", K::SyntaxError, "positional argument follows keyword argument", 1, 9},
    {"f(**a, b)", K::SyntaxError, "positional argument follows keyword argument unpacking", 1, 9},
    {"print \"x\"", K::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"x = yield = 1", K::SyntaxError, "assignment to yield expression not possible", 1, 5},
    {"a, b += 1", K::SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1},
    {"[x for x in y] = 1", K::SyntaxError, "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1},
    {"None = 1", K::SyntaxError, "cannot assign to None", 1, 1},
    {"(a, b): int", K::SyntaxError, "only single target (not tuple) can be annotated", 1, 1},
    {"def f(a=1, b): pass", K::SyntaxError, "non-default argument follows default argument", 1, 12},
    {"def f(*): pass", K::SyntaxError, "named arguments must follow bare *", 1, 7},
    {"def f(**a, b): pass", K::SyntaxError, "arguments cannot follow var-keyword argument", 1, 12},
    {"from x import a,", K::SyntaxError, "trailing comma not allowed without surrounding parentheses", 1, 17},
    {" 1", K::IndentationError, "unexpected indent", 1, 1},
    {"if x:\n\t  a\n        b", K::IndentationError, "unindent does not match any outer indentation level", 3, 10},
    {"f() = x = 1", K::SyntaxError, "cannot assign to function call", 1, 1},
    {"x = f() = 1", K::SyntaxError, "cannot assign to function call", 1, 5},
    {"(a, f()) = 1", K::SyntaxError, "cannot assign to function call", 1, 5},
    {"a < b = 1", K::SyntaxError, "cannot assign to comparison", 1, 1},
    {"f(a.b=1)", K::SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
    {"f\"{x:{y:{z}}}\"", K::SyntaxError, "f-string: expressions nested too deeply", 1, 15},
    {"f\"{x!}\"", K::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8},
    {"x = 1 +", K::SyntaxError, "invalid syntax", 1, 8},
    {"while x", K::SyntaxError, "expected ':'", 1, 8},
    {"try:\n    pass\nx = 1", K::SyntaxError, "expected 'except' or 'finally' block", 3, 1},
    {"del a + b", K::SyntaxError, "cannot delete expression", 1, 5},
    {"with a as f(): pass", K::SyntaxError, "cannot assign to function call", 1, 11},
    {"lambda x=1, y: x", K::SyntaxError, "non-default argument follows default argument", 1, 13},
    {"x = [1, 2", K::SyntaxError, "'[' was never closed", 1, 5},
    {"a b", K::SyntaxError, "invalid syntax", 1, 3},
    {"import", K::SyntaxError, "invalid syntax", 1, 7},
    {"x = {1: 2, 3}", K::SyntaxError, "':' expected after dictionary key", 1, 12},
    {"f(x for x in y, 1)", K::SyntaxError, "Generator expression must be parenthesized", 1, 3},
    {"print(*a for a in b)", K::SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 7},
    {"if True:\n    pass\n  else:\n    pass", K::IndentationError, "unindent does not match any outer indentation level", 3, 8},
    {"x = 1 if True else", K::SyntaxError, "invalid syntax", 1, 19},
    {"[*x for x in y]", K::SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 2},
    {"x: int, y: int = 1, 2", K::SyntaxError, "invalid syntax", 1, 7},
    {"match x:\n    case 1 + 1: pass", K::SyntaxError, "imaginary number required in complex literal", 2, 14},
    {"async def f():\n    await", K::SyntaxError, "invalid syntax", 2, 10},
    {"@\ndef f(): pass", K::SyntaxError, "invalid syntax", 1, 2},
    {"0_7", K::SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
    {"0b1_", K::SyntaxError, "invalid binary literal", 1, 4},
    {"1e+", K::SyntaxError, "invalid decimal literal", 1, 3},
    {"x = 'a' 'b' b'c'", K::SyntaxError, "cannot mix bytes and nonbytes literals", 1, 17},
    {"else: pass", K::SyntaxError, "invalid syntax", 1, 1},
    {"f(a, b for b in c)", K::SyntaxError, "Generator expression must be parenthesized", 1, 6},
    {"True = 1", K::SyntaxError, "cannot assign to True", 1, 1},
    {"x = $", K::SyntaxError, "invalid syntax", 1, 5},
    {"x = 5 ? 3\n", K::SyntaxError, "invalid syntax", 1, 7},
};
// Every field CPython 3.11 sets, end_offset's 0 and -1 included (generated with
// compile(src, '<test>', 'exec', ast.PyCF_ONLY_AST), not by hand).
struct FullErrCase { const char* src; K kind; const char* msg; int line, col, end_line, end_col; };
const FullErrCase kFullErrCases[] = {
    {"total = max(1, 2\nprint(total)\n", K::SyntaxError, "'(' was never closed", 1, 12, 1, 0},
    {"x = (1 2)\n", K::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"x = [1, 2\n  3]\n", K::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 2, 4},
    {"print x\n", K::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
    {"exec \"x\"\n", K::SyntaxError, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9},
    {"x = '''abc\n\n", K::SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {"for x in y:\n", K::IndentationError, "expected an indented block after 'for' statement on line 1", 1, 12, 1, -1},
    {"class C:\n\n", K::IndentationError, "expected an indented block after class definition on line 1", 2, 1, 2, -1},
    {"try:\n    pass\n", K::SyntaxError, "expected 'except' or 'finally' block", 2, 9, 2, -1},
    {"@x\n\n", K::SyntaxError, "invalid syntax", 2, 0, 2, 0},
    {"x = 1 \\ 2\n", K::SyntaxError, "unexpected character after line continuation character", 1, 8, 1, 0},
    {"x = 1\ny = 2 +\\\n", K::SyntaxError, "unexpected EOF while parsing", 2, 9, 2, -1},
    {"if x:\n\tif y:\n        pass\n", K::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"if x:\n  if y:\nz\n", K::IndentationError, "expected an indented block after 'if' statement on line 2", 3, 0, 3, -1},
    {" x = 1\n", K::IndentationError, "unexpected indent", 1, 1, 1, -1},
    {"x = 1 2\ny = $\n", K::SyntaxError, "invalid syntax", 1, 7, 1, 8},
    {"True = 1\nx = 1_\n", K::SyntaxError, "invalid decimal literal", 2, 6, 2, 6},
    {"def f():\n    x = (\n    return 1\n", K::SyntaxError, "'(' was never closed", 2, 9, 2, 0},
    {"x = 1 2\n  y\n z\n", K::SyntaxError, "invalid syntax", 1, 7, 1, 8},
    {"x = 0_7\n", K::SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7},
    {"{a: *b}\n", K::SyntaxError, "cannot use a starred expression in a dictionary value", 1, 5, 1, 7},
    {"x = {1: }\n", K::SyntaxError, "expression expected after dictionary key and ':'", 1, 7, 1, 8},
    {"f(True=1)\n", K::SyntaxError, "cannot assign to True", 1, 3, 1, 8},
    {"def f(*a=1): pass\n", K::SyntaxError, "var-positional argument cannot have default value", 1, 9, 1, 10},
    {"(yield) = 1\n", K::SyntaxError, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7},
    {"a, b: int\n", K::SyntaxError, "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {"x = )\n", K::SyntaxError, "unmatched ')'", 1, 5, 1, 5},
};
}  // namespace

TEST_CASE("parser: dumps match CPython's ast.dump", "[parser]") {
  for (const auto& c : kDumpCases) {
    INFO(c.src);
    CHECK(dump_exec(c.src) == c.expected);
  }
}

TEST_CASE("parser: syntax errors match CPython's message and position", "[parser]") {
  for (const auto& c : kErrCases) {
    INFO(c.src);
    try {
      parse(c.src, "<test>", ParseMode::Exec);
      FAIL("no error raised");
    } catch (const SyntaxErrorInfo& e) {
      CHECK(e.msg == c.msg);
      CHECK(static_cast<int>(e.kind) == static_cast<int>(c.kind));
      CHECK(e.line == c.line);
      CHECK(e.col == c.col);
      CHECK(e.filename == "<test>");
    }
  }
}

TEST_CASE("parser: syntax error end positions and late tokenizer errors match CPython", "[parser]") {
  for (const auto& c : kFullErrCases) {
    INFO(c.src);
    try {
      parse(c.src, "<test>", ParseMode::Exec);
      FAIL("no error raised");
    } catch (const SyntaxErrorInfo& e) {
      CHECK(e.msg == c.msg);
      CHECK(static_cast<int>(e.kind) == static_cast<int>(c.kind));
      CHECK(e.line == c.line);
      CHECK(e.col == c.col);
      CHECK(e.end_line == c.end_line);
      CHECK(e.end_col == c.end_col);
    }
  }
}

TEST_CASE("parser: error carries the source line", "[parser]") {
  try {
    parse("x = 1\ny = (1,\n", "f.py", ParseMode::Exec);
    FAIL("no error");
  } catch (const SyntaxErrorInfo& e) {
    CHECK(e.msg == "'(' was never closed");
    CHECK(e.line == 2);
    CHECK(e.col == 5);
    CHECK(e.text == "y = (1,");
  }
}

TEST_CASE("parser: eval and single modes", "[parser]") {
  CHECK(ast::dump(*parse("1 + 2", "<e>", ParseMode::Eval)) ==
        "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
  CHECK(ast::dump(*parse("f(a)[b].c\n", "<e>", ParseMode::Eval)) ==
        "Expression(body=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load()), "
        "args=[Name(id='a', ctx=Load())], keywords=[]), slice=Name(id='b', ctx=Load()), "
        "ctx=Load()), attr='c', ctx=Load()))");
  CHECK(ast::dump(*parse("x = 1\n", "<stdin>", ParseMode::Single)) ==
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
  CHECK_THROWS_AS(parse("x = 1\ny = 2\n", "<stdin>", ParseMode::Single), SyntaxErrorInfo);
  CHECK_THROWS_AS(parse("x = 1", "<e>", ParseMode::Eval), SyntaxErrorInfo);
}

TEST_CASE("parser: positions", "[parser]") {
  auto m = parse("x = 1\nif a:\n    y = (b +\n         c)\n", "<t>", ParseMode::Exec);
  const auto& body = m->as<ast::Module>().body;
  REQUIRE(body.size() == 2);
  const auto& assign = body[0]->as<ast::Assign>();
  CHECK(assign.lineno == 1);
  CHECK(assign.col_offset == 0);
  CHECK(assign.end_lineno == 1);
  CHECK(assign.end_col_offset == 5);
  const auto& iff = body[1]->as<ast::If>();
  CHECK(iff.lineno == 2);
  CHECK(iff.end_lineno == 4);
  CHECK(iff.end_col_offset == 11);
  const auto& inner = iff.body[0]->as<ast::Assign>();
  const auto& binop = inner.value->as<ast::BinOp>();
  // A parenthesized expression keeps its own span; the parentheses belong to no node.
  CHECK(binop.lineno == 3);
  CHECK(binop.col_offset == 9);
  CHECK(binop.end_lineno == 4);
  CHECK(binop.end_col_offset == 10);
  // Columns are UTF-8 byte offsets.
  auto u = parse("é = 'ü' + x", "<t>", ParseMode::Exec);
  const auto& a2 = u->as<ast::Module>().body[0]->as<ast::Assign>();
  CHECK(a2.targets[0]->end_col_offset == 2);
  CHECK(a2.value->as<ast::BinOp>().right->col_offset == 12);
}

TEST_CASE("parser: f-string nested expression positions are exact", "[parser]") {
  auto m = parse("f'{a}{b!r:{c}}'", "<t>", ParseMode::Exec);
  const auto& js = m->as<ast::Module>().body[0]->as<ast::ExprStmt>().value->as<ast::JoinedStr>();
  REQUIRE(js.values.size() == 2);
  const auto& fv = js.values[1]->as<ast::FormattedValue>();
  CHECK(fv.conversion == 'r');
  CHECK(fv.value->col_offset == 6);
  const auto& spec = fv.format_spec->as<ast::JoinedStr>();
  CHECK(spec.values[0]->as<ast::FormattedValue>().value->col_offset == 11);
}

TEST_CASE("parser: constant values", "[parser]") {
  auto m = parse("1; 99999999999999999999; 0x10; 2.5; 3j; 'é'; b'\\x80'; None; ...", "<t>",
                 ParseMode::Exec);
  const auto& b = m->as<ast::Module>().body;
  auto val = [&](size_t i) -> const ast::ConstValue& {
    return b[i]->as<ast::ExprStmt>().value->as<ast::Constant>().value;
  };
  CHECK(std::get<int64_t>(val(0).v) == 1);
  CHECK(std::get<ast::ConstValue::BigInt>(val(1).v).decimal == "99999999999999999999");
  CHECK(std::get<int64_t>(val(2).v) == 16);
  CHECK(std::get<double>(val(3).v) == 2.5);
  CHECK(std::get<ast::ConstValue::Imag>(val(4).v).imag == 3.0);
  CHECK(std::get<std::string>(val(5).v) == "\xC3\xA9");
  CHECK(std::get<ast::ConstValue::Bytes>(val(6).v).data == "\x80");
  CHECK(std::holds_alternative<ast::ConstValue::None>(val(7).v));
  CHECK(std::holds_alternative<ast::ConstValue::Ellipsis>(val(8).v));
}

TEST_CASE("parser: crlf and bom", "[parser]") {
  CHECK(dump_exec("\xEF\xBB\xBFx = 1\r\ny = 2\r") ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
        "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
}

TEST_CASE("parser: incomplete input for the REPL", "[parser]") {
  CHECK(is_incomplete_input("x = (1,"));
  CHECK(is_incomplete_input("if x:"));
  CHECK(is_incomplete_input("if x:\n    y = 1"));
  CHECK(is_incomplete_input("if x:\n    y = 1\n"));
  CHECK_FALSE(is_incomplete_input("if x:\n    y = 1\n\n"));
  CHECK(is_incomplete_input("s = '''abc"));
  CHECK(is_incomplete_input("x = 1 + \\"));
  CHECK(is_incomplete_input("def f():"));
  CHECK(is_incomplete_input("@dec"));
  CHECK_FALSE(is_incomplete_input("x = 1"));
  CHECK_FALSE(is_incomplete_input("x = )"));
  CHECK_FALSE(is_incomplete_input("1 +"));
  CHECK_FALSE(is_incomplete_input(""));
}
