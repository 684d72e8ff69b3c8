// CodeBuilder: stack-depth analysis, linearization and exception-table construction.
// See code_builder.h for the invariants. The stack effects below are read off the doc
// lines in vm/opcodes.def; keep them in step when an opcode's doc line changes (the
// switch has no default, so -Wswitch flags a new opcode that lacks an entry).
#include "parser/code_builder.h"

#include <bit>
#include <cstring>
#include <stdexcept>

namespace taipan::detail {

int stack_effect(Op op, uint32_t arg, bool jump) {
  const int n = static_cast<int>(arg);
  switch (op) {
    case Op::NOP:
    case Op::EXTENDED_ARG:
    case Op::SWAP:
    case Op::DELETE_FAST:
    case Op::DELETE_DEREF:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT:
    case Op::LIST_TO_TUPLE:
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::GET_ITER:
    case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH:
    case Op::SETUP_ANNOTATIONS:
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER:
    case Op::GET_AWAITABLE:
    case Op::GET_AITER:
    case Op::ASYNC_GEN_WRAP:
      return 0;
    case Op::POP_TOP:
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_GLOBAL:
    case Op::STORE_NAME:
    case Op::DELETE_ATTR:
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::BINARY_SUBSCR:
    case Op::LIST_APPEND:
    case Op::SET_ADD:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::RETURN_VALUE:
    case Op::POP_EXCEPT:
    case Op::PREP_RERAISE_STAR:
    case Op::RERAISE:
    case Op::IMPORT_NAME:
    case Op::IMPORT_STAR:
    case Op::PRINT_EXPR:
      return -1;
    case Op::COPY:
    case Op::PUSH_NULL:
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME:
    case Op::LOAD_METHOD:
    case Op::PUSH_EXC_INFO:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::BEFORE_WITH:
    case Op::WITH_EXCEPT_START:
    case Op::LOAD_BUILD_CLASS:
    case Op::IMPORT_FROM:
    case Op::GET_LEN:
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS:
    case Op::GET_ANEXT:
    case Op::BEFORE_ASYNC_WITH:
      return 1;
    case Op::STORE_ATTR:
    case Op::DELETE_SUBSCR:
    case Op::MAP_ADD:
    case Op::MATCH_CLASS:
    case Op::END_ASYNC_FOR:
      return -2;
    case Op::STORE_SUBSCR:
      return -3;
    case Op::CALL:
      return -(n + 1);
    case Op::CALL_KW:
      return -(n + 2);
    case Op::CALL_EX:
      return (arg & 1) ? -3 : -2;
    case Op::BUILD_SLICE:
      return 1 - n;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
      return 1 - n;
    case Op::BUILD_MAP:
      return 1 - 2 * n;
    case Op::FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op::FOR_ITER:
      return jump ? -1 : 1;
    case Op::SEND:
      return jump ? -1 : 0;
    case Op::RAISE_VARARGS:
      return -n;
    case Op::MAKE_FUNCTION:
      return -std::popcount(arg & 0xfu);
    case Op::UNPACK_SEQUENCE:
      return n - 1;
    case Op::UNPACK_EX:
      return static_cast<int>((arg & 0xff) + (arg >> 8));
    case Op::COUNT_:
      break;
  }
  throw std::logic_error("stack_effect: bad opcode");
}

bool is_terminator(Op op) {
  switch (op) {
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::RETURN_VALUE:
    case Op::RERAISE:
    case Op::RAISE_VARARGS:
      return true;
    default:
      return false;
  }
}

bool is_jump(Op op) { return kOpInfo[static_cast<int>(op)].kind == ArgKind::JUMP; }

Label CodeBuilder::new_label() {
  label_pos_.push_back(-1);
  return Label{static_cast<int>(label_pos_.size() - 1)};
}

void CodeBuilder::bind(Label l) {
  if (!l.valid() || label_pos_[l.id] >= 0) throw std::logic_error("label bound twice");
  label_pos_[l.id] = static_cast<int>(instrs_.size());
}

void CodeBuilder::emit(Op op, uint32_t arg) {
  instrs_.push_back(Instr{Kind::Real, op, arg, -1, current_handler(), pos});
}

void CodeBuilder::emit_jump(Op op, Label target) {
  if (!is_jump(op)) throw std::logic_error("emit_jump: not a jump");
  instrs_.push_back(Instr{Kind::Real, op, 0, target.id, current_handler(), pos});
}

void CodeBuilder::push_handler(Label target, bool lasti, int adjust) {
  handlers_.push_back(Handler{target.id, lasti, adjust});
  int h = static_cast<int>(handlers_.size() - 1);
  instrs_.push_back(Instr{Kind::Setup, Op::NOP, 0, target.id, h, pos});
  handler_stack_.push_back(h);
}

void CodeBuilder::pop_handler() {
  if (handler_stack_.empty()) throw std::logic_error("pop_handler: empty");
  handler_stack_.pop_back();
}

// ---- constants and names ----

static void append_key(std::string& k, const Const& c) {
  auto raw = [&k](const void* p, size_t n) { k.append(static_cast<const char*>(p), n); };
  k.push_back(static_cast<char>('a' + c.v.index()));
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, Const::None> || std::is_same_v<T, Const::Ellipsis>) {
        } else if constexpr (std::is_same_v<T, bool>) {
          k.push_back(x ? '1' : '0');
        } else if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, double>) {
          raw(&x, sizeof x);  // exact bits: -0.0 and 0.0 differ, as in CPython
        } else if constexpr (std::is_same_v<T, Const::BigInt>) {
          k += x.decimal;
        } else if constexpr (std::is_same_v<T, Const::Complex>) {
          raw(&x.real, sizeof x.real);
          raw(&x.imag, sizeof x.imag);
        } else if constexpr (std::is_same_v<T, Const::Str> ) {
          k += std::to_string(x.size());
          k.push_back(':');
          k += x;
        } else if constexpr (std::is_same_v<T, Const::Bytes>) {
          k += std::to_string(x.data.size());
          k.push_back(':');
          k += x.data;
        } else if constexpr (std::is_same_v<T, Const::Tuple> ||
                             std::is_same_v<T, Const::FrozenSet>) {
          k += std::to_string(x.items.size());
          k.push_back('(');
          for (const Const& e : x.items) append_key(k, e);
          k.push_back(')');
        } else {
          static_assert(std::is_same_v<T, std::shared_ptr<const CodeUnit>>);
          k += "#code";
        }
      },
      c.v);
}

static bool contains_code(const Const& c) {
  if (std::holds_alternative<std::shared_ptr<const CodeUnit>>(c.v)) return true;
  if (auto* t = std::get_if<Const::Tuple>(&c.v))
    for (const Const& e : t->items)
      if (contains_code(e)) return true;
  return false;
}

std::string const_key(const Const& c) {
  if (contains_code(c)) return {};
  std::string k;
  append_key(k, c);
  return k;
}

uint32_t CodeBuilder::add_const(const Const& c) {
  std::string k = const_key(c);
  if (!k.empty()) {
    auto it = const_index_.find(k);
    if (it != const_index_.end()) return it->second;
  }
  consts_.push_back(c);
  uint32_t i = static_cast<uint32_t>(consts_.size() - 1);
  if (!k.empty()) const_index_.emplace(std::move(k), i);
  return i;
}

uint32_t CodeBuilder::add_name(const std::string& n) {
  auto [it, fresh] = name_index_.emplace(n, static_cast<uint32_t>(names_.size()));
  if (fresh) names_.push_back(n);
  return it->second;
}

uint32_t CodeBuilder::add_varname(const std::string& n) {
  auto [it, fresh] = varname_index_.emplace(n, static_cast<uint32_t>(varnames_.size()));
  if (fresh) varnames_.push_back(n);
  return it->second;
}

// ---- finish ----

// Walks every path from instruction 0 (and from every handler), recording the depth on
// entry to each instruction; -1 marks unreachable ones. Returns the maximum depth.
int CodeBuilder::compute_depths(std::vector<int>& depth) {
  const int n = static_cast<int>(instrs_.size());
  depth.assign(n + 1, -1);
  std::vector<int> work;
  int maxd = 0;
  auto reach = [&](int i, int d) {
    if (d < 0) throw std::logic_error("stack underflow in compiled code");
    if (i >= n) throw std::logic_error("control falls off the end of the code");
    if (depth[i] == -1) {
      depth[i] = d;
      work.push_back(i);
    } else if (depth[i] != d) {
      throw std::logic_error("inconsistent stack depth at instruction " + std::to_string(i) +
                             ": " + std::to_string(depth[i]) + " vs " + std::to_string(d));
    }
    if (d > maxd) maxd = d;
  };
  auto target_of = [&](int label) {
    int p = label_pos_.at(label);
    if (p < 0) throw std::logic_error("jump to unbound label");
    return p;
  };
  if (n == 0) throw std::logic_error("empty code");
  reach(0, 0);
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    const Instr& in = instrs_[i];
    int d = depth[i];
    if (in.kind == Kind::Setup) {
      Handler& h = handlers_[in.handler];
      int hd = d + h.adjust;
      if (hd < 0) throw std::logic_error("handler depth below zero");
      if (h.depth != -1 && h.depth != hd) throw std::logic_error("handler set up at two depths");
      h.depth = hd;
      reach(target_of(h.label), hd + 1 + (h.lasti ? 1 : 0));
      reach(i + 1, d);
      continue;
    }
    if (in.label >= 0) {
      int after = d + stack_effect(in.op, in.arg, true);
      reach(target_of(in.label), after);
    }
    int after = d + stack_effect(in.op, in.arg, false);
    if (after < 0) throw std::logic_error("stack underflow in compiled code");
    if (after > maxd) maxd = after;
    if (!is_terminator(in.op)) reach(i + 1, after);
  }
  return maxd;
}

void CodeBuilder::finish(CodeUnit& out) {
  std::vector<int> depth;
  out.stacksize = compute_depths(depth);
  const int n = static_cast<int>(instrs_.size());

  // Keep the reachable real instructions; map every stream index (and so every label)
  // to the next kept instruction at or after it.
  std::vector<int> kept;                 // stream indices of kept instructions
  std::vector<int> next_kept(n + 1, -1);  // stream index -> index into `kept`
  for (int i = 0; i < n; ++i)
    if (instrs_[i].kind == Kind::Real && depth[i] >= 0) kept.push_back(i);
  {
    int k = static_cast<int>(kept.size());
    next_kept[n] = k;
    for (int i = n - 1; i >= 0; --i) {
      if (k > 0 && kept[k - 1] == i) --k;
      next_kept[i] = k;
    }
  }
  const int m = static_cast<int>(kept.size());
  auto label_target = [&](int label) {
    int t = next_kept[label_pos_.at(label)];
    if (t >= m) throw std::logic_error("jump past the end of the code");
    return t;
  };

  // Final opcode of each kept instruction (unconditional jumps get their direction).
  std::vector<Op> ops(m);
  std::vector<uint32_t> args(m);
  std::vector<int> targets(m, -1);
  for (int k = 0; k < m; ++k) {
    const Instr& in = instrs_[kept[k]];
    ops[k] = in.op;
    args[k] = in.arg;
    if (in.label >= 0) {
      targets[k] = label_target(in.label);
      bool forward = targets[k] > k;
      if (in.op == Op::JUMP_FORWARD || in.op == Op::JUMP_BACKWARD)
        ops[k] = forward ? Op::JUMP_FORWARD : Op::JUMP_BACKWARD;
      else if (!forward)
        throw std::logic_error(std::string("backward conditional jump: ") +
                               kOpInfo[static_cast<int>(in.op)].name);
    }
  }

  // Word offsets with EXTENDED_ARG prefixes: a prefix moves later code, which can grow
  // a jump argument, so iterate until the sizes settle (they only grow).
  auto prefixes = [](uint32_t a) {
    int p = 0;
    while (a > kMaxInsnArg) {
      a >>= 24;
      ++p;
    }
    return p;
  };
  std::vector<int> size(m, 1);
  std::vector<uint32_t> start(m + 1, 0);
  for (;;) {
    uint32_t off = 0;
    for (int k = 0; k < m; ++k) {
      start[k] = off;
      off += static_cast<uint32_t>(size[k]);
    }
    start[m] = off;
    bool changed = false;
    for (int k = 0; k < m; ++k) {
      if (targets[k] >= 0) args[k] = start[targets[k]];
      int s = 1 + prefixes(args[k]);
      if (s > size[k]) {
        size[k] = s;
        changed = true;
      }
    }
    if (!changed) break;
  }

  out.code.clear();
  out.positions.clear();
  out.code.reserve(start[m]);
  for (int k = 0; k < m; ++k) {
    const Instr& in = instrs_[kept[k]];
    // Pad with EXTENDED_ARG 0 if the size grew and the argument later shrank back.
    for (int p = size[k] - 1; p >= 1; --p) {
      uint32_t hi = p * 24 >= 32 ? 0 : (args[k] >> (24 * p)) & kMaxInsnArg;
      out.code.push_back(make_insn(Op::EXTENDED_ARG, hi));
      out.positions.push_back(in.pos);
    }
    out.code.push_back(make_insn(ops[k], args[k] & kMaxInsnArg));
    out.positions.push_back(in.pos);
  }

  // Exception table: runs of consecutive instructions sharing a handler.
  out.exctable.clear();
  for (int k = 0; k < m;) {
    int h = instrs_[kept[k]].handler;
    int j = k + 1;
    while (j < m && instrs_[kept[j]].handler == h) ++j;
    if (h >= 0) {
      const Handler& hd = handlers_[h];
      if (hd.depth < 0) throw std::logic_error("protected code reached without its handler");
      out.exctable.push_back(ExcEntry{start[k], start[j],
                                      start[label_target(hd.label)],
                                      static_cast<uint32_t>(hd.depth), hd.lasti});
    }
    k = j;
  }
  // Neighbouring runs of different handlers that share target/depth/lasti merge.
  std::vector<ExcEntry> merged;
  for (const ExcEntry& e : out.exctable) {
    if (!merged.empty()) {
      ExcEntry& b = merged.back();
      if (b.end == e.start && b.target == e.target && b.depth == e.depth && b.lasti == e.lasti) {
        b.end = e.end;
        continue;
      }
    }
    merged.push_back(e);
  }
  out.exctable = std::move(merged);

  out.consts = consts_;
  out.names = names_;
  out.varnames = varnames_;
}

}  // namespace taipan::detail
