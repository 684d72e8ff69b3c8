// Kind names and a CPython-compatible ast.dump() for the AST.
#include "parser/ast.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "parser/lexer.h"

namespace taipan::ast {

#define TAIPAN_NAME_CASE(n) case K::n: return #n;
#define TAIPAN_NAME_CASE2(n, s) case K::n: return #n;
#define TAIPAN_SYM_CASE2(n, s) case K::n: return s;

const char* kind_name(ModKind k) { using K = ModKind; switch (k) { TAIPAN_AST_MOD_KINDS(TAIPAN_NAME_CASE) } return "?"; }
const char* kind_name(StmtKind k) { using K = StmtKind; switch (k) { TAIPAN_AST_STMT_KINDS(TAIPAN_NAME_CASE) } return "?"; }
const char* kind_name(ExprKind k) { using K = ExprKind; switch (k) { TAIPAN_AST_EXPR_KINDS(TAIPAN_NAME_CASE) } return "?"; }
const char* kind_name(PatternKind k) { using K = PatternKind; switch (k) { TAIPAN_AST_PATTERN_KINDS(TAIPAN_NAME_CASE) } return "?"; }
const char* kind_name(Operator k) { using K = Operator; switch (k) { TAIPAN_AST_OPERATORS(TAIPAN_NAME_CASE2) } return "?"; }
const char* kind_name(UnaryOpKind k) { using K = UnaryOpKind; switch (k) { TAIPAN_AST_UNARYOPS(TAIPAN_NAME_CASE2) } return "?"; }
const char* kind_name(BoolOpKind k) { using K = BoolOpKind; switch (k) { TAIPAN_AST_BOOLOPS(TAIPAN_NAME_CASE2) } return "?"; }
const char* kind_name(CmpOpKind k) { using K = CmpOpKind; switch (k) { TAIPAN_AST_CMPOPS(TAIPAN_NAME_CASE2) } return "?"; }
const char* kind_name(Ctx k) {
  switch (k) {
    case Ctx::Load: return "Load";
    case Ctx::Store: return "Store";
    case Ctx::Del: return "Del";
  }
  return "?";
}
const char* op_symbol(Operator k) { using K = Operator; switch (k) { TAIPAN_AST_OPERATORS(TAIPAN_SYM_CASE2) } return "?"; }
const char* op_symbol(UnaryOpKind k) { using K = UnaryOpKind; switch (k) { TAIPAN_AST_UNARYOPS(TAIPAN_SYM_CASE2) } return "?"; }
const char* op_symbol(CmpOpKind k) { using K = CmpOpKind; switch (k) { TAIPAN_AST_CMPOPS(TAIPAN_SYM_CASE2) } return "?"; }

#undef TAIPAN_NAME_CASE
#undef TAIPAN_NAME_CASE2
#undef TAIPAN_SYM_CASE2

namespace {

// Python's str.isprintable(), approximated outside Latin-1 by the common non-printable
// ranges (separators, format characters, surrogates, private use).
bool printable(uint32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD) return false;
  if (cp < 0x300) return true;
  if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || cp == 0x1680 ||
      (cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE ||
      cp == 0xFFFF || (cp >= 0xE0000 && cp <= 0xE007F) || cp >= 0xF0000 || cp == 0x61C ||
      cp == 0x180E || (cp >= 0x600 && cp <= 0x605) || cp == 0x6DD || cp == 0x70F ||
      cp == 0x8E2)
    return false;
  return true;
}

void repr_str(std::string& out, const std::string& s, bool bytes) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  if (bytes) out += 'b';
  out += q;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(q) || c == '\\') { out += '\\'; out += static_cast<char>(c); ++i; continue; }
    if (c == '\n') { out += "\\n"; ++i; continue; }
    if (c == '\r') { out += "\\r"; ++i; continue; }
    if (c == '\t') { out += "\\t"; ++i; continue; }
    if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
    size_t j = i;
    uint32_t cp = taipan::decode_utf8(s, j);
    if (printable(cp)) {
      out.append(s, i, j - i);
    } else {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
    i = j;
  }
  out += q;
}

// Python's repr(float); `complex_style` drops the ".0" as complex.__repr__ does.
void repr_float(std::string& out, double d, bool complex_style) {
  if (std::isnan(d)) { out += "nan"; return; }
  if (std::isinf(d)) { out += d < 0 ? "-inf" : "inf"; return; }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, r.ptr);
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  size_t e = sci.find('e');
  int exp = std::atoi(sci.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (sci[i] != '.') digits += sci[i];
  if (neg) out += '-';
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      if (static_cast<int>(digits.size()) <= exp + 1) {
        out += digits;
        out.append(static_cast<size_t>(exp + 1) - digits.size(), '0');
        if (!complex_style) out += ".0";
      } else {
        out.append(digits, 0, static_cast<size_t>(exp + 1));
        out += '.';
        out.append(digits, static_cast<size_t>(exp + 1), std::string::npos);
      }
    } else {
      out += "0.";
      out.append(static_cast<size_t>(-exp - 1), '0');
      out += digits;
    }
    return;
  }
  out += digits[0];
  if (digits.size() > 1) {
    out += '.';
    out.append(digits, 1, std::string::npos);
  }
  std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  out += buf;
}

struct Dumper {
  std::string out;
  bool attrs = false;

  void loc(const Loc& l) {
    if (!attrs) return;
    char buf[128];
    std::snprintf(buf, sizeof buf, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                  out.back() == '(' ? "" : ", ", l.lineno, l.col_offset, l.end_lineno,
                  l.end_col_offset);
    out += buf;
  }

  void value(const ConstValue& v) {
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, ConstValue::None>) out += "None";
          else if constexpr (std::is_same_v<T, bool>) out += x ? "True" : "False";
          else if constexpr (std::is_same_v<T, ConstValue::Ellipsis>) out += "Ellipsis";
          else if constexpr (std::is_same_v<T, int64_t>) out += std::to_string(x);
          else if constexpr (std::is_same_v<T, ConstValue::BigInt>) out += x.decimal;
          else if constexpr (std::is_same_v<T, double>) repr_float(out, x, false);
          else if constexpr (std::is_same_v<T, ConstValue::Imag>) { repr_float(out, x.imag, true); out += 'j'; }
          else if constexpr (std::is_same_v<T, std::string>) repr_str(out, x, false);
          else if constexpr (std::is_same_v<T, ConstValue::Bytes>) repr_str(out, x.data, true);
        },
        v.v);
  }

  // Field writers. `sep` tracks whether a comma is needed.
  struct Fields {
    Dumper& d;
    bool first = true;
    void name(const char* n) {
      if (!first) d.out += ", ";
      first = false;
      d.out += n;
      d.out += '=';
    }
    Fields& e(const char* n, const ExprPtr& x) { if (x) { name(n); d.expr(*x); } return *this; }
    Fields& p(const char* n, const PatternPtr& x) { if (x) { name(n); d.pattern(*x); } return *this; }
    Fields& el(const char* n, const ExprList& xs) {
      name(n);
      d.out += '[';
      for (size_t i = 0; i < xs.size(); ++i) {
        if (i) d.out += ", ";
        if (xs[i]) d.expr(*xs[i]); else d.out += "None";
      }
      d.out += ']';
      return *this;
    }
    Fields& pl(const char* n, const PatternList& xs) {
      name(n);
      d.out += '[';
      for (size_t i = 0; i < xs.size(); ++i) { if (i) d.out += ", "; d.pattern(*xs[i]); }
      d.out += ']';
      return *this;
    }
    Fields& sl(const char* n, const StmtList& xs) {
      name(n);
      d.out += '[';
      for (size_t i = 0; i < xs.size(); ++i) { if (i) d.out += ", "; d.stmt(*xs[i]); }
      d.out += ']';
      return *this;
    }
    template <class T, class F> Fields& list(const char* n, const std::vector<T>& xs, F f) {
      name(n);
      d.out += '[';
      for (size_t i = 0; i < xs.size(); ++i) { if (i) d.out += ", "; f(xs[i]); }
      d.out += ']';
      return *this;
    }
    Fields& id(const char* n, const std::string& s, bool optional = false) {
      if (optional && s.empty()) return *this;
      name(n);
      repr_str(d.out, s, false);
      return *this;
    }
    Fields& ids(const char* n, const std::vector<std::string>& xs) {
      return list(n, xs, [&](const std::string& s) { repr_str(d.out, s, false); });
    }
    Fields& raw(const char* n, const std::string& s) { name(n); d.out += s; return *this; }
    Fields& num(const char* n, long v) { name(n); d.out += std::to_string(v); return *this; }
    Fields& ctx(Ctx c) { name("ctx"); d.out += kind_name(c); d.out += "()"; return *this; }
  };

  Fields open(const char* cls) {
    out += cls;
    out += '(';
    return Fields{*this};
  }
  void close() { out += ')'; }

  void arg(const Arg& a) {
    open("arg").id("arg", a.arg).e("annotation", a.annotation);
    loc(a);
    close();
  }
  void arguments(const Arguments& a) {
    auto f = open("arguments");
    f.list("posonlyargs", a.posonlyargs, [&](const Arg& x) { arg(x); });
    f.list("args", a.args, [&](const Arg& x) { arg(x); });
    if (a.vararg) { f.name("vararg"); arg(*a.vararg); }
    f.list("kwonlyargs", a.kwonlyargs, [&](const Arg& x) { arg(x); });
    f.el("kw_defaults", a.kw_defaults);
    if (a.kwarg) { f.name("kwarg"); arg(*a.kwarg); }
    f.el("defaults", a.defaults);
    close();
  }
  void keyword(const Keyword& k) {
    open("keyword").id("arg", k.arg, true).e("value", k.value);
    loc(k);
    close();
  }
  void keywords(Fields& f, const std::vector<Keyword>& ks) {
    f.list("keywords", ks, [&](const Keyword& k) { keyword(k); });
  }
  void alias(const Alias& a) {
    open("alias").id("name", a.name).id("asname", a.asname, true);
    loc(a);
    close();
  }
  void comprehensions(Fields& f, const std::vector<Comprehension>& gs) {
    f.list("generators", gs, [&](const Comprehension& c) {
      open("comprehension").e("target", c.target).e("iter", c.iter).el("ifs", c.ifs).num("is_async", c.is_async);
      close();
    });
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        const auto& x = static_cast<const FunctionDefBase&>(s);
        auto f = open(kind_name(s.kind));
        f.id("name", x.name);
        f.name("args");
        arguments(x.args);
        f.sl("body", x.body).el("decorator_list", x.decorator_list).e("returns", x.returns);
        break;
      }
      case StmtKind::ClassDef: {
        const auto& x = s.as<ClassDef>();
        auto f = open("ClassDef");
        f.id("name", x.name).el("bases", x.bases);
        keywords(f, x.keywords);
        f.sl("body", x.body).el("decorator_list", x.decorator_list);
        break;
      }
      case StmtKind::Return: open("Return").e("value", s.as<Return>().value); break;
      case StmtKind::Delete: open("Delete").el("targets", s.as<Delete>().targets); break;
      case StmtKind::Assign: {
        const auto& x = s.as<Assign>();
        open("Assign").el("targets", x.targets).e("value", x.value);
        break;
      }
      case StmtKind::AugAssign: {
        const auto& x = s.as<AugAssign>();
        open("AugAssign").e("target", x.target).raw("op", std::string(kind_name(x.op)) + "()").e("value", x.value);
        break;
      }
      case StmtKind::AnnAssign: {
        const auto& x = s.as<AnnAssign>();
        open("AnnAssign").e("target", x.target).e("annotation", x.annotation).e("value", x.value).num("simple", x.simple);
        break;
      }
      case StmtKind::For: case StmtKind::AsyncFor: {
        const auto& x = static_cast<const ForBase&>(s);
        open(kind_name(s.kind)).e("target", x.target).e("iter", x.iter).sl("body", x.body).sl("orelse", x.orelse);
        break;
      }
      case StmtKind::While: {
        const auto& x = s.as<While>();
        open("While").e("test", x.test).sl("body", x.body).sl("orelse", x.orelse);
        break;
      }
      case StmtKind::If: {
        const auto& x = s.as<If>();
        open("If").e("test", x.test).sl("body", x.body).sl("orelse", x.orelse);
        break;
      }
      case StmtKind::With: case StmtKind::AsyncWith: {
        const auto& x = static_cast<const WithBase&>(s);
        auto f = open(kind_name(s.kind));
        f.list("items", x.items, [&](const WithItem& w) {
          open("withitem").e("context_expr", w.context_expr).e("optional_vars", w.optional_vars);
          close();
        });
        f.sl("body", x.body);
        break;
      }
      case StmtKind::Match: {
        const auto& x = s.as<Match>();
        auto f = open("Match");
        f.e("subject", x.subject);
        f.list("cases", x.cases, [&](const MatchCase& c) {
          open("match_case").p("pattern", c.pattern).e("guard", c.guard).sl("body", c.body);
          close();
        });
        break;
      }
      case StmtKind::Raise: open("Raise").e("exc", s.as<Raise>().exc).e("cause", s.as<Raise>().cause); break;
      case StmtKind::Try: case StmtKind::TryStar: {
        const auto& x = static_cast<const TryBase&>(s);
        auto f = open(kind_name(s.kind));
        f.sl("body", x.body);
        f.list("handlers", x.handlers, [&](const ExceptHandler& h) {
          open("ExceptHandler").e("type", h.type).id("name", h.name, true).sl("body", h.body);
          loc(h);
          close();
        });
        f.sl("orelse", x.orelse).sl("finalbody", x.finalbody);
        break;
      }
      case StmtKind::Assert: open("Assert").e("test", s.as<Assert>().test).e("msg", s.as<Assert>().msg); break;
      case StmtKind::Import:
        open("Import").list("names", s.as<Import>().names, [&](const Alias& a) { alias(a); });
        break;
      case StmtKind::ImportFrom: {
        const auto& x = s.as<ImportFrom>();
        open("ImportFrom").id("module", x.module, true).list("names", x.names, [&](const Alias& a) { alias(a); }).num("level", x.level);
        break;
      }
      case StmtKind::Global: open("Global").ids("names", s.as<Global>().names); break;
      case StmtKind::Nonlocal: open("Nonlocal").ids("names", s.as<Nonlocal>().names); break;
      case StmtKind::Expr: open("Expr").e("value", s.as<ExprStmt>().value); break;
      case StmtKind::Pass: open("Pass"); break;
      case StmtKind::Break: open("Break"); break;
      case StmtKind::Continue: open("Continue"); break;
    }
    loc(s);
    close();
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::BoolOp: {
        const auto& x = e.as<BoolOp>();
        open("BoolOp").raw("op", std::string(kind_name(x.op)) + "()").el("values", x.values);
        break;
      }
      case ExprKind::NamedExpr: open("NamedExpr").e("target", e.as<NamedExpr>().target).e("value", e.as<NamedExpr>().value); break;
      case ExprKind::BinOp: {
        const auto& x = e.as<BinOp>();
        open("BinOp").e("left", x.left).raw("op", std::string(kind_name(x.op)) + "()").e("right", x.right);
        break;
      }
      case ExprKind::UnaryOp: {
        const auto& x = e.as<UnaryOp>();
        open("UnaryOp").raw("op", std::string(kind_name(x.op)) + "()").e("operand", x.operand);
        break;
      }
      case ExprKind::Lambda: {
        auto f = open("Lambda");
        f.name("args");
        arguments(e.as<Lambda>().args);
        f.e("body", e.as<Lambda>().body);
        break;
      }
      case ExprKind::IfExp: {
        const auto& x = e.as<IfExp>();
        open("IfExp").e("test", x.test).e("body", x.body).e("orelse", x.orelse);
        break;
      }
      case ExprKind::Dict: open("Dict").el("keys", e.as<Dict>().keys).el("values", e.as<Dict>().values); break;
      case ExprKind::Set: open("Set").el("elts", e.as<Set>().elts); break;
      case ExprKind::ListComp: { auto f = open("ListComp"); f.e("elt", e.as<ListComp>().elt); comprehensions(f, e.as<ListComp>().generators); break; }
      case ExprKind::SetComp: { auto f = open("SetComp"); f.e("elt", e.as<SetComp>().elt); comprehensions(f, e.as<SetComp>().generators); break; }
      case ExprKind::GeneratorExp: { auto f = open("GeneratorExp"); f.e("elt", e.as<GeneratorExp>().elt); comprehensions(f, e.as<GeneratorExp>().generators); break; }
      case ExprKind::DictComp: {
        const auto& x = e.as<DictComp>();
        auto f = open("DictComp");
        f.e("key", x.key).e("value", x.value);
        comprehensions(f, x.generators);
        break;
      }
      case ExprKind::Await: open("Await").e("value", e.as<Await>().value); break;
      case ExprKind::Yield: open("Yield").e("value", e.as<Yield>().value); break;
      case ExprKind::YieldFrom: open("YieldFrom").e("value", e.as<YieldFrom>().value); break;
      case ExprKind::Compare: {
        const auto& x = e.as<Compare>();
        auto f = open("Compare");
        f.e("left", x.left);
        f.list("ops", x.ops, [&](CmpOpKind k) { out += kind_name(k); out += "()"; });
        f.el("comparators", x.comparators);
        break;
      }
      case ExprKind::Call: {
        const auto& x = e.as<Call>();
        auto f = open("Call");
        f.e("func", x.func).el("args", x.args);
        keywords(f, x.keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        const auto& x = e.as<FormattedValue>();
        open("FormattedValue").e("value", x.value).num("conversion", x.conversion).e("format_spec", x.format_spec);
        break;
      }
      case ExprKind::JoinedStr: open("JoinedStr").el("values", e.as<JoinedStr>().values); break;
      case ExprKind::Constant: {
        const auto& x = e.as<Constant>();
        auto f = open("Constant");
        f.name("value");
        value(x.value);
        if (x.u_prefix) f.raw("kind", "'u'");
        break;
      }
      case ExprKind::Attribute: {
        const auto& x = e.as<Attribute>();
        open("Attribute").e("value", x.value).id("attr", x.attr).ctx(x.ctx);
        break;
      }
      case ExprKind::Subscript: {
        const auto& x = e.as<Subscript>();
        open("Subscript").e("value", x.value).e("slice", x.slice).ctx(x.ctx);
        break;
      }
      case ExprKind::Starred: open("Starred").e("value", e.as<Starred>().value).ctx(e.as<Starred>().ctx); break;
      case ExprKind::Name: open("Name").id("id", e.as<Name>().id).ctx(e.as<Name>().ctx); break;
      case ExprKind::List: open("List").el("elts", e.as<List>().elts).ctx(e.as<List>().ctx); break;
      case ExprKind::Tuple: open("Tuple").el("elts", e.as<Tuple>().elts).ctx(e.as<Tuple>().ctx); break;
      case ExprKind::Slice: {
        const auto& x = e.as<Slice>();
        open("Slice").e("lower", x.lower).e("upper", x.upper).e("step", x.step);
        break;
      }
    }
    loc(e);
    close();
  }

  void pattern(const Pattern& p) {
    switch (p.kind) {
      case PatternKind::MatchValue: open("MatchValue").e("value", p.as<MatchValue>().value); break;
      case PatternKind::MatchSingleton: {
        auto f = open("MatchSingleton");
        f.name("value");
        value(p.as<MatchSingleton>().value);
        break;
      }
      case PatternKind::MatchSequence: open("MatchSequence").pl("patterns", p.as<MatchSequence>().patterns); break;
      case PatternKind::MatchMapping: {
        const auto& x = p.as<MatchMapping>();
        open("MatchMapping").el("keys", x.keys).pl("patterns", x.patterns).id("rest", x.rest, true);
        break;
      }
      case PatternKind::MatchClass: {
        const auto& x = p.as<MatchClass>();
        open("MatchClass").e("cls", x.cls).pl("patterns", x.patterns).ids("kwd_attrs", x.kwd_attrs).pl("kwd_patterns", x.kwd_patterns);
        break;
      }
      case PatternKind::MatchStar: open("MatchStar").id("name", p.as<MatchStar>().name, true); break;
      case PatternKind::MatchAs: {
        const auto& x = p.as<MatchAs>();
        open("MatchAs").p("pattern", x.pattern).id("name", x.name, true);
        break;
      }
      case PatternKind::MatchOr: open("MatchOr").pl("patterns", p.as<MatchOr>().patterns); break;
    }
    loc(p);
    close();
  }

  void mod(const Mod& m) {
    switch (m.kind) {
      case ModKind::Module: open("Module").sl("body", m.as<Module>().body).raw("type_ignores", "[]"); break;
      case ModKind::Interactive: open("Interactive").sl("body", m.as<Interactive>().body); break;
      case ModKind::Expression: open("Expression").e("body", m.as<Expression>().body); break;
    }
    close();
  }
};

}  // namespace

std::string dump(const Mod& m, bool a) { Dumper d; d.attrs = a; d.mod(m); return std::move(d.out); }
std::string dump(const Stmt& s, bool a) { Dumper d; d.attrs = a; d.stmt(s); return std::move(d.out); }
std::string dump(const Expr& e, bool a) { Dumper d; d.attrs = a; d.expr(e); return std::move(d.out); }
std::string dump(const Pattern& p, bool a) { Dumper d; d.attrs = a; d.pattern(p); return std::move(d.out); }

}  // namespace taipan::ast
