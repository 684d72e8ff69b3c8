// Expressions: precedence climbing from star_expressions down to atoms, plus calls,
// subscripts, lambdas, comprehensions and target validation.
#include <cstdio>

#include "parser/parser_impl.h"

namespace taipan {

using namespace ast;

namespace {
template <class T>
ExprPtr up(std::unique_ptr<T> p) {
  return ExprPtr(p.release());
}
}  // namespace

bool Parser::starts_expression(Tok k) {
  switch (k) {
    case Tok::NAME: case Tok::NUMBER: case Tok::STRING: case Tok::LPAR: case Tok::LSQB:
    case Tok::LBRACE: case Tok::MINUS: case Tok::PLUS: case Tok::TILDE: case Tok::KW_NOT:
    case Tok::KW_LAMBDA: case Tok::KW_AWAIT: case Tok::KW_NONE: case Tok::KW_TRUE:
    case Tok::KW_FALSE: case Tok::ELLIPSIS: case Tok::STAR:
      return true;
    default:
      return false;
  }
}

ExprPtr Parser::star_expressions() {
  const Token start = peek();
  ExprPtr first = star_expression();
  if (!at(Tok::COMMA)) return first;
  auto t = make<Tuple>(start);
  t->elts.push_back(std::move(first));
  while (accept(Tok::COMMA)) {
    if (!starts_expression(kind())) break;
    t->elts.push_back(star_expression());
  }
  return up(finish(std::move(t)));
}

ExprPtr Parser::star_expression() {
  if (at(Tok::STAR)) {
    const Token start = advance();
    auto s = make<Starred>(start);
    s->value = bitwise_or();
    return up(finish(std::move(s)));
  }
  return expression();
}

ExprPtr Parser::star_named_expression() {
  if (at(Tok::STAR)) {
    const Token start = advance();
    auto s = make<Starred>(start);
    s->value = bitwise_or();
    return up(finish(std::move(s)));
  }
  return named_expression();
}

ExprPtr Parser::named_expression() {
  if (at(Tok::NAME) && kind(1) == Tok::COLONEQUAL) {
    const Token start = advance();
    auto target = make<Name>(start);
    target->id = name_str(start);
    target->ctx = Ctx::Store;
    finish(target.get());
    advance();
    auto n = make<NamedExpr>(start);
    n->target = up(std::move(target));
    n->value = expression();
    return up(finish(std::move(n)));
  }
  ExprPtr e = expression();
  if (at(Tok::COLONEQUAL)) {
    const Expr* bad = invalid_target(*e, TargetUse::Walrus);
    if (bad == nullptr) bad = e.get();
    error_node(*bad, "cannot use assignment expressions with " + expr_name(*bad));
  }
  return e;
}

ExprPtr Parser::expression() {
  if (at(Tok::KW_LAMBDA)) return lambdef();
  const Token start = peek();
  ExprPtr body = disjunction();
  if (!at(Tok::KW_IF)) return body;
  advance();
  auto n = make<IfExp>(start);
  n->body = std::move(body);
  n->test = disjunction();
  if (!accept(Tok::KW_ELSE)) {
    finish(n.get());
    error_node(*n, "expected 'else' after 'if' expression");
  }
  n->orelse = expression();
  return up(finish(std::move(n)));
}

ExprPtr Parser::disjunction() {
  const Token start = peek();
  size_t begin = pos_;
  ExprPtr first = conjunction();
  if (at(Tok::KW_OR)) {
    auto n = make<BoolOp>(start);
    n->op = BoolOpKind::Or;
    n->values.push_back(std::move(first));
    while (accept(Tok::KW_OR)) n->values.push_back(conjunction());
    first = up(finish(std::move(n)));
  }
  disj_begin_ = begin;
  disj_end_ = pos_;
  return first;
}

ExprPtr Parser::conjunction() {
  const Token start = peek();
  ExprPtr first = inversion();
  if (!at(Tok::KW_AND)) return first;
  auto n = make<BoolOp>(start);
  n->op = BoolOpKind::And;
  n->values.push_back(std::move(first));
  while (accept(Tok::KW_AND)) n->values.push_back(inversion());
  return up(finish(std::move(n)));
}

ExprPtr Parser::inversion() {
  if (at(Tok::KW_NOT)) {
    const Token start = advance();
    auto n = make<UnaryOp>(start);
    n->op = UnaryOpKind::Not;
    n->operand = inversion();
    return up(finish(std::move(n)));
  }
  return comparison();
}

ExprPtr Parser::comparison() {
  const Token start = peek();
  ExprPtr left = bitwise_or();
  std::unique_ptr<Compare> cmp;
  for (;;) {
    CmpOpKind op;
    switch (kind()) {
      case Tok::EQEQUAL: op = CmpOpKind::Eq; break;
      case Tok::NOTEQUAL:
        if (text(peek()) == "<>") invalid_syntax();
        op = CmpOpKind::NotEq;
        break;
      case Tok::LESS: op = CmpOpKind::Lt; break;
      case Tok::LESSEQUAL: op = CmpOpKind::LtE; break;
      case Tok::GREATER: op = CmpOpKind::Gt; break;
      case Tok::GREATEREQUAL: op = CmpOpKind::GtE; break;
      case Tok::KW_IN: op = CmpOpKind::In; break;
      case Tok::KW_IS:
        if (kind(1) == Tok::KW_NOT) {
          advance();
          op = CmpOpKind::IsNot;
        } else {
          op = CmpOpKind::Is;
        }
        break;
      case Tok::KW_NOT:
        if (kind(1) != Tok::KW_IN) goto done;
        advance();
        op = CmpOpKind::NotIn;
        break;
      default:
        goto done;
    }
    advance();
    if (!cmp) {
      cmp = make<Compare>(start);
      cmp->left = std::move(left);
    }
    cmp->ops.push_back(op);
    cmp->comparators.push_back(bitwise_or());
  }
done:
  if (!cmp) return left;
  return up(finish(std::move(cmp)));
}

// Binary operator levels below comparison: | ^ & (<< >>) (+ -) (* / // % @).
ExprPtr Parser::bitwise(int level) {
  if (level == 6) return factor();
  const Token start = peek();
  ExprPtr left = bitwise(level + 1);
  for (;;) {
    Operator op;
    Tok k = kind();
    switch (level) {
      case 0: if (k != Tok::VBAR) return left; op = Operator::BitOr; break;
      case 1: if (k != Tok::CIRCUMFLEX) return left; op = Operator::BitXor; break;
      case 2: if (k != Tok::AMPER) return left; op = Operator::BitAnd; break;
      case 3:
        if (k == Tok::LEFTSHIFT) op = Operator::LShift;
        else if (k == Tok::RIGHTSHIFT) op = Operator::RShift;
        else return left;
        break;
      case 4:
        if (k == Tok::PLUS) op = Operator::Add;
        else if (k == Tok::MINUS) op = Operator::Sub;
        else return left;
        break;
      default:
        if (k == Tok::STAR) op = Operator::Mult;
        else if (k == Tok::SLASH) op = Operator::Div;
        else if (k == Tok::DOUBLESLASH) op = Operator::FloorDiv;
        else if (k == Tok::PERCENT) op = Operator::Mod;
        else if (k == Tok::AT) op = Operator::MatMult;
        else return left;
        break;
    }
    advance();
    auto n = make<BinOp>(start);
    n->left = std::move(left);
    n->op = op;
    n->right = bitwise(level + 1);
    left = up(finish(std::move(n)));
  }
}

ExprPtr Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case Tok::PLUS: op = UnaryOpKind::UAdd; break;
    case Tok::MINUS: op = UnaryOpKind::USub; break;
    case Tok::TILDE: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  const Token start = advance();
  auto n = make<UnaryOp>(start);
  n->op = op;
  n->operand = factor();
  return up(finish(std::move(n)));
}

ExprPtr Parser::power() {
  const Token start = peek();
  ExprPtr base;
  if (at(Tok::KW_AWAIT)) {
    advance();
    auto a = make<Await>(start);
    a->value = primary();
    base = up(finish(std::move(a)));
  } else {
    base = primary();
  }
  if (!accept(Tok::DOUBLESTAR)) return base;
  auto n = make<BinOp>(start);
  n->left = std::move(base);
  n->op = Operator::Pow;
  n->right = factor();
  return up(finish(std::move(n)));
}

ExprPtr Parser::primary() {
  const Token start = peek();
  ExprPtr e = atom();
  for (;;) {
    switch (kind()) {
      case Tok::DOT: {
        advance();
        const Token& nm = expect(Tok::NAME);
        auto a = make<Attribute>(start);
        a->value = std::move(e);
        a->attr = name_str(nm);
        e = up(finish(std::move(a)));
        break;
      }
      case Tok::LPAR: {
        const Token open = advance();
        auto c = make<Call>(start);
        c->func = std::move(e);
        call_args(*c, open);
        e = up(finish(std::move(c)));
        break;
      }
      case Tok::LSQB: {
        advance();
        auto s = make<Subscript>(start);
        s->value = std::move(e);
        s->slice = slices();
        expect(Tok::RSQB);
        e = up(finish(std::move(s)));
        break;
      }
      default:
        return e;
    }
  }
}

ExprPtr Parser::slices() {
  const Token start = peek();
  ExprPtr first = at(Tok::STAR) ? star_expression() : slice();
  if (!at(Tok::COMMA) && !first->is<Starred>()) return first;
  auto t = make<Tuple>(start);
  t->elts.push_back(std::move(first));
  while (accept(Tok::COMMA)) {
    if (at(Tok::RSQB)) break;
    t->elts.push_back(at(Tok::STAR) ? star_expression() : slice());
  }
  return up(finish(std::move(t)));
}

ExprPtr Parser::slice() {
  const Token start = peek();
  ExprPtr lower;
  if (!at(Tok::COLON)) {
    lower = named_expression();
    if (!at(Tok::COLON)) return lower;
  }
  advance();  // ':'
  auto s = make<Slice>(start);
  s->lower = std::move(lower);
  if (!at(Tok::COLON) && !at(Tok::COMMA) && !at(Tok::RSQB)) s->upper = expression();
  if (accept(Tok::COLON)) {
    if (!at(Tok::COMMA) && !at(Tok::RSQB)) s->step = expression();
  }
  return up(finish(std::move(s)));
}

void Parser::call_args(Call& call, const Token& open) {
  bool seen_keyword = false, seen_kwunpack = false;
  while (!at(Tok::RPAR)) {
    const Token start = peek();
    if (at(Tok::DOUBLESTAR)) {
      advance();
      Keyword kw;
      kw.lineno = start.line;
      kw.col_offset = start.col;
      kw.value = expression();
      finish(&kw);
      call.keywords.push_back(std::move(kw));
      seen_kwunpack = true;
    } else if (at(Tok::STAR)) {
      advance();
      auto s = make<Starred>(start);
      s->value = expression();
      finish(s.get());
      if (at(Tok::KW_FOR) || at(Tok::KW_ASYNC))
        error_node(*s, "iterable unpacking cannot be used in comprehension");
      if (seen_kwunpack)
        error_at(start, "iterable argument unpacking follows keyword argument unpacking");
      call.args.push_back(up(std::move(s)));
    } else if (at(Tok::NAME) && kind(1) == Tok::EQUAL) {
      advance();
      advance();
      Keyword kw;
      kw.lineno = start.line;
      kw.col_offset = start.col;
      kw.arg = name_str(start);
      kw.value = expression();
      finish(&kw);
      call.keywords.push_back(std::move(kw));
      seen_keyword = true;
    } else {
      ExprPtr e = named_expression();
      if (at(Tok::KW_FOR) || at(Tok::KW_ASYNC)) {
        // A bare generator expression argument: it takes the call's parentheses.
        auto g = make<GeneratorExp>(open);
        g->elt = std::move(e);
        g->generators = comp_for();
        if (!at(Tok::RPAR) || !call.args.empty() || !call.keywords.empty()) {
          if (at(Tok::COMMA) || !call.args.empty() || !call.keywords.empty()) {
            finish(g.get());
            g->lineno = start.line;
            g->col_offset = start.col;
            error_node(*g, "Generator expression must be parenthesized");
          }
        }
        const Token& close = peek();
        g->end_lineno = close.end_line;
        g->end_col_offset = close.end_col;
        e = up(std::move(g));
      } else if (at(Tok::EQUAL)) {
        // `f(a.b=1)`: a keyword must be a plain name (NAME '=' was handled above).
        const Token& eq = peek();
        Loc eq_loc;
        eq_loc.end_lineno = eq.end_line;
        eq_loc.end_col_offset = eq.end_col;
        if (e->is<Constant>() && (text(start) == "True" || text(start) == "False" ||
                                  text(start) == "None"))
          error_range(start, eq_loc, "cannot assign to " + std::string(text(start)));
        error_range(start, eq_loc,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      // CPython points just past the offending argument.
      if (seen_kwunpack)
        raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError,
                           "positional argument follows keyword argument unpacking",
                           e->end_lineno, e->end_col_offset, e->end_lineno,
                           e->end_col_offset + 1);
      if (seen_keyword)
        raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError,
                           "positional argument follows keyword argument", e->end_lineno,
                           e->end_col_offset, e->end_lineno, e->end_col_offset + 1);
      call.args.push_back(std::move(e));
    }
    if (!accept(Tok::COMMA)) break;
  }
  expect(Tok::RPAR);
}

ExprPtr Parser::lambdef() {
  const Token start = advance();  // 'lambda'
  auto n = make<Lambda>(start);
  parameters(n->args, true, Tok::COLON);
  expect(Tok::COLON);
  n->body = expression();
  return up(finish(std::move(n)));
}

Arg Parser::param(bool lambda) {
  const Token& nm = expect(Tok::NAME);
  Arg a;
  a.lineno = nm.line;
  a.col_offset = nm.col;
  a.arg = name_str(nm);
  if (!lambda && accept(Tok::COLON)) {
    a.annotation = at(Tok::STAR) ? star_expression() : expression();
  }
  finish(&a);
  return a;
}

// Parameter lists of def (annotations allowed) and lambda, up to `close`.
void Parser::parameters(Arguments& a, bool lambda, Tok close) {
  bool seen_default = false, seen_star = false, seen_slash = false;
  while (!at(close)) {
    const Token start = peek();
    if (at(Tok::SLASH)) {
      if (seen_slash) error_at(start, "/ may appear only once");
      if (seen_star) error_at(start, "/ must be ahead of *");
      if (a.args.empty()) error_at(start, "at least one argument must precede /");
      advance();
      seen_slash = true;
      a.posonlyargs = std::move(a.args);
      a.args.clear();
    } else if (at(Tok::STAR)) {
      if (seen_star) error_at(start, "* argument may appear only once");
      advance();
      seen_star = true;
      if (at(Tok::NAME)) {
        a.vararg = std::make_unique<Arg>(param(lambda));
        if (at(Tok::EQUAL)) error_at(peek(), "var-positional argument cannot have default value");
      } else if (at(close) || (at(Tok::COMMA) && (kind(1) == close || kind(1) == Tok::DOUBLESTAR))) {
        // CPython: at the `*` in a def, at the last token it looked at in a lambda.
        error_at(lambda ? peek(at(Tok::COMMA) ? 1 : 0) : start, "named arguments must follow bare *");
      }
    } else if (at(Tok::DOUBLESTAR)) {
      advance();
      a.kwarg = std::make_unique<Arg>(param(lambda));
      if (at(Tok::EQUAL)) error_at(peek(), "var-keyword argument cannot have default value");
      accept(Tok::COMMA);
      if (!at(close)) error_at(peek(), "arguments cannot follow var-keyword argument");
      break;
    } else {
      Arg p = param(lambda);
      ExprPtr def;
      if (accept(Tok::EQUAL)) def = expression();
      if (seen_star) {
        a.kwonlyargs.push_back(std::move(p));
        a.kw_defaults.push_back(std::move(def));
      } else {
        if (def) {
          seen_default = true;
          a.defaults.push_back(std::move(def));
        } else if (seen_default) {
          error_range(start, p, "non-default argument follows default argument");
        }
        a.args.push_back(std::move(p));
      }
    }
    if (!accept(Tok::COMMA)) break;
  }
}

ExprPtr Parser::yield_expr() {
  const Token start = advance();  // 'yield'
  if (accept(Tok::KW_FROM)) {
    auto n = make<YieldFrom>(start);
    n->value = expression();
    return up(finish(std::move(n)));
  }
  auto n = make<Yield>(start);
  if (starts_expression(kind())) n->value = star_expressions();
  return up(finish(std::move(n)));
}

std::vector<Comprehension> Parser::comp_for() {
  std::vector<Comprehension> gens;
  while (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
    Comprehension c;
    if (accept(Tok::KW_ASYNC)) c.is_async = 1;
    advance();  // 'for'
    c.target = target_list(TargetUse::Comp);
    expect(Tok::KW_IN);
    c.iter = disjunction();
    while (at(Tok::KW_IF)) {
      advance();
      c.ifs.push_back(disjunction());
    }
    gens.push_back(std::move(c));
  }
  return gens;
}

// star_targets for `for` loops and comprehensions: parsed at bitwise-or level so that the
// `in` that follows is not taken as a comparison.
ExprPtr Parser::target_list(TargetUse use) {
  const Token start = peek();
  auto one = [&]() -> ExprPtr {
    if (at(Tok::STAR)) {
      const Token s = advance();
      auto st = make<Starred>(s);
      st->value = bitwise_or();
      return up(finish(std::move(st)));
    }
    return bitwise_or();
  };
  ExprPtr first = one();
  if (at(Tok::COMMA)) {
    auto t = make<Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(Tok::COMMA)) {
      if (at(Tok::KW_IN)) break;
      t->elts.push_back(one());
    }
    first = up(finish(std::move(t)));
  }
  if (!at(Tok::KW_IN)) {
    // Something like `for x < y in z`: report as CPython does, at the odd token.
    if (at(Tok::EQUAL) || at(Tok::COLON) || at(Tok::NEWLINE)) invalid_syntax();
    const Expr* bad = invalid_target(*first, use);
    if (bad) error_node(*bad, "cannot assign to " + expr_name(*bad));
    invalid_syntax();
  }
  set_target(*first, Ctx::Store, use);
  return first;
}

ExprPtr Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::NAME: {
      advance();
      auto n = make<Name>(t);
      n->id = name_str(t);
      return up(finish(std::move(n)));
    }
    case Tok::NUMBER:
      advance();
      return number(t);
    case Tok::STRING:
      return strings();
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: case Tok::ELLIPSIS: {
      const Token tk = advance();
      auto c = make<Constant>(tk);
      if (tk.kind == Tok::KW_NONE) c->value.v = ConstValue::None{};
      else if (tk.kind == Tok::ELLIPSIS) c->value.v = ConstValue::Ellipsis{};
      else c->value.v = tk.kind == Tok::KW_TRUE;
      return up(finish(std::move(c)));
    }
    case Tok::LPAR: return paren_atom();
    case Tok::LSQB: return list_atom();
    case Tok::LBRACE: return brace_atom();
    default:
      invalid_syntax();
  }
}

ExprPtr Parser::paren_atom() {
  const Token open = advance();
  if (accept(Tok::RPAR)) {
    auto t = make<Tuple>(open);
    return up(finish(std::move(t)));
  }
  if (at(Tok::KW_YIELD)) {
    ExprPtr y = yield_expr();
    expect(Tok::RPAR);
    return y;
  }
  ExprPtr first = star_named_expression();
  if (at(Tok::KW_FOR) || at(Tok::KW_ASYNC)) {
    if (first->is<Starred>()) error_node(*first, "iterable unpacking cannot be used in comprehension");
    auto g = make<GeneratorExp>(open);
    g->elt = std::move(first);
    g->generators = comp_for();
    expect(Tok::RPAR);
    return up(finish(std::move(g)));
  }
  if (accept(Tok::RPAR)) {
    if (first->is<Starred>()) error_node(*first, "cannot use starred expression here");
    return first;
  }
  if (!at(Tok::COMMA)) {
    if (first->is<Name>() && at(Tok::EQUAL)) invalid_syntax();
    invalid_syntax();
  }
  auto t = make<Tuple>(open);
  t->elts.push_back(std::move(first));
  while (accept(Tok::COMMA)) {
    if (at(Tok::RPAR)) break;
    t->elts.push_back(star_named_expression());
  }
  expect(Tok::RPAR);
  return up(finish(std::move(t)));
}

ExprPtr Parser::list_atom() {
  const Token open = advance();
  auto l = make<List>(open);
  if (accept(Tok::RSQB)) return up(finish(std::move(l)));
  ExprPtr first = star_named_expression();
  if (at(Tok::KW_FOR) || at(Tok::KW_ASYNC)) {
    if (first->is<Starred>()) error_node(*first, "iterable unpacking cannot be used in comprehension");
    auto c = make<ListComp>(open);
    c->elt = std::move(first);
    c->generators = comp_for();
    expect(Tok::RSQB);
    return up(finish(std::move(c)));
  }
  l->elts.push_back(std::move(first));
  while (accept(Tok::COMMA)) {
    if (at(Tok::RSQB)) break;
    l->elts.push_back(star_named_expression());
  }
  expect(Tok::RSQB);
  return up(finish(std::move(l)));
}

// The value after `key:` in a dict display, with CPython's two specific errors.
ExprPtr Parser::dict_value() {
  if (at(Tok::STAR)) {
    ExprPtr s = star_expression();
    error_node(*s, "cannot use a starred expression in a dictionary value");
  }
  if (at(Tok::RBRACE) || at(Tok::COMMA))
    error_at(toks_[pos_ - 1], "expression expected after dictionary key and ':'");
  return expression();
}

ExprPtr Parser::brace_atom() {
  const Token open = advance();
  if (accept(Tok::RBRACE)) {
    auto d = make<Dict>(open);
    return up(finish(std::move(d)));
  }
  // Dict if the first item is `**x` or `k: v`; set otherwise.
  {
    ExprPtr key, value;
    bool is_dict = false;
    const Token first_tok = peek();
    if (accept(Tok::DOUBLESTAR)) {
      value = bitwise_or();
      is_dict = true;
    } else {
      key = star_named_expression();
      if (accept(Tok::COLON)) {
        if (key->is<Starred>()) error_node(*key, "cannot use a starred expression in a dictionary key");
        value = dict_value();
        is_dict = true;
      }
    }
    if (is_dict) {
      if (key && (at(Tok::KW_FOR) || at(Tok::KW_ASYNC))) {
        auto c = make<DictComp>(open);
        c->key = std::move(key);
        c->value = std::move(value);
        c->generators = comp_for();
        expect(Tok::RBRACE);
        return up(finish(std::move(c)));
      }
      if (!key && (at(Tok::KW_FOR) || at(Tok::KW_ASYNC)))
        error_range(first_tok, first_tok, "dict unpacking cannot be used in dict comprehension");
      auto d = make<Dict>(open);
      d->keys.push_back(std::move(key));
      d->values.push_back(std::move(value));
      while (accept(Tok::COMMA)) {
        if (at(Tok::RBRACE)) break;
        if (accept(Tok::DOUBLESTAR)) {
          d->keys.push_back(nullptr);
          d->values.push_back(bitwise_or());
        } else {
          d->keys.push_back(expression());
          if (!at(Tok::COLON)) {
            error_node(*d->keys.back(), "':' expected after dictionary key");
          }
          advance();
          d->values.push_back(dict_value());
        }
      }
      expect(Tok::RBRACE);
      return up(finish(std::move(d)));
    }
    if (at(Tok::KW_FOR) || at(Tok::KW_ASYNC)) {
      if (key->is<Starred>()) error_node(*key, "iterable unpacking cannot be used in comprehension");
      auto c = make<SetComp>(open);
      c->elt = std::move(key);
      c->generators = comp_for();
      expect(Tok::RBRACE);
      return up(finish(std::move(c)));
    }
    auto s = make<Set>(open);
    s->elts.push_back(std::move(key));
    while (accept(Tok::COMMA)) {
      if (at(Tok::RBRACE)) break;
      s->elts.push_back(star_named_expression());
    }
    expect(Tok::RBRACE);
    return up(finish(std::move(s)));
  }
}

// ---- targets ----

std::string Parser::expr_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      const auto& v = e.as<Constant>().value.v;
      if (std::holds_alternative<ConstValue::None>(v)) return "None";
      if (const bool* b = std::get_if<bool>(&v)) return *b ? "True" : "False";
      if (std::holds_alternative<ConstValue::Ellipsis>(v)) return "ellipsis";
      return "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

// The first sub-expression that cannot be a target of `use`, or null if `e` is valid.
const Expr* Parser::invalid_target(const Expr& e, TargetUse use) {
  switch (e.kind) {
    case ExprKind::Name:
      return nullptr;
    case ExprKind::Attribute: case ExprKind::Subscript:
      return use == TargetUse::Walrus ? &e : nullptr;
    case ExprKind::Starred:
      if (use == TargetUse::Del || use == TargetUse::AugAssign || use == TargetUse::Walrus) return &e;
      return invalid_target(*e.as<Starred>().value, use);
    case ExprKind::List: case ExprKind::Tuple: {
      if (use == TargetUse::AugAssign || use == TargetUse::Walrus) return &e;
      const ExprList& elts = e.is<List>() ? e.as<List>().elts : e.as<Tuple>().elts;
      for (const auto& x : elts)
        if (const Expr* bad = invalid_target(*x, use)) return bad;
      return nullptr;
    }
    default:
      return &e;
  }
}

void Parser::set_target(Expr& e, Ctx ctx, TargetUse use) {
  switch (e.kind) {
    case ExprKind::Name: e.as<Name>().ctx = ctx; return;
    case ExprKind::Attribute: e.as<Attribute>().ctx = ctx; return;
    case ExprKind::Subscript: e.as<Subscript>().ctx = ctx; return;
    case ExprKind::Starred:
      e.as<Starred>().ctx = ctx;
      set_target(*e.as<Starred>().value, ctx, use);
      return;
    case ExprKind::List:
      e.as<List>().ctx = ctx;
      for (auto& x : e.as<List>().elts) set_target(*x, ctx, use);
      return;
    case ExprKind::Tuple:
      e.as<Tuple>().ctx = ctx;
      for (auto& x : e.as<Tuple>().elts) set_target(*x, ctx, use);
      return;
    default: {
      std::string what = expr_name(e);
      if (use == TargetUse::Del) error_node(e, "cannot delete " + what);
      error_node(e, "cannot assign to " + what);
    }
  }
}

}  // namespace taipan
