// Helpers shared by the container types (see builtins/containers.h) and
// init_containers, which fills the slots and tables of every container type.
#include "builtins/containers.h"
#include "builtins/genericalias.h"

#include <charconv>

namespace taipan {

void init_containers(Thread& th) {
  init_tuple_types(th);
  init_list_types(th);
  init_dict_types(th);
  init_set_types(th);
  init_range_types(th);
  init_slice_types(th);
}

Value iter_self(Thread&, Value self) { return self; }

Value container_class_getitem(Thread& th, const Value* args) {
  return generic_alias_new(th, args[0], args[1]);
}

// ---------------------------------------------------------------- equality / hashing

// The kinds whose equality and hash are builtin and need no Python code.
enum class Kind { Int, Float, Str, Tuple, None, Other };

static inline Kind kind_of(Value v, int64_t* ival) {
  if (v.is_small()) {
    *ival = v.small();
    return Kind::Int;
  }
  if (v.is_double()) return Kind::Float;
  Type* t = v.obj()->type;
  if (t == StrType) return Kind::Str;
  if (t == TupleType) return Kind::Tuple;
  if (v.is(g_None)) return Kind::None;
  if (v.is(g_True)) {
    *ival = 1;
    return Kind::Int;
  }
  if (v.is(g_False)) {
    *ival = 0;
    return Kind::Int;
  }
  return Kind::Other;
}

int fast_eq(Value a, Value b, int depth) {
  if (a.is(b)) return 1;
  int64_t ia = 0, ib = 0;
  Kind ka = kind_of(a, &ia), kb = kind_of(b, &ib);
  if (ka == Kind::Other || kb == Kind::Other) {
    // A BigInt (exact int) never equals a small int: small-range ints are always small.
    if (ka == Kind::Int && b.is_obj() && b.obj()->type == IntType) return 0;
    if (kb == Kind::Int && a.is_obj() && a.obj()->type == IntType) return 0;
    return -1;
  }
  if (ka == Kind::Int && kb == Kind::Int) return ia == ib;
  if (ka == Kind::Float && kb == Kind::Float) return a.dbl() == b.dbl();
  // |small int| < 2^47: the conversion to double is exact.
  if (ka == Kind::Int && kb == Kind::Float) return static_cast<double>(ia) == b.dbl();
  if (ka == Kind::Float && kb == Kind::Int) return a.dbl() == static_cast<double>(ib);
  if (ka != kb) return 0;
  switch (ka) {
    case Kind::Str:
      return str_eq(as<StrObject>(a), as<StrObject>(b));
    case Kind::None:
      return 1;
    case Kind::Tuple: {
      if (depth <= 0) return -1;
      TupleObject* x = as<TupleObject>(a);
      TupleObject* y = as<TupleObject>(b);
      if (x->size != y->size) return 0;
      for (int64_t i = 0; i < x->size; ++i) {
        int r = fast_eq(x->items[i], y->items[i], depth - 1);
        if (r != 1) return r;  // first unequal (or undecidable) item decides
      }
      return 1;
    }
    default:
      return -1;
  }
}

int64_t tuple_hash_lanes(const int64_t* lanes, int64_t n) {
  // CPython's tuple hash: xxHash-style lanes (so hash((1, 2)) matches CPython).
  constexpr uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                     P5 = 2870177450012600261ull;
  uint64_t acc = P5;
  for (int64_t i = 0; i < n; ++i) {
    acc += static_cast<uint64_t>(lanes[i]) * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += static_cast<uint64_t>(n) ^ (P5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

static bool fast_hash_depth(Value v, int64_t* out, int depth) {
  if (v.is_small()) {
    int64_t i = v.small();
    *out = i == -1 ? -2 : i;
    return true;
  }
  if (v.is_double()) {
    *out = float_hash(v.dbl());
    return true;
  }
  Type* t = v.obj()->type;
  if (t == StrType) {
    *out = str_hash(as<StrObject>(v));
    return true;
  }
  if (t == IntType || t == BoolType) return int_hash(v, out);
  if (t == TupleType && depth > 0) {
    TupleObject* tu = as<TupleObject>(v);
    if (tu->size > 16) return false;
    int64_t lanes[16];
    for (int64_t i = 0; i < tu->size; ++i)
      if (!fast_hash_depth(tu->items[i], &lanes[i], depth - 1)) return false;
    *out = tuple_hash_lanes(lanes, tu->size);
    return true;
  }
  return false;
}

bool fast_hash(Value v, int64_t* out) { return fast_hash_depth(v, out, 3); }

// ---------------------------------------------------------------- repr

Value str_from_std(Thread& th, const std::string& s) { return V(str_new(th, s)); }

bool append_repr(Thread& th, std::string& out, Value v) {
  if (v.is_small()) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v.small());
    out.append(buf, r.ptr);
    return true;
  }
  if (v.is_double()) {
    out += float_repr(v.dbl());
    return true;
  }
  if (v.obj()->type == StrType) {
    out += str_repr_text(str_view(v));
    return true;
  }
  if (v.is(g_None)) {
    out += "None";
    return true;
  }
  if (v.is(g_True)) {
    out += "True";
    return true;
  }
  if (v.is(g_False)) {
    out += "False";
    return true;
  }
  Value r = repr(th, v);
  if (r.is_empty()) return false;
  out += str_view(r);
  return true;
}

// ---------------------------------------------------------------- sequences

static inline Value item_at(Value seq, int64_t i) {
  if (seq.obj()->type->flags & TF_TUPLE_SUBCLASS) {
    TupleObject* t = as<TupleObject>(seq);
    return i < t->size ? t->items[i] : Value();
  }
  return list_get(as<ListObject>(seq), i);
}
static inline int64_t seq_len(Value seq) {
  if (seq.obj()->type->flags & TF_TUPLE_SUBCLASS) return as<TupleObject>(seq)->size;
  return list_size(as<ListObject>(seq));
}

static Value cmp_sizes(int64_t na, int64_t nb, CmpOp op) {
  bool r = false;
  switch (op) {
    case CmpOp::LT: r = na < nb; break;
    case CmpOp::LE: r = na <= nb; break;
    case CmpOp::EQ: r = na == nb; break;
    case CmpOp::NE: r = na != nb; break;
    case CmpOp::GT: r = na > nb; break;
    case CmpOp::GE: r = na >= nb; break;
    default: break;
  }
  return bool_value(r);
}

// a and b are each a tuple or a list (subclasses included). Items are read one at a
// time (lock-free for lists), as CPython reads them between comparisons.
Value seq_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if ((op == CmpOp::EQ || op == CmpOp::NE) && seq_len(a) != seq_len(b))
    return bool_value(op == CmpOp::NE);
  Root ra(th, a), rb(th, b);
  for (int64_t i = 0;; ++i) {
    Value x = item_at(a, i), y = item_at(b, i);
    if (x.is_empty() || y.is_empty()) break;
    int r = fast_eq(x, y);
    if (r == 1) continue;
    Root rx(th, x), ry(th, y);
    if (r < 0) {
      r = eq(th, x, y);
      if (r < 0) return Value();
      if (r) continue;
    }
    if (op == CmpOp::EQ) return g_False;
    if (op == CmpOp::NE) return g_True;
    return richcmp(th, x, y, op);
  }
  return cmp_sizes(seq_len(a), seq_len(b), op);
}

int repeat_count(Thread& th, Value other, int64_t* n) {
  if (other.is_small()) {
    *n = other.small() < 0 ? 0 : other.small();
    return 1;
  }
  Type* t = type_of(other);
  if (is_int(other) || t->index) {
    if (!index_to_i64(th, other, n)) return -1;
    if (*n < 0) *n = 0;
    return 1;
  }
  if (t->flags & TF_HEAPTYPE) return 0;
  raise(th, Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(other));
  return -1;
}

Value raise_bad_index(Thread& th, const char* what, Value key) {
  return raise(th, Exc_TypeError, "%s indices must be integers or slices, not %s", what,
               type_name(key));
}

bool index_arg(Thread& th, Value v, int64_t dflt, int64_t* out) {
  if (v.is_empty()) {
    *out = dflt;
    return true;
  }
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  if (!is_int(v) && !type_of(v)->index) {
    raise(th, Exc_TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  return index_to_i64(th, v, out, true);
}

}  // namespace taipan
