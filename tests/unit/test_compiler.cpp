// Unit tests for the symbol table, the bytecode compiler, the code builder and the
// disassembler. Instruction sequences are compared as text like
// "LOAD_NAME x; STORE_NAME y" (names and locals spelled out, other arguments as numbers).
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <string>

#include "parser/code_builder.h"
#include "parser/compiler.h"
#include "parser/disasm.h"
#include "parser/symtable.h"
#include "vm/opcodes.h"

using namespace taipan;

namespace {

std::shared_ptr<const CodeUnit> compile(const std::string& src,
                                        ParseMode mode = ParseMode::Exec) {
  return compile_source(src, "<test>", mode);
}

// Nested code object by name (depth first).
const CodeUnit* find_code(const CodeUnit& c, const std::string& name) {
  if (c.name == name) return &c;
  for (const Const& k : c.consts)
    if (auto* p = std::get_if<std::shared_ptr<const CodeUnit>>(&k.v))
      if (const CodeUnit* r = find_code(**p, name)) return r;
  return nullptr;
}

std::string op_text(const CodeUnit& c, size_t i) {
  Op op = insn_op(c.code[i]);
  uint32_t arg = insn_arg(c.code[i]);
  const OpInfo& info = kOpInfo[static_cast<int>(op)];
  std::string s = info.name;
  switch (info.kind) {
    case ArgKind::NONE: break;
    case ArgKind::NAME: s += " " + c.names.at(arg); break;
    case ArgKind::LOCAL: s += " " + c.varnames.at(arg); break;
    case ArgKind::DEREF:
      s += " " + (arg < c.cellvars.size() ? c.cellvars[arg] : c.freevars.at(arg - c.cellvars.size()));
      break;
    case ArgKind::CONST: s += " " + const_repr(c.consts.at(arg)); break;
    default: s += " " + std::to_string(arg); break;
  }
  return s;
}

std::string ops(const CodeUnit& c) {
  std::string s;
  for (size_t i = 0; i < c.code.size(); ++i) {
    if (i) s += "; ";
    s += op_text(c, i);
  }
  return s;
}

std::string error_of(const std::string& src, ParseMode mode = ParseMode::Exec) {
  try {
    compile(src, mode);
  } catch (const SyntaxErrorInfo& e) {
    return e.msg;
  }
  return "<no error>";
}

// Structural checks every compiled code object must pass.
void check_invariants(const CodeUnit& c) {
  REQUIRE(c.positions.size() == c.code.size());
  uint32_t ext = 0;
  for (size_t i = 0; i < c.code.size(); ++i) {
    Op op = insn_op(c.code[i]);
    REQUIRE(static_cast<int>(op) < static_cast<int>(Op::COUNT_));
    uint32_t arg = (ext << 24) | insn_arg(c.code[i]);
    ext = op == Op::EXTENDED_ARG ? arg : 0;
    ArgKind k = kOpInfo[static_cast<int>(op)].kind;
    if (k == ArgKind::JUMP) {
      REQUIRE(arg < c.code.size());
      if (op == Op::JUMP_BACKWARD)
        REQUIRE(arg <= i);
      else
        REQUIRE(arg > i);  // only JUMP_BACKWARD may go back (it is the safepoint)
    }
    if (k == ArgKind::CONST) REQUIRE(arg < c.consts.size());
    if (k == ArgKind::NAME) REQUIRE(arg < c.names.size());
    if (k == ArgKind::LOCAL) REQUIRE(arg < c.varnames.size());
    if (k == ArgKind::DEREF) REQUIRE(arg < c.cellvars.size() + c.freevars.size());
  }
  uint32_t last = 0;
  for (const ExcEntry& e : c.exctable) {
    REQUIRE(e.start >= last);
    REQUIRE(e.start < e.end);
    REQUIRE(e.end <= c.code.size());
    REQUIRE(e.target < c.code.size());
    REQUIRE(static_cast<int>(e.depth) <= c.stacksize);
    last = e.end;
  }
  for (const Const& k : c.consts)
    if (auto* p = std::get_if<std::shared_ptr<const CodeUnit>>(&k.v)) check_invariants(**p);
}

}  // namespace

TEST_CASE("compiler: simple module", "[compiler]") {
  auto c = compile("x = 1\ny = x + 2\n");
  CHECK(ops(*c) ==
        "LOAD_CONST 1; STORE_NAME x; LOAD_NAME x; LOAD_CONST 2; BINARY_OP 0; STORE_NAME y; "
        "LOAD_CONST None; RETURN_VALUE");
  CHECK(c->name == "<module>");
  CHECK(c->stacksize == 2);
  CHECK(c->flags == 0);
  CHECK(c->positions[0].line == 1);
  CHECK(c->positions[2].line == 2);
  check_invariants(*c);
}

TEST_CASE("compiler: eval and single modes", "[compiler]") {
  auto e = compile("a + 1", ParseMode::Eval);
  CHECK(ops(*e) == "LOAD_NAME a; LOAD_CONST 1; BINARY_OP 0; RETURN_VALUE");
  auto s = compile("x\n", ParseMode::Single);
  CHECK(ops(*s) == "LOAD_NAME x; PRINT_EXPR; LOAD_CONST None; RETURN_VALUE");
  auto s2 = compile("1\n", ParseMode::Single);
  CHECK(ops(*s2) == "LOAD_CONST 1; PRINT_EXPR; LOAD_CONST None; RETURN_VALUE");
}

TEST_CASE("compiler: constants are interned by type and value", "[compiler]") {
  auto c = compile("a = 1\nb = True\nc = 1.0\nd = 1\ne = -0.0\nf = 0.0\ng = (1, 2)\nh = -5\n");
  CHECK(ops(*c) ==
        "LOAD_CONST 1; STORE_NAME a; LOAD_CONST True; STORE_NAME b; LOAD_CONST 1.0; STORE_NAME c; "
        "LOAD_CONST 1; STORE_NAME d; LOAD_CONST -0.0; STORE_NAME e; LOAD_CONST 0.0; STORE_NAME f; "
        "LOAD_CONST (1, 2); STORE_NAME g; LOAD_CONST -5; STORE_NAME h; LOAD_CONST None; "
        "RETURN_VALUE");
  // 1 and True and 1.0 are three constants; the second 1 reuses the first.
  int ones = 0;
  for (const Const& k : c->consts)
    if (auto* i = std::get_if<int64_t>(&k.v)) ones += *i == 1;
  CHECK(ones == 1);
  CHECK(c->consts.size() == 8);
}

TEST_CASE("compiler: calls", "[compiler]") {
  CHECK(ops(*compile("f(a, b)", ParseMode::Eval)) ==
        "PUSH_NULL; LOAD_NAME f; LOAD_NAME a; LOAD_NAME b; CALL 2; RETURN_VALUE");
  CHECK(ops(*compile("o.m(a)", ParseMode::Eval)) ==
        "LOAD_NAME o; LOAD_METHOD m; LOAD_NAME a; CALL 1; RETURN_VALUE");
  CHECK(ops(*compile("f(a, k=1, j=b)", ParseMode::Eval)) ==
        "PUSH_NULL; LOAD_NAME f; LOAD_NAME a; LOAD_CONST 1; LOAD_NAME b; LOAD_CONST ('k', 'j'); "
        "CALL_KW 3; RETURN_VALUE");
  CHECK(ops(*compile("f(a, *b, k=1, **d)", ParseMode::Eval)) ==
        "PUSH_NULL; LOAD_NAME f; BUILD_LIST 0; LOAD_NAME a; BUILD_TUPLE 1; LIST_EXTEND 1; "
        "LOAD_NAME b; LIST_EXTEND 1; LIST_TO_TUPLE; LOAD_CONST 'k'; LOAD_CONST 1; BUILD_MAP 1; "
        "LOAD_NAME d; DICT_MERGE 1; CALL_EX 1; RETURN_VALUE");
  // A lone *b goes to CALL_EX as it is (CPython 3.11 does the same); CALL_EX makes the tuple.
  CHECK(ops(*compile("f(*b)", ParseMode::Eval)) == "PUSH_NULL; LOAD_NAME f; LOAD_NAME b; CALL_EX 0; RETURN_VALUE");
  auto c = compile("f(a, b)", ParseMode::Eval);
  CHECK(c->stacksize == 4);
}

TEST_CASE("compiler: calls in multi-line statements carry their own lines", "[compiler]") {
  auto c = compile("x = (a.b\n     .c(\n  d[1],\n  g()))\n");
  // LOAD_ATTR b on line 1, LOAD_METHOD c on line 1-2, BINARY_SUBSCR line 3, CALL g line 4.
  for (size_t i = 0; i < c->code.size(); ++i) {
    std::string t = op_text(*c, i);
    if (t == "LOAD_ATTR b") CHECK(c->positions[i].line == 1);
    if (t == "BINARY_SUBSCR") CHECK(c->positions[i].line == 3);
    if (t == "CALL 0") CHECK(c->positions[i].line == 4);
    if (t == "CALL 2") CHECK(c->positions[i].line == 1);
    if (t == "STORE_NAME x") CHECK(c->positions[i].line == 1);
  }
  auto r = compile("def f():\n    raise ValueError(\n        x)\n");
  const CodeUnit* f = find_code(*r, "f");
  for (size_t i = 0; i < f->code.size(); ++i)
    if (insn_op(f->code[i]) == Op::RAISE_VARARGS) {
      CHECK(f->positions[i].line == 2);
      CHECK(f->positions[i].end_line == 3);
    }
}

TEST_CASE("compiler: scopes of nested functions", "[compiler][symtable]") {
  auto c = compile(
      "def f(a, b):\n"
      "    c = 1\n"
      "    def g():\n"
      "        nonlocal c\n"
      "        c = a + d\n"
      "        return len\n"
      "    return g\n");
  const CodeUnit* f = find_code(*c, "f");
  const CodeUnit* g = find_code(*c, "g");
  REQUIRE(f);
  REQUIRE(g);
  CHECK(f->varnames == std::vector<std::string>{"a", "b", "g"});
  CHECK(f->cellvars == std::vector<std::string>{"a", "c"});
  CHECK(f->cell2arg == std::vector<int>{0, -1});
  CHECK(f->argcount == 2);
  CHECK(g->freevars == std::vector<std::string>{"a", "c"});
  CHECK(g->qualname == "f.<locals>.g");
  CHECK((g->flags & CO_NESTED) != 0);
  CHECK((f->flags & (CO_OPTIMIZED | CO_NEWLOCALS)) == (CO_OPTIMIZED | CO_NEWLOCALS));
  CHECK(ops(*g) ==
        "LOAD_DEREF a; LOAD_GLOBAL d; BINARY_OP 0; STORE_DEREF c; LOAD_GLOBAL len; "
        "RETURN_VALUE");
  CHECK(ops(*f) ==
        "LOAD_CONST 1; STORE_DEREF c; LOAD_CLOSURE a; LOAD_CLOSURE c; BUILD_TUPLE 2; "
        "LOAD_CONST <code object g, file \"<test>\", line 3>; MAKE_FUNCTION 8; STORE_FAST g; "
        "LOAD_FAST g; RETURN_VALUE");
  check_invariants(*c);
}

TEST_CASE("compiler: globals, explicit and implicit", "[compiler][symtable]") {
  auto c = compile(
      "def f():\n"
      "    global x\n"
      "    x = y\n"
      "    del x\n");
  const CodeUnit* f = find_code(*c, "f");
  CHECK(ops(*f) ==
        "LOAD_GLOBAL y; STORE_GLOBAL x; DELETE_GLOBAL x; LOAD_CONST None; RETURN_VALUE");
}

TEST_CASE("compiler: class scopes", "[compiler][symtable]") {
  auto c = compile(
      "def outer():\n"
      "    x = 1\n"
      "    class K(Base):\n"
      "        '''doc'''\n"
      "        y = x\n"
      "        def m(self):\n"
      "            return x, y\n"
      "    return K\n");
  const CodeUnit* k = find_code(*c, "K");
  const CodeUnit* m = find_code(*c, "m");
  REQUIRE(k);
  REQUIRE(m);
  CHECK(k->qualname == "outer.<locals>.K");
  CHECK(m->qualname == "outer.<locals>.K.m");
  CHECK(k->freevars == std::vector<std::string>{"x"});
  CHECK(k->flags == 0);
  CHECK(ops(*k) ==
        "LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'outer.<locals>.K'; "
        "STORE_NAME __qualname__; LOAD_CONST 'doc'; STORE_NAME __doc__; LOAD_CLASSDEREF x; "
        "STORE_NAME y; LOAD_CLOSURE x; BUILD_TUPLE 1; "
        "LOAD_CONST <code object m, file \"<test>\", line 6>; MAKE_FUNCTION 8; STORE_NAME m; "
        "LOAD_CONST None; RETURN_VALUE");
  // Methods see class-level names only through globals.
  CHECK(ops(*m) == "LOAD_DEREF x; LOAD_GLOBAL y; BUILD_TUPLE 2; RETURN_VALUE");
  const CodeUnit* outer = find_code(*c, "outer");
  CHECK(ops(*outer) ==
        "LOAD_CONST 1; STORE_DEREF x; PUSH_NULL; LOAD_BUILD_CLASS; LOAD_CLOSURE x; BUILD_TUPLE 1; "
        "LOAD_CONST <code object K, file \"<test>\", line 3>; MAKE_FUNCTION 8; LOAD_CONST 'K'; "
        "LOAD_GLOBAL Base; CALL 3; STORE_FAST K; LOAD_FAST K; RETURN_VALUE");
}

TEST_CASE("compiler: __class__ cell for super()", "[compiler][symtable]") {
  auto c = compile(
      "class C(B, metaclass=M):\n"
      "    def m(self):\n"
      "        return super().m()\n");
  const CodeUnit* k = find_code(*c, "C");
  const CodeUnit* m = find_code(*c, "m");
  CHECK(k->cellvars == std::vector<std::string>{"__class__"});
  CHECK(m->freevars == std::vector<std::string>{"__class__"});
  std::string kops = ops(*k);
  CHECK(kops.size() > 60);
  CHECK(kops.substr(kops.size() - 70) ==
        "LOAD_CLOSURE __class__; COPY 1; STORE_NAME __classcell__; RETURN_VALUE");
  CHECK(ops(*c).find("LOAD_CONST 'C'; LOAD_NAME B; LOAD_NAME M; LOAD_CONST ('metaclass',); "
                     "CALL_KW 4") != std::string::npos);
  auto plain = compile("class D:\n    pass\n");
  CHECK(find_code(*plain, "D")->cellvars.empty());
}

TEST_CASE("compiler: private name mangling", "[compiler][symtable]") {
  auto c = compile(
      "class C:\n"
      "    __x = 1\n"
      "    def m(self):\n"
      "        return self.__y + __z + self.__dunder__\n");
  const CodeUnit* k = find_code(*c, "C");
  const CodeUnit* m = find_code(*c, "m");
  CHECK(ops(*k).find("STORE_NAME _C__x") != std::string::npos);
  CHECK(ops(*m).find("LOAD_ATTR _C__y") != std::string::npos);
  CHECK(ops(*m).find("LOAD_GLOBAL _C__z") != std::string::npos);
  CHECK(ops(*m).find("LOAD_ATTR __dunder__") != std::string::npos);
  CHECK(mangle("_C", "__x") == "_C__x");
  CHECK(mangle("___", "__x") == "__x");
}

TEST_CASE("compiler: comprehensions are nested functions", "[compiler][symtable]") {
  auto c = compile("def f(xs, k):\n    return [x * k for x in xs if x]\n");
  const CodeUnit* f = find_code(*c, "f");
  const CodeUnit* lc = find_code(*c, "<listcomp>");
  REQUIRE(lc);
  CHECK(lc->qualname == "f.<locals>.<listcomp>");
  CHECK(lc->varnames == std::vector<std::string>{".0", "x"});
  CHECK(lc->argcount == 1);
  CHECK(lc->freevars == std::vector<std::string>{"k"});
  CHECK(ops(*f) ==
        "PUSH_NULL; LOAD_CLOSURE k; BUILD_TUPLE 1; "
        "LOAD_CONST <code object <listcomp>, file \"<test>\", line 2>; MAKE_FUNCTION 8; "
        "LOAD_FAST xs; GET_ITER; CALL 1; RETURN_VALUE");
  // LIST_APPEND counts the list's position before the pop ([list iter x]: 3rd).
  CHECK(ops(*lc) ==
        "BUILD_LIST 0; LOAD_FAST .0; FOR_ITER 11; STORE_FAST x; LOAD_FAST x; "
        "POP_JUMP_IF_FALSE 10; LOAD_FAST x; LOAD_DEREF k; BINARY_OP 2; LIST_APPEND 3; "
        "JUMP_BACKWARD 2; RETURN_VALUE");
  check_invariants(*c);

  auto g = compile("g = (y for x in a for y in x)\n");
  const CodeUnit* ge = find_code(*g, "<genexpr>");
  CHECK((ge->flags & CO_GENERATOR) != 0);
  CHECK(ops(*ge) ==
        "LOAD_FAST .0; FOR_ITER 12; STORE_FAST x; LOAD_FAST x; GET_ITER; FOR_ITER 11; "
        "STORE_FAST y; LOAD_FAST y; YIELD_VALUE; POP_TOP; JUMP_BACKWARD 5; JUMP_BACKWARD 1; "
        "LOAD_CONST None; RETURN_VALUE");

  auto d = compile("d = {k: v for k, v in items}\n");
  const CodeUnit* dc = find_code(*d, "<dictcomp>");
  CHECK(ops(*dc).find("LOAD_FAST k; LOAD_FAST v; MAP_ADD 2") != std::string::npos);
}

TEST_CASE("compiler: walrus in a comprehension binds in the function", "[compiler][symtable]") {
  auto c = compile("def f(xs):\n    if any((n := x) for x in xs):\n        return n\n");
  const CodeUnit* f = find_code(*c, "f");
  const CodeUnit* ge = find_code(*c, "<genexpr>");
  CHECK(f->cellvars == std::vector<std::string>{"n"});
  CHECK(ge->freevars == std::vector<std::string>{"n"});
  CHECK(ops(*ge).find("COPY 1; STORE_DEREF n") != std::string::npos);
  auto m = compile("[(n := x) for x in xs]\nprint(n)\n");
  CHECK(ops(*find_code(*m, "<listcomp>")).find("STORE_GLOBAL n") != std::string::npos);
}

TEST_CASE("compiler: functions", "[compiler]") {
  auto c = compile(
      "@dec\n"
      "def f(a, b=2, *args, c, d=3, **kw) -> int:\n"
      "    'the doc'\n"
      "    return a\n");
  const CodeUnit* f = find_code(*c, "f");
  CHECK(f->has_docstring);
  CHECK(f->docstring == "the doc");
  CHECK(const_repr(f->consts[0]) == "'the doc'");
  CHECK(f->firstlineno == 1);
  CHECK(f->argcount == 2);
  CHECK(f->kwonlyargcount == 2);
  CHECK(f->varnames == std::vector<std::string>{"a", "b", "c", "d", "args", "kw"});
  CHECK((f->flags & (CO_VARARGS | CO_VARKEYWORDS)) == (CO_VARARGS | CO_VARKEYWORDS));
  // Defaults, kwdefaults, annotations evaluated in that order, then reversed by SWAP.
  CHECK(ops(*c) ==
        "LOAD_NAME dec; LOAD_CONST (2,); LOAD_CONST 'd'; LOAD_CONST 3; BUILD_MAP 1; "
        "LOAD_CONST 'return'; LOAD_NAME int; BUILD_TUPLE 2; SWAP 3; "
        "LOAD_CONST <code object f, file \"<test>\", line 1>; MAKE_FUNCTION 7; CALL 0; "
        "STORE_NAME f; LOAD_CONST None; RETURN_VALUE");
  auto l = compile("g = lambda x: x\n");
  const CodeUnit* lam = find_code(*l, "<lambda>");
  CHECK(lam->qualname == "<lambda>");
  CHECK(const_repr(lam->consts[0]) == "None");
  CHECK(ops(*lam) == "LOAD_FAST x; RETURN_VALUE");
}

TEST_CASE("compiler: generators", "[compiler]") {
  auto c = compile("def g(x):\n    y = yield x\n    yield from y\n");
  const CodeUnit* g = find_code(*c, "g");
  CHECK((g->flags & CO_GENERATOR) != 0);
  CHECK(ops(*g) ==
        "LOAD_FAST x; YIELD_VALUE; STORE_FAST y; LOAD_FAST y; GET_YIELD_FROM_ITER; "
        "LOAD_CONST None; SEND 9; YIELD_VALUE; JUMP_BACKWARD 6; POP_TOP; LOAD_CONST None; "
        "RETURN_VALUE");
  check_invariants(*c);
}

TEST_CASE("compiler: control flow", "[compiler]") {
  auto c = compile("while x:\n    if y:\n        break\n    continue\nelse:\n    z()\n");
  CHECK(ops(*c) ==
        "LOAD_NAME x; POP_JUMP_IF_FALSE 6; LOAD_NAME y; POP_JUMP_IF_FALSE 5; JUMP_FORWARD 10; "
        "JUMP_BACKWARD 0; PUSH_NULL; LOAD_NAME z; CALL 0; POP_TOP; LOAD_CONST None; "
        "RETURN_VALUE");
  auto f = compile("for i in r:\n    pass\nelse:\n    e()\n");
  CHECK(ops(*f) ==
        "LOAD_NAME r; GET_ITER; FOR_ITER 5; STORE_NAME i; JUMP_BACKWARD 2; PUSH_NULL; LOAD_NAME e; "
        "CALL 0; POP_TOP; LOAD_CONST None; RETURN_VALUE");
  auto ch = compile("a < b < c", ParseMode::Eval);
  CHECK(ops(*ch) ==
        "LOAD_NAME a; LOAD_NAME b; SWAP 2; COPY 2; COMPARE_OP 0; JUMP_IF_FALSE_OR_POP 9; "
        "LOAD_NAME c; COMPARE_OP 0; JUMP_FORWARD 11; SWAP 2; POP_TOP; RETURN_VALUE");
  auto bo = compile("a and b or c", ParseMode::Eval);
  CHECK(ops(*bo) ==
        "LOAD_NAME a; JUMP_IF_FALSE_OR_POP 3; LOAD_NAME b; JUMP_IF_TRUE_OR_POP 5; LOAD_NAME c; "
        "RETURN_VALUE");
  auto n = compile("if x is None: pass\n");
  CHECK(ops(*n) == "LOAD_NAME x; POP_JUMP_IF_NOT_NONE 2; LOAD_CONST None; RETURN_VALUE");
}

TEST_CASE("compiler: assignments", "[compiler]") {
  CHECK(ops(*compile("a, *b, c = x\n")) ==
        "LOAD_NAME x; UNPACK_EX 257; STORE_NAME a; STORE_NAME b; STORE_NAME c; LOAD_CONST None; "
        "RETURN_VALUE");
  CHECK(ops(*compile("a = b = 1\n")) ==
        "LOAD_CONST 1; COPY 1; STORE_NAME a; STORE_NAME b; LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("o.a += 1\n")) ==
        "LOAD_NAME o; COPY 1; LOAD_ATTR a; LOAD_CONST 1; BINARY_OP 13; SWAP 2; STORE_ATTR a; "
        "LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("o[k] -= 1\n")) ==
        "LOAD_NAME o; LOAD_NAME k; COPY 2; COPY 2; BINARY_SUBSCR; LOAD_CONST 1; BINARY_OP 14; "
        "SWAP 3; SWAP 2; STORE_SUBSCR; LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("a[1:2] = v\n")) ==
        "LOAD_NAME v; LOAD_NAME a; LOAD_CONST 1; LOAD_CONST 2; BUILD_SLICE 2; STORE_SUBSCR; "
        "LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("del a, b.c, d[e]\n")) ==
        "DELETE_NAME a; LOAD_NAME b; DELETE_ATTR c; LOAD_NAME d; LOAD_NAME e; DELETE_SUBSCR; "
        "LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("(a, (b, c)) = x\n")) ==
        "LOAD_NAME x; UNPACK_SEQUENCE 2; STORE_NAME a; UNPACK_SEQUENCE 2; STORE_NAME b; "
        "STORE_NAME c; LOAD_CONST None; RETURN_VALUE");
}

TEST_CASE("compiler: displays and f-strings", "[compiler]") {
  CHECK(ops(*compile("[a, *b, c]", ParseMode::Eval)) ==
        "BUILD_LIST 0; LOAD_NAME a; BUILD_TUPLE 1; LIST_EXTEND 1; LOAD_NAME b; LIST_EXTEND 1; "
        "LOAD_NAME c; BUILD_TUPLE 1; LIST_EXTEND 1; RETURN_VALUE");
  CHECK(ops(*compile("{a: 1, **m}", ParseMode::Eval)) ==
        "LOAD_NAME a; LOAD_CONST 1; BUILD_MAP 1; LOAD_NAME m; DICT_UPDATE 1; RETURN_VALUE");
  CHECK(ops(*compile("(1, (2, 'x'), -3.5)", ParseMode::Eval)) ==
        "LOAD_CONST (1, (2, 'x'), -3.5); RETURN_VALUE");
  CHECK(ops(*compile("[1, 2, 3]", ParseMode::Eval)) ==
        "BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1; RETURN_VALUE");
  CHECK(ops(*compile("f'a{x!r:>{w}}b'", ParseMode::Eval)) ==
        "LOAD_CONST 'a'; LOAD_NAME x; LOAD_CONST '>'; LOAD_NAME w; FORMAT_VALUE 0; "
        "BUILD_STRING 2; FORMAT_VALUE 6; LOAD_CONST 'b'; BUILD_STRING 3; RETURN_VALUE");
  CHECK(ops(*compile("a[1:2]", ParseMode::Eval)) ==
        "LOAD_NAME a; LOAD_CONST 1; LOAD_CONST 2; BUILD_SLICE 2; BINARY_SUBSCR; RETURN_VALUE");
  // A big display stays within a small stack.
  std::string big = "[";
  for (int i = 0; i < 1000; ++i) big += "x, ";
  big += "]";
  auto b = compile(big, ParseMode::Eval);
  CHECK(b->stacksize <= 20);
  check_invariants(*b);
}

TEST_CASE("compiler: imports", "[compiler]") {
  CHECK(ops(*compile("import a.b.c\n")) ==
        "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b.c; STORE_NAME a; LOAD_CONST None; "
        "RETURN_VALUE");
  CHECK(ops(*compile("import a.b as c\n")) ==
        "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b; IMPORT_FROM b; STORE_NAME c; POP_TOP; "
        "LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("from .m import x as y, z\n")) ==
        "LOAD_CONST 1; LOAD_CONST ('x', 'z'); IMPORT_NAME m; IMPORT_FROM x; STORE_NAME y; "
        "IMPORT_FROM z; STORE_NAME z; POP_TOP; LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("from m import *\n")) ==
        "LOAD_CONST 0; LOAD_CONST ('*',); IMPORT_NAME m; IMPORT_STAR; LOAD_CONST None; "
        "RETURN_VALUE");
}

TEST_CASE("compiler: assert and raise", "[compiler]") {
  CHECK(ops(*compile("assert x, 'm'\n")) ==
        "LOAD_NAME x; POP_JUMP_IF_TRUE 7; PUSH_NULL; LOAD_ASSERTION_ERROR; LOAD_CONST 'm'; "
        "CALL 1; RAISE_VARARGS 1; LOAD_CONST None; RETURN_VALUE");
  CHECK(ops(*compile("assert x\n")) ==
        "LOAD_NAME x; POP_JUMP_IF_TRUE 4; LOAD_ASSERTION_ERROR; RAISE_VARARGS 1; LOAD_CONST None; "
        "RETURN_VALUE");
  CHECK(ops(*compile("raise E from C\n")) == "LOAD_NAME E; LOAD_NAME C; RAISE_VARARGS 2");
}

TEST_CASE("compiler: annotations", "[compiler]") {
  CHECK(ops(*compile("x: int = 1\n")) ==
        "SETUP_ANNOTATIONS; LOAD_CONST 1; STORE_NAME x; LOAD_NAME int; LOAD_NAME __annotations__; "
        "LOAD_CONST 'x'; STORE_SUBSCR; LOAD_CONST None; RETURN_VALUE");
  auto f = compile("def f():\n    x: undefined = 1\n");
  CHECK(ops(*find_code(*f, "f")) == "LOAD_CONST 1; STORE_FAST x; LOAD_CONST None; RETURN_VALUE");
  auto fut = compile("from __future__ import annotations\nx: list[int]\n");
  CHECK(ops(*fut).find("LOAD_CONST 'list[int]'; LOAD_NAME __annotations__") != std::string::npos);
}

TEST_CASE("compiler: try/except layout and exception table", "[compiler]") {
  auto c = compile(
      "try:\n"
      "    f()\n"
      "except E as e:\n"
      "    g(e)\n");
  CHECK(ops(*c) ==
        // 0..4: body, protected by entry 1
        "PUSH_NULL; LOAD_NAME f; CALL 0; POP_TOP; JUMP_FORWARD 28; "
        // 5: handler [exc]
        "PUSH_EXC_INFO; LOAD_NAME E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE 24; STORE_NAME e; "
        "PUSH_NULL; LOAD_NAME g; LOAD_NAME e; CALL 1; POP_TOP; "
        "POP_EXCEPT; LOAD_CONST None; STORE_NAME e; DELETE_NAME e; JUMP_FORWARD 28; "
        // 20: the handler body raised
        "LOAD_CONST None; STORE_NAME e; DELETE_NAME e; RERAISE 1; "
        // 24: no match; 25..27: cleanup; 28: end
        "RERAISE 0; COPY 3; POP_EXCEPT; RERAISE 1; "
        "LOAD_CONST None; RETURN_VALUE");
  REQUIRE(c->exctable.size() == 4);
  auto eq = [](const ExcEntry& e, uint32_t s, uint32_t en, uint32_t t, uint32_t d, bool l) {
    return e.start == s && e.end == en && e.target == t && e.depth == d && e.lasti == l;
  };
  CHECK(eq(c->exctable[0], 0, 4, 5, 0, false));
  CHECK(eq(c->exctable[1], 5, 10, 25, 1, true));
  CHECK(eq(c->exctable[2], 10, 15, 20, 1, true));
  CHECK(eq(c->exctable[3], 20, 25, 25, 1, true));
  CHECK(c->stacksize == 4);
  check_invariants(*c);
}

TEST_CASE("compiler: try/finally and return through finally", "[compiler]") {
  auto c = compile(
      "def f():\n"
      "    try:\n"
      "        return g()\n"
      "    finally:\n"
      "        h()\n");
  const CodeUnit* f = find_code(*c, "f");
  CHECK(ops(*f) ==
        "PUSH_NULL; LOAD_GLOBAL g; CALL 0; "
        "PUSH_NULL; LOAD_GLOBAL h; CALL 0; POP_TOP; RETURN_VALUE; "
        "PUSH_EXC_INFO; PUSH_NULL; LOAD_GLOBAL h; CALL 0; POP_TOP; RERAISE 0; "
        "COPY 3; POP_EXCEPT; RERAISE 1");
  REQUIRE(f->exctable.size() == 2);
  CHECK(f->exctable[0].start == 0);
  CHECK(f->exctable[0].end == 3);
  CHECK(f->exctable[0].target == 8);
  CHECK(f->exctable[0].depth == 0);
  CHECK(!f->exctable[0].lasti);
  CHECK(f->exctable[1].start == 8);
  CHECK(f->exctable[1].end == 14);
  CHECK(f->exctable[1].target == 14);
  CHECK(f->exctable[1].depth == 1);
  CHECK(f->exctable[1].lasti);
  CHECK(f->stacksize == 4);
  check_invariants(*c);
}

TEST_CASE("compiler: with statement", "[compiler]") {
  auto c = compile("with a as b:\n    c()\n");
  // Normal exit: exit(None, None, None) through CALL 2 on [exit None None None]
  // (CALL's A is the exit method, B the first None). Exceptional exit: WITH_EXCEPT_START,
  // then re-raise with the saved lasti (COPY 3; SWAP 2; RERAISE 1).
  CHECK(ops(*c) ==
        "LOAD_NAME a; BEFORE_WITH; STORE_NAME b; PUSH_NULL; LOAD_NAME c; CALL 0; POP_TOP; "
        "LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL 2; POP_TOP; JUMP_FORWARD 27; "
        "PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE 19; COPY 3; SWAP 2; RERAISE 1; "
        "POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP; JUMP_FORWARD 27; COPY 3; POP_EXCEPT; RERAISE 1; "
        "LOAD_CONST None; RETURN_VALUE");
  REQUIRE(c->exctable.size() == 2);
  CHECK(c->exctable[0].start == 2);
  CHECK(c->exctable[0].end == 7);
  CHECK(c->exctable[0].target == 13);
  CHECK(c->exctable[0].depth == 1);
  CHECK(c->exctable[0].lasti);
  CHECK(c->exctable[1].start == 13);
  CHECK(c->exctable[1].end == 20);
  CHECK(c->exctable[1].target == 24);
  CHECK(c->exctable[1].depth == 3);
  CHECK(c->stacksize == 6);
  check_invariants(*c);

  auto d = disassemble(*c);
  CHECK(d.find("Disassembly of <code <module>, file \"<test>\", line 1>:") == 0);
  CHECK(d.find("BEFORE_WITH") != std::string::npos);
  CHECK(d.find("ExceptionTable:\n  2 to 6 -> 13 [1] lasti\n  13 to 19 -> 24 [3] lasti\n") !=
        std::string::npos);
}

TEST_CASE("compiler: break and continue out of with and finally", "[compiler]") {
  auto c = compile(
      "def f(r):\n"
      "    for i in r:\n"
      "        with m:\n"
      "            if i: break\n"
      "            continue\n"
      "        try:\n"
      "            break\n"
      "        finally:\n"
      "            g()\n");
  const CodeUnit* f = find_code(*c, "f");
  std::string s = ops(*f);
  // break out of with: call exit, pop exit, pop the iterator, jump out.
  CHECK(s.find("LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL 2; POP_TOP; POP_TOP; "
               "JUMP_FORWARD") != std::string::npos);
  // break out of try/finally: run the finally body, pop the iterator.
  CHECK(s.find("PUSH_NULL; LOAD_GLOBAL g; CALL 0; POP_TOP; POP_TOP; JUMP_FORWARD") !=
        std::string::npos);
  check_invariants(*c);
}

TEST_CASE("compiler: compile-time errors", "[compiler][errors]") {
  struct Case {
    const char* src;
    const char* msg;
  };
  const Case cases[] = {
      {"return 1\n", "'return' outside function"},
      {"class C:\n    return\n", "'return' outside function"},
      {"yield 1\n", "'yield' outside function"},
      {"break\n", "'break' outside loop"},
      {"continue\n", "'continue' not properly in loop"},
      {"for x in y:\n    def f():\n        break\n", "'break' outside loop"},
      {"nonlocal x\n", "nonlocal declaration not allowed at module level"},
      {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
      {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"},
      {"def f(x):\n    global x\n", "name 'x' is parameter and global"},
      {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
      {"def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
       "name 'x' is assigned to before nonlocal declaration"},
      {"def f(a, a): pass\n", "duplicate argument 'a' in function definition"},
      {"await x\n", "'await' outside function"},
      {"*a = 1\n", "starred assignment target must be in a list or tuple"},
      {"*a, *b = c\n", "multiple starred expressions in assignment"},
      {"[*x for x in y]\n", "iterable unpacking cannot be used in comprehension"},
      {"def f():\n    [(yield) for x in y]\n", "'yield' inside list comprehension"},
      {"def f():\n    from m import *\n", "import * only allowed at module level"},
      {"f(a=1, a=2)\n", "keyword argument repeated: a"},
      {"def f():\n    await x\n", "'await' outside async function"},
      {"for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
       "'break', 'continue' and 'return' cannot appear in an except* block"},
      {"x = 1\nfrom __future__ import annotations\n",
       "from __future__ imports must occur at the beginning of the file"},
      {"from __future__ import nope\n", "future feature nope is not defined"},
  };
  for (const Case& c : cases) {
    INFO(c.src);
    CHECK(error_of(c.src) == c.msg);
  }
  std::string many = "(";
  for (int i = 0; i < 300; ++i) many += "a" + std::to_string(i) + ", ";
  many += "*r) = x\n";
  CHECK(error_of(many) == "too many expressions in star-unpacking assignment");

  try {
    compile("def f():\n    x = 1\n    global x\n");
    FAIL("no error");
  } catch (const SyntaxErrorInfo& e) {
    CHECK(e.line == 3);
    CHECK(e.col == 5);
    CHECK(e.text == "    global x");
    CHECK(e.filename == "<test>");
  }
}

TEST_CASE("code builder: EXTENDED_ARG and jump fix-up", "[compiler][builder]") {
  detail::CodeBuilder b;
  detail::Label l = b.new_label();
  b.emit_jump(Op::JUMP_FORWARD, l);
  b.emit(Op::LOAD_CONST, (1u << 24) + 5);  // needs a prefix (unreachable, so dropped)
  b.bind(l);
  b.emit(Op::LOAD_CONST, (1u << 24) + 5);
  b.emit(Op::RETURN_VALUE);
  CodeUnit c;
  b.finish(c);
  REQUIRE(c.code.size() == 4);
  CHECK(insn_op(c.code[0]) == Op::JUMP_FORWARD);
  CHECK(insn_arg(c.code[0]) == 1);
  CHECK(insn_op(c.code[1]) == Op::EXTENDED_ARG);
  CHECK(insn_arg(c.code[1]) == 1);
  CHECK(insn_op(c.code[2]) == Op::LOAD_CONST);
  CHECK(insn_arg(c.code[2]) == 5);
  CHECK(c.stacksize == 1);

  // A backward jump becomes JUMP_BACKWARD; a prefixed target is the first prefix.
  detail::CodeBuilder b2;
  detail::Label top = b2.new_label();
  b2.bind(top);
  b2.emit(Op::NOP, 0);
  b2.emit_jump(Op::JUMP_FORWARD, top);
  CodeUnit c2;
  b2.finish(c2);
  CHECK(insn_op(c2.code[1]) == Op::JUMP_BACKWARD);
  CHECK(insn_arg(c2.code[1]) == 0);

  // Inconsistent stack depths are a compiler bug, reported as such.
  detail::CodeBuilder b3;
  detail::Label j = b3.new_label();
  b3.emit(Op::LOAD_CONST, 0);
  b3.emit_jump(Op::POP_JUMP_IF_TRUE, j);
  b3.emit(Op::LOAD_CONST, 0);
  b3.bind(j);
  b3.emit(Op::RETURN_VALUE);
  CodeUnit c3;
  CHECK_THROWS_AS(b3.finish(c3), std::logic_error);
}

TEST_CASE("disassembler: constant reprs", "[disasm]") {
  CHECK(const_repr(Const{std::string("it's")}) == "\"it's\"");
  CHECK(const_repr(Const{std::string("a\nb'\"")}) == "'a\\nb\\'\"'");
  CHECK(const_repr(Const{1.5}) == "1.5");
  CHECK(const_repr(Const{1e16}) == "1e+16");
  CHECK(const_repr(Const{1e-5}) == "1e-05");
  CHECK(const_repr(Const{0.0001}) == "0.0001");
  CHECK(const_repr(Const{100.0}) == "100.0");
  CHECK(const_repr(Const{Const::Complex{0, 2}}) == "2j");
  CHECK(const_repr(Const{Const::Complex{1, -2}}) == "(1-2j)");
  CHECK(const_repr(Const{Const::Bytes{"a\x01"}}) == "b'a\\x01'");
  CHECK(const_repr(Const{Const::Tuple{{Const{int64_t{1}}}}}) == "(1,)");
  CHECK(const_repr(Const{Const::None{}}) == "None");
  auto c = compile("def f(x):\n    return x\n");
  std::string d = disassemble(*c);
  CHECK(d.find("Disassembly of <code f, file \"<test>\", line 1>:") != std::string::npos);
  CHECK(d.find("LOAD_FAST                    0 (x)") != std::string::npos);
}

TEST_CASE("compiler: everything in a mixed program passes the invariants", "[compiler]") {
  const char* src = R"PY(
import os, sys as system
from collections import OrderedDict as OD
def deco(fn):
    return fn
@deco
class A(object):
    attr: int = 0
    def __init__(self, *a, **k):
        super().__init__()
        self.__p = [x for x in a if x]
    @property
    def p(self):
        return self.__p
def gen(n):
    i = 0
    while i < n:
        try:
            yield i
        except GeneratorExit:
            return
        except (ValueError, TypeError) as e:
            continue
        else:
            i += 1
        finally:
            pass
    return {k: v for k, v in zip(range(n), range(n))}
def nested():
    a = 1
    def inner():
        nonlocal a
        a = lambda q=a: q
        with open('f') as f, open('g'):
            for line in f:
                if line: break
            else:
                return {*a}
    return inner
x = [1, *range(3)] if 2 > 1 else (yield_ := 3)
s = f"{x!s}{x:{5}}"
assert x, "msg"
del x
)PY";
  auto c = compile(src);
  check_invariants(*c);
}
