// Expressions: values, calls, displays, conditions (jump_if), assignment targets.
// Every expression node stamps its own position on the instructions it emits (the
// PosScope in expr()), so a CALL, LOAD_ATTR or BINARY_SUBSCR in a multi-line statement
// reports the line of its own node in tracebacks.
#include <stdexcept>

#include "parser/compile_internal.h"

namespace taipan::detail {

using namespace ast;

taipan::BinOp binop_of(Operator op) {
  using B = taipan::BinOp;
  switch (op) {
    case Operator::Add: return B::ADD;
    case Operator::Sub: return B::SUB;
    case Operator::Mult: return B::MUL;
    case Operator::MatMult: return B::MATMUL;
    case Operator::Div: return B::TRUEDIV;
    case Operator::Mod: return B::MOD;
    case Operator::Pow: return B::POW;
    case Operator::LShift: return B::LSHIFT;
    case Operator::RShift: return B::RSHIFT;
    case Operator::BitOr: return B::OR;
    case Operator::BitXor: return B::XOR;
    case Operator::BitAnd: return B::AND;
    case Operator::FloorDiv: return B::FLOORDIV;
  }
  return B::ADD;
}

namespace {

// Above this many items a display is built in pieces so the stack stays small, as
// CPython's STACK_USE_GUARDRAIL.
constexpr size_t kStackGuard = 30;
constexpr size_t kChunk = 16;

bool has_starred(const ExprList& l) {
  for (auto& e : l)
    if (e->is<Starred>()) return true;
  return false;
}

}  // namespace

std::optional<Const> Compiler::fold(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Constant:
      return to_const(e.as<Constant>().value);
    case ExprKind::Name:
      if (e.as<Name>().id == "__debug__" && e.as<Name>().ctx == Ctx::Load) return Const{true};
      return std::nullopt;
    case ExprKind::UnaryOp: {
      auto& u = e.as<UnaryOp>();
      if (u.op != UnaryOpKind::USub || !u.operand->is<Constant>()) return std::nullopt;
      const auto& v = u.operand->as<Constant>().value.v;
      if (auto* i = std::get_if<int64_t>(&v)) return Const{-*i};
      if (auto* d = std::get_if<double>(&v)) return Const{-*d};
      if (auto* im = std::get_if<ConstValue::Imag>(&v)) return Const{Const::Complex{-0.0, -im->imag}};
      if (auto* bi = std::get_if<ConstValue::BigInt>(&v)) {
        if (bi->decimal == "9223372036854775808") return Const{INT64_MIN};
        return Const{Const::BigInt{"-" + bi->decimal}};
      }
      return std::nullopt;
    }
    case ExprKind::Tuple: {
      auto& t = e.as<Tuple>();
      if (t.ctx != Ctx::Load) return std::nullopt;
      Const::Tuple items;
      for (auto& x : t.elts) {
        auto c = fold(*x);
        if (!c) return std::nullopt;
        items.items.push_back(std::move(*c));
      }
      return Const{std::move(items)};
    }
    default:
      return std::nullopt;
  }
}

void Compiler::expr(const Expr& e) {
  PosScope p(*this, e);
  expr_inner(e);
}

void Compiler::expr_inner(const Expr& e) {
  if (auto c = fold(e)) {
    load_const(*c);
    return;
  }
  switch (e.kind) {
    case ExprKind::BoolOp: {
      auto& bo = e.as<BoolOp>();
      Label end = new_label();
      Op jump = bo.op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
      for (size_t i = 0; i + 1 < bo.values.size(); ++i) {
        expr(*bo.values[i]);
        emit_jump(jump, end);
      }
      expr(*bo.values.back());
      bind(end);
      return;
    }
    case ExprKind::NamedExpr: {
      auto& n = e.as<NamedExpr>();
      expr(*n.value);
      emit(Op::COPY, 1);
      store(*n.target);
      return;
    }
    case ExprKind::BinOp: {
      auto& bo = e.as<ast::BinOp>();
      expr(*bo.left);
      expr(*bo.right);
      emit(Op::BINARY_OP, static_cast<uint32_t>(binop_of(bo.op)));
      return;
    }
    case ExprKind::UnaryOp: {
      auto& uo = e.as<UnaryOp>();
      expr(*uo.operand);
      switch (uo.op) {
        case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
      }
      return;
    }
    case ExprKind::Lambda:
      lambda(e.as<Lambda>());
      return;
    case ExprKind::IfExp: {
      auto& ie = e.as<IfExp>();
      Label orelse = new_label(), end = new_label();
      jump_if(*ie.test, orelse, false);
      expr(*ie.body);
      emit_jump(Op::JUMP_FORWARD, end);
      bind(orelse);
      expr(*ie.orelse);
      bind(end);
      return;
    }
    case ExprKind::Dict:
      dict_display(e.as<Dict>());
      return;
    case ExprKind::Set:
      build_sequence(e.as<Set>().elts, 0, Seq::Set);
      return;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      comprehension(e);
      return;
    case ExprKind::Await:
      if (!in_coroutine()) {
        if (u().kind == UnitKind::Comprehension)
          error("asynchronous comprehension outside of an asynchronous function", e);
        error("'await' outside async function", e);
      }
      expr(*e.as<Await>().value);
      await_value(0);
      return;
    case ExprKind::Yield: {
      auto& y = e.as<Yield>();
      if (y.value)
        expr(*y.value);
      else
        load_none();
      if (u().code->flags & CO_ASYNC_GENERATOR) emit(Op::ASYNC_GEN_WRAP);
      emit(Op::YIELD_VALUE);
      return;
    }
    case ExprKind::YieldFrom:
      if (in_coroutine()) error("'yield from' inside async function", e);
      expr(*e.as<YieldFrom>().value);
      emit(Op::GET_YIELD_FROM_ITER);
      yield_from_loop();
      return;
    case ExprKind::Compare:
      compare(e.as<Compare>());
      return;
    case ExprKind::Call:
      call(e.as<Call>());
      return;
    case ExprKind::FormattedValue: {
      auto& fv = e.as<FormattedValue>();
      expr(*fv.value);
      uint32_t conv = fv.conversion == 's' ? 1 : fv.conversion == 'r' ? 2 : fv.conversion == 'a' ? 3 : 0;
      if (fv.format_spec) {
        expr(*fv.format_spec);
        conv |= 4;
      }
      emit(Op::FORMAT_VALUE, conv);
      return;
    }
    case ExprKind::JoinedStr: {
      auto& js = e.as<JoinedStr>();
      if (js.values.size() == 1) {
        expr(*js.values[0]);
        if (!js.values[0]->is<FormattedValue>()) return;
        return;
      }
      if (js.values.size() > kStackGuard) {
        // ''.join([...]) would need a call; instead concatenate in chunks.
        size_t done = 0;
        while (done < js.values.size()) {
          size_t n = std::min(kChunk, js.values.size() - done);
          for (size_t i = 0; i < n; ++i) expr(*js.values[done + i]);
          emit(Op::BUILD_STRING, static_cast<uint32_t>(n + (done ? 1 : 0)));
          done += n;
        }
        return;
      }
      for (auto& v : js.values) expr(*v);
      emit(Op::BUILD_STRING, static_cast<uint32_t>(js.values.size()));
      return;
    }
    case ExprKind::Constant:
      return;  // folded above
    case ExprKind::Attribute: {
      auto& a = e.as<Attribute>();
      expr(*a.value);
      PosScope p(*this, e);
      emit(Op::LOAD_ATTR, name_arg(a.attr));
      return;
    }
    case ExprKind::Subscript: {
      auto& s = e.as<Subscript>();
      check_subscript(s, e);
      expr(*s.value);
      subscript_slice(*s.slice);
      emit(Op::BINARY_SUBSCR);
      return;
    }
    case ExprKind::Starred:
      error("can't use starred expression here", e);
    case ExprKind::Name:
      nameop(e.as<Name>().id, NameCtx::Load);
      return;
    case ExprKind::List:
      build_sequence(e.as<List>().elts, 0, Seq::List);
      return;
    case ExprKind::Tuple:
      build_sequence(e.as<Tuple>().elts, 0, Seq::Tuple);
      return;
    case ExprKind::Slice: {
      auto& s = e.as<Slice>();
      if (s.lower) expr(*s.lower); else load_none();
      if (s.upper) expr(*s.upper); else load_none();
      if (s.step) {
        expr(*s.step);
        emit(Op::BUILD_SLICE, 3);
      } else {
        emit(Op::BUILD_SLICE, 2);
      }
      return;
    }
  }
}

void Compiler::subscript_slice(const Expr& slice) { expr(slice); }

// ---- comparisons and conditions ----

void Compiler::emit_cmp(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::EQ)); break;
    case CmpOpKind::NotEq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::NE)); break;
    case CmpOpKind::Lt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::LT)); break;
    case CmpOpKind::LtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::LE)); break;
    case CmpOpKind::Gt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::GT)); break;
    case CmpOpKind::GtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::GE)); break;
    case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
    case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
    case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
    case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
  }
}

// a < b < c evaluates b once: [a b] SWAP 2; COPY 2; COMPARE -> [b r]; if r is false
// keep it and drop b, else compare b with c.
namespace {

// The type name of a folded constant (CPython's type(value).__name__).
const char* const_type_name(const Const& c) {
  return std::visit(
      [](const auto& x) -> const char* {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, Const::None>) return "NoneType";
        else if constexpr (std::is_same_v<T, Const::Ellipsis>) return "ellipsis";
        else if constexpr (std::is_same_v<T, bool>) return "bool";
        else if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, Const::BigInt>) return "int";
        else if constexpr (std::is_same_v<T, double>) return "float";
        else if constexpr (std::is_same_v<T, Const::Complex>) return "complex";
        else if constexpr (std::is_same_v<T, Const::Str>) return "str";
        else if constexpr (std::is_same_v<T, Const::Bytes>) return "bytes";
        else if constexpr (std::is_same_v<T, Const::Tuple>) return "tuple";
        else if constexpr (std::is_same_v<T, Const::FrozenSet>) return "frozenset";
        else return "code";
      },
      c.v);
}

// CPython's infer_type: the type a display, comprehension or literal evaluates to, or null.
const char* display_type_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: case ExprKind::ListComp: return "list";
    case ExprKind::Dict: case ExprKind::DictComp: return "dict";
    case ExprKind::Set: case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "str";
    default: return nullptr;
  }
}

}  // namespace

// CPython folds constant tuples and negated numbers before this check, so `x is ()`
// and `x is -1` warn too; None, True, False and ... are fine.
void Compiler::check_compare(const Compare& c) {
  auto is_ok_arg = [&](const Expr& e) {
    std::optional<Const> k = e.is<Name>() ? std::nullopt : fold(e);
    if (!k) return true;
    return std::holds_alternative<Const::None>(k->v) || std::holds_alternative<bool>(k->v) ||
           std::holds_alternative<Const::Ellipsis>(k->v);
  };
  bool left = is_ok_arg(*c.left);
  for (size_t i = 0; i < c.ops.size(); ++i) {
    bool right = is_ok_arg(*c.comparators[i]);
    if ((c.ops[i] == CmpOpKind::Is || c.ops[i] == CmpOpKind::IsNot) && (!left || !right)) {
      warn(c.ops[i] == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                     : "\"is not\" with a literal. Did you mean \"!=\"?",
           c);
      return;
    }
    left = right;
  }
}

void Compiler::check_caller(const Expr& func) {
  const char* t = nullptr;
  if (func.is<Constant>() || func.is<UnaryOp>() || func.is<Tuple>()) {
    if (auto k = fold(func)) t = const_type_name(*k);
  }
  if (!t && func.kind != ExprKind::Lambda) t = display_type_name(func);
  if (t)
    warn(std::string("'") + t + "' object is not callable; perhaps you missed a comma?", func);
}

void Compiler::check_subscript(const Subscript& s, const ast::Loc& loc) {
  const Expr& v = *s.value;
  std::optional<Const> kv;
  if (v.is<Constant>() || v.is<UnaryOp>() || v.is<Tuple>()) kv = fold(v);
  // check_subscripter: None, ..., numbers and frozensets, sets, generators, lambdas.
  const char* bad = nullptr;
  if (kv) {
    if (std::holds_alternative<Const::None>(kv->v) || std::holds_alternative<Const::Ellipsis>(kv->v) ||
        std::holds_alternative<bool>(kv->v) || std::holds_alternative<int64_t>(kv->v) ||
        std::holds_alternative<Const::BigInt>(kv->v) || std::holds_alternative<double>(kv->v) ||
        std::holds_alternative<Const::Complex>(kv->v) || std::holds_alternative<Const::FrozenSet>(kv->v))
      bad = const_type_name(*kv);
  } else if (v.kind == ExprKind::Set || v.kind == ExprKind::SetComp ||
             v.kind == ExprKind::GeneratorExp || v.kind == ExprKind::Lambda) {
    bad = display_type_name(v);
  }
  if (bad) {
    warn(std::string("'") + bad + "' object is not subscriptable; perhaps you missed a comma?", loc);
    return;
  }
  // check_index: a str/bytes/tuple/list value indexed by something that is surely not an
  // int or a slice.
  const Expr& ix = *s.slice;
  const char* it = nullptr;
  if (ix.is<Constant>() || ix.is<UnaryOp>() || ix.is<Tuple>()) {
    if (auto k = fold(ix)) it = const_type_name(*k);
  }
  if (!it) it = display_type_name(ix);
  if (!it || std::string_view(it) == "int" || std::string_view(it) == "bool") return;
  const char* vt = nullptr;
  if (kv) {
    if (std::holds_alternative<Const::Str>(kv->v) || std::holds_alternative<Const::Bytes>(kv->v) ||
        std::holds_alternative<Const::Tuple>(kv->v))
      vt = const_type_name(*kv);
  } else if (v.kind == ExprKind::Tuple || v.kind == ExprKind::List || v.kind == ExprKind::ListComp ||
             v.kind == ExprKind::JoinedStr || v.kind == ExprKind::FormattedValue) {
    vt = display_type_name(v);
  }
  if (vt)
    warn(std::string(vt) + " indices must be integers or slices, not " + it +
             "; perhaps you missed a comma?", loc);
}

void Compiler::compare(const Compare& c) {
  check_compare(c);
  expr(*c.left);
  size_t n = c.ops.size();
  if (n == 1) {
    expr(*c.comparators[0]);
    emit_cmp(c.ops[0]);
    return;
  }
  Label cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; ++i) {
    expr(*c.comparators[i]);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    emit_cmp(c.ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(*c.comparators[n - 1]);
  emit_cmp(c.ops[n - 1]);
  emit_jump(Op::JUMP_FORWARD, end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

// Jumps to `target` when bool(e) == cond, else falls through; nothing is left on the
// stack either way. All jumps emitted here go forward.
void Compiler::jump_if(const Expr& e, Label target, bool cond) {
  PosScope p(*this, e);
  switch (e.kind) {
    case ExprKind::UnaryOp:
      if (e.as<UnaryOp>().op == UnaryOpKind::Not) {
        jump_if(*e.as<UnaryOp>().operand, target, !cond);
        return;
      }
      break;
    case ExprKind::BoolOp: {
      auto& bo = e.as<BoolOp>();
      bool is_or = bo.op == BoolOpKind::Or;
      Label next2 = target;
      bool own = cond != is_or;
      if (own) next2 = new_label();
      for (size_t i = 0; i + 1 < bo.values.size(); ++i) jump_if(*bo.values[i], next2, is_or);
      jump_if(*bo.values.back(), target, cond);
      if (own) bind(next2);
      return;
    }
    case ExprKind::IfExp: {
      auto& ie = e.as<IfExp>();
      Label end = new_label(), next2 = new_label();
      jump_if(*ie.test, next2, false);
      jump_if(*ie.body, target, cond);
      emit_jump(Op::JUMP_FORWARD, end);
      bind(next2);
      jump_if(*ie.orelse, target, cond);
      bind(end);
      return;
    }
    case ExprKind::Compare: {
      auto& c = e.as<Compare>();
      size_t n = c.ops.size();
      if (n == 1 && (c.ops[0] == CmpOpKind::Is || c.ops[0] == CmpOpKind::IsNot) &&
          c.comparators[0]->is<Constant>() &&
          std::holds_alternative<ConstValue::None>(c.comparators[0]->as<Constant>().value.v)) {
        expr(*c.left);
        bool is = c.ops[0] == CmpOpKind::Is;
        emit_jump(is == cond ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target);
        return;
      }
      if (n > 1) {
        check_compare(c);
        expr(*c.left);
        Label cleanup = new_label(), end = new_label();
        for (size_t i = 0; i + 1 < n; ++i) {
          expr(*c.comparators[i]);
          emit(Op::SWAP, 2);
          emit(Op::COPY, 2);
          emit_cmp(c.ops[i]);
          emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        expr(*c.comparators[n - 1]);
        emit_cmp(c.ops[n - 1]);
        emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
        emit_jump(Op::JUMP_FORWARD, end);
        bind(cleanup);
        emit(Op::POP_TOP);
        if (!cond) emit_jump(Op::JUMP_FORWARD, target);
        bind(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  expr(e);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

// ---- calls ----

void Compiler::call(const Call& c) {
  check_caller(*c.func);
  // o.m(args): LOAD_METHOD avoids a bound-method object.
  bool method = c.func->is<Attribute>() && c.func->as<Attribute>().ctx == Ctx::Load &&
                !has_starred(c.args) && c.args.size() + 2 * c.keywords.size() < kStackGuard;
  for (auto& k : c.keywords)
    if (k.arg.empty()) method = false;
  if (method) {
    auto& a = c.func->as<Attribute>();
    expr(*a.value);
    {
      PosScope p(*this, a);
      emit(Op::LOAD_METHOD, name_arg(a.attr));
    }
    call_helper(0, c.args, c.keywords, c);
    return;
  }
  emit(Op::PUSH_NULL);
  expr(*c.func);
  call_helper(0, c.args, c.keywords, c);
}

// Emits the arguments and the call for a callable (and self/EMPTY) already on the stack,
// plus `pushed` positional arguments already pushed.
void Compiler::call_helper(int pushed, const ExprList& args, const std::vector<Keyword>& kws,
                           const Loc& loc) {
  for (size_t i = 0; i < kws.size(); ++i) {
    if (kws[i].arg.empty()) continue;
    for (size_t j = i + 1; j < kws.size(); ++j)
      if (kws[j].arg == kws[i].arg) error("keyword argument repeated: " + kws[i].arg, kws[j]);
  }
  bool ex = has_starred(args);
  for (auto& k : kws)
    if (k.arg.empty()) ex = true;
  if (!ex) {
    for (auto& a : args) expr(*a);
    for (auto& k : kws) expr(*k.value);
    PosScope p(*this, loc);
    uint32_t n = static_cast<uint32_t>(pushed + args.size() + kws.size());
    if (kws.empty()) {
      emit(Op::CALL, n);
    } else {
      Const::Tuple names;
      for (auto& k : kws) names.items.push_back(Const{k.arg});
      load_const(Const{std::move(names)});
      emit(Op::CALL_KW, n);
    }
    return;
  }
  // CALL_EX: a tuple of positional arguments, then a dict of keyword arguments. For
  // f(*it) the iterable itself goes: CALL_EX makes the tuple, and its error for a
  // non-iterable names the callee, as CPython's does.
  if (pushed == 0 && args.size() == 1 && args[0]->is<Starred>())
    expr(*args[0]->as<Starred>().value);
  else
    build_sequence(args, pushed, Seq::Tuple);
  if (!kws.empty()) {
    bool have_dict = false;
    uint32_t nseen = 0;
    auto flush = [&] {
      if (!nseen) return;
      emit(Op::BUILD_MAP, nseen);
      if (have_dict) emit(Op::DICT_MERGE, 1);
      have_dict = true;
      nseen = 0;
    };
    for (auto& k : kws) {
      if (k.arg.empty()) {
        flush();
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        expr(*k.value);
        PosScope p(*this, k);
        emit(Op::DICT_MERGE, 1);
      } else {
        if (nseen >= kChunk) flush();
        load_str(k.arg);
        expr(*k.value);
        ++nseen;
      }
    }
    flush();
  }
  PosScope p(*this, loc);
  emit(Op::CALL_EX, kws.empty() ? 0 : 1);
}

// ---- displays ----

void Compiler::build_sequence(const ExprList& elts, int pushed, Seq kind) {
  const size_t n = elts.size();
  const bool star = has_starred(elts);
  if (!star && n + pushed <= kStackGuard) {
    if (kind != Seq::Tuple && pushed == 0 && n >= 3) {
      // [1, 2, 3] / {1, 2, 3}: extend an empty list by a constant tuple, or update an
      // empty set from a constant frozenset, as CPython does (the set's iteration order
      // after later adds depends on it).
      std::vector<Const> items;
      for (auto& e : elts) {
        auto c = fold(*e);
        if (!c) break;
        items.push_back(std::move(*c));
      }
      if (items.size() == n) {
        bool is_list = kind == Seq::List;
        emit(is_list ? Op::BUILD_LIST : Op::BUILD_SET, 0);
        if (is_list) load_const(Const{Const::Tuple{std::move(items)}});
        else load_const(Const{Const::FrozenSet{std::move(items)}});
        emit(is_list ? Op::LIST_EXTEND : Op::SET_UPDATE, 1);
        return;
      }
    }
    for (auto& e : elts) expr(*e);
    uint32_t total = static_cast<uint32_t>(n + pushed);
    emit(kind == Seq::List ? Op::BUILD_LIST : kind == Seq::Set ? Op::BUILD_SET : Op::BUILD_TUPLE,
         total);
    return;
  }
  // Incremental: start with the items already pushed, then extend by each starred
  // iterable and by tuples of plain items (never more than kChunk on the stack).
  emit(kind == Seq::Set ? Op::BUILD_SET : Op::BUILD_LIST, static_cast<uint32_t>(pushed));
  Op extend = kind == Seq::Set ? Op::SET_UPDATE : Op::LIST_EXTEND;
  size_t i = 0;
  while (i < n) {
    if (elts[i]->is<Starred>()) {
      expr(*elts[i]->as<Starred>().value);
      PosScope p(*this, *elts[i]);
      emit(extend, 1);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && !elts[j]->is<Starred>() && j - i < kChunk) ++j;
    Const::Tuple items;
    for (size_t k = i; k < j; ++k) {
      auto c = fold(*elts[k]);
      if (!c) break;
      items.items.push_back(std::move(*c));
    }
    if (items.items.size() == j - i) {
      load_const(Const{std::move(items)});
    } else {
      for (size_t k = i; k < j; ++k) expr(*elts[k]);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(j - i));
    }
    emit(extend, 1);
    i = j;
  }
  if (kind == Seq::Tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::dict_display(const Dict& d) {
  bool have_dict = false;
  uint32_t elements = 0;
  auto flush = [&] {
    if (!elements) return;
    emit(Op::BUILD_MAP, elements);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
    elements = 0;
  };
  for (size_t i = 0; i < d.keys.size(); ++i) {
    if (!d.keys[i]) {
      flush();
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(*d.values[i]);
      emit(Op::DICT_UPDATE, 1);
    } else {
      if (elements >= kChunk) flush();
      expr(*d.keys[i]);
      expr(*d.values[i]);
      ++elements;
    }
  }
  flush();
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

// ---- assignment targets ----

void Compiler::store(const Expr& t) {
  PosScope p(*this, t);
  switch (t.kind) {
    case ExprKind::Name:
      if (t.as<Name>().id == "__debug__") error("cannot assign to __debug__", t);
      nameop(t.as<Name>().id, NameCtx::Store);
      return;
    case ExprKind::Attribute: {
      auto& a = t.as<Attribute>();
      expr(*a.value);
      emit(Op::STORE_ATTR, name_arg(a.attr));
      return;
    }
    case ExprKind::Subscript: {
      auto& s = t.as<Subscript>();
      expr(*s.value);
      subscript_slice(*s.slice);
      emit(Op::STORE_SUBSCR);
      return;
    }
    case ExprKind::Tuple:
      unpack_store(t.as<Tuple>().elts, t);
      return;
    case ExprKind::List:
      unpack_store(t.as<List>().elts, t);
      return;
    case ExprKind::Starred:
      error("starred assignment target must be in a list or tuple", t);
    default:
      error("cannot assign to expression", t);
  }
}

void Compiler::unpack_store(const ExprList& elts, const Loc& loc) {
  size_t n = elts.size();
  size_t star = n;
  for (size_t i = 0; i < n; ++i) {
    if (!elts[i]->is<Starred>()) continue;
    if (star != n) error("multiple starred expressions in assignment", loc);
    star = i;
  }
  if (star != n) {
    size_t before = star, after = n - star - 1;
    if (before >= 256 || after >= (1u << 24))
      error("too many expressions in star-unpacking assignment", loc);
    emit(Op::UNPACK_EX, static_cast<uint32_t>(before | (after << 8)));
  } else {
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
  }
  for (auto& e : elts) {
    if (e->is<Starred>())
      store(*e->as<Starred>().value);
    else
      store(*e);
  }
}

void Compiler::del(const Expr& t) {
  PosScope p(*this, t);
  switch (t.kind) {
    case ExprKind::Name:
      if (t.as<Name>().id == "__debug__") error("cannot delete __debug__", t);
      nameop(t.as<Name>().id, NameCtx::Del);
      return;
    case ExprKind::Attribute:
      expr(*t.as<Attribute>().value);
      emit(Op::DELETE_ATTR, name_arg(t.as<Attribute>().attr));
      return;
    case ExprKind::Subscript:
      expr(*t.as<Subscript>().value);
      subscript_slice(*t.as<Subscript>().slice);
      emit(Op::DELETE_SUBSCR);
      return;
    case ExprKind::Tuple:
      for (auto& e : t.as<Tuple>().elts) del(*e);
      return;
    case ExprKind::List:
      for (auto& e : t.as<List>().elts) del(*e);
      return;
    default:
      error("cannot delete expression", t);
  }
}

// SEND loop of `yield from` and await: the value sent in on resume becomes the next
// value to pass on; the sub-iterator's return value is left on the stack.
void Compiler::yield_from_loop() {
  load_none();
  Label start = new_label(), exit = new_label();
  bind(start);
  emit_jump(Op::SEND, exit);
  emit(Op::YIELD_VALUE);
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(exit);
}

}  // namespace taipan::detail
