// match statements, compiled as CPython 3.11's compiler does (compile.c's
// compile_pattern_*): the subject stays on the stack while a case's pattern is tested,
// and every failing test jumps to a "fail_pop" label that pops exactly the items the
// pattern had pushed so far before trying the next case.
//
// Invariants:
//  * A pattern is compiled with its subject on top of the stack; on success the subject
//    has been consumed. `on_top` counts the items above the case's base (the subject
//    copy included while it is still there) that a failure must pop: fail_pop[n] pops n.
//  * Names are bound as soon as their sub-pattern succeeds (CPython collects them on the
//    stack and binds after the whole pattern matched; a failed case may here leave some
//    names bound, which the language reference allows).
#include <algorithm>
#include <cmath>
#include <set>

#include "parser/compile_internal.h"
#include "parser/disasm.h"

namespace taipan::detail {

using namespace ast;

namespace {

bool is_wildcard(const Pattern& p) {
  return p.is<MatchAs>() && !p.as<MatchAs>().pattern && p.as<MatchAs>().name.empty();
}
bool is_star_wildcard(const Pattern& p) {
  return p.is<MatchStar>() && p.as<MatchStar>().name.empty();
}

// A key under which equal constants (1, 1.0, True) collide, as in a Python set.
std::string key_of(const Const& c) {
  if (auto* b = std::get_if<bool>(&c.v)) return "n" + std::to_string(*b ? 1 : 0);
  if (auto* i = std::get_if<int64_t>(&c.v)) return "n" + std::to_string(*i);
  if (auto* d = std::get_if<double>(&c.v)) {
    if (std::isfinite(*d) && *d == std::floor(*d) && std::fabs(*d) < 9e15)
      return "n" + std::to_string(static_cast<int64_t>(*d));
  }
  return const_key(c);
}

}  // namespace

// `1+2j`, `-1.5-2j`: the only binary operation the pattern grammar allows (a real
// literal, + or -, an imaginary literal), folded for the duplicate-key check.
namespace {
std::optional<Const> fold_complex_literal(Compiler& cc, const ast::BinOp& b) {
  if (b.op != Operator::Add && b.op != Operator::Sub) return std::nullopt;
  if (!b.right->is<Constant>()) return std::nullopt;
  auto* im = std::get_if<ConstValue::Imag>(&b.right->as<Constant>().value.v);
  std::optional<Const> left = cc.fold(*b.left);
  if (!im || !left) return std::nullopt;
  double real;
  if (auto* i = std::get_if<int64_t>(&left->v)) real = static_cast<double>(*i);
  else if (auto* d = std::get_if<double>(&left->v)) real = *d;
  else return std::nullopt;
  return Const{Const::Complex{real, b.op == Operator::Sub ? -im->imag : im->imag}};
}
}  // namespace

void Compiler::pc_fail(PatternCtx& pc, Op op) {
  while (pc.fail_pop.size() <= static_cast<size_t>(pc.on_top)) pc.fail_pop.push_back(new_label());
  emit_jump(op, pc.fail_pop[pc.on_top]);
}

void Compiler::pc_emit_fail_pop(PatternCtx& pc) {
  for (size_t i = pc.fail_pop.size(); i-- > 0;) {
    bind(pc.fail_pop[i]);
    if (i > 0) emit(Op::POP_TOP);
  }
  pc.fail_pop.clear();
}

void Compiler::pattern_store(PatternCtx& pc, const std::string& name, const Loc& loc) {
  if (name.empty()) {
    emit(Op::POP_TOP);
    return;
  }
  if (name == "__debug__") error("cannot assign to __debug__", loc);
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
    error("multiple assignments to name '" + name + "' in pattern", loc);
  pc.stores.push_back(name);
  nameop(name, NameCtx::Store);
}

void Compiler::subpattern(const Pattern& p, PatternCtx& pc) {
  bool saved = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = saved;
}

void Compiler::pattern(const Pattern& p, PatternCtx& pc) {
  PosScope ps(*this, p);
  switch (p.kind) {
    case PatternKind::MatchValue: {
      const Expr& v = *p.as<MatchValue>().value;
      if (!v.is<Constant>() && !v.is<Attribute>() && !v.is<UnaryOp>() && !v.is<ast::BinOp>())
        error("patterns may only match literals and attribute lookups", p);
      expr(v);
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::EQ));
      pc_fail(pc, Op::POP_JUMP_IF_FALSE);
      return;
    }
    case PatternKind::MatchSingleton:
      load_const(to_const(p.as<MatchSingleton>().value));
      emit(Op::IS_OP, 0);
      pc_fail(pc, Op::POP_JUMP_IF_FALSE);
      return;
    case PatternKind::MatchAs: {
      auto& a = p.as<MatchAs>();
      if (!a.pattern) {
        if (!pc.allow_irrefutable) {
          if (a.name.empty()) error("wildcard makes remaining patterns unreachable", p);
          error("name capture '" + a.name + "' makes remaining patterns unreachable", p);
        }
        pattern_store(pc, a.name, p);
        return;
      }
      // Keep the subject for the name while the sub-pattern consumes a copy.
      pc.on_top++;
      emit(Op::COPY, 1);
      pattern(*a.pattern, pc);
      pc.on_top--;
      pattern_store(pc, a.name, p);
      return;
    }
    case PatternKind::MatchStar:
      pattern_store(pc, p.as<MatchStar>().name, p);
      return;
    case PatternKind::MatchSequence:
      pattern_sequence(p.as<MatchSequence>(), pc);
      return;
    case PatternKind::MatchMapping:
      pattern_mapping(p.as<MatchMapping>(), pc);
      return;
    case PatternKind::MatchClass:
      pattern_class(p.as<MatchClass>(), pc);
      return;
    case PatternKind::MatchOr:
      pattern_or(p.as<MatchOr>(), pc);
      return;
  }
}

void Compiler::pattern_sequence(const MatchSequence& p, PatternCtx& pc) {
  const PatternList& pats = p.patterns;
  int size = static_cast<int>(pats.size());
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < size; ++i) {
    if (pats[i]->is<MatchStar>()) {
      if (star >= 0) error("multiple starred names in sequence pattern", p);
      star_wildcard = is_star_wildcard(*pats[i]);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(*pats[i]);
  }
  pc.on_top++;  // the subject stays during the type and length checks
  emit(Op::MATCH_SEQUENCE);
  pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  if (star < 0) {
    emit(Op::GET_LEN);
    load_const(Const{int64_t{size}});
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::EQ));
    pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    emit(Op::GET_LEN);
    load_const(Const{int64_t{size - 1}});
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::GE));
    pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  }
  pc.on_top--;
  if (only_wildcard) {
    emit(Op::POP_TOP);
    return;
  }
  if (star_wildcard) {
    // Index the items needed instead of unpacking everything.
    pc.on_top++;
    for (int i = 0; i < size; ++i) {
      if (i == star || is_wildcard(*pats[i])) continue;
      emit(Op::COPY, 1);
      if (i < star) {
        load_const(Const{int64_t{i}});
      } else {
        // The subject may not support negative indexing.
        emit(Op::GET_LEN);
        load_const(Const{int64_t{size - i}});
        emit(Op::BINARY_OP, static_cast<uint32_t>(taipan::BinOp::SUB));
      }
      emit(Op::BINARY_SUBSCR);
      subpattern(*pats[i], pc);
    }
    pc.on_top--;
    emit(Op::POP_TOP);
    return;
  }
  if (star < 0)
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
  else
    emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(size - star - 1) << 8));
  pc.on_top += size;
  for (int i = 0; i < size; ++i) {
    pc.on_top--;
    subpattern(*pats[i], pc);
  }
}

void Compiler::pattern_mapping(const MatchMapping& p, PatternCtx& pc) {
  int size = static_cast<int>(p.keys.size());
  if (size != static_cast<int>(p.patterns.size()))
    error("keys (" + std::to_string(size) + ") / patterns mismatch in mapping pattern", p);
  pc.on_top++;
  emit(Op::MATCH_MAPPING);
  pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  if (!size && p.rest.empty()) {
    pc.on_top--;
    emit(Op::POP_TOP);
    return;
  }
  if (size) {
    emit(Op::GET_LEN);
    load_const(Const{int64_t{size}});
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::GE));
    pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  }
  std::set<std::string> seen;
  for (auto& k : p.keys) {
    if (k->is<Attribute>()) {
      expr(*k);
      continue;
    }
    std::optional<Const> c;
    if (k->is<Constant>() || k->is<UnaryOp>()) c = fold(*k);
    if (k->is<ast::BinOp>()) c = fold_complex_literal(*this, k->as<ast::BinOp>());
    if (!c) error("mapping pattern keys may only match literals and attribute lookups", *k);
    if (!seen.insert(key_of(*c)).second)
      error("mapping pattern checks duplicate key (" + const_repr(*c) + ")", p);
    expr(*k);
  }
  emit(Op::BUILD_TUPLE, static_cast<uint32_t>(size));
  emit(Op::MATCH_KEYS);  // [subject keys values]
  pc.on_top += 2;
  emit(Op::COPY, 1);
  load_none();
  emit(Op::IS_OP, 1);
  pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
  pc.on_top += size - 1;
  for (int i = 0; i < size; ++i) {
    pc.on_top--;
    subpattern(*p.patterns[i], pc);
  }
  pc.on_top -= 2;
  if (!p.rest.empty()) {
    // rest = dict(subject); del rest[k] for each key
    emit(Op::BUILD_MAP, 0);   // [subject keys {}]
    emit(Op::SWAP, 3);        // [{} keys subject]
    emit(Op::DICT_UPDATE, 2); // [rest keys]
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    for (int n = size; n > 0; --n) {
      emit(Op::COPY, static_cast<uint32_t>(1 + n));
      emit(Op::SWAP, 2);
      emit(Op::DELETE_SUBSCR);
    }
    pattern_store(pc, p.rest, p);
  } else {
    emit(Op::POP_TOP);  // keys
    emit(Op::POP_TOP);  // subject
  }
}

void Compiler::pattern_class(const MatchClass& p, PatternCtx& pc) {
  size_t nargs = p.patterns.size(), nattrs = p.kwd_attrs.size();
  if (nattrs != p.kwd_patterns.size())
    error("kwd_attrs (" + std::to_string(nattrs) + ") / kwd_patterns (" +
              std::to_string(p.kwd_patterns.size()) + ") length mismatch in class pattern",
          p);
  Const::Tuple names;
  for (size_t i = 0; i < nattrs; ++i) {
    const std::string& n = p.kwd_attrs[i];
    if (n == "__debug__") error("cannot assign to __debug__", *p.kwd_patterns[i]);
    for (size_t j = i + 1; j < nattrs; ++j)
      if (p.kwd_attrs[j] == n)
        error("attribute name repeated in class pattern: " + n, *p.kwd_patterns[j]);
    names.items.push_back(Const{n});
  }
  expr(*p.cls);
  load_const(Const{std::move(names)});
  emit(Op::MATCH_CLASS, static_cast<uint32_t>(nargs));
  emit(Op::COPY, 1);
  load_none();
  emit(Op::IS_OP, 1);
  pc.on_top++;  // the tuple of attributes (or None)
  pc_fail(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(nargs + nattrs));
  pc.on_top += static_cast<int>(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; ++i) {
    pc.on_top--;
    const Pattern& sub = i < nargs ? *p.patterns[i] : *p.kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      emit(Op::POP_TOP);
      continue;
    }
    subpattern(sub, pc);
  }
}

void Compiler::pattern_or(const MatchOr& p, PatternCtx& pc) {
  Label end = new_label();
  size_t n = p.patterns.size();
  PatternCtx old = std::move(pc);
  std::vector<std::string> control;
  for (size_t i = 0; i < n; ++i) {
    const Pattern& alt = *p.patterns[i];
    pc = PatternCtx{};
    pc.stores = old.stores;
    pc.allow_irrefutable = (i == n - 1) && old.allow_irrefutable;
    // Each alternative works on its own copy of the subject; a failure leaves the
    // original in place for the next one.
    emit(Op::COPY, 1);
    pattern(alt, pc);
    std::vector<std::string> bound(pc.stores.begin() + static_cast<long>(old.stores.size()),
                                   pc.stores.end());
    if (i == 0) {
      control = bound;
    } else {
      std::vector<std::string> a = control, b2 = bound;
      std::sort(a.begin(), a.end());
      std::sort(b2.begin(), b2.end());
      if (a != b2) error("alternative patterns bind different names", alt);
    }
    emit_jump(Op::JUMP_FORWARD, end);
    pc_emit_fail_pop(pc);
  }
  pc = std::move(old);
  pc.stores.insert(pc.stores.end(), control.begin(), control.end());
  // Every alternative failed: [subject] is still there.
  pc.on_top++;
  pc_fail(pc, Op::JUMP_FORWARD);
  pc.on_top--;
  bind(end);
  emit(Op::POP_TOP);  // the subject
}

void Compiler::match_stmt(const Match& m) {
  expr(*m.subject);
  Label end = new_label();
  size_t cases = m.cases.size();
  const MatchCase& last = m.cases.back();
  bool has_default = is_wildcard(*last.pattern) && cases > 1;
  for (size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
    const MatchCase& c = m.cases[i];
    bool last_tested = i == cases - (has_default ? 1 : 0) - 1;
    if (!last_tested) emit(Op::COPY, 1);
    PatternCtx pc;
    pc.allow_irrefutable = c.guard != nullptr || i == cases - 1;
    pattern(*c.pattern, pc);
    if (c.guard) {
      while (pc.fail_pop.empty()) pc.fail_pop.push_back(new_label());
      jump_if(*c.guard, pc.fail_pop[0], false);
    }
    if (!last_tested) emit(Op::POP_TOP);  // the subject
    stmts(c.body);
    emit_jump(Op::JUMP_FORWARD, end);
    PosScope ps(*this, *c.pattern);
    pc_emit_fail_pop(pc);
  }
  if (has_default) {
    PosScope ps(*this, *last.pattern);
    emit(Op::NOP);
    if (last.guard) jump_if(*last.guard, end, false);
    stmts(last.body);
  }
  bind(end);
}

}  // namespace taipan::detail
