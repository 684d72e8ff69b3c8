// The object protocol (vm/abstract.h) except calls (vm/call.cpp): repr/str, hashing,
// truth, comparisons, arithmetic dispatch, attributes, items, iteration, conversions.
//
// Each operation tries the few builtin fast paths (small ints, floats, exact str)
// first, then goes through the type's slots, exactly in CPython's order: the right
// operand's slot first when its type is a proper subclass of the left's that overrides
// the slot; NotImplemented moves on to the other operand; == and != fall back to
// identity. No lock is held here: the slots lock their own objects.
//
// GC: every function may run Python code. Arguments are rooted by the caller; a value
// produced here and held across a further call is rooted locally.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "builtins/exceptions.h"
#include "builtins/genericalias.h"
#include "builtins/str_impl.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/typeobject.h"

namespace taipan {

// ------------------------------------------------------------------ helpers

static Value attr_error(Thread& th, Value obj, StrObject* name) {
  if (is_type(obj))
    raise(th, Exc_AttributeError, "type object '%s' has no attribute '%s'",
          as<Type>(obj)->name->data, name->data);
  else
    raise(th, Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(obj), name->data);
  if (is_exception(th.exc)) {
    auto* e = as<ExceptionObject>(th.exc);
    e->extra[EX_NAME_NAME] = V(name);
    e->extra[EX_ATTR_OBJ] = obj;
  }
  return Value();
}

// Guards C++ recursion through nested reprs of deeply nested containers.
namespace {
struct DepthGuard {
  Thread& th;
  explicit DepthGuard(Thread& t) : th(t) { ++th.depth; }
  ~DepthGuard() { --th.depth; }
  bool exceeded() const { return th.depth > g_runtime.recursion_limit.load(std::memory_order_relaxed); }
};
}  // namespace

bool repr_enter(Thread& th, Object* o) {
  for (Object* a : th.repr_active)
    if (a == o) return true;
  th.repr_active.push_back(o);
  return false;
}

void repr_leave(Thread& th, Object* o) {
  for (size_t i = th.repr_active.size(); i-- > 0;) {
    if (th.repr_active[i] == o) {
      th.repr_active.erase(th.repr_active.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

// ------------------------------------------------------------------ repr / str

static Value default_repr(Thread& th, Value v) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "<%s object at %p>", type_name(v),
                static_cast<void*>(v.is_obj() ? v.obj() : nullptr));
  return V(str_new(th, buf));
}

// Runs a repr or str slot (`what` names it in the messages) under the recursion guard
// and checks that it gave a str.
static Value call_text_slot(Thread& th, Value v, UnaryFn slot, const char* what) {
  DepthGuard guard(th);
  if (guard.exceeded())
    return raise(th, Exc_RecursionError,
                 "maximum recursion depth exceeded while getting the %s of an object", what);
  Value r = slot(th, v);
  if (r.is_empty()) return r;
  if (!is_str(r))
    return raise(th, Exc_TypeError, "__%s__ returned non-string (type %s)", what, type_name(r));
  return r;
}

Value repr(Thread& th, Value v) {
  Type* t = type_of(v);
  if (!t->repr) return default_repr(th, v);
  return call_text_slot(th, v, t->repr, "repr");
}

Value str_of(Thread& th, Value v) {
  if (is_exact_str(v)) return v;
  Type* t = type_of(v);
  if (!t->str) return repr(th, v);
  return call_text_slot(th, v, t->str, "str");
}

// Decodes one UTF-8 code point at s[i] (valid UTF-8 assumed), advancing i.
static uint32_t utf8_next(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

Value ascii_of(Thread& th, Value v) {
  Value r = repr(th, v);
  if (r.is_empty()) return r;
  StrObject* s = as<StrObject>(r);
  if (s->ascii) return r;
  std::string_view text = str_view(s);
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = utf8_next(text, i);
    char buf[16];
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    if (cp <= 0xFF)
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp <= 0xFFFF)
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return V(str_new(th, out));
}

// ------------------------------------------------------------------ hash / truth

bool hash_value(Thread& th, Value v, int64_t* out) {
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
  if (!t->hash || (t->flags & TF_HASH_NONE)) {
    raise(th, Exc_TypeError, "unhashable type: '%s'", t->name->data);
    return false;
  }
  return t->hash(th, v, out);
}

int truthy(Thread& th, Value v) {
  if (v.is(g_True)) return 1;
  if (v.is(g_False) || v.is(g_None)) return 0;
  if (v.is_small()) return v.small() != 0;
  if (v.is_double()) return v.dbl() != 0.0;
  Type* t = v.obj()->type;
  if (t->bool_) return t->bool_(th, v);
  if (t->len) {
    int64_t n = t->len(th, v);
    if (n < 0) return -1;
    return n != 0;
  }
  return 1;
}

// ------------------------------------------------------------------ comparisons

static inline Value cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::LT: return bool_value(c < 0);
    case CmpOp::LE: return bool_value(c <= 0);
    case CmpOp::EQ: return bool_value(c == 0);
    case CmpOp::NE: return bool_value(c != 0);
    case CmpOp::GT: return bool_value(c > 0);
    case CmpOp::GE: return bool_value(c >= 0);
    default: return g_NotImplemented;
  }
}

static inline Value cmp_doubles(double x, double y, CmpOp op) {
  switch (op) {
    case CmpOp::LT: return bool_value(x < y);
    case CmpOp::LE: return bool_value(x <= y);
    case CmpOp::EQ: return bool_value(x == y);
    case CmpOp::NE: return bool_value(x != y);
    case CmpOp::GT: return bool_value(x > y);
    case CmpOp::GE: return bool_value(x >= y);
    default: return g_NotImplemented;
  }
}

Value richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small(), y = b.small();
    return cmp_result(x < y ? -1 : x > y ? 1 : 0, op);
  }
  if (a.is_double() && b.is_double()) return cmp_doubles(a.dbl(), b.dbl(), op);
  if ((op == CmpOp::EQ || op == CmpOp::NE) && is_exact_str(a) && is_exact_str(b)) {
    bool e = str_eq(as<StrObject>(a), as<StrObject>(b));
    return bool_value(op == CmpOp::EQ ? e : !e);
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  CmpOp refl = kCmpOpInfo[static_cast<int>(op)].reflected;
  bool checked_reverse = false;
  Value r;
  if (ta != tb && tb->richcmp && is_subtype(tb, ta)) {
    checked_reverse = true;
    r = tb->richcmp(th, b, a, refl);
    if (r.is_empty() || !r.is(g_NotImplemented)) return r;
  }
  if (ta->richcmp) {
    r = ta->richcmp(th, a, b, op);
    if (r.is_empty() || !r.is(g_NotImplemented)) return r;
  }
  if (!checked_reverse && tb->richcmp) {
    r = tb->richcmp(th, b, a, refl);
    if (r.is_empty() || !r.is(g_NotImplemented)) return r;
  }
  if (op == CmpOp::EQ) return bool_value(a.is(b));
  if (op == CmpOp::NE) return bool_value(!a.is(b));
  return raise(th, Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
               kCmpOpInfo[static_cast<int>(op)].symbol, ta->name->data, tb->name->data);
}

int richcmp_bool(Thread& th, Value a, Value b, CmpOp op) {
  Value r = richcmp(th, a, b, op);
  if (r.is_empty()) return -1;
  if (r.is(g_True)) return 1;
  if (r.is(g_False)) return 0;
  return truthy(th, r);
}

int eq(Thread& th, Value a, Value b) {
  if (a.is(b)) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (is_exact_str(a) && is_exact_str(b)) return str_eq(as<StrObject>(a), as<StrObject>(b));
  return richcmp_bool(th, a, b, CmpOp::EQ);
}

// ------------------------------------------------------------------ arithmetic

static Value binary_error(Thread& th, Value a, Value b, BinOp op, bool inplace) {
  const char* sym = kBinOpInfo[static_cast<int>(op)].symbol;
  if (op == BinOp::POW && !inplace)
    return raise(th, Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                 type_name(a), type_name(b));
  return raise(th, Exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
               inplace ? "=" : "", type_name(a), type_name(b));
}

// Small-int and float fast paths; EMPTY when not handled (nothing pending).
static inline Value arith_fast(Thread& th, Value a, Value b, BinOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small(), y = b.small(), r;
    switch (op) {
      case BinOp::ADD: r = x + y; break;
      case BinOp::SUB: r = x - y; break;
      case BinOp::MUL:
        if (__builtin_mul_overflow(x, y, &r)) return Value();
        break;
      case BinOp::AND: return Value::from_small(x & y);
      case BinOp::OR: return Value::from_small(x | y);
      case BinOp::XOR: return Value::from_small(x ^ y);
      default: return Value();
    }
    return Value::fits_small(r) ? Value::from_small(r) : int_from_i64(th, r);
  }
  if (a.is_double() && b.is_double()) {
    double x = a.dbl(), y = b.dbl();
    switch (op) {
      case BinOp::ADD: return Value::from_double(x + y);
      case BinOp::SUB: return Value::from_double(x - y);
      case BinOp::MUL: return Value::from_double(x * y);
      case BinOp::TRUEDIV:
        if (y == 0.0) return Value();
        return Value::from_double(x / y);
      default: return Value();
    }
  }
  return Value();
}

// Types with sequence repetition (CPython's sq_repeat): `seq * n` needs an int n.
static bool has_seq_repeat(Type* t) {
  return (t->flags & (TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS)) ||
         is_subtype(t, ByteArrayType);
}

static Value binary_slots(Thread& th, Value a, Value b, BinOp op, bool inplace) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  size_t i = static_cast<size_t>(op);
  BinaryFn sa = ta->nb[i];
  BinaryFn sb = tb != ta ? tb->nb[i] : nullptr;
  if (sb == sa) sb = nullptr;
  Value r;
  if (sa) {
    if (sb && is_subtype(tb, ta)) {
      r = sb(th, a, b);
      if (r.is_empty() || !r.is(g_NotImplemented)) return r;
      sb = nullptr;
    }
    r = sa(th, a, b);
    if (r.is_empty() || !r.is(g_NotImplemented)) return r;
  }
  if (sb) {
    r = sb(th, a, b);
    if (r.is_empty() || !r.is(g_NotImplemented)) return r;
  }
  // Every number slot declined: a sequence operand makes it a repetition by a non-int,
  // a sequence on the left a concatenation (CPython's sq_repeat / sq_concat fallbacks).
  if (op == BinOp::MUL && (has_seq_repeat(ta) || has_seq_repeat(tb)))
    return raise(th, Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 has_seq_repeat(ta) ? tb->name->data : ta->name->data);
  if (op == BinOp::ADD && has_seq_repeat(ta)) {
    if (ta->flags & (TF_STR_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS)) {
      const char* kind = (ta->flags & TF_STR_SUBCLASS)    ? "str"
                         : (ta->flags & TF_LIST_SUBCLASS) ? "list"
                                                          : "tuple";
      return raise(th, Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", kind,
                   tb->name->data, kind);
    }
    return raise(th, Exc_TypeError, "can't concat %s to %s", tb->name->data, ta->name->data);
  }
  return binary_error(th, a, b, op, inplace);
}

Value binary_op(Thread& th, Value a, Value b, BinOp op) {
  Value r = arith_fast(th, a, b, op);
  if (!r.is_empty()) return r;
  return binary_slots(th, a, b, op, false);
}

Value inplace_op(Thread& th, Value a, Value b, BinOp op) {
  Value r = arith_fast(th, a, b, op);
  if (!r.is_empty()) return r;
  BinaryFn f = type_of(a)->nb_inplace[static_cast<size_t>(op)];
  if (f) {
    r = f(th, a, b);
    if (r.is_empty() || !r.is(g_NotImplemented)) return r;
  }
  return binary_slots(th, a, b, op, true);
}

static Value unary_slot(Thread& th, Value v, UnaryFn f, const char* what) {
  if (!f) return raise(th, Exc_TypeError, "bad operand type for %s: '%s'", what, type_name(v));
  return f(th, v);
}

Value unary_neg(Thread& th, Value v) {
  if (v.is_small()) return int_from_i64(th, -v.small());
  if (v.is_double()) return Value::from_double(-v.dbl());
  return unary_slot(th, v, type_of(v)->neg, "unary -");
}

Value unary_pos(Thread& th, Value v) {
  if (v.is_small() || v.is_double()) return v;
  return unary_slot(th, v, type_of(v)->pos, "unary +");
}

Value unary_invert(Thread& th, Value v) {
  if (v.is_small()) return Value::from_small(~v.small());
  return unary_slot(th, v, type_of(v)->invert, "unary ~");
}

Value abs_value(Thread& th, Value v) {
  if (v.is_small()) {
    int64_t i = v.small();
    return int_from_i64(th, i < 0 ? -i : i);
  }
  if (v.is_double()) return Value::from_double(__builtin_fabs(v.dbl()));
  return unary_slot(th, v, type_of(v)->abs, "abs()");
}

// ------------------------------------------------------------------ attributes

// Declared in vm/typeobject.h; defined here so that lookup_in_mro, on the path of every
// attribute lookup, inlines it.
Value lookup_in_mro_owner(Type* type, StrObject* name, Type** owner) {
  TupleObject* mro = type->mro;
  if (mro) {
    for (int64_t i = 0, n = mro->size; i < n; ++i) {
      Type* t = as<Type>(mro->items[i]);
      if (!t->dict) continue;
      Value v = dict_get_str(t->dict, name);
      if (!v.is_empty()) {
        *owner = t;
        return v;
      }
    }
  } else {
    // Before finish_builtin_types has computed the MROs.
    for (Type* t = type; t; t = t->base) {
      if (!t->dict) continue;
      Value v = dict_get_str(t->dict, name);
      if (!v.is_empty()) {
        *owner = t;
        return v;
      }
    }
  }
  *owner = nullptr;
  return Value();
}

Value lookup_in_mro(Type* type, StrObject* name) {
  Type* owner;
  return lookup_in_mro_owner(type, name, &owner);
}

static Value generic_getattr_impl(Thread& th, Value obj, StrObject* name, bool suppress) {
  Type* t = type_of(obj);
  Value descr = lookup_in_mro(t, name);
  DescrGetFn get = nullptr;
  if (!descr.is_empty()) {
    Type* dt = type_of(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) {
      Value r = get(th, descr, obj, V(t));
      if (r.is_empty() && suppress && exc_matches(th, Exc_AttributeError)) clear_exc(th);
      return r;
    }
  }
  if (t->dictoffset > 0 && obj.is_obj()) {
    std::atomic<DictObject*>* slot = instance_dict_slot(obj);
    DictObject* d = load_acquire(*slot);
    if (d) {
      Value v = dict_get_str(d, name);
      if (!v.is_empty()) return v;
    }
  }
  if (get) {
    Value r = get(th, descr, obj, V(t));
    if (r.is_empty() && suppress && exc_matches(th, Exc_AttributeError)) clear_exc(th);
    return r;
  }
  if (!descr.is_empty()) return descr;
  if (suppress) return Value();
  return attr_error(th, obj, name);
}

Value generic_getattr(Thread& th, Value obj, StrObject* name) {
  return generic_getattr_impl(th, obj, name, false);
}

Value getattr(Thread& th, Value obj, StrObject* name) {
  GetAttrFn f = type_of(obj)->getattr;
  if (!f || f == generic_getattr) return generic_getattr_impl(th, obj, name, false);
  return f(th, obj, name);
}

Value getattr_opt(Thread& th, Value obj, StrObject* name) {
  GetAttrFn f = type_of(obj)->getattr;
  if (!f || f == generic_getattr) return generic_getattr_impl(th, obj, name, true);
  Value r = f(th, obj, name);
  if (r.is_empty() && exc_matches(th, Exc_AttributeError)) clear_exc(th);
  return r;
}

// Subclasses of str and tuple keep their added fields after the variable-sized data
// (builtins/str_impl.h, builtins/tuple.cpp), so their __dict__ slot moves with the size.
std::atomic<DictObject*>* instance_dict_slot(Value obj) {
  if (!obj.is_obj()) return nullptr;
  Object* o = obj.obj();
  Type* t = o->type;
  int32_t off = t->dictoffset;
  if (off <= 0) return nullptr;
  size_t pos = static_cast<size_t>(off);
  if (t->flags & TF_STR_SUBCLASS) {
    pos = str_subclass_extra_offset(static_cast<StrObject*>(o)->byte_length) + pos -
          sizeof(StrObject);
  } else if (t->flags & TF_TUPLE_SUBCLASS) {
    int64_t n = static_cast<TupleObject*>(o)->size;
    pos += n > 1 ? static_cast<size_t>(n - 1) * sizeof(Value) : 0;
  }
  return reinterpret_cast<std::atomic<DictObject*>*>(reinterpret_cast<char*>(o) + pos);
}

// Setting or deleting `name` on an object with neither a setter for it nor a __dict__:
// "read-only" when its type has the attribute (descr), else AttributeError. Returns -1.
static int no_attribute_to_set(Thread& th, Value obj, StrObject* name, Value descr) {
  if (!descr.is_empty())
    raise(th, Exc_AttributeError, "'%s' object attribute '%s' is read-only",
          type_of(obj)->name->data, name->data);
  else
    attr_error(th, obj, name);
  return -1;
}

int generic_setattr(Thread& th, Value obj, StrObject* name, Value v) {
  Type* t = type_of(obj);
  Value descr = lookup_in_mro(t, name);
  if (!descr.is_empty()) {
    Type* dt = type_of(descr);
    if (dt->descr_set) return dt->descr_set(th, descr, obj, v);
  }
  std::atomic<DictObject*>* slot = instance_dict_slot(obj);
  if (!slot) return no_attribute_to_set(th, obj, name, descr);
  DictObject* d = load_acquire(*slot);
  if (!d) {
    if (v.is_empty()) {
      attr_error(th, obj, name);
      return -1;
    }
    DictObject* fresh = dict_new(th);
    DictObject* expected = nullptr;
    if (slot->compare_exchange_strong(expected, fresh, std::memory_order_acq_rel))
      d = fresh;
    else
      d = expected;
  }
  if (v.is_empty()) {
    if (!dict_del_str(th, d, name)) {
      attr_error(th, obj, name);
      return -1;
    }
    return 0;
  }
  dict_set_str(th, d, name, v);
  return 0;
}

int setattr(Thread& th, Value obj, StrObject* name, Value v) {
  Type* t = type_of(obj);
  if (!t->setattr) return no_attribute_to_set(th, obj, name, lookup_in_mro(t, name));
  return t->setattr(th, obj, name, v);
}

int delattr(Thread& th, Value obj, StrObject* name) { return setattr(th, obj, name, Value()); }

// ------------------------------------------------------------------ items

Value getitem(Thread& th, Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->getitem) return t->getitem(th, obj, key);
  if (is_type(obj)) {
    if (obj.is(V(TypeType))) return generic_alias_new(th, obj, key);  // type[int]
    // list[int] and friends: type.__class_getitem__.
    Value f = lookup_in_mro(as<Type>(obj), sym::__class_getitem__);
    if (!f.is_empty()) {
      Root rk(th, key);
      Value bound = f;
      DescrGetFn get = type_of(f)->descr_get;
      if (get) {
        bound = get(th, f, Value(), obj);
        if (bound.is_empty()) return bound;
      }
      return call1(th, bound, key);
    }
    return raise(th, Exc_TypeError, "type '%s' is not subscriptable", as<Type>(obj)->name->data);
  }
  return raise(th, Exc_TypeError, "'%s' object is not subscriptable", t->name->data);
}

int setitem(Thread& th, Value obj, Value key, Value v) {
  Type* t = type_of(obj);
  if (t->setitem) return t->setitem(th, obj, key, v);
  raise(th, Exc_TypeError, "'%s' object does not support item assignment", t->name->data);
  return -1;
}

int delitem(Thread& th, Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->setitem) return t->setitem(th, obj, key, Value());
  // CPython words it so when the key is an index into something with a sequence side.
  bool index_key = is_int(key) || type_of(key)->index;
  if (index_key && (t->getitem || t->contains || t->len))
    raise(th, Exc_TypeError, "'%s' object doesn't support item deletion", t->name->data);
  else
    raise(th, Exc_TypeError, "'%s' object does not support item deletion", t->name->data);
  return -1;
}

int contains(Thread& th, Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(th, container, item);
  if (!t->iter && !t->getitem) {
    raise(th, Exc_TypeError, "argument of type '%s' is not iterable", t->name->data);
    return -1;
  }
  Value it = get_iter(th, container);
  if (it.is_empty()) {
    if (exc_matches(th, Exc_TypeError)) {
      clear_exc(th);
      raise(th, Exc_TypeError, "argument of type '%s' is not iterable", t->name->data);
    }
    return -1;
  }
  Root rit(th, it);
  Root ritem(th, item);
  for (;;) {
    Value x = iter_next(th, it);
    if (x.is_empty()) return has_exc(th) ? -1 : 0;
    int r = eq(th, x, item);
    if (r != 0) return r;
  }
}

int64_t length(Thread& th, Value v) {
  Type* t = type_of(v);
  if (!t->len) {
    raise(th, Exc_TypeError, "object of type '%s' has no len()", t->name->data);
    return -1;
  }
  return t->len(th, v);
}

// ------------------------------------------------------------------ iteration

Value get_iter(Thread& th, Value v) {
  Type* t = type_of(v);
  if (t->iter) {
    Value it = t->iter(th, v);
    if (it.is_empty()) return it;
    if (!type_of(it)->next)
      return raise(th, Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
    return it;
  }
  if (t->getitem && !(t->flags & TF_DICT_SUBCLASS)) {
    auto* si = gc_new<SeqIterObject>(th, SeqIterType);
    si->seq = v;
    si->index.store(0, std::memory_order_relaxed);
    return V(si);
  }
  return raise(th, Exc_TypeError, "'%s' object is not iterable", t->name->data);
}

Value iter_next(Thread& th, Value it) {
  UnaryFn f = type_of(it)->next;
  if (!f) return raise(th, Exc_TypeError, "'%s' object is not an iterator", type_name(it));
  return f(th, it);
}

// ------------------------------------------------------------------ numbers

Value index_value(Thread& th, Value v) {
  if (v.is_small()) return v;
  if (is_int(v)) return v;
  Type* t = type_of(v);
  if (!t->index)
    return raise(th, Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 t->name->data);
  Value r = t->index(th, v);
  if (r.is_empty()) return r;
  if (!is_int(r))
    return raise(th, Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
  return r;
}

bool index_to_i64(Thread& th, Value v, int64_t* out, bool clamp) {
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  Value r = index_value(th, v);
  if (r.is_empty()) return false;
  bool overflow = false;
  if (int_to_i64(r, out, &overflow)) return true;
  if (clamp) {
    *out = int_sign(r) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  raise(th, Exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(v));
  return false;
}

Value number_int(Thread& th, Value v) {
  if (v.is_small()) return v;
  if (v.is_double()) return int_from_double(th, v.dbl());
  Type* t = type_of(v);
  if (t == IntType) return v;
  if (t->int_) {
    Value r = t->int_(th, v);
    if (r.is_empty()) return r;
    if (!is_int(r))
      return raise(th, Exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
    return r;
  }
  if (t->index) return index_value(th, v);
  Value r = call_special(th, v, sym::__trunc__, nullptr, 0);
  if (!r.is_empty()) {
    if (is_int(r)) return r;
    Root keep(th, r);
    return index_value(th, r);
  }
  if (has_exc(th)) return Value();
  return raise(th, Exc_TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               t->name->data);
}

Value number_float(Thread& th, Value v) {
  if (v.is_double()) return v;
  if (v.is_small()) return Value::from_double(static_cast<double>(v.small()));
  Type* t = type_of(v);
  if (t->float_) {
    Value r = t->float_(th, v);
    if (r.is_empty()) return r;
    if (!is_float(r))
      return raise(th, Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name->data,
                   type_name(r));
    return r;
  }
  if (t->index) {
    Value i = index_value(th, v);
    if (i.is_empty()) return i;
    bool overflow = false;
    double d = int_to_double(th, i, &overflow);
    if (overflow)
      return raise(th, Exc_OverflowError, "int too large to convert to float");
    return Value::from_double(d);
  }
  return raise(th, Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
               t->name->data);
}

Value format(Thread& th, Value v, Value spec) {
  if (!is_str(spec))
    return raise(th, Exc_TypeError, "format() argument 2 must be str, not %s", type_name(spec));
  if (is_exact_str(spec) && as<StrObject>(spec)->length == 0) {
    if (is_exact_str(v)) return v;
    if (v.is_small()) return str_of(th, v);
  }
  Value r = call_special(th, v, sym::__format__, &spec, 1);
  if (r.is_empty()) {
    if (!has_exc(th))
      return raise(th, Exc_TypeError, "Type %s doesn't define __format__", type_name(v));
    return r;
  }
  if (!is_str(r))
    return raise(th, Exc_TypeError, "__format__ must return a str, not %s", type_name(r));
  return r;
}

}  // namespace taipan
