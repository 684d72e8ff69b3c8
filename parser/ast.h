// AST-READY
//
// The abstract syntax tree: a C++ mirror of CPython 3.11's Python.asdl.
//
// Conventions (the compiler relies on all of these):
//  * Node and field names are CPython's, so `ast.dump()` output and CPython's own
//    documentation describe this tree. Three renames avoid C++ clashes:
//      - the expression-statement node `Expr` is `ExprStmt` (its kind is StmtKind::Expr);
//      - the unary-operator enum is `UnaryOpKind` (the node is `UnaryOp`), matching
//        `BoolOpKind` and `CmpOpKind`;
//      - the Constant's `kind` field ('u' for u"..." strings) is `Constant::u_prefix`.
//  * Expressions, statements and patterns derive from `Expr`, `Stmt`, `Pattern`. Each base
//    holds a `kind` tag and the positions; each concrete node has `static constexpr kKind`.
//    Downcast with `e.as<ast::BinOp>()` (checked by assert in debug builds).
//  * Paired async/sync nodes share a base holding their fields: FunctionDef and
//    AsyncFunctionDef derive from `FunctionDefBase`, For/AsyncFor from `ForBase`,
//    With/AsyncWith from `WithBase`, Try/TryStar from `TryBase`. Code that treats both the
//    same may `static_cast<const ForBase&>(stmt)` after checking the kind.
//  * Ownership is by `std::unique_ptr`; an optional child is a null pointer (e.g.
//    `Return::value`, `Dict::keys[i]` for a `**mapping` entry, `Arguments::kw_defaults[i]`
//    for a keyword-only parameter without a default).
//  * Optional identifiers are empty strings: `keyword.arg` for `**kw`, `ExceptHandler.name`,
//    `ImportFrom.module` for `from . import x`, `alias.asname`, `MatchAs.name` for `_`,
//    `MatchStar.name` for `*_`, `MatchMapping.rest`. An empty string is never a valid
//    identifier, so nothing is lost. Identifiers are UTF-8 and not NFKC-normalized.
//  * Positions: lineno/end_lineno are 1-based, col_offset/end_col_offset are 0-based UTF-8
//    byte offsets, exactly as CPython's ast attributes. Small helper records that carry no
//    positions in CPython (comprehension, arguments, withitem, match_case) carry none here.
//  * `type_comment` fields and `Module.type_ignores` are omitted (always None / [] in
//    CPython unless type_comments=True is asked for).
#pragma once
#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace taipan::ast {

struct Loc {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// ---- kind lists (each defined once; enums and names are generated from them) ----

#define TAIPAN_AST_MOD_KINDS(X) X(Module) X(Interactive) X(Expression)

#define TAIPAN_AST_STMT_KINDS(X)                                                          \
  X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign)            \
  X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith)        \
  X(Match) X(Raise) X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global)         \
  X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)

#define TAIPAN_AST_EXPR_KINDS(X)                                                          \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set)            \
  X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom)       \
  X(Compare) X(Call) X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute)              \
  X(Subscript) X(Starred) X(Name) X(List) X(Tuple) X(Slice)

#define TAIPAN_AST_PATTERN_KINDS(X)                                                       \
  X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass)          \
  X(MatchStar) X(MatchAs) X(MatchOr)

// name, Python symbol
#define TAIPAN_AST_OPERATORS(X)                                                           \
  X(Add, "+") X(Sub, "-") X(Mult, "*") X(MatMult, "@") X(Div, "/") X(Mod, "%")            \
  X(Pow, "**") X(LShift, "<<") X(RShift, ">>") X(BitOr, "|") X(BitXor, "^")               \
  X(BitAnd, "&") X(FloorDiv, "//")
#define TAIPAN_AST_UNARYOPS(X) X(Invert, "~") X(Not, "not") X(UAdd, "+") X(USub, "-")
#define TAIPAN_AST_BOOLOPS(X) X(And, "and") X(Or, "or")
#define TAIPAN_AST_CMPOPS(X)                                                              \
  X(Eq, "==") X(NotEq, "!=") X(Lt, "<") X(LtE, "<=") X(Gt, ">") X(GtE, ">=") X(Is, "is")  \
  X(IsNot, "is not") X(In, "in") X(NotIn, "not in")

#define TAIPAN_AST_ENUM_ITEM(n) n,
#define TAIPAN_AST_ENUM_ITEM2(n, s) n,
enum class ModKind : uint8_t { TAIPAN_AST_MOD_KINDS(TAIPAN_AST_ENUM_ITEM) };
enum class StmtKind : uint8_t { TAIPAN_AST_STMT_KINDS(TAIPAN_AST_ENUM_ITEM) };
enum class ExprKind : uint8_t { TAIPAN_AST_EXPR_KINDS(TAIPAN_AST_ENUM_ITEM) };
enum class PatternKind : uint8_t { TAIPAN_AST_PATTERN_KINDS(TAIPAN_AST_ENUM_ITEM) };
enum class Operator : uint8_t { TAIPAN_AST_OPERATORS(TAIPAN_AST_ENUM_ITEM2) };
enum class UnaryOpKind : uint8_t { TAIPAN_AST_UNARYOPS(TAIPAN_AST_ENUM_ITEM2) };
enum class BoolOpKind : uint8_t { TAIPAN_AST_BOOLOPS(TAIPAN_AST_ENUM_ITEM2) };
enum class CmpOpKind : uint8_t { TAIPAN_AST_CMPOPS(TAIPAN_AST_ENUM_ITEM2) };
#undef TAIPAN_AST_ENUM_ITEM
#undef TAIPAN_AST_ENUM_ITEM2
enum class Ctx : uint8_t { Load, Store, Del };

// Class names as in CPython ("BinOp", "Expr", "Add", "NotIn", "Store", ...).
const char* kind_name(ModKind k);
const char* kind_name(StmtKind k);
const char* kind_name(ExprKind k);
const char* kind_name(PatternKind k);
const char* kind_name(Operator k);
const char* kind_name(UnaryOpKind k);
const char* kind_name(BoolOpKind k);
const char* kind_name(CmpOpKind k);
const char* kind_name(Ctx k);
// Python source spelling ("+", "not in", ...), for messages.
const char* op_symbol(Operator k);
const char* op_symbol(UnaryOpKind k);
const char* op_symbol(CmpOpKind k);

// ---- bases ----

struct Expr : Loc {
  const ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
  template <class T> T& as() { assert(kind == T::kKind); return static_cast<T&>(*this); }
  template <class T> const T& as() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <class T> bool is() const { return kind == T::kKind; }
};

struct Stmt : Loc {
  const StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  template <class T> T& as() { assert(kind == T::kKind); return static_cast<T&>(*this); }
  template <class T> const T& as() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <class T> bool is() const { return kind == T::kKind; }
};

struct Pattern : Loc {
  const PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
  virtual ~Pattern() = default;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;
  template <class T> T& as() { assert(kind == T::kKind); return static_cast<T&>(*this); }
  template <class T> const T& as() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <class T> bool is() const { return kind == T::kKind; }
};

using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using PatternPtr = std::unique_ptr<Pattern>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;
using PatternList = std::vector<PatternPtr>;

// ---- helper records ----

struct Arg : Loc {
  std::string arg;
  ExprPtr annotation;  // may be null
};
using ArgPtr = std::unique_ptr<Arg>;

struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  ArgPtr vararg;               // *args, may be null
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;        // one per kwonlyarg; null where it has no default
  ArgPtr kwarg;                // **kwargs, may be null
  ExprList defaults;           // for the last len(defaults) of posonlyargs + args
};

struct Keyword : Loc {
  std::string arg;  // empty for `**mapping`
  ExprPtr value;
};

struct Alias : Loc {
  std::string name;    // dotted for `import a.b`; "*" for `from m import *`
  std::string asname;  // empty if none
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  int is_async = 0;
};

struct ExceptHandler : Loc {
  ExprPtr type;      // may be null (bare `except:`)
  std::string name;  // empty if none
  StmtList body;
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

struct MatchCase {
  PatternPtr pattern;
  ExprPtr guard;  // may be null
  StmtList body;
};

// ---- modules ----

struct Mod {
  const ModKind kind;
  explicit Mod(ModKind k) : kind(k) {}
  virtual ~Mod() = default;
  Mod(const Mod&) = delete;
  Mod& operator=(const Mod&) = delete;
  template <class T> T& as() { assert(kind == T::kKind); return static_cast<T&>(*this); }
  template <class T> const T& as() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <class T> bool is() const { return kind == T::kKind; }
};
using ModPtr = std::unique_ptr<Mod>;

struct Module : Mod {
  static constexpr ModKind kKind = ModKind::Module;
  Module() : Mod(kKind) {}
  StmtList body;
};
struct Interactive : Mod {
  static constexpr ModKind kKind = ModKind::Interactive;
  Interactive() : Mod(kKind) {}
  StmtList body;
};
struct Expression : Mod {
  static constexpr ModKind kKind = ModKind::Expression;
  Expression() : Mod(kKind) {}
  ExprPtr body;
};

// ---- statements ----

#define TAIPAN_AST_NODE(Base, Name, KindEnum, Parent)                                     \
  static constexpr KindEnum kKind = KindEnum::Name;                                       \
  Name() : Parent(kKind) {}

struct FunctionDefBase : Stmt {
  using Stmt::Stmt;
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // may be null
};
struct FunctionDef : FunctionDefBase {
  TAIPAN_AST_NODE(Stmt, FunctionDef, StmtKind, FunctionDefBase)
};
struct AsyncFunctionDef : FunctionDefBase {
  TAIPAN_AST_NODE(Stmt, AsyncFunctionDef, StmtKind, FunctionDefBase)
};

struct ClassDef : Stmt {
  TAIPAN_AST_NODE(Stmt, ClassDef, StmtKind, Stmt)
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
};

struct Return : Stmt {
  TAIPAN_AST_NODE(Stmt, Return, StmtKind, Stmt)
  ExprPtr value;  // may be null
};

struct Delete : Stmt {
  TAIPAN_AST_NODE(Stmt, Delete, StmtKind, Stmt)
  ExprList targets;
};

struct Assign : Stmt {
  TAIPAN_AST_NODE(Stmt, Assign, StmtKind, Stmt)
  ExprList targets;  // `a = b = v` has two
  ExprPtr value;
};

struct AugAssign : Stmt {
  TAIPAN_AST_NODE(Stmt, AugAssign, StmtKind, Stmt)
  ExprPtr target;
  Operator op = Operator::Add;
  ExprPtr value;
};

struct AnnAssign : Stmt {
  TAIPAN_AST_NODE(Stmt, AnnAssign, StmtKind, Stmt)
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;   // may be null
  int simple = 0;  // 1 for a bare name target not in parentheses
};

struct ForBase : Stmt {
  using Stmt::Stmt;
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
};
struct For : ForBase {
  TAIPAN_AST_NODE(Stmt, For, StmtKind, ForBase)
};
struct AsyncFor : ForBase {
  TAIPAN_AST_NODE(Stmt, AsyncFor, StmtKind, ForBase)
};

struct While : Stmt {
  TAIPAN_AST_NODE(Stmt, While, StmtKind, Stmt)
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct If : Stmt {
  TAIPAN_AST_NODE(Stmt, If, StmtKind, Stmt)
  ExprPtr test;
  StmtList body;
  StmtList orelse;  // `elif` is a nested If here
};

struct WithBase : Stmt {
  using Stmt::Stmt;
  std::vector<WithItem> items;
  StmtList body;
};
struct With : WithBase {
  TAIPAN_AST_NODE(Stmt, With, StmtKind, WithBase)
};
struct AsyncWith : WithBase {
  TAIPAN_AST_NODE(Stmt, AsyncWith, StmtKind, WithBase)
};

struct Match : Stmt {
  TAIPAN_AST_NODE(Stmt, Match, StmtKind, Stmt)
  ExprPtr subject;
  std::vector<MatchCase> cases;
};

struct Raise : Stmt {
  TAIPAN_AST_NODE(Stmt, Raise, StmtKind, Stmt)
  ExprPtr exc;    // may be null
  ExprPtr cause;  // may be null
};

struct TryBase : Stmt {
  using Stmt::Stmt;
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};
struct Try : TryBase {
  TAIPAN_AST_NODE(Stmt, Try, StmtKind, TryBase)
};
struct TryStar : TryBase {
  TAIPAN_AST_NODE(Stmt, TryStar, StmtKind, TryBase)
};

struct Assert : Stmt {
  TAIPAN_AST_NODE(Stmt, Assert, StmtKind, Stmt)
  ExprPtr test;
  ExprPtr msg;  // may be null
};

struct Import : Stmt {
  TAIPAN_AST_NODE(Stmt, Import, StmtKind, Stmt)
  std::vector<Alias> names;
};

struct ImportFrom : Stmt {
  TAIPAN_AST_NODE(Stmt, ImportFrom, StmtKind, Stmt)
  std::string module;  // empty for `from . import x`
  std::vector<Alias> names;
  int level = 0;       // number of leading dots
};

struct Global : Stmt {
  TAIPAN_AST_NODE(Stmt, Global, StmtKind, Stmt)
  std::vector<std::string> names;
};

struct Nonlocal : Stmt {
  TAIPAN_AST_NODE(Stmt, Nonlocal, StmtKind, Stmt)
  std::vector<std::string> names;
};

// CPython's `Expr` statement.
struct ExprStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::Expr;
  ExprStmt() : Stmt(kKind) {}
  ExprPtr value;
};

struct Pass : Stmt {
  TAIPAN_AST_NODE(Stmt, Pass, StmtKind, Stmt)
};
struct Break : Stmt {
  TAIPAN_AST_NODE(Stmt, Break, StmtKind, Stmt)
};
struct Continue : Stmt {
  TAIPAN_AST_NODE(Stmt, Continue, StmtKind, Stmt)
};

// ---- expressions ----

struct BoolOp : Expr {
  TAIPAN_AST_NODE(Expr, BoolOp, ExprKind, Expr)
  BoolOpKind op = BoolOpKind::And;
  ExprList values;  // two or more; `a and b and c` is one node
};

struct NamedExpr : Expr {
  TAIPAN_AST_NODE(Expr, NamedExpr, ExprKind, Expr)
  ExprPtr target;  // a Name with ctx Store
  ExprPtr value;
};

struct BinOp : Expr {
  TAIPAN_AST_NODE(Expr, BinOp, ExprKind, Expr)
  ExprPtr left;
  Operator op = Operator::Add;
  ExprPtr right;
};

struct UnaryOp : Expr {
  TAIPAN_AST_NODE(Expr, UnaryOp, ExprKind, Expr)
  UnaryOpKind op = UnaryOpKind::Not;
  ExprPtr operand;
};

struct Lambda : Expr {
  TAIPAN_AST_NODE(Expr, Lambda, ExprKind, Expr)
  Arguments args;
  ExprPtr body;
};

struct IfExp : Expr {
  TAIPAN_AST_NODE(Expr, IfExp, ExprKind, Expr)
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};

struct Dict : Expr {
  TAIPAN_AST_NODE(Expr, Dict, ExprKind, Expr)
  ExprList keys;    // null key: `**values[i]`
  ExprList values;
};

struct Set : Expr {
  TAIPAN_AST_NODE(Expr, Set, ExprKind, Expr)
  ExprList elts;
};

struct ListComp : Expr {
  TAIPAN_AST_NODE(Expr, ListComp, ExprKind, Expr)
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct SetComp : Expr {
  TAIPAN_AST_NODE(Expr, SetComp, ExprKind, Expr)
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct DictComp : Expr {
  TAIPAN_AST_NODE(Expr, DictComp, ExprKind, Expr)
  ExprPtr key;
  ExprPtr value;
  std::vector<Comprehension> generators;
};
struct GeneratorExp : Expr {
  TAIPAN_AST_NODE(Expr, GeneratorExp, ExprKind, Expr)
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct Await : Expr {
  TAIPAN_AST_NODE(Expr, Await, ExprKind, Expr)
  ExprPtr value;
};
struct Yield : Expr {
  TAIPAN_AST_NODE(Expr, Yield, ExprKind, Expr)
  ExprPtr value;  // may be null
};
struct YieldFrom : Expr {
  TAIPAN_AST_NODE(Expr, YieldFrom, ExprKind, Expr)
  ExprPtr value;
};

struct Compare : Expr {
  TAIPAN_AST_NODE(Expr, Compare, ExprKind, Expr)
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;  // same length as ops
};

struct Call : Expr {
  TAIPAN_AST_NODE(Expr, Call, ExprKind, Expr)
  ExprPtr func;
  ExprList args;  // may contain Starred
  std::vector<Keyword> keywords;
};

struct FormattedValue : Expr {
  TAIPAN_AST_NODE(Expr, FormattedValue, ExprKind, Expr)
  ExprPtr value;
  int conversion = -1;  // -1 none, 's', 'r', 'a'
  ExprPtr format_spec;  // a JoinedStr, or null
};

struct JoinedStr : Expr {
  TAIPAN_AST_NODE(Expr, JoinedStr, ExprKind, Expr)
  ExprList values;  // Constant (str) and FormattedValue
};

struct ConstValue {
  struct None {};
  struct Ellipsis {};
  struct BigInt { std::string decimal; };  // an int outside int64 range, base 10, no sign
  struct Imag { double imag; };            // a literal `2j`: complex(0, imag)
  struct Bytes { std::string data; };
  using Str = std::string;                 // UTF-8
  std::variant<None, bool, Ellipsis, int64_t, BigInt, double, Imag, Str, Bytes> v;
};

struct Constant : Expr {
  TAIPAN_AST_NODE(Expr, Constant, ExprKind, Expr)
  ConstValue value;
  bool u_prefix = false;  // CPython's Constant.kind == 'u'
};

struct Attribute : Expr {
  TAIPAN_AST_NODE(Expr, Attribute, ExprKind, Expr)
  ExprPtr value;
  std::string attr;
  Ctx ctx = Ctx::Load;
};

struct Subscript : Expr {
  TAIPAN_AST_NODE(Expr, Subscript, ExprKind, Expr)
  ExprPtr value;
  ExprPtr slice;  // Slice, Tuple (possibly of Slices) or any expression
  Ctx ctx = Ctx::Load;
};

struct Starred : Expr {
  TAIPAN_AST_NODE(Expr, Starred, ExprKind, Expr)
  ExprPtr value;
  Ctx ctx = Ctx::Load;
};

struct Name : Expr {
  TAIPAN_AST_NODE(Expr, Name, ExprKind, Expr)
  std::string id;
  Ctx ctx = Ctx::Load;
};

struct List : Expr {
  TAIPAN_AST_NODE(Expr, List, ExprKind, Expr)
  ExprList elts;
  Ctx ctx = Ctx::Load;
};

struct Tuple : Expr {
  TAIPAN_AST_NODE(Expr, Tuple, ExprKind, Expr)
  ExprList elts;
  Ctx ctx = Ctx::Load;
};

struct Slice : Expr {
  TAIPAN_AST_NODE(Expr, Slice, ExprKind, Expr)
  ExprPtr lower;  // each may be null
  ExprPtr upper;
  ExprPtr step;
};

// ---- patterns ----

struct MatchValue : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchValue, PatternKind, Pattern)
  ExprPtr value;  // Constant, Attribute, UnaryOp(USub), BinOp(+/-) of numbers
};

struct MatchSingleton : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchSingleton, PatternKind, Pattern)
  ConstValue value;  // None, True or False
};

struct MatchSequence : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchSequence, PatternKind, Pattern)
  PatternList patterns;
};

struct MatchMapping : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchMapping, PatternKind, Pattern)
  ExprList keys;
  PatternList patterns;
  std::string rest;  // `**rest`, empty if none
};

struct MatchClass : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchClass, PatternKind, Pattern)
  ExprPtr cls;
  PatternList patterns;
  std::vector<std::string> kwd_attrs;
  PatternList kwd_patterns;
};

struct MatchStar : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchStar, PatternKind, Pattern)
  std::string name;  // empty for `*_`
};

struct MatchAs : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchAs, PatternKind, Pattern)
  PatternPtr pattern;  // may be null (a capture or `_`)
  std::string name;    // empty for `_`
};

struct MatchOr : Pattern {
  TAIPAN_AST_NODE(Pattern, MatchOr, PatternKind, Pattern)
  PatternList patterns;
};

#undef TAIPAN_AST_NODE

// Text in the style of CPython's `ast.dump(node)` (no attributes, no indent), e.g.
// "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])". With
// include_attributes, positions follow the fields as in ast.dump(include_attributes=True).
std::string dump(const Mod& m, bool include_attributes = false);
std::string dump(const Stmt& s, bool include_attributes = false);
std::string dump(const Expr& e, bool include_attributes = false);
std::string dump(const Pattern& p, bool include_attributes = false);

}  // namespace taipan::ast
