// Statements, blocks and match-statement patterns.
#include <cstdio>

#include "parser/parser_impl.h"

namespace taipan {

using namespace ast;

namespace {
template <class T>
StmtPtr ups(std::unique_ptr<T> p) {
  return StmtPtr(p.release());
}
template <class T>
PatternPtr upp(std::unique_ptr<T> p) {
  return PatternPtr(p.release());
}
template <class T>
ExprPtr upe(std::unique_ptr<T> p) {
  return ExprPtr(p.release());
}
}  // namespace

void Parser::statement(StmtList& out) {
  if (at(Tok::INDENT)) invalid_syntax();
  if (StmtPtr s = compound_stmt()) {
    out.push_back(std::move(s));
    return;
  }
  simple_stmts(out);
}

void Parser::simple_stmts(StmtList& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (!accept(Tok::SEMI)) break;
    if (at(Tok::NEWLINE) || at(Tok::ENDMARKER)) break;
  }
  if (at(Tok::ENDMARKER)) return;
  if (!accept(Tok::NEWLINE)) invalid_syntax();
}

// A block after ':' — either simple statements on the same line or an indented suite.
StmtList Parser::block(const char* what, int line) {
  StmtList body;
  if (accept(Tok::NEWLINE)) {
    if (!at(Tok::INDENT)) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "expected an indented block after %s on line %d", what, line);
      indentation_error(peek(), buf);
    }
    advance();
    while (!at(Tok::DEDENT) && !at(Tok::ENDMARKER)) statement(body);
    accept(Tok::DEDENT);
  } else {
    if (at(Tok::ENDMARKER)) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "expected an indented block after %s on line %d", what, line);
      indentation_error(peek(), buf);
    }
    simple_stmts(body);
  }
  return body;
}

StmtPtr Parser::compound_stmt() {
  const Token start = peek();
  switch (start.kind) {
    case Tok::KW_DEF: return def_stmt(start, {}, false);
    case Tok::KW_CLASS: return class_stmt(start, {});
    case Tok::KW_IF: return if_stmt(false);
    case Tok::KW_WHILE: return while_stmt();
    case Tok::KW_FOR: return for_stmt(start, false);
    case Tok::KW_WITH: return with_stmt(start, false);
    case Tok::KW_TRY: return try_stmt();
    case Tok::KW_ASYNC: {
      Tok k = kind(1);
      if (k == Tok::KW_DEF) { advance(); return def_stmt(start, {}, true); }
      if (k == Tok::KW_FOR) { advance(); return for_stmt(start, true); }
      if (k == Tok::KW_WITH) { advance(); return with_stmt(start, true); }
      advance();
      invalid_syntax();
    }
    case Tok::AT: {
      ExprList decos;
      while (accept(Tok::AT)) {
        decos.push_back(named_expression());
        expect(Tok::NEWLINE);
      }
      const Token s = peek();
      if (at(Tok::KW_DEF)) return def_stmt(s, std::move(decos), false);
      if (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_DEF) {
        advance();
        return def_stmt(s, std::move(decos), true);
      }
      if (at(Tok::KW_CLASS)) return class_stmt(s, std::move(decos));
      invalid_syntax();
    }
    case Tok::NAME:
      if (text(start) == "match") return match_stmt();
      return nullptr;
    default:
      return nullptr;
  }
}

StmtPtr Parser::def_stmt(const Token& start, ExprList decorators, bool is_async) {
  const Token kw = expect(Tok::KW_DEF);
  const Token& nm = expect(Tok::NAME);
  std::unique_ptr<FunctionDefBase> f;
  if (is_async) f = make<AsyncFunctionDef>(start);
  else f = make<FunctionDef>(start);
  f->name = name_str(nm);
  f->decorator_list = std::move(decorators);
  expect(Tok::LPAR);
  parameters(f->args, false, Tok::RPAR);
  expect(Tok::RPAR);
  if (accept(Tok::RARROW)) f->returns = expression();
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  f->body = block("function definition", kw.line);
  return ups(finish(std::move(f)));
}

StmtPtr Parser::class_stmt(const Token& start, ExprList decorators) {
  const Token kw = expect(Tok::KW_CLASS);
  const Token& nm = expect(Tok::NAME);
  auto c = make<ClassDef>(start);
  c->name = name_str(nm);
  c->decorator_list = std::move(decorators);
  if (at(Tok::LPAR)) {
    const Token open = advance();
    auto call = make<Call>(open);
    call_args(*call, open);
    c->bases = std::move(call->args);
    c->keywords = std::move(call->keywords);
  }
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  c->body = block("class definition", kw.line);
  return ups(finish(std::move(c)));
}

StmtPtr Parser::if_stmt(bool elif) {
  const Token start = advance();  // 'if' / 'elif'
  auto s = make<If>(start);
  s->test = named_expression();
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  s->body = block(elif ? "'elif' statement" : "'if' statement", start.line);
  if (at(Tok::KW_ELIF)) {
    s->orelse.push_back(if_stmt(true));
  } else if (at(Tok::KW_ELSE)) {
    const Token e = advance();
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    s->orelse = block("'else' statement", e.line);
  }
  return ups(finish(std::move(s)));
}

StmtPtr Parser::while_stmt() {
  const Token start = advance();
  auto s = make<While>(start);
  s->test = named_expression();
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  s->body = block("'while' statement", start.line);
  if (at(Tok::KW_ELSE)) {
    const Token e = advance();
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    s->orelse = block("'else' statement", e.line);
  }
  return ups(finish(std::move(s)));
}

StmtPtr Parser::for_stmt(const Token& start, bool is_async) {
  const Token kw = expect(Tok::KW_FOR);
  std::unique_ptr<ForBase> s;
  if (is_async) s = make<AsyncFor>(start);
  else s = make<For>(start);
  s->target = target_list(TargetUse::For);
  expect(Tok::KW_IN);
  s->iter = star_expressions();
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  s->body = block("'for' statement", kw.line);
  if (at(Tok::KW_ELSE)) {
    const Token e = advance();
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    s->orelse = block("'else' statement", e.line);
  }
  return ups(finish(std::move(s)));
}

WithItem Parser::with_item() {
  WithItem item;
  item.context_expr = expression();
  if (accept(Tok::KW_AS)) {
    // `with a as b, c:` — the comma separates items, so the target is one star_target.
    item.optional_vars = star_expression();
    const Expr* bad = invalid_target(*item.optional_vars, TargetUse::With);
    if (bad) error_node(*bad, "cannot assign to " + expr_name(*bad));
    set_target(*item.optional_vars, Ctx::Store, TargetUse::With);
  }
  return item;
}

StmtPtr Parser::with_stmt(const Token& start, bool is_async) {
  const Token kw = expect(Tok::KW_WITH);
  std::unique_ptr<WithBase> s;
  if (is_async) s = make<AsyncWith>(start);
  else s = make<With>(start);
  bool parsed = false;
  if (at(Tok::LPAR)) {
    // Parenthesized item list `with (a as b, c):` — try it, fall back to an expression.
    size_t save = pos_;
    Token save_last = last_;
    try {
      advance();
      std::vector<WithItem> items;
      for (;;) {
        items.push_back(with_item());
        if (!accept(Tok::COMMA)) break;
        if (at(Tok::RPAR)) break;
      }
      if (accept(Tok::RPAR) && at(Tok::COLON)) {
        s->items = std::move(items);
        parsed = true;
      }
    } catch (const SyntaxErrorInfo&) {
    }
    if (!parsed) {
      pos_ = save;
      last_ = save_last;
    }
  }
  if (!parsed) {
    for (;;) {
      s->items.push_back(with_item());
      if (!accept(Tok::COMMA)) break;
    }
  }
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  s->body = block("'with' statement", kw.line);
  return ups(finish(std::move(s)));
}

StmtPtr Parser::try_stmt() {
  const Token start = advance();
  if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
  StmtList body = block("'try' statement", start.line);
  std::vector<ExceptHandler> handlers;
  int star = -1;  // unknown until the first handler
  while (at(Tok::KW_EXCEPT)) {
    const Token ex = advance();
    bool is_star = accept(Tok::STAR);
    if (star == -1) star = is_star;
    else if (star != is_star)  // CPython's range covers `except*`, or just `except`
      error_range(ex, last_, "cannot have both 'except' and 'except*' on the same 'try'");
    ExceptHandler h;
    h.lineno = ex.line;
    h.col_offset = ex.col;
    if (!at(Tok::COLON)) {
      const Token ts = peek();
      h.type = expression();
      if (at(Tok::COMMA)) {
        auto t = make<Tuple>(ts);
        t->elts.push_back(std::move(h.type));
        while (accept(Tok::COMMA)) {
          if (at(Tok::COLON) || at(Tok::KW_AS)) break;
          t->elts.push_back(expression());
        }
        finish(t.get());
        error_node(*t, "multiple exception types must be parenthesized");
      }
      if (accept(Tok::KW_AS)) h.name = name_str(expect(Tok::NAME));
    } else if (is_star) {
      error_at(peek(), "expected one or more exception types");
    }
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    h.body = block(is_star ? "'except*' statement" : "'except' statement", ex.line);
    finish(&h);
    handlers.push_back(std::move(h));
  }
  StmtList orelse, finalbody;
  if (at(Tok::KW_ELSE)) {
    if (handlers.empty()) invalid_syntax();
    const Token e = advance();
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    orelse = block("'else' statement", e.line);
  }
  if (at(Tok::KW_FINALLY)) {
    const Token f = advance();
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    finalbody = block("'finally' statement", f.line);
  }
  if (handlers.empty() && finalbody.empty()) error_at(peek(), "expected 'except' or 'finally' block");
  std::unique_ptr<TryBase> s;
  if (star == 1) s = make<TryStar>(start);
  else s = make<Try>(start);
  s->body = std::move(body);
  s->handlers = std::move(handlers);
  s->orelse = std::move(orelse);
  s->finalbody = std::move(finalbody);
  return ups(finish(std::move(s)));
}

// ---- simple statements ----

StmtPtr Parser::simple_stmt() {
  const Token start = peek();
  switch (start.kind) {
    case Tok::KW_PASS: advance(); return ups(finish(make<Pass>(start)));
    case Tok::KW_BREAK: advance(); return ups(finish(make<Break>(start)));
    case Tok::KW_CONTINUE: advance(); return ups(finish(make<Continue>(start)));
    case Tok::KW_RETURN: {
      advance();
      auto s = make<Return>(start);
      if (starts_expression(kind())) s->value = star_expressions();
      return ups(finish(std::move(s)));
    }
    case Tok::KW_RAISE: {
      advance();
      auto s = make<Raise>(start);
      if (starts_expression(kind())) {
        s->exc = expression();
        if (accept(Tok::KW_FROM)) s->cause = expression();
      }
      return ups(finish(std::move(s)));
    }
    case Tok::KW_GLOBAL: case Tok::KW_NONLOCAL: {
      advance();
      std::vector<std::string> names;
      do names.push_back(name_str(expect(Tok::NAME)));
      while (accept(Tok::COMMA));
      if (start.kind == Tok::KW_GLOBAL) {
        auto s = make<Global>(start);
        s->names = std::move(names);
        return ups(finish(std::move(s)));
      }
      auto s = make<Nonlocal>(start);
      s->names = std::move(names);
      return ups(finish(std::move(s)));
    }
    case Tok::KW_DEL: {
      advance();
      auto s = make<Delete>(start);
      for (;;) {
        ExprPtr t = at(Tok::STAR) ? star_expression() : bitwise_or();
        if (!at(Tok::COMMA) && !at(Tok::NEWLINE) && !at(Tok::SEMI) && !at(Tok::ENDMARKER)) {
          if (at(Tok::EQUAL)) invalid_syntax();
          // `del a < b` and friends: CPython names the whole expression.
          while (!at(Tok::COMMA) && !at(Tok::NEWLINE) && !at(Tok::SEMI) && !at(Tok::ENDMARKER)) advance();
          invalid_syntax();
        }
        if (const Expr* bad = invalid_target(*t, TargetUse::Del))
          error_node(*bad, "cannot delete " + expr_name(*bad));
        set_target(*t, Ctx::Del, TargetUse::Del);
        s->targets.push_back(std::move(t));
        if (!accept(Tok::COMMA)) break;
        if (at(Tok::NEWLINE) || at(Tok::SEMI) || at(Tok::ENDMARKER)) break;
      }
      return ups(finish(std::move(s)));
    }
    case Tok::KW_ASSERT: {
      advance();
      auto s = make<Assert>(start);
      s->test = expression();
      if (accept(Tok::COMMA)) s->msg = expression();
      return ups(finish(std::move(s)));
    }
    case Tok::KW_IMPORT: return import_stmt();
    case Tok::KW_FROM: return from_import_stmt();
    default: return expr_or_assign_stmt();
  }
}

StmtPtr Parser::import_stmt() {
  const Token start = advance();
  auto s = make<Import>(start);
  do {
    const Token& first = expect(Tok::NAME);
    Alias a;
    a.lineno = first.line;
    a.col_offset = first.col;
    a.name = name_str(first);
    while (accept(Tok::DOT)) {
      a.name += '.';
      a.name += text(expect(Tok::NAME));
    }
    if (accept(Tok::KW_AS)) a.asname = name_str(expect(Tok::NAME));
    finish(&a);
    s->names.push_back(std::move(a));
  } while (accept(Tok::COMMA));
  return ups(finish(std::move(s)));
}

StmtPtr Parser::from_import_stmt() {
  const Token start = advance();
  auto s = make<ImportFrom>(start);
  for (;;) {
    if (accept(Tok::DOT)) s->level += 1;
    else if (accept(Tok::ELLIPSIS)) s->level += 3;
    else break;
  }
  if (at(Tok::NAME)) {
    s->module = name_str(advance());
    while (accept(Tok::DOT)) {
      s->module += '.';
      s->module += text(expect(Tok::NAME));
    }
  } else if (s->level == 0) {
    invalid_syntax();
  }
  expect(Tok::KW_IMPORT);
  if (at(Tok::STAR)) {
    const Token st = advance();
    Alias a;
    a.lineno = st.line;
    a.col_offset = st.col;
    a.name = "*";
    finish(&a);
    s->names.push_back(std::move(a));
    return ups(finish(std::move(s)));
  }
  bool paren = accept(Tok::LPAR);
  for (;;) {
    const Token& nm = expect(Tok::NAME);
    Alias a;
    a.lineno = nm.line;
    a.col_offset = nm.col;
    a.name = name_str(nm);
    if (accept(Tok::KW_AS)) a.asname = name_str(expect(Tok::NAME));
    finish(&a);
    s->names.push_back(std::move(a));
    if (!accept(Tok::COMMA)) break;
    if (paren && at(Tok::RPAR)) break;
    if (!paren && !at(Tok::NAME))
      error_at(peek(), "trailing comma not allowed without surrounding parentheses");
  }
  if (paren) expect(Tok::RPAR);
  return ups(finish(std::move(s)));
}

StmtPtr Parser::expr_or_assign_stmt() {
  const Token start = peek();
  bool bare_yield = at(Tok::KW_YIELD);  // a yield without parentheses
  ExprPtr first = bare_yield ? yield_expr() : star_expressions();
  Tok k = kind();
  if (k == Tok::COLON) {
    advance();
    auto s = make<AnnAssign>(start);
    const Expr& t = *first;
    if (t.is<Tuple>()) {
      // `a, b: int` points at `a`; `(a, b): int` at the whole tuple.
      const auto& elts = t.as<Tuple>().elts;
      bool bare = !elts.empty() && elts[0]->lineno == t.lineno && elts[0]->col_offset == t.col_offset;
      error_node(bare ? *elts[0] : t, "only single target (not tuple) can be annotated");
    }
    if (t.is<List>()) error_node(t, "only single target (not list) can be annotated");
    if (!t.is<Name>() && !t.is<Attribute>() && !t.is<Subscript>())
      error_node(t, "illegal target for annotation");
    s->simple = t.is<Name>() && start.kind != Tok::LPAR;
    set_target(*first, Ctx::Store, TargetUse::Assign);
    s->target = std::move(first);
    s->annotation = expression();
    if (accept(Tok::EQUAL)) s->value = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
    return ups(finish(std::move(s)));
  }
  if (k == Tok::EQUAL) {
    auto s = make<Assign>(start);
    ExprPtr value = std::move(first);
    while (accept(Tok::EQUAL)) {
      const Expr& tgt = *value;
      if (bare_yield && (tgt.is<Yield>() || tgt.is<YieldFrom>()))
        error_node(tgt, "assignment to yield expression not possible");
      if (const Expr* bad = invalid_target(tgt, TargetUse::Assign)) {
        std::string what = expr_name(*bad);
        bool single = bad == &tgt && !tgt.is<Tuple>() && !tgt.is<List>() &&
                      !tgt.is<GeneratorExp>() && !tgt.is<Compare>() && !tgt.is<BoolOp>() &&
                      !tgt.is<IfExp>() && !tgt.is<Lambda>() && !tgt.is<NamedExpr>() &&
                      !(tgt.is<UnaryOp>() && tgt.as<UnaryOp>().op == UnaryOpKind::Not) &&
                      what != "None" && what != "True" && what != "False";
        if (single && s->targets.empty()) {
          // CPython's wording depends on what follows: `f() = 1` vs `f() = x = 1`.
          size_t save = pos_;
          Token save_last = last_;
          bool more = false;
          try {
            ExprPtr rhs = bitwise_or();
            more = at(Tok::EQUAL) || at(Tok::COLONEQUAL);
          } catch (const SyntaxErrorInfo&) {
          }
          pos_ = save;
          last_ = save_last;
          if (!more) error_node(*bad, "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
        }
        error_node(*bad, "cannot assign to " + what);
      }
      set_target(*value, Ctx::Store, TargetUse::Assign);
      s->targets.push_back(std::move(value));
      bare_yield = at(Tok::KW_YIELD);
      value = bare_yield ? yield_expr() : star_expressions();
    }
    s->value = std::move(value);
    return ups(finish(std::move(s)));
  }
  Operator op;
  switch (k) {
    case Tok::PLUSEQUAL: op = Operator::Add; break;
    case Tok::MINEQUAL: op = Operator::Sub; break;
    case Tok::STAREQUAL: op = Operator::Mult; break;
    case Tok::ATEQUAL: op = Operator::MatMult; break;
    case Tok::SLASHEQUAL: op = Operator::Div; break;
    case Tok::PERCENTEQUAL: op = Operator::Mod; break;
    case Tok::AMPEREQUAL: op = Operator::BitAnd; break;
    case Tok::VBAREQUAL: op = Operator::BitOr; break;
    case Tok::CIRCUMFLEXEQUAL: op = Operator::BitXor; break;
    case Tok::LEFTSHIFTEQUAL: op = Operator::LShift; break;
    case Tok::RIGHTSHIFTEQUAL: op = Operator::RShift; break;
    case Tok::DOUBLESTAREQUAL: op = Operator::Pow; break;
    case Tok::DOUBLESLASHEQUAL: op = Operator::FloorDiv; break;
    default: {
      auto s = make<ExprStmt>(start);
      if (k != Tok::NEWLINE && k != Tok::SEMI && k != Tok::ENDMARKER) {
        invalid_syntax();
      }
      s->value = std::move(first);
      return ups(finish(std::move(s)));
    }
  }
  advance();
  if (!first->is<Name>() && !first->is<Attribute>() && !first->is<Subscript>())
    error_node(*first, "'" + expr_name(*first) + "' is an illegal expression for augmented assignment");
  set_target(*first, Ctx::Store, TargetUse::AugAssign);
  auto s = make<AugAssign>(start);
  s->target = std::move(first);
  s->op = op;
  s->value = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
  return ups(finish(std::move(s)));
}

// ---- match ----

StmtPtr Parser::match_stmt() {
  // `match` is a keyword only when followed by a subject, ':' and an indented case block.
  size_t save = pos_;
  Token save_last = last_;
  const Token start = peek();
  if (!starts_expression(kind(1))) return nullptr;
  ExprPtr subject;
  try {
    advance();
    const Token ss = peek();
    ExprPtr first = star_named_expression();
    if (at(Tok::COMMA)) {
      auto t = make<Tuple>(ss);
      t->elts.push_back(std::move(first));
      while (accept(Tok::COMMA)) {
        if (at(Tok::COLON)) break;
        t->elts.push_back(star_named_expression());
      }
      first = upe(finish(std::move(t)));
    }
    subject = std::move(first);
  } catch (const SyntaxErrorInfo&) {
    subject = nullptr;
  }
  if (!subject || !at(Tok::COLON)) {
    pos_ = save;
    last_ = save_last;
    return nullptr;
  }
  advance();  // ':'
  auto m = make<Match>(start);
  m->subject = std::move(subject);
  if (!accept(Tok::NEWLINE) || !at(Tok::INDENT)) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "expected an indented block after 'match' statement on line %d", start.line);
    indentation_error(peek(), buf);
  }
  advance();
  while (at_soft("case")) {
    const Token cs = advance();
    MatchCase c;
    c.pattern = patterns();
    if (accept(Tok::KW_IF)) c.guard = named_expression();
    if (!accept(Tok::COLON)) error_at(peek(), "expected ':'");
    c.body = block("'case' statement", cs.line);
    m->cases.push_back(std::move(c));
  }
  if (m->cases.empty()) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "expected an indented block after 'match' statement on line %d", start.line);
    indentation_error(peek(), buf);
  }
  if (!accept(Tok::DEDENT) && !at(Tok::ENDMARKER)) invalid_syntax();
  return ups(finish(std::move(m)));
}

PatternPtr Parser::patterns() {
  const Token start = peek();
  PatternPtr first = at(Tok::STAR) ? closed_pattern() : pattern();
  if (!at(Tok::COMMA)) {
    return first;
  }
  auto seq = make<MatchSequence>(start);
  seq->patterns.push_back(std::move(first));
  while (accept(Tok::COMMA)) {
    if (at(Tok::COLON) || at(Tok::KW_IF)) break;
    seq->patterns.push_back(at(Tok::STAR) ? closed_pattern() : pattern());
  }
  return upp(finish(std::move(seq)));
}

PatternPtr Parser::pattern() {
  const Token start = peek();
  PatternPtr p = or_pattern();
  if (accept(Tok::KW_AS)) {
    const Token& nm = expect(Tok::NAME);
    if (text(nm) == "_") error_at(nm, "cannot use '_' as a target");
    auto as = make<MatchAs>(start);
    as->pattern = std::move(p);
    as->name = name_str(nm);
    return upp(finish(std::move(as)));
  }
  return p;
}

PatternPtr Parser::or_pattern() {
  const Token start = peek();
  PatternPtr first = closed_pattern();
  if (!at(Tok::VBAR)) return first;
  auto o = make<MatchOr>(start);
  o->patterns.push_back(std::move(first));
  while (accept(Tok::VBAR)) o->patterns.push_back(closed_pattern());
  return upp(finish(std::move(o)));
}

// A signed number, or a complex literal `-1 + 2j`.
ExprPtr Parser::pattern_signed_number() {
  const Token start = peek();
  ExprPtr num;
  if (at(Tok::MINUS)) {
    advance();
    auto u = make<UnaryOp>(start);
    u->op = UnaryOpKind::USub;
    u->operand = number(expect(Tok::NUMBER));
    num = upe(finish(std::move(u)));
  } else {
    num = number(expect(Tok::NUMBER));
  }
  if (at(Tok::PLUS) || at(Tok::MINUS)) {
    Operator op = at(Tok::PLUS) ? Operator::Add : Operator::Sub;
    advance();
    auto b = make<BinOp>(start);
    b->left = std::move(num);
    b->op = op;
    const Token& im = expect(Tok::NUMBER);
    b->right = number(im);
    if (!b->right->is<Constant>() ||
        !std::holds_alternative<ConstValue::Imag>(b->right->as<Constant>().value.v))
      error_node(*b->right, "imaginary number required in complex literal");
    return upe(finish(std::move(b)));
  }
  return num;
}

ExprPtr Parser::pattern_value_name() {
  const Token start = peek();
  auto n = make<Name>(start);
  n->id = name_str(advance());
  ExprPtr e = upe(finish(std::move(n)));
  while (accept(Tok::DOT)) {
    auto a = make<Attribute>(start);
    a->value = std::move(e);
    a->attr = name_str(expect(Tok::NAME));
    e = upe(finish(std::move(a)));
  }
  return e;
}

void Parser::pattern_sequence_items(PatternList& out, Tok close) {
  while (!at(close)) {
    out.push_back(at(Tok::STAR) ? closed_pattern() : pattern());
    if (!accept(Tok::COMMA)) break;
  }
}

PatternPtr Parser::closed_pattern() {
  const Token start = peek();
  switch (start.kind) {
    case Tok::STAR: {
      advance();
      const Token& nm = expect(Tok::NAME);
      auto s = make<MatchStar>(start);
      if (text(nm) != "_") s->name = name_str(nm);
      return upp(finish(std::move(s)));
    }
    case Tok::MINUS: case Tok::NUMBER: {
      auto v = make<MatchValue>(start);
      v->value = pattern_signed_number();
      return upp(finish(std::move(v)));
    }
    case Tok::STRING: {
      auto v = make<MatchValue>(start);
      v->value = strings();
      if (v->value->is<JoinedStr>()) error_node(*v->value, "patterns may only match literals and attribute lookups");
      return upp(finish(std::move(v)));
    }
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: {
      advance();
      auto s = make<MatchSingleton>(start);
      if (start.kind == Tok::KW_NONE) s->value.v = ConstValue::None{};
      else s->value.v = start.kind == Tok::KW_TRUE;
      return upp(finish(std::move(s)));
    }
    case Tok::NAME: {
      if (kind(1) != Tok::DOT && kind(1) != Tok::LPAR) {
        advance();
        auto as = make<MatchAs>(start);
        if (text(start) != "_") as->name = name_str(start);
        return upp(finish(std::move(as)));
      }
      ExprPtr name = pattern_value_name();
      if (!at(Tok::LPAR)) {
        auto v = make<MatchValue>(start);
        v->value = std::move(name);
        return upp(finish(std::move(v)));
      }
      advance();
      auto c = make<MatchClass>(start);
      c->cls = std::move(name);
      while (!at(Tok::RPAR)) {
        if (at(Tok::NAME) && kind(1) == Tok::EQUAL) {
          c->kwd_attrs.push_back(name_str(advance()));
          advance();
          c->kwd_patterns.push_back(pattern());
        } else {
          PatternPtr p = pattern();
          if (!c->kwd_attrs.empty())
            error_node(*p, "positional patterns follow keyword patterns");
          c->patterns.push_back(std::move(p));
        }
        if (!accept(Tok::COMMA)) break;
      }
      expect(Tok::RPAR);
      return upp(finish(std::move(c)));
    }
    case Tok::LPAR: {
      advance();
      if (accept(Tok::RPAR)) return upp(finish(make<MatchSequence>(start)));
      PatternPtr first = at(Tok::STAR) ? closed_pattern() : pattern();
      if (accept(Tok::RPAR)) {
        if (first->is<MatchStar>()) {
          auto seq = make<MatchSequence>(start);
          seq->patterns.push_back(std::move(first));
          return upp(finish(std::move(seq)));
        }
        return first;  // a group
      }
      expect(Tok::COMMA);
      auto seq = make<MatchSequence>(start);
      seq->patterns.push_back(std::move(first));
      pattern_sequence_items(seq->patterns, Tok::RPAR);
      expect(Tok::RPAR);
      return upp(finish(std::move(seq)));
    }
    case Tok::LSQB: {
      advance();
      auto seq = make<MatchSequence>(start);
      pattern_sequence_items(seq->patterns, Tok::RSQB);
      expect(Tok::RSQB);
      return upp(finish(std::move(seq)));
    }
    case Tok::LBRACE: {
      advance();
      auto m = make<MatchMapping>(start);
      while (!at(Tok::RBRACE)) {
        if (at(Tok::DOUBLESTAR)) {
          advance();
          m->rest = name_str(expect(Tok::NAME));
          accept(Tok::COMMA);
          break;
        }
        ExprPtr key;
        if (at(Tok::NAME)) key = pattern_value_name();
        else if (at(Tok::STRING)) key = strings();
        else if (at(Tok::KW_NONE) || at(Tok::KW_TRUE) || at(Tok::KW_FALSE)) key = atom();
        else if (at(Tok::MINUS) || at(Tok::NUMBER)) key = pattern_signed_number();
        else invalid_syntax();
        if (key->is<Name>()) invalid_syntax();
        m->keys.push_back(std::move(key));
        expect(Tok::COLON);
        m->patterns.push_back(pattern());
        if (!accept(Tok::COMMA)) break;
      }
      expect(Tok::RBRACE);
      return upp(finish(std::move(m)));
    }
    default:
      invalid_syntax();
  }
}

}  // namespace taipan
