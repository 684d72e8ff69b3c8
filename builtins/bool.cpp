// bool: the int subclass with exactly two instances, True and False. They are
// BigIntObjects of type bool holding 1 and 0 (so every int slot works on them
// unchanged), created here, immortal, and published in g_True/g_False. bool cannot be
// subclassed (no TF_BASETYPE). & | ^ between two bools give a bool; everything else
// behaves as int.
#include "builtins/int_gmp.h"
#include "builtins/int_internal.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/native.h"

namespace taipan {

static StrObject* g_true_str = nullptr;
static StrObject* g_false_str = nullptr;

static inline bool is_bool(Value v) { return v.is_obj() && v.obj()->type == BoolType; }

static Value bool_repr(Thread&, Value v) { return V(v.is(g_True) ? g_true_str : g_false_str); }

static Value bool_and(Thread& th, Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return bool_value(a.is(g_True) && b.is(g_True));
  return IntType->nb[static_cast<size_t>(BinOp::AND)](th, a, b);
}
static Value bool_or(Thread& th, Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return bool_value(a.is(g_True) || b.is(g_True));
  return IntType->nb[static_cast<size_t>(BinOp::OR)](th, a, b);
}
static Value bool_xor(Thread& th, Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return bool_value(a.is(g_True) != b.is(g_True));
  return IntType->nb[static_cast<size_t>(BinOp::XOR)](th, a, b);
}

static Value bool_new_impl(Thread& th, const Value* a) {
  if (a[1].is_empty()) return g_False;
  int t = truthy(th, a[1]);
  if (t < 0) return Value();
  return bool_value(t);
}

static const NativeDef kBoolNew = {"bool(type, x=False, /)", bool_new_impl};

static Value bool_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kBoolNew, V(type), args, nargs, kwnames);
}

static Value make_bool(Thread& th, long v) {
  Mpz z;
  mpz_set_si(z, v);
  BigIntObject* b = bigint_new(th, BoolType, z);
  gc_make_immortal(b);
  return V(b);
}

void init_bool_type(Thread& th) {
  Type* t = BoolType;
  t->flags |= TF_INT_SUBCLASS | TF_IMMUTABLE;
  t->flags &= ~static_cast<uint32_t>(TF_BASETYPE);
  int_fill_slots(t);
  t->repr = bool_repr;
  t->new_ = bool_new;
  t->nb[static_cast<size_t>(BinOp::AND)] = bool_and;
  t->nb[static_cast<size_t>(BinOp::OR)] = bool_or;
  t->nb[static_cast<size_t>(BinOp::XOR)] = bool_xor;
  t->tp_doc =
      "Returns True when the argument is true, False otherwise.\n"
      "The builtins True and False are the only two instances of the class bool.";
  g_true_str = str_intern("True");
  g_false_str = str_intern("False");
  g_True = make_bool(th, 1);
  g_False = make_bool(th, 0);
}

}  // namespace taipan
