// `object`, `type`, NoneType, NotImplementedType and ellipsis; classes made by Python
// code; isinstance/issubclass; the finishing of builtin types (vm/typeobject.h).
//
// Invariants and trade-offs:
// - Every type's `version` is nonzero and is replaced (release store) whenever its dict
//   or the dict of a type on its MRO changes: type_modified walks the subclass registry.
//   The registry (base -> direct subclasses) is C++ memory under a mutex and is weak:
//   a heap type removes itself in its finalizer. It is only touched when classes are
//   created, modified or finalized, never on attribute reads.
// - Slots of a heap type: for each slot, its dunder is looked up on the MRO. Found in a
//   class defined in Python: a trampoline that looks the dunder up again at call time
//   and calls it (so later assignments need no slot rewrite except to add or remove a
//   trampoline). Found in a builtin type: that type's slot function, used directly (so
//   class MyList(list) keeps list's C++ slots). Not found: null. Slots are re-derived
//   on every assignment of a dunder to a class or a base (type_modified).
//   A slot is a plain function pointer: a concurrent reader during a re-derivation sees
//   the old or the new pointer (word-sized stores), both valid.
// - Layout of a heap type: the solid base's layout, plus a __dict__ slot (an
//   std::atomic<DictObject*>) appended when no base has one. Builtin `new_` slots
//   allocate `type->basicsize` bytes (plus their variable part) so subclass instances
//   have room for it; str and tuple subclasses keep it after their variable data
//   (instance_dict_slot), bytes subclasses get none.
// - `obj.__class__ = C` is allowed only between classes whose instances have the same
//   layout (as CPython's compatible_for_assignment), so code that read the old type
//   pointer (inline caches, slots mid-call) still reads the object correctly.
// - A metaclass overriding mro() decides __mro__ (called once, at class creation).
#include <algorithm>
#include <array>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "builtins/genericalias.h"
#include "builtins/mappingproxy.h"
#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

// ------------------------------------------------------------------ versions, registry

static std::atomic<uint64_t> g_next_version{1};

uint64_t type_next_version() { return g_next_version.fetch_add(1, std::memory_order_relaxed) + 1; }

namespace {
std::mutex& g_registry_mu = *new std::mutex;  // never destroyed (daemon threads at exit)
std::unordered_map<Type*, std::vector<Type*>> g_subclasses;  // base -> direct subclasses
std::unordered_map<Type*, std::vector<Type*>> g_bases_of;    // heap type -> its bases
}  // namespace

static void registry_add(Type* sub, TupleObject* bases) {
  std::lock_guard<std::mutex> lk(g_registry_mu);
  std::vector<Type*>& mine = g_bases_of[sub];
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = as<Type>(bases->items[i]);
    g_subclasses[b].push_back(sub);
    mine.push_back(b);
  }
}

static void registry_remove(Type* t) {
  std::lock_guard<std::mutex> lk(g_registry_mu);
  auto it = g_bases_of.find(t);
  if (it != g_bases_of.end()) {
    for (Type* b : it->second) {
      auto sit = g_subclasses.find(b);
      if (sit == g_subclasses.end()) continue;
      auto& v = sit->second;
      v.erase(std::remove(v.begin(), v.end(), t), v.end());
    }
    g_bases_of.erase(it);
  }
  g_subclasses.erase(t);
}

size_t type_subclass_count(Type* t) {
  std::lock_guard<std::mutex> lk(g_registry_mu);
  auto it = g_subclasses.find(t);
  return it == g_subclasses.end() ? 0 : it->second.size();
}

// t and all its (transitive) subclasses, t first, parents before children.
static std::vector<Type*> self_and_descendants(Type* t) {
  std::vector<Type*> out{t};
  std::lock_guard<std::mutex> lk(g_registry_mu);
  for (size_t i = 0; i < out.size(); ++i) {
    auto it = g_subclasses.find(out[i]);
    if (it == g_subclasses.end()) continue;
    for (Type* s : it->second)
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  TupleObject* mro = a->mro;
  if (mro) {
    for (int64_t i = 1, n = mro->size; i < n; ++i)
      if (mro->items[i].obj() == b) return true;
    return false;
  }
  for (Type* t = a->base; t; t = t->base)
    if (t == b) return true;
  return false;
}

// ------------------------------------------------------------------ names

Value type_module(Thread& th, Type* t) {
  if ((t->flags & TF_HEAPTYPE) && t->dict) {
    Value m = dict_get_str(t->dict, sym::__module__);
    if (!m.is_empty()) return m;
  }
  if (!t->module.is_empty()) return t->module;
  (void)th;
  return V(sym::builtins);
}

static std::string module_text(Type* t) {
  Value m;
  if ((t->flags & TF_HEAPTYPE) && t->dict) m = dict_get_str(t->dict, sym::__module__);
  if (m.is_empty()) m = t->module;
  if (m.is_empty() || !is_str(m)) return "builtins";
  return std::string(str_view(m));
}

static const char* qualname_of(Type* t) {
  return t->qualname ? t->qualname->data : t->name->data;
}

std::string type_qualified_name(Type* t, bool with_main) {
  std::string mod = module_text(t);
  if (mod == "builtins" || (mod == "__main__" && !with_main)) return qualname_of(t);
  return mod + "." + qualname_of(t);
}

// ------------------------------------------------------------------ dunder name tables

namespace {
constexpr size_t kNumBinOps = static_cast<size_t>(BinOp::COUNT_);
constexpr size_t kNumCmpOps = static_cast<size_t>(CmpOp::COUNT_);
StrObject* g_bin_dunder[kNumBinOps];
StrObject* g_bin_rdunder[kNumBinOps];
StrObject* g_bin_idunder[kNumBinOps];
StrObject* g_cmp_dunder[kNumCmpOps];
StrObject* g_slot_dunder[static_cast<size_t>(SlotKind::COUNT_)];
StrObject* g_lt;  // unused marker that the tables are ready
}  // namespace

static void init_dunder_names() {
  if (g_lt) return;
  for (size_t i = 0; i < kNumBinOps; ++i) {
    g_bin_dunder[i] = str_intern(kBinOpInfo[i].dunder);
    g_bin_rdunder[i] = str_intern(kBinOpInfo[i].rdunder);
    std::string idn = std::string("__i") + (kBinOpInfo[i].dunder + 2);
    g_bin_idunder[i] = str_intern(idn);
  }
  for (size_t i = 0; i < kNumCmpOps; ++i) g_cmp_dunder[i] = str_intern(kCmpOpInfo[i].dunder);
#define SLOT(field, dunder, sig) g_slot_dunder[static_cast<size_t>(SlotKind::field)] = str_intern(dunder);
#include "vm/slots.def"
#undef SLOT
  g_slot_dunder[static_cast<size_t>(SlotKind::delattr)] = str_intern("__delattr__");
  g_slot_dunder[static_cast<size_t>(SlotKind::delitem)] = str_intern("__delitem__");
  g_slot_dunder[static_cast<size_t>(SlotKind::descr_del)] = str_intern("__delete__");
  g_lt = g_cmp_dunder[0];
}

static inline StrObject* slot_name(SlotKind k) { return g_slot_dunder[static_cast<size_t>(k)]; }

// ------------------------------------------------------------------ calling dunders

// Looks `name` up on type(self) and calls it with self first. EMPTY with nothing
// pending when the class has no such attribute.
static Value call_dunder(Thread& th, Value self, StrObject* name, const Value* args, size_t nargs,
                         TupleObject* kwnames = nullptr) {
  Type* t = type_of(self);
  Value f = lookup_in_mro(t, name);
  if (f.is_empty()) return Value();
  Type* ft = type_of(f);
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  if (ft == FunctionType || ft == MethodDescriptorType || ft == SlotWrapperType ||
      !ft->descr_get) {
    bool prepend = ft->descr_get != nullptr;
    if (!prepend) return call(th, f, args, nargs, kwnames);
    Value buf[8];
    std::vector<Value> big;
    Value* a = buf;
    if (nargs + nkw + 1 > 8) {
      big.resize(nargs + nkw + 1);
      a = big.data();
    }
    a[0] = self;
    for (size_t i = 0; i < nargs + nkw; ++i) a[i + 1] = args[i];
    Root keep(th, f);
    return call(th, f, a, nargs + 1, kwnames);
  }
  Value bound = ft->descr_get(th, f, self, V(t));
  if (bound.is_empty()) return bound;
  Root keep(th, bound);
  return call(th, bound, args, nargs, kwnames);
}

// The nearest builtin (non-heap) type on t's base chain: whose C++ slots a heap type
// falls back to.
static Type* builtin_base(Type* t) {
  while (t && (t->flags & TF_HEAPTYPE)) t = t->base;
  return t;
}

// ------------------------------------------------------------------ slot trampolines

static Value tramp_repr(Thread& th, Value self) {
  Value r = call_dunder(th, self, sym::__repr__, nullptr, 0);
  if (r.is_empty() && !has_exc(th)) return repr(th, self);
  return r;
}

static Value tramp_str(Thread& th, Value self) {
  Value r = call_dunder(th, self, sym::__str__, nullptr, 0);
  if (r.is_empty() && !has_exc(th)) return repr(th, self);
  return r;
}

static bool tramp_hash(Thread& th, Value self, int64_t* out) {
  Value r = call_dunder(th, self, sym::__hash__, nullptr, 0);
  if (r.is_empty()) {
    if (!has_exc(th)) raise(th, Exc_TypeError, "unhashable type: '%s'", type_name(self));
    return false;
  }
  if (!is_int(r)) {
    raise(th, Exc_TypeError, "__hash__ method should return an integer");
    return false;
  }
  // As CPython: a result that fits in a machine word is the hash itself (so hash(x)
  // can equal hash("RED")); only larger ints are reduced by the int hash.
  int64_t h;
  if (int_to_i64(r, &h)) {
    *out = h == -1 ? -2 : h;
    return true;
  }
  return int_hash(r, out);
}

static int tramp_bool(Thread& th, Value self) {
  Value r = call_dunder(th, self, sym::__bool__, nullptr, 0);
  if (r.is_empty()) return has_exc(th) ? -1 : 1;
  if (r.is(g_True)) return 1;
  if (r.is(g_False)) return 0;
  raise(th, Exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
  return -1;
}

static int64_t tramp_len(Thread& th, Value self) {
  Value r = call_dunder(th, self, sym::__len__, nullptr, 0);
  if (r.is_empty()) {
    if (!has_exc(th))
      raise(th, Exc_TypeError, "object of type '%s' has no len()", type_name(self));
    return -1;
  }
  Root keep(th, r);
  int64_t n;
  if (!index_to_i64(th, r, &n)) return -1;
  if (n < 0) {
    raise(th, Exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static Value tramp_iter(Thread& th, Value self) {
  Value f = lookup_in_mro(type_of(self), sym::__iter__);
  if (f.is_empty() || is_none(f))
    return raise(th, Exc_TypeError, "'%s' object is not iterable", type_name(self));
  return call_dunder(th, self, sym::__iter__, nullptr, 0);
}

static Value tramp_next(Thread& th, Value self) {
  Value r = call_dunder(th, self, sym::__next__, nullptr, 0);
  if (r.is_empty()) {
    if (!has_exc(th))
      return raise(th, Exc_TypeError, "'%s' object is not an iterator", type_name(self));
    if (exc_matches(th, Exc_StopIteration)) clear_exc(th);
  }
  return r;
}

static Value tramp_call(Thread& th, Value self, const Value* args, size_t nargs,
                        TupleObject* kwnames) {
  Value r = call_dunder(th, self, sym::__call__, args, nargs, kwnames);
  if (r.is_empty() && !has_exc(th))
    return raise(th, Exc_TypeError, "'%s' object is not callable", type_name(self));
  return r;
}

// __getattribute__ defined in Python (and maybe __getattr__).
static Value tramp_getattribute(Thread& th, Value self, StrObject* name) {
  Value n = V(name);
  Value r = call_dunder(th, self, sym::__getattribute__, &n, 1);
  if (!r.is_empty() || !exc_matches(th, Exc_AttributeError)) return r;
  Value ga = lookup_in_mro(type_of(self), sym::__getattr__);
  if (ga.is_empty()) return r;
  clear_exc(th);
  return call_dunder(th, self, sym::__getattr__, &n, 1);
}

// Only __getattr__ defined in Python: the builtin lookup first.
static Value tramp_getattr(Thread& th, Value self, StrObject* name) {
  Type* bb = builtin_base(type_of(self));
  GetAttrFn f = bb && bb->getattr ? bb->getattr : generic_getattr;
  Value r = f(th, self, name);
  if (!r.is_empty() || !exc_matches(th, Exc_AttributeError)) return r;
  clear_exc(th);
  Value n = V(name);
  r = call_dunder(th, self, sym::__getattr__, &n, 1);
  if (r.is_empty() && !has_exc(th)) return generic_getattr(th, self, name);
  return r;
}

static int tramp_setattr(Thread& th, Value self, StrObject* name, Value v) {
  Value r;
  if (v.is_empty()) {
    Value n = V(name);
    r = call_dunder(th, self, slot_name(SlotKind::delattr), &n, 1);
  } else {
    Value a[2] = {V(name), v};
    r = call_dunder(th, self, sym::__setattr__, a, 2);
  }
  if (r.is_empty()) {
    if (has_exc(th)) return -1;
    return generic_setattr(th, self, name, v);
  }
  return 0;
}

static Value tramp_getitem(Thread& th, Value self, Value key) {
  Value r = call_dunder(th, self, sym::__getitem__, &key, 1);
  if (r.is_empty() && !has_exc(th))
    return raise(th, Exc_TypeError, "'%s' object is not subscriptable", type_name(self));
  return r;
}

static int tramp_setitem(Thread& th, Value self, Value key, Value v) {
  Value r;
  if (v.is_empty()) {
    r = call_dunder(th, self, sym::__delitem__, &key, 1);
    if (r.is_empty() && !has_exc(th))
      raise(th, Exc_TypeError, "'%s' object does not support item deletion", type_name(self));
  } else {
    Value a[2] = {key, v};
    r = call_dunder(th, self, sym::__setitem__, a, 2);
    if (r.is_empty() && !has_exc(th))
      raise(th, Exc_TypeError, "'%s' object does not support item assignment", type_name(self));
  }
  return r.is_empty() ? -1 : 0;
}

static int tramp_contains(Thread& th, Value self, Value item) {
  if (is_none(lookup_in_mro(type_of(self), sym::__contains__))) {
    raise(th, Exc_TypeError, "'%s' object is not a container", type_name(self));
    return -1;
  }
  Value r = call_dunder(th, self, sym::__contains__, &item, 1);
  if (r.is_empty()) {
    if (has_exc(th)) return -1;
    raise(th, Exc_TypeError, "argument of type '%s' is not iterable", type_name(self));
    return -1;
  }
  return truthy(th, r);
}

static Value tramp_descr_get(Thread& th, Value descr, Value obj, Value type) {
  Value a[2] = {obj.is_empty() ? g_None : obj, type.is_empty() ? g_None : type};
  Value r = call_dunder(th, descr, sym::__get__, a, 2);
  if (r.is_empty() && !has_exc(th)) return descr;
  return r;
}

static int tramp_descr_set(Thread& th, Value descr, Value obj, Value v) {
  Value r;
  if (v.is_empty()) {
    r = call_dunder(th, descr, sym::__delete__, &obj, 1);
    if (r.is_empty() && !has_exc(th)) raise(th, Exc_AttributeError, "__delete__");
  } else {
    Value a[2] = {obj, v};
    r = call_dunder(th, descr, sym::__set__, a, 2);
    if (r.is_empty() && !has_exc(th)) raise(th, Exc_AttributeError, "__set__");
  }
  return r.is_empty() ? -1 : 0;
}

template <SlotKind K>
static Value tramp_unary(Thread& th, Value self) {
  Value r = call_dunder(th, self, slot_name(K), nullptr, 0);
  if (r.is_empty() && !has_exc(th))
    return raise(th, Exc_TypeError, "bad operand type for %s: '%s'", slot_name(K)->data,
                 type_name(self));
  return r;
}

static Value tramp_new(Thread& th, Type* type, const Value* args, size_t nargs,
                       TupleObject* kwnames) {
  Value f = lookup_in_mro(type, sym::__new__);
  if (f.is_empty()) return raise(th, Exc_TypeError, "cannot create '%s' instances", type->name->data);
  Root keep(th, f);
  DescrGetFn get = type_of(f)->descr_get;
  if (type_of(f) == StaticMethodType) {
    f = as<WrapperDescrObject>(f)->callable;
  } else if (get && type_of(f) != FunctionType) {
    f = get(th, f, Value(), V(type));
    if (f.is_empty()) return f;
  }
  keep.set(f);
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  std::vector<Value> a(nargs + nkw + 1);
  a[0] = V(type);
  for (size_t i = 0; i < nargs + nkw; ++i) a[i + 1] = args[i];
  return call(th, f, a.data(), nargs + 1, kwnames);
}

static int tramp_init(Thread& th, Value self, const Value* args, size_t nargs,
                      TupleObject* kwnames) {
  Value r = call_dunder(th, self, sym::__init__, args, nargs, kwnames);
  if (r.is_empty()) return has_exc(th) ? -1 : 0;
  if (!is_none(r)) {
    raise(th, Exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
    return -1;
  }
  return 0;
}

static Value tramp_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  Value r = call_dunder(th, a, g_cmp_dunder[static_cast<size_t>(op)], &b, 1);
  if (r.is_empty() && !has_exc(th)) return g_NotImplemented;
  return r;
}

static bool overrides(Type* sub, Type* base, StrObject* name) {
  return !lookup_in_mro(sub, name).is(lookup_in_mro(base, name));
}

static Value call_binary_dunder(Thread& th, Value self, StrObject* name, Value other) {
  Value r = call_dunder(th, self, name, &other, 1);
  if (r.is_empty() && !has_exc(th)) return g_NotImplemented;
  return r;
}

// nb[OP] of a class defining __op__ or __rop__ in Python; called with the operands in
// source order whichever of them made binary_op pick this slot (as CPython's
// SLOT1BINFULL).
template <size_t OP>
static Value tramp_binary(Thread& th, Value a, Value b) {
  BinaryFn self_fn = &tramp_binary<OP>;
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  StrObject* rname = g_bin_rdunder[OP];
  bool do_other = ta != tb && tb->nb[OP] == self_fn && !lookup_in_mro(tb, rname).is_empty();
  if (ta->nb[OP] == self_fn) {
    if (do_other && is_subtype(tb, ta) && overrides(tb, ta, rname)) {
      Value r = call_binary_dunder(th, b, rname, a);
      if (r.is_empty() || !r.is(g_NotImplemented)) return r;
      do_other = false;
    }
    Value r = call_binary_dunder(th, a, g_bin_dunder[OP], b);
    if (r.is_empty() || !r.is(g_NotImplemented) || !do_other) return r;
  }
  if (do_other) return call_binary_dunder(th, b, rname, a);
  return g_NotImplemented;
}

template <size_t OP>
static Value tramp_inplace(Thread& th, Value a, Value b) {
  return call_binary_dunder(th, a, g_bin_idunder[OP], b);
}

template <size_t... I>
static constexpr std::array<BinaryFn, kNumBinOps> make_binary_tramps(std::index_sequence<I...>) {
  return {&tramp_binary<I>...};
}
template <size_t... I>
static constexpr std::array<BinaryFn, kNumBinOps> make_inplace_tramps(std::index_sequence<I...>) {
  return {&tramp_inplace<I>...};
}
static const std::array<BinaryFn, kNumBinOps> kBinaryTramps =
    make_binary_tramps(std::make_index_sequence<kNumBinOps>());
static const std::array<BinaryFn, kNumBinOps> kInplaceTramps =
    make_inplace_tramps(std::make_index_sequence<kNumBinOps>());

// ------------------------------------------------------------------ slot derivation

// Where the dunder `name` comes from for type t: 2 a class written in Python, 1 a
// builtin type (*owner), 0 nowhere. A None value (e.g. __hash__ = None) counts as
// Python-defined with *is_none set.
static int dunder_source(Type* t, StrObject* name, Type** owner, bool* is_none_out = nullptr) {
  Value v = lookup_in_mro_owner(t, name, owner);
  if (is_none_out) *is_none_out = !v.is_empty() && is_none(v);
  if (v.is_empty()) return 0;
  return ((*owner)->flags & TF_HEAPTYPE) ? 2 : 1;
}

// Re-derives every slot of heap type t from the dunders on its MRO.
static void update_slots(Type* t) {
  Type* owner = nullptr;
  // Simple one-dunder slots.
#define ONE(field, kind, tramp)                              \
  {                                                          \
    int src = dunder_source(t, slot_name(kind), &owner);     \
    if (src == 2)                                            \
      t->field = tramp;                                      \
    else if (src == 1)                                       \
      t->field = owner->field;                               \
    else                                                     \
      t->field = nullptr;                                    \
  }
  ONE(repr, SlotKind::repr, tramp_repr)
  ONE(str, SlotKind::str, tramp_str)
  ONE(bool_, SlotKind::bool_, tramp_bool)
  ONE(len, SlotKind::len, tramp_len)
  ONE(iter, SlotKind::iter, tramp_iter)
  ONE(next, SlotKind::next, tramp_next)
  ONE(call, SlotKind::call, tramp_call)
  ONE(getitem, SlotKind::getitem, tramp_getitem)
  ONE(contains, SlotKind::contains, tramp_contains)
  ONE(descr_get, SlotKind::descr_get, tramp_descr_get)
  ONE(neg, SlotKind::neg, tramp_unary<SlotKind::neg>)
  ONE(pos, SlotKind::pos, tramp_unary<SlotKind::pos>)
  ONE(invert, SlotKind::invert, tramp_unary<SlotKind::invert>)
  ONE(abs, SlotKind::abs, tramp_unary<SlotKind::abs>)
  ONE(index, SlotKind::index, tramp_unary<SlotKind::index>)
  ONE(int_, SlotKind::int_, tramp_unary<SlotKind::int_>)
  ONE(float_, SlotKind::float_, tramp_unary<SlotKind::float_>)
  ONE(new_, SlotKind::new_, tramp_new)
  ONE(init, SlotKind::init, tramp_init)
#undef ONE
  // Two-dunder slots: a trampoline if either is written in Python.
#define TWO(field, kind1, kind2, tramp)                      \
  {                                                          \
    Type* o2 = nullptr;                                      \
    int s1 = dunder_source(t, slot_name(kind1), &owner);     \
    int s2 = dunder_source(t, slot_name(kind2), &o2);        \
    if (s1 == 2 || s2 == 2)                                  \
      t->field = tramp;                                      \
    else if (s1 == 1)                                        \
      t->field = owner->field;                               \
    else if (s2 == 1)                                        \
      t->field = o2->field;                                  \
    else                                                     \
      t->field = nullptr;                                    \
  }
  TWO(setattr, SlotKind::setattr, SlotKind::delattr, tramp_setattr)
  TWO(setitem, SlotKind::setitem, SlotKind::delitem, tramp_setitem)
  TWO(descr_set, SlotKind::descr_set, SlotKind::descr_del, tramp_descr_set)
#undef TWO
  // getattr: __getattribute__ or __getattr__ in Python.
  {
    int s1 = dunder_source(t, sym::__getattribute__, &owner);
    Type* o2 = nullptr;
    int s2 = dunder_source(t, sym::__getattr__, &o2);
    if (s1 == 2)
      t->getattr = tramp_getattribute;
    else if (s2 == 2)
      t->getattr = tramp_getattr;
    else if (s1 == 1)
      t->getattr = owner->getattr;
    else
      t->getattr = generic_getattr;
  }
  // hash: None makes instances unhashable.
  {
    bool none = false;
    int src = dunder_source(t, sym::__hash__, &owner, &none);
    if (none) {
      t->hash = nullptr;
      t->flags |= TF_HASH_NONE;
    } else {
      t->flags &= ~TF_HASH_NONE;
      t->hash = src == 2 ? tramp_hash : src == 1 ? owner->hash : nullptr;
      if (src == 1 && (owner->flags & TF_HASH_NONE)) t->flags |= TF_HASH_NONE;
    }
  }
  // richcmp: any of the six in Python.
  {
    bool py = false;
    Type* first_builtin = nullptr;
    for (size_t i = 0; i < kNumCmpOps; ++i) {
      Type* o = nullptr;
      int src = dunder_source(t, g_cmp_dunder[i], &o);
      if (src == 2) py = true;
      if (src == 1 && !first_builtin) first_builtin = o;
    }
    t->richcmp = py ? tramp_richcmp : first_builtin ? first_builtin->richcmp : nullptr;
  }
  for (size_t i = 0; i < kNumBinOps; ++i) {
    Type* o2 = nullptr;
    int s1 = dunder_source(t, g_bin_dunder[i], &owner);
    int s2 = dunder_source(t, g_bin_rdunder[i], &o2);
    if (s1 == 2 || s2 == 2)
      t->nb[i] = kBinaryTramps[i];
    else if (s1 == 1)
      t->nb[i] = owner->nb[i];
    else if (s2 == 1)
      t->nb[i] = o2->nb[i];
    else
      t->nb[i] = nullptr;
    int si = dunder_source(t, g_bin_idunder[i], &owner);
    t->nb_inplace[i] = si == 2 ? kInplaceTramps[i] : si == 1 ? owner->nb_inplace[i] : nullptr;
  }
}

void type_modified(Thread& /*th*/, Type* type, StrObject* name) {
  std::vector<Type*> all = self_and_descendants(type);
  bool dunder = name == nullptr ||
                (name->byte_length > 4 && std::memcmp(name->data, "__", 2) == 0 &&
                 std::memcmp(name->data + name->byte_length - 2, "__", 2) == 0);
  for (Type* t : all) {
    if (dunder && (t->flags & TF_HEAPTYPE)) update_slots(t);
    store_release(t->version, type_next_version());
  }
}

// ------------------------------------------------------------------ instances

Value instance_alloc(Thread& th, Type* type) {
  size_t size = type->basicsize ? type->basicsize : sizeof(Object);
  return V(gc_alloc(th, type, size));
}

static size_t align8(size_t n) { return (n + 7) & ~size_t(7); }

// Trace for instances of heap types: the class itself (a heap type is kept alive by its
// instances), the builtin base's layout, then every word the heap classes added after
// it: __slots__ values and the __dict__ pointer, all of which read as Values (EMPTY or
// an object pointer). str/tuple subclasses keep their added words after the variable
// data and only ever add the __dict__ slot (instance_dict_slot finds it).
static void heap_instance_trace(Object* o, Tracer& tr) {
  Type* t = o->type;
  tr.visit(static_cast<Object*>(t));
  Type* b = builtin_base(t);
  if (b && b->trace) b->trace(o, tr);
  if (t->flags & (TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS)) {
    if (std::atomic<DictObject*>* slot = instance_dict_slot(V(o))) {
      DictObject* d = load_relaxed(*slot);
      if (d) tr.visit(reinterpret_cast<Object*>(d));
    }
    return;
  }
  size_t start = align8(b ? b->basicsize : sizeof(Object));
  auto* words = reinterpret_cast<std::atomic<uint64_t>*>(reinterpret_cast<char*>(o) + start);
  for (size_t i = 0, n = (t->basicsize - start) / 8; i < n; ++i)
    tr.visit(Value::from_bits(words[i].load(std::memory_order_relaxed)));
}

static void heap_instance_finalize(Object* o) {
  Type* b = builtin_base(o->type);
  if (b && b->finalize) b->finalize(o);
}

// ------------------------------------------------------------------ object

static Value object_repr(Thread& th, Value self) {
  Type* t = type_of(self);
  std::string mod = module_text(t);
  char buf[512];
  void* p = self.is_obj() ? static_cast<void*>(self.obj()) : nullptr;
  if (mod == "builtins")
    std::snprintf(buf, sizeof buf, "<%s object at %p>", qualname_of(t), p);
  else
    std::snprintf(buf, sizeof buf, "<%s.%s object at %p>", mod.c_str(), qualname_of(t), p);
  return V(str_new(th, buf));
}

static Value object_str(Thread& th, Value self) {
  Type* t = type_of(self);
  if (t->repr) return t->repr(th, self);
  return object_repr(th, self);
}

static bool object_hash(Thread&, Value self, int64_t* out) {
  uint64_t y = self.bits();
  y = (y >> 4) | (y << 60);
  int64_t h = static_cast<int64_t>(y);
  *out = h == -1 ? -2 : h;
  return true;
}

static Value object_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (op == CmpOp::EQ) return a.is(b) ? g_True : g_NotImplemented;
  if (op == CmpOp::NE) {
    RichCmpFn f = type_of(a)->richcmp;
    if (!f) return g_NotImplemented;
    Value r = f(th, a, b, CmpOp::EQ);
    if (r.is_empty() || r.is(g_NotImplemented)) return r;
    int t = truthy(th, r);
    if (t < 0) return Value();
    return bool_value(!t);
  }
  return g_NotImplemented;
}

static Value object_new(Thread& th, Type* type, const Value* args, size_t nargs,
                        TupleObject* kwnames);
static int object_init(Thread& th, Value self, const Value* args, size_t nargs,
                       TupleObject* kwnames);

static Value object_new(Thread& th, Type* type, const Value* /*args*/, size_t nargs,
                        TupleObject* kwnames) {
  if (nargs > 0 || (kwnames && kwnames->size > 0)) {
    if (type->new_ != object_new)
      return raise(th, Exc_TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == object_init)
      return raise(th, Exc_TypeError, "%s() takes no arguments", type->name->data);
  }
  return instance_alloc(th, type);
}

static int object_init(Thread& th, Value self, const Value* /*args*/, size_t nargs,
                       TupleObject* kwnames) {
  if (nargs > 0 || (kwnames && kwnames->size > 0)) {
    Type* t = type_of(self);
    if (t->init != object_init) {
      raise(th, Exc_TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (t->new_ == object_new) {
      raise(th, Exc_TypeError, "%s() takes no arguments", t->name->data);
      return -1;
    }
  }
  return 0;
}

static Value object_format_impl(Thread& th, const Value* a) {
  Value spec = a[1];
  if (!is_str(spec))
    return raise(th, Exc_TypeError, "__format__() argument must be str, not %s", type_name(spec));
  if (as<StrObject>(spec)->length != 0)
    return raise(th, Exc_TypeError, "unsupported format string passed to %s.__format__",
                 type_name(a[0]));
  return str_of(th, a[0]);
}

// Adds the keys of d to the set-like dict `names`.
static void add_keys(Thread& th, DictObject* names, DictObject* d) {
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (is_str(k)) dict_set_str(th, names, as<StrObject>(k), g_None);
}

static Value keys_to_list(Thread& th, DictObject* names) {
  ListObject* l = list_new(th, dict_size(names));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(names, &pos, &k, &v)) list_append(th, l, k);
  return V(l);
}

static Value object_dir_impl(Thread& th, const Value* a) {
  DictObject* names = dict_new(th);
  Root keep(th, reinterpret_cast<Object*>(names));
  std::atomic<DictObject*>* slot = instance_dict_slot(a[0]);
  if (slot) {
    DictObject* d = load_acquire(*slot);
    if (d) add_keys(th, names, d);
  }
  TupleObject* mro = type_of(a[0])->mro;
  for (int64_t i = 0; mro && i < mro->size; ++i) {
    Type* t = as<Type>(mro->items[i]);
    if (t->dict) add_keys(th, names, t->dict);
  }
  return keys_to_list(th, names);
}

static Value object_init_subclass_impl(Thread&, const Value*) { return g_None; }
static Value object_subclasshook_impl(Thread&, const Value*) { return g_NotImplemented; }
static Value object_sizeof_impl(Thread&, const Value* a) {
  return Value::from_small(static_cast<int64_t>(type_of(a[0])->basicsize));
}
static Value object_reduce_ex_impl(Thread& th, const Value* a) {
  return raise(th, Exc_TypeError, "cannot pickle '%s' object", type_name(a[0]));
}

static const NativeDef kObjectMethods[] = {
    {"__format__(self, format_spec, /)", object_format_impl},
    {"__dir__(self, /)", object_dir_impl},
    {"__init_subclass__(cls, /)", object_init_subclass_impl, NF_CLASSMETHOD},
    {"__subclasshook__(cls, *args)", object_subclasshook_impl, NF_CLASSMETHOD},
    {"__sizeof__(self, /)", object_sizeof_impl},
    {"__reduce_ex__(self, protocol, /)", object_reduce_ex_impl},
    {},
};

static Value object_get_class(Thread&, Value self) { return V(type_of(self)); }

// The __slots__ member descriptors t adds, in layout order.
static std::vector<std::pair<int64_t, StrObject*>> own_slots(Type* t) {
  std::vector<std::pair<int64_t, StrObject*>> out;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(t->dict, &pos, &k, &v)) {
    if (type_of(v) != MemberDescriptorType) continue;
    auto* m = as<MemberDescrObject>(v);
    if (m->owner == t) out.emplace_back(m->offset, m->name);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

static bool same_slots_added(Type* a, Type* b) {
  if (a->basicsize != b->basicsize || a->dictoffset != b->dictoffset) return false;
  auto sa = own_slots(a), sb = own_slots(b);
  if (sa.size() != sb.size()) return false;
  for (size_t i = 0; i < sa.size(); ++i)
    if (sa[i].first != sb[i].first || !str_eq(sa[i].second, sb[i].second)) return false;
  return true;
}

// As CPython's compatible_for_assignment: climb while the base has the same instance
// layout; the two classes must meet there, or add the same slots to a common base.
// Then every field, the __dict__ slot and the builtin base (trace/finalize) agree, so
// a thread still holding the old type reads the object consistently.
static bool layout_compatible(Type* oldto, Type* newto) {
  auto climb = [](Type* t) {
    while (t->base && t->basicsize == t->base->basicsize && t->dictoffset == t->base->dictoffset)
      t = t->base;
    return t;
  };
  Type* nb = climb(newto);
  Type* ob = climb(oldto);
  if (nb != ob && (nb->base != ob->base || !same_slots_added(nb, ob))) return false;
  return oldto->dictoffset == newto->dictoffset && builtin_base(oldto) == builtin_base(newto);
}

// obj.__class__ = cls: one atomic store of the header's type pointer. Inline caches key
// on the type read before use and check it against the type's version, so a racing
// reader uses either the old or the new class consistently (layouts are identical).
static int object_set_class(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(v)) {
    raise(th, Exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
    return -1;
  }
  Type* newto = as<Type>(v);
  Type* oldto = type_of(self);
  bool modules = is_subtype(newto, ModuleType) && is_subtype(oldto, ModuleType);
  if (!self.is_obj() ||
      (!modules && (!(newto->flags & TF_HEAPTYPE) || !(oldto->flags & TF_HEAPTYPE)))) {
    raise(th, Exc_TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!layout_compatible(oldto, newto)) {
    raise(th, Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
          newto->name->data, oldto->name->data);
    return -1;
  }
  __atomic_store_n(&self.obj()->type, newto, __ATOMIC_RELEASE);
  return 0;
}

static const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
    {},
};

// The __dict__ attribute of instances of classes with a dict slot.
static Value instance_get_dict(Thread& th, Value self) {
  std::atomic<DictObject*>* slot = instance_dict_slot(self);
  if (!slot)
    return raise(th, Exc_AttributeError, "'%s' object has no attribute '__dict__'",
                 type_name(self));
  DictObject* d = load_acquire(*slot);
  if (!d) {
    DictObject* fresh = dict_new(th);
    DictObject* expected = nullptr;
    d = slot->compare_exchange_strong(expected, fresh, std::memory_order_acq_rel) ? fresh
                                                                                  : expected;
  }
  return V(reinterpret_cast<Object*>(d));
}

static int instance_set_dict(Thread& th, Value self, Value v) {
  std::atomic<DictObject*>* slot = instance_dict_slot(self);
  if (!slot) {
    raise(th, Exc_AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
    return -1;
  }
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(v)) {
    raise(th, Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
    return -1;
  }
  store_release(*slot, reinterpret_cast<DictObject*>(v.obj()));
  return 0;
}

static const GetSetDef kInstanceDictGetSet[] = {
    {"__dict__", instance_get_dict, instance_set_dict},
    {},
};

// ------------------------------------------------------------------ type

static Value type_repr(Thread& th, Value self) {
  Type* t = as<Type>(self);
  std::string mod = module_text(t);
  std::string s = "<class '";
  if (mod != "builtins") s += mod + ".";
  s += qualname_of(t);
  s += "'>";
  return V(str_new(th, s));
}

static Value type_call(Thread& th, Value callable, const Value* args, size_t nargs,
                       TupleObject* kwnames) {
  Type* t = as<Type>(callable);
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  if (t == TypeType && nargs == 1 && nkw == 0) return V(type_of(args[0]));
  if (!t->new_) return raise(th, Exc_TypeError, "cannot create '%s' instances", qualname_of(t));
  // NewFn/InitFn take the positional count plus kwnames (keyword values follow).
  Value obj = t->new_(th, t, args, nargs, kwnames);
  if (obj.is_empty()) return obj;
  Type* ot = type_of(obj);
  if (ot != t && !is_subtype(ot, t)) return obj;
  if (ot->init) {
    Root keep(th, obj);
    if (ot->init(th, obj, args, nargs, kwnames) < 0) return Value();
  }
  return obj;
}

// Picks the most derived metaclass among metatype and the bases' metaclasses.
static Type* calculate_metaclass(Thread& th, Type* metatype, TupleObject* bases) {
  Type* winner = metatype;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* bt = type_of(bases->items[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    raise(th, Exc_TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// bytes subclasses get no __dict__ slot (builtins/bytes.cpp allocates none); str and
// tuple subclasses keep it after their data (instance_dict_slot in vm/abstract.cpp).
static bool is_var_sized(Type* t) { return t->flags & TF_BYTES_SUBCLASS; }

// Does t add instance fields to its base's layout (beyond a __dict__ slot)?
static bool adds_fields(Type* t) {
  Type* b = t->base;
  if (!(t->flags & TF_HEAPTYPE)) return t->basicsize != b->basicsize;
  size_t extra = t->basicsize - align8(b->basicsize);
  if (t->dictoffset != b->dictoffset) extra -= sizeof(std::atomic<DictObject*>);
  return extra > 0;
}

// The type whose layout instances of t share.
static Type* solid_base(Type* t) {
  while (t->base) {
    if (adds_fields(t)) return t;
    t = t->base;
  }
  return t;
}

static Type* best_base(Thread& th, TupleObject* bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = as<Type>(bases->items[i]);
    if (!(b->flags & TF_BASETYPE)) {
      raise(th, Exc_TypeError, "type '%s' is not an acceptable base type",
            type_qualified_name(b).c_str());
      return nullptr;
    }
    Type* cand = solid_base(b);
    if (!winner) {
      winner = cand;
      base = b;
    } else if (is_subtype(winner, cand)) {
    } else if (is_subtype(cand, winner)) {
      winner = cand;
      base = b;
    } else {
      raise(th, Exc_TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

// C3 linearization. Returns null (with TypeError pending) when no consistent order exists.
static TupleObject* compute_mro(Thread& th, Type* t, TupleObject* bases) {
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = as<Type>(bases->items[i]);
    std::vector<Type*> s;
    if (b->mro)
      for (int64_t j = 0; j < b->mro->size; ++j) s.push_back(as<Type>(b->mro->items[j]));
    else
      s.push_back(b);
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> bl;
  for (int64_t i = 0; i < bases->size; ++i) bl.push_back(as<Type>(bases->items[i]));
  seqs.push_back(bl);
  std::vector<Type*> result{t};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool any = false;
    Type* pick = nullptr;
    for (size_t i = 0; i < seqs.size() && !pick; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      any = true;
      Type* cand = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == cand) {
            in_tail = true;
            break;
          }
      if (!in_tail) pick = cand;
    }
    if (!any) break;
    if (!pick) {
      std::string names;
      std::vector<Type*> seen;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* h = seqs[i][pos[i]];
        if (std::find(seen.begin(), seen.end(), h) != seen.end()) continue;
        seen.push_back(h);
        if (!names.empty()) names += ", ";
        names += qualname_of(h);
      }
      raise(th, Exc_TypeError,
            "Cannot create a consistent method resolution\norder (MRO) for bases %s",
            names.c_str());
      return nullptr;
    }
    result.push_back(pick);
    for (size_t i = 0; i < seqs.size(); ++i)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == pick) ++pos[i];
  }
  TupleObject* mro = tuple_new(th, static_cast<int64_t>(result.size()));
  for (size_t i = 0; i < result.size(); ++i) mro->items[i] = V(result[i]);
  return mro;
}

// The __mro__ of t when its metaclass overrides mro(): what t.mro() returns, checked
// as CPython does (classes only, each with a layout t's instances can have). t->mro
// holds the C3 order meanwhile. Returns t->mro unchanged when mro() is type's.
static TupleObject* custom_mro(Thread& th, Type* t, Type* meta) {
  static StrObject* mro_name = str_intern("mro");
  Value own = lookup_in_mro(meta, mro_name);
  if (own.is_empty() || own.is(dict_get_str(TypeType->dict, mro_name))) return t->mro;
  Value r = call_method(th, V(t), mro_name, nullptr, 0);
  if (r.is_empty()) return nullptr;
  Root keep(th, r);
  ListObject* l = list_new(th);
  Root keep_l(th, l);
  if (list_extend(th, l, r) < 0) return nullptr;
  TupleObject* m = list_to_tuple(th, l);
  Type* solid = solid_base(t);
  for (int64_t i = 0; i < m->size; ++i) {
    Value c = m->items[i];
    if (!is_type(c)) {
      raise(th, Exc_TypeError, "mro() returned a non-class ('%s')", type_name(c));
      return nullptr;
    }
    if (!is_subtype(solid, solid_base(as<Type>(c)))) {
      raise(th, Exc_TypeError, "mro() returned base with unsuitable layout ('%s')",
            as<Type>(c)->name->data);
      return nullptr;
    }
  }
  return m;
}

static void type_trace(Object* o, Tracer& tr) {
  Type* t = static_cast<Type*>(o);
  if (t->name) tr.visit(reinterpret_cast<Object*>(t->name));
  if (t->qualname) tr.visit(reinterpret_cast<Object*>(t->qualname));
  tr.visit(t->module);
  if (t->base) tr.visit(static_cast<Object*>(t->base));
  if (t->bases) tr.visit(reinterpret_cast<Object*>(t->bases));
  if (t->mro) tr.visit(reinterpret_cast<Object*>(t->mro));
  if (t->dict) tr.visit(reinterpret_cast<Object*>(t->dict));
  tr.visit(t->doc);
  if (o->type != TypeType) tr.visit(static_cast<Object*>(o->type));
}

static void type_finalize(Object* o) {
  if (static_cast<Type*>(o)->flags & TF_HEAPTYPE) registry_remove(static_cast<Type*>(o));
}

Value type_new(Thread& th, Type* metatype, StrObject* name, TupleObject* bases, DictObject* ns,
               const Value* kwvalues, TupleObject* kwnames) {
  init_dunder_names();
  Root keep_bases(th, reinterpret_cast<Object*>(bases));
  if (bases->size == 0) {
    Value obj_base = V(ObjectType);
    bases = tuple_from(th, &obj_base, 1);
    keep_bases.set(reinterpret_cast<Object*>(bases));
  }
  // The metaclass first, as CPython (a non-class base is a metaclass conflict).
  Type* meta = calculate_metaclass(th, metatype, bases);
  if (!meta) return Value();
  for (int64_t i = 0; i < bases->size; ++i) {
    if (!is_type(bases->items[i])) {
      raise(th, Exc_TypeError, "bases must be types");
      return Value();
    }
    for (int64_t j = 0; j < i; ++j)
      if (bases->items[j].is(bases->items[i])) {
        raise(th, Exc_TypeError, "duplicate base class %s", qualname_of(as<Type>(bases->items[i])));
        return Value();
      }
  }
  Type* base = best_base(th, bases);
  if (!base) return Value();

  size_t tsize = meta->basicsize > sizeof(Type) ? meta->basicsize : sizeof(Type);
  Type* t = static_cast<Type*>(gc_alloc(th, meta, tsize));
  Root keep(th, static_cast<Object*>(t));
  t->name = name;
  t->base = base;
  t->bases = bases;
  DictObject* dict = dict_copy(th, ns);
  t->dict = dict;
  t->flags = TF_HEAPTYPE | TF_BASETYPE;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = as<Type>(bases->items[i]);
    t->flags |= b->flags & (TF_EXCEPTION | TF_INT_SUBCLASS | TF_FLOAT_SUBCLASS | TF_STR_SUBCLASS |
                            TF_TUPLE_SUBCLASS | TF_LIST_SUBCLASS | TF_DICT_SUBCLASS |
                            TF_TYPE_SUBCLASS | TF_BYTES_SUBCLASS);
  }

  // __qualname__, __module__, __doc__ from the namespace.
  Value qn = dict_get_str(dict, sym::__qualname__);
  if (!qn.is_empty()) {
    if (!is_str(qn)) {
      raise(th, Exc_TypeError, "type __qualname__ must be a str, not %s", type_name(qn));
      return Value();
    }
    t->qualname = as<StrObject>(qn);
    dict_del_str(th, dict, sym::__qualname__);
  } else {
    t->qualname = name;
  }
  Value mod = dict_get_str(dict, sym::__module__);
  if (mod.is_empty()) {
    // As CPython: the __name__ of the calling code's globals (type(name, bases, ns)).
    DictObject* globals = current_globals(th);
    if (globals) mod = dict_get_str(globals, sym::__name__);
    if (mod.is_empty()) mod = V(sym::builtins);
    dict_set_str(th, dict, sym::__module__, mod);
  }
  t->module = mod;
  Value doc = dict_get_str(dict, sym::__doc__);
  if (doc.is_empty()) {
    doc = g_None;
    dict_set_str(th, dict, sym::__doc__, doc);
  }
  t->doc = doc;

  // Implicit staticmethod/classmethod, and __hash__ = None when only __eq__ is defined.
  Value nv = dict_get_str(dict, sym::__new__);
  if (!nv.is_empty() && type_of(nv) == FunctionType)
    dict_set_str(th, dict, sym::__new__, staticmethod_new(th, nv));
  for (StrObject* cm : {sym::__init_subclass__, sym::__class_getitem__}) {
    Value f = dict_get_str(dict, cm);
    if (!f.is_empty() && type_of(f) == FunctionType) dict_set_str(th, dict, cm, classmethod_new(th, f));
  }
  if (!dict_get_str(dict, sym::__eq__).is_empty() && dict_get_str(dict, sym::__hash__).is_empty())
    dict_set_str(th, dict, sym::__hash__, g_None);
  Value cell = dict_get_str(dict, sym::__classcell__);
  if (!cell.is_empty()) {
    if (type_of(cell) == CellType)
      store_release(as<CellObject>(cell)->contents, V(t).bits());
    dict_del_str(th, dict, sym::__classcell__);
  }

  // __slots__: each name becomes a member descriptor over one word after the base's
  // layout; no __dict__ slot unless "__dict__" is listed.
  Value slots = dict_get_str(dict, sym::__slots__);
  std::vector<StrObject*> slot_names;
  bool slot_dict = false;
  if (!slots.is_empty()) {
    std::vector<Value> items;
    if (is_str(slots)) {
      items.push_back(slots);
    } else {
      Root keep_slots(th, slots);
      Value it = get_iter(th, slots);
      if (it.is_empty()) return Value();
      Root keep_it(th, it);
      for (;;) {
        Value x = iter_next(th, it);
        if (x.is_empty()) {
          if (has_exc(th)) return Value();
          break;
        }
        items.push_back(x);
      }
    }
    for (Value x : items) {
      if (!is_str(x)) {
        raise(th, Exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(x));
        return Value();
      }
      std::string n(str_view(x));
      if (n == "__dict__") {
        if (base->dictoffset || slot_dict) {
          raise(th, Exc_TypeError, "__dict__ slot disallowed: we already got one");
          return Value();
        }
        slot_dict = true;
        continue;
      }
      if (n == "__weakref__") continue;
      if (n.size() > 2 && n.compare(0, 2, "__") == 0 && n.compare(n.size() - 2, 2, "__") != 0) {
        std::string cls(str_view(name));
        size_t k = cls.find_first_not_of('_');
        if (k != std::string::npos) n = "_" + cls.substr(k) + n;
      }
      StrObject* sn = str_intern(n);
      if (!dict_get_str(dict, sn).is_empty()) {
        raise(th, Exc_ValueError, "'%s' in __slots__ conflicts with class variable", sn->data);
        return Value();
      }
      slot_names.push_back(sn);
    }
    if (!slot_names.empty() &&
        (base->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS))) {
      raise(th, Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
            qualname_of(builtin_base(base)));
      return Value();
    }
  }

  // Layout.
  t->basicsize = base->basicsize;
  if (!slot_names.empty()) t->basicsize = align8(t->basicsize);
  for (StrObject* sn : slot_names) {
    dict_set_str(th, dict, sn, member_descr_new(th, t, sn, static_cast<int64_t>(t->basicsize)));
    t->basicsize += sizeof(Value);
  }
  t->dictoffset = base->dictoffset;
  if (t->dictoffset == 0 && (slots.is_empty() || slot_dict) &&
      !(base->flags & TF_TYPE_SUBCLASS) && !is_var_sized(base)) {
    size_t off = align8(t->basicsize);
    t->dictoffset = static_cast<int32_t>(off);
    t->basicsize = off + sizeof(std::atomic<DictObject*>);
    if (dict_get_str(dict, sym::__dict__).is_empty())
      dict_set_str(th, dict, sym::__dict__, getset_new(th, t, &kInstanceDictGetSet[0]));
  }
  if (t->dictoffset) t->flags |= TF_HAS_DICT;
  t->trace = heap_instance_trace;
  t->finalize = heap_instance_finalize;

  TupleObject* mro = compute_mro(th, t, bases);
  if (!mro) return Value();
  t->mro = mro;
  if (meta != TypeType) {
    mro = custom_mro(th, t, meta);
    if (!mro) return Value();
    t->mro = mro;
  }
  update_slots(t);
  t->version.store(type_next_version(), std::memory_order_release);
  registry_add(t, bases);

  // __set_name__ on the attributes, then the parent's __init_subclass__.
  {
    int64_t pos = 0;
    Value k, v;
    std::vector<std::pair<Value, Value>> items;
    while (dict_next(dict, &pos, &k, &v)) items.emplace_back(k, v);
    for (auto& [key, val] : items) {
      if (lookup_in_mro(type_of(val), sym::__set_name__).is_empty()) continue;
      Root rk(th, key);
      Root rv(th, val);
      Value a[2] = {V(t), key};
      Value r = call_dunder(th, val, sym::__set_name__, a, 2);
      if (r.is_empty() && has_exc(th)) {
        // 3.11 wraps the error (3.12 stopped doing so).
        Value cause = take_exc(th);
        Root keep_cause(th, cause);
        Value kr = repr(th, key);
        if (kr.is_empty()) return Value();
        raise(th, Exc_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
              type_name(val), as<StrObject>(kr)->data, name->data);
        if (is_exception(th.exc) && is_exception(cause)) {
          as<ExceptionObject>(th.exc)->cause = cause;
          as<ExceptionObject>(th.exc)->context = cause;
          as<ExceptionObject>(th.exc)->suppress_context = true;
        }
        return Value();
      }
    }
  }
  {
    Value f;
    for (int64_t i = 1; i < mro->size && f.is_empty(); ++i) {
      Type* mt = as<Type>(mro->items[i]);
      if (mt->dict) f = dict_get_str(mt->dict, sym::__init_subclass__);
    }
    if (!f.is_empty()) {
      DescrGetFn get = type_of(f)->descr_get;
      Value bound = get ? get(th, f, Value(), V(t)) : f;
      if (bound.is_empty()) return Value();
      Root rb(th, bound);
      size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
      Value r = call(th, bound, kwvalues, 0, nkw ? kwnames : nullptr);
      if (r.is_empty()) return Value();
    }
  }
  return V(t);
}

static Value type_new_slot(Thread& th, Type* metatype, const Value* args, size_t nargs,
                           TupleObject* kwnames) {
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  if (metatype == TypeType && nargs == 1 && nkw == 0) return V(type_of(args[0]));
  if (nargs != 3) return raise(th, Exc_TypeError, "type() takes 1 or 3 arguments");
  if (!is_str(args[0]))
    return raise(th, Exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                 type_name(args[0]));
  if (!is_tuple(args[1]))
    return raise(th, Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                 type_name(args[1]));
  if (!is_dict(args[2]))
    return raise(th, Exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                 type_name(args[2]));
  return type_new(th, metatype, as<StrObject>(args[0]), as<TupleObject>(args[1]),
                  reinterpret_cast<DictObject*>(args[2].obj()), args + nargs, kwnames);
}

static int type_init(Thread& th, Value /*self*/, const Value* /*args*/, size_t nargs,
                     TupleObject* /*kwnames*/) {
  if (nargs != 1 && nargs != 3) {
    raise(th, Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

static Value type_getattr(Thread& th, Value obj, StrObject* name) {
  Type* type = as<Type>(obj);
  Type* meta = type_of(obj);
  Value meta_attr = lookup_in_mro(meta, name);
  DescrGetFn meta_get = nullptr;
  if (!meta_attr.is_empty()) {
    Type* mt = type_of(meta_attr);
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(th, meta_attr, obj, V(meta));
  }
  Value attr = lookup_in_mro(type, name);
  if (!attr.is_empty()) {
    DescrGetFn get = type_of(attr)->descr_get;
    if (get) return get(th, attr, Value(), obj);
    return attr;
  }
  if (meta_get) return meta_get(th, meta_attr, obj, V(meta));
  if (!meta_attr.is_empty()) return meta_attr;
  raise(th, Exc_AttributeError, "type object '%s' has no attribute '%s'", qualname_of(type),
        name->data);
  return Value();
}

static int type_setattr(Thread& th, Value obj, StrObject* name, Value v) {
  Type* type = as<Type>(obj);
  Value meta_attr = lookup_in_mro(type_of(obj), name);
  if (!meta_attr.is_empty()) {
    DescrSetFn set = type_of(meta_attr)->descr_set;
    if (set) return set(th, meta_attr, obj, v);
  }
  if (!(type->flags & TF_HEAPTYPE)) {
    raise(th, Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data,
          qualname_of(type));
    return -1;
  }
  if (v.is_empty()) {
    if (!dict_del_str(th, type->dict, name)) {
      raise(th, Exc_AttributeError, "type object '%s' has no attribute '%s'", qualname_of(type),
            name->data);
      return -1;
    }
  } else {
    dict_set_str(th, type->dict, name, v);
  }
  type_modified(th, type, name);
  return 0;
}

// ---- type attributes

static Value type_get_name(Thread&, Value self) { return V(as<Type>(self)->name); }
static int type_set_name(Thread& th, Value self, Value v) {
  Type* t = as<Type>(self);
  if (!(t->flags & TF_HEAPTYPE)) {
    raise(th, Exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'",
          qualname_of(t));
    return -1;
  }
  if (v.is_empty() || !is_str(v)) {
    raise(th, Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name->data,
          v.is_empty() ? "NoneType" : type_name(v));
    return -1;
  }
  t->name = as<StrObject>(v);
  return 0;
}
static Value type_get_qualname(Thread&, Value self) {
  Type* t = as<Type>(self);
  return V(t->qualname ? t->qualname : t->name);
}
static int type_set_qualname(Thread& th, Value self, Value v) {
  Type* t = as<Type>(self);
  if (!(t->flags & TF_HEAPTYPE)) {
    raise(th, Exc_TypeError, "cannot set '__qualname__' attribute of immutable type '%s'",
          qualname_of(t));
    return -1;
  }
  if (v.is_empty() || !is_str(v)) {
    raise(th, Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
          t->name->data, v.is_empty() ? "NoneType" : type_name(v));
    return -1;
  }
  t->qualname = as<StrObject>(v);
  return 0;
}
static Value type_get_module(Thread& th, Value self) { return type_module(th, as<Type>(self)); }
static int type_set_module(Thread& th, Value self, Value v) {
  Type* t = as<Type>(self);
  if (!(t->flags & TF_HEAPTYPE)) {
    raise(th, Exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
          qualname_of(t));
    return -1;
  }
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "cannot delete '__module__' attribute of type '%s'", qualname_of(t));
    return -1;
  }
  dict_set_str(th, t->dict, sym::__module__, v);
  t->module = v;
  type_modified(th, t, sym::__module__);
  return 0;
}
static Value type_get_bases(Thread&, Value self) {
  Type* t = as<Type>(self);
  return t->bases ? V(t->bases) : V(g_empty_tuple);
}
static Value type_get_base(Thread&, Value self) {
  Type* t = as<Type>(self);
  return t->base ? V(t->base) : g_None;
}
static Value type_get_mro(Thread&, Value self) {
  Type* t = as<Type>(self);
  return t->mro ? V(t->mro) : V(g_empty_tuple);
}
// A read-only live view: writes must go through setattr on the class, which calls
// type_modified (and so keeps the inline caches right).
static Value type_get_dict(Thread& th, Value self) {
  Type* t = as<Type>(self);
  if (!t->dict) return mappingproxy_new(th, V(reinterpret_cast<Object*>(dict_new(th))));
  return mappingproxy_new(th, V(reinterpret_cast<Object*>(t->dict)));
}
static Value type_get_doc(Thread& th, Value self) {
  Type* t = as<Type>(self);
  if (t->dict) {
    Value d = dict_get_str(t->dict, sym::__doc__);
    if (!d.is_empty()) {
      DescrGetFn get = type_of(d)->descr_get;
      if (get && (t->flags & TF_HEAPTYPE)) return get(th, d, Value(), self);
      return d;
    }
  }
  if (t->tp_doc) return V(str_new(th, t->tp_doc));
  return g_None;
}
static int type_set_doc(Thread& th, Value self, Value v) {
  Type* t = as<Type>(self);
  if (!(t->flags & TF_HEAPTYPE)) {
    raise(th, Exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'",
          qualname_of(t));
    return -1;
  }
  dict_set_str(th, t->dict, sym::__doc__, v.is_empty() ? g_None : v);
  t->doc = v.is_empty() ? g_None : v;
  type_modified(th, t, sym::__doc__);
  return 0;
}
static Value type_get_basicsize(Thread&, Value self) {
  return Value::from_small(static_cast<int64_t>(as<Type>(self)->basicsize));
}
static Value type_get_flags(Thread&, Value self) {
  return Value::from_small(static_cast<int64_t>(as<Type>(self)->flags));
}

static const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__mro__", type_get_mro},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__basicsize__", type_get_basicsize},
    {"__flags__", type_get_flags},
    {},
};

// type.mro(): the C3 linearization of the bases (computed afresh, as CPython's: a
// metaclass's mro() override calls it while __mro__ is not set yet).
static Value type_mro_impl(Thread& th, const Value* a) {
  Type* t = as<Type>(a[0]);
  TupleObject* m;
  if (!t->bases || t->bases->size == 0) {
    Value tv = V(t);
    m = tuple_from(th, &tv, 1);
  } else {
    m = compute_mro(th, t, t->bases);
    if (!m) return Value();
  }
  return V(list_from(th, m->items, m->size));
}

static Value type_subclasses_impl(Thread& th, const Value* a) {
  Type* t = as<Type>(a[0]);
  std::vector<Type*> subs;
  {
    std::lock_guard<std::mutex> lk(g_registry_mu);
    auto it = g_subclasses.find(t);
    if (it != g_subclasses.end()) subs = it->second;
  }
  ListObject* l = list_new(th, static_cast<int64_t>(subs.size()));
  for (Type* s : subs) list_append(th, l, V(s));
  return V(l);
}

// ---- isinstance / issubclass (CPython 3.11's order: exact type, then type's own rule
// without a call, unions and tuples member by member, then __instancecheck__ /
// __subclasscheck__ on the class's metaclass; objects that are not classes take part
// through __bases__ and __class__)

static StrObject* name_bases() {
  static StrObject* n = str_intern("__bases__");
  return n;
}

// obj.__bases__ when it is a tuple; EMPTY otherwise (with an exception pending if the
// lookup raised something other than AttributeError).
static Value abstract_bases(Thread& th, Value obj) {
  Value b = getattr_opt(th, obj, name_bases());
  if (b.is_empty() || !is_tuple(b)) return Value();
  return b;
}

static bool check_class(Thread& th, Value cls, const char* msg) {
  Value b = abstract_bases(th, cls);
  if (!b.is_empty()) return true;
  if (!has_exc(th)) raise(th, Exc_TypeError, "%s", msg);
  return false;
}

// Walks __bases__ (for objects that pretend to be classes).
static int abstract_issubclass(Thread& th, Value derived, Value cls) {
  Root keep(th, derived);
  for (;;) {
    if (derived.is(cls)) return 1;
    Value bases = abstract_bases(th, derived);
    if (bases.is_empty()) return has_exc(th) ? -1 : 0;
    auto* bt = as<TupleObject>(bases);
    if (bt->size == 0) return 0;
    if (bt->size == 1) {
      derived = bt->items[0];
      keep.set(derived);
      continue;
    }
    Root keep_b(th, bases);
    for (int64_t i = 0; i < bt->size; ++i) {
      int r = abstract_issubclass(th, bt->items[i], cls);
      if (r != 0) return r;
    }
    return 0;
  }
}

// Does inst.__class__ surely answer type(inst)? (object's descriptor, reached through
// the generic lookup: the common case, which needs no attribute call.)
// For a heap class, the answer is remembered in the class object's header word
// (Object::reserved32, unused otherwise by type objects) as the low bits of the
// version it was found for: any change to a dict on the MRO changes the version.
static bool plain_class_attr(Value inst) {
  Type* t = type_of(inst);
  if (t->getattr != generic_getattr) return false;
  if (!(t->flags & TF_HEAPTYPE)) return true;  // builtin types never redefine __class__
  auto ver = static_cast<uint32_t>(t->version.load(std::memory_order_acquire));
  if (ver != 0 && __atomic_load_n(&t->reserved32, __ATOMIC_RELAXED) == ver) return true;
  static Value object_class = dict_get_str(ObjectType->dict, sym::__class__);
  if (!lookup_in_mro(t, sym::__class__).is(object_class)) return false;
  __atomic_store_n(&t->reserved32, ver, __ATOMIC_RELAXED);
  return true;
}

// type.__instancecheck__ without the hooks: the real type, then a differing __class__.
static int real_isinstance(Thread& th, Value inst, Value cls) {
  if (is_type(cls)) {
    if (isinstance(inst, as<Type>(cls))) return 1;
    if (plain_class_attr(inst)) return 0;
  }
  Root keep_i(th, inst), keep_c(th, cls);
  if (is_type(cls)) {
    Value icls = getattr_opt(th, inst, sym::__class__);
    if (icls.is_empty()) return has_exc(th) ? -1 : 0;
    if (!icls.is(V(type_of(inst))) && is_type(icls))
      return is_subtype(as<Type>(icls), as<Type>(cls)) ? 1 : 0;
    return 0;
  }
  if (!check_class(th, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
    return -1;
  Value icls = getattr_opt(th, inst, sym::__class__);
  if (icls.is_empty()) return has_exc(th) ? -1 : 0;
  return abstract_issubclass(th, icls, cls);
}

static int real_issubclass(Thread& th, Value derived, Value cls) {
  if (is_type(cls) && is_type(derived))
    return is_subtype(as<Type>(derived), as<Type>(cls)) ? 1 : 0;
  Root keep_d(th, derived), keep_c(th, cls);
  if (!check_class(th, derived, "issubclass() arg 1 must be a class")) return -1;
  if (!is_union(cls) &&
      !check_class(th, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
    return -1;
  return abstract_issubclass(th, derived, cls);
}

static int class_check(Thread& th, Value v, Value cls, bool instance, int depth) {
  if (instance && is_type(cls) && type_of(v) == as<Type>(cls)) return 1;
  if (cls.is_obj() && cls.obj()->type == TypeType) {
    if (instance) return real_isinstance(th, v, cls);
    if (v.is(cls)) return 1;
    return real_issubclass(th, v, cls);
  }
  if (is_union(cls)) cls = V(as<UnionObject>(cls)->args);
  if (is_tuple(cls)) {
    if (depth > g_runtime.recursion_limit.load(std::memory_order_relaxed)) {
      raise(th, Exc_RecursionError, "maximum recursion depth exceeded in __%s__",
            instance ? "instancecheck" : "subclasscheck");
      return -1;
    }
    Root keep(th, cls);
    auto* t = as<TupleObject>(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = class_check(th, v, t->items[i], instance, depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  Value hook = call_special(th, cls, instance ? sym::__instancecheck__ : sym::__subclasscheck__,
                            &v, 1);
  if (!hook.is_empty()) {
    Root keep(th, hook);
    return truthy(th, hook);
  }
  if (has_exc(th)) return -1;
  return instance ? real_isinstance(th, v, cls) : real_issubclass(th, v, cls);
}

int object_isinstance(Thread& th, Value inst, Value cls) { return class_check(th, inst, cls, true, 0); }
int object_issubclass(Thread& th, Value derived, Value cls) {
  return class_check(th, derived, cls, false, 0);
}

static Value type_instancecheck_impl(Thread& th, const Value* a) {
  int r = real_isinstance(th, a[1], a[0]);
  return r < 0 ? Value() : bool_value(r);
}

static Value type_subclasscheck_impl(Thread& th, const Value* a) {
  int r = real_issubclass(th, a[1], a[0]);
  return r < 0 ? Value() : bool_value(r);
}

static Value type_prepare_impl(Thread& th, const Value*) {
  return V(reinterpret_cast<Object*>(dict_new(th)));
}

static Value type_dir_impl(Thread& th, const Value* a) {
  DictObject* names = dict_new(th);
  Root keep(th, reinterpret_cast<Object*>(names));
  TupleObject* mro = as<Type>(a[0])->mro;
  for (int64_t i = 0; mro && i < mro->size; ++i) {
    Type* t = as<Type>(mro->items[i]);
    if (t->dict) add_keys(th, names, t->dict);
  }
  return keys_to_list(th, names);
}

static Value type_sizeof_impl(Thread&, const Value* a) {
  return Value::from_small(static_cast<int64_t>(type_of(a[0])->basicsize));
}

static const NativeDef kTypeMethods[] = {
    {"mro(self, /)", type_mro_impl},
    {"__subclasses__(self, /)", type_subclasses_impl},
    {"__instancecheck__(self, instance, /)", type_instancecheck_impl},
    {"__subclasscheck__(self, subclass, /)", type_subclasscheck_impl},
    {"__prepare__(cls, *args, **kwargs)", type_prepare_impl, NF_CLASSMETHOD},
    {"__dir__(self, /)", type_dir_impl},
    {"__sizeof__(self, /)", type_sizeof_impl},
    {},
};

// ------------------------------------------------------------------ None, NotImplemented, Ellipsis

static Value none_repr(Thread&, Value) { return V(str_intern("None")); }
static int none_bool(Thread&, Value) { return 0; }
static Value none_new(Thread& th, Type*, const Value*, size_t nargs, TupleObject*) {
  if (nargs) return raise(th, Exc_TypeError, "NoneType takes no arguments");
  return g_None;
}
static Value notimpl_repr(Thread&, Value) { return V(str_intern("NotImplemented")); }
static Value notimpl_new(Thread& th, Type*, const Value*, size_t nargs, TupleObject*) {
  if (nargs) return raise(th, Exc_TypeError, "NotImplementedType takes no arguments");
  return g_NotImplemented;
}
static Value ellipsis_repr(Thread&, Value) { return V(str_intern("Ellipsis")); }
static Value ellipsis_new(Thread& th, Type*, const Value*, size_t nargs, TupleObject*) {
  if (nargs) return raise(th, Exc_TypeError, "ellipsis takes no arguments");
  return g_Ellipsis;
}
static Value singleton_reduce(Thread& th, const Value* a) { return repr(th, a[0]); }
static const NativeDef kSingletonMethods[] = {
    {"__reduce__(self, /)", singleton_reduce},
    {},
};

// ------------------------------------------------------------------ init

void init_object_model(Thread& th) {
  Type* o = ObjectType;
  o->repr = object_repr;
  o->str = object_str;
  o->hash = object_hash;
  o->richcmp = object_richcmp;
  o->getattr = generic_getattr;
  o->setattr = generic_setattr;
  o->new_ = object_new;
  o->init = object_init;
  o->methods = kObjectMethods;
  o->getsets = kObjectGetSets;
  o->flags |= TF_BASETYPE;
  o->tp_doc = "The base class of the class hierarchy.";
  if (!o->basicsize) o->basicsize = sizeof(Object);

  Type* t = TypeType;
  t->repr = type_repr;
  t->call = type_call;
  t->getattr = type_getattr;
  t->setattr = type_setattr;
  t->new_ = type_new_slot;
  t->init = type_init;
  t->trace = type_trace;
  t->finalize = type_finalize;
  t->methods = kTypeMethods;
  t->getsets = kTypeGetSets;
  t->flags |= TF_BASETYPE | TF_TYPE_SUBCLASS;
  t->tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

  NoneType->repr = none_repr;
  NoneType->bool_ = none_bool;
  NoneType->new_ = none_new;
  NoneType->flags |= TF_IMMUTABLE;
  NoneType->methods = kSingletonMethods;
  NotImplementedType->repr = notimpl_repr;
  NotImplementedType->new_ = notimpl_new;
  NotImplementedType->flags |= TF_IMMUTABLE;
  NotImplementedType->methods = kSingletonMethods;
  EllipsisType->repr = ellipsis_repr;
  EllipsisType->new_ = ellipsis_new;
  EllipsisType->flags |= TF_IMMUTABLE;
  EllipsisType->methods = kSingletonMethods;

  t->nb[static_cast<size_t>(BinOp::OR)] = union_or;  // int | str

  init_native_types(th);
  init_descr_types(th);
  init_module_type(th);
  init_mappingproxy_type(th);
  init_genericalias_types(th);
}

// ------------------------------------------------------------------ finishing builtin types

static void add_wrapper(Thread& th, Type* t, StrObject* name, SlotKind kind, uint8_t op, void* fn) {
  if (!dict_get_str(t->dict, name).is_empty()) return;
  dict_set_str(th, t->dict, name, slot_wrapper_new(th, t, name, kind, op, fn));
}

// Adds slot wrappers for the slots t defines itself (differing from its base's).
static void add_slot_wrappers(Thread& th, Type* t) {
  Type* b = t->base;
#define OWN(field) (t->field && (!b || b->field != t->field))
#define SLOT(field, dunder, sig)                                                            \
  if (OWN(field))                                                                           \
    add_wrapper(th, t, slot_name(SlotKind::field), SlotKind::field, 0,                      \
                reinterpret_cast<void*>(t->field));
#include "vm/slots.def"
#undef SLOT
  if (OWN(setattr))
    add_wrapper(th, t, slot_name(SlotKind::delattr), SlotKind::delattr, 0,
                reinterpret_cast<void*>(t->setattr));
  if (OWN(setitem))
    add_wrapper(th, t, slot_name(SlotKind::delitem), SlotKind::delitem, 0,
                reinterpret_cast<void*>(t->setitem));
  if (OWN(descr_set))
    add_wrapper(th, t, slot_name(SlotKind::descr_del), SlotKind::descr_del, 0,
                reinterpret_cast<void*>(t->descr_set));
  if (OWN(richcmp))
    for (size_t i = 0; i < kNumCmpOps; ++i)
      add_wrapper(th, t, g_cmp_dunder[i], SlotKind::richcmp, static_cast<uint8_t>(i),
                  reinterpret_cast<void*>(t->richcmp));
  for (size_t i = 0; i < kNumBinOps; ++i) {
    if (OWN(nb[i])) {
      add_wrapper(th, t, g_bin_dunder[i], SlotKind::binary, static_cast<uint8_t>(i),
                  reinterpret_cast<void*>(t->nb[i]));
      add_wrapper(th, t, g_bin_rdunder[i], SlotKind::rbinary, static_cast<uint8_t>(i),
                  reinterpret_cast<void*>(t->nb[i]));
    }
    if (OWN(nb_inplace[i]))
      add_wrapper(th, t, g_bin_idunder[i], SlotKind::inplace, static_cast<uint8_t>(i),
                  reinterpret_cast<void*>(t->nb_inplace[i]));
  }
#undef OWN
}

static void inherit_slots(Type* t) {
  Type* b = t->base;
  if (!b) return;
  bool had_richcmp = t->richcmp != nullptr;
  bool had_hash = t->hash != nullptr;
#define SLOT(field, dunder, sig) \
  if (!t->field) t->field = b->field;
#include "vm/slots.def"
#undef SLOT
  // hash goes with richcmp: a type defining its own comparison but no hash is unhashable.
  if (had_richcmp && !had_hash && b->hash) {
    t->hash = nullptr;
    t->flags |= TF_HASH_NONE;
  }
  if (!had_richcmp) t->richcmp = b->richcmp;
  if (!had_richcmp && !had_hash && (b->flags & TF_HASH_NONE)) t->flags |= TF_HASH_NONE;
  for (size_t i = 0; i < kNumBinOps; ++i) {
    if (!t->nb[i]) t->nb[i] = b->nb[i];
    if (!t->nb_inplace[i]) t->nb_inplace[i] = b->nb_inplace[i];
  }
  if (b != ObjectType && t->basicsize == b->basicsize) {
    if (!t->trace) t->trace = b->trace;
    if (!t->finalize) t->finalize = b->finalize;
  }
  t->flags |= b->flags & (TF_EXCEPTION | TF_INT_SUBCLASS | TF_FLOAT_SUBCLASS | TF_STR_SUBCLASS |
                          TF_TUPLE_SUBCLASS | TF_LIST_SUBCLASS | TF_DICT_SUBCLASS |
                          TF_TYPE_SUBCLASS | TF_BYTES_SUBCLASS);
  if (!t->dictoffset && b->dictoffset && t->basicsize >= b->basicsize) t->dictoffset = b->dictoffset;
  if (t->dictoffset) t->flags |= TF_HAS_DICT;
}

void finish_type(Thread& th, Type* t) {
  if (t->mro) return;
  init_dunder_names();
  if (t->base && !t->base->mro) finish_type(th, t->base);
  if (!t->dict) {
    t->dict = dict_new(th);
    gc_make_immortal(reinterpret_cast<Object*>(t->dict));
  }
  if (!t->qualname) t->qualname = t->name;
  Type* b = t->base;
  // Slots a builtin type leaves null: new_ is not inherited from object (the type is
  // not instantiable), everything else is.
  bool no_new = t->new_ == nullptr && b == ObjectType;
  add_slot_wrappers(th, t);
  inherit_slots(t);
  if (no_new) t->new_ = nullptr;
  if (t->flags & TF_HASH_NONE && dict_get_str(t->dict, sym::__hash__).is_empty())
    dict_set_str(th, t->dict, sym::__hash__, g_None);

  for (const NativeDef* d = t->methods; d && d->sig; ++d) {
    StrObject* name = str_intern(native_name(d));
    dict_set_str(th, t->dict, name, native_method_descr_new(th, t, d));
  }
  for (const GetSetDef* g = t->getsets; g && g->name; ++g) {
    StrObject* name = str_intern(g->name);
    dict_set_str(th, t->dict, name, getset_new(th, t, g));
  }
  if (dict_get_str(t->dict, sym::__doc__).is_empty())
    dict_set_str(th, t->dict, sym::__doc__, t->tp_doc ? V(str_intern(t->tp_doc)) : g_None);

  if (b) {
    Value bv = V(b);
    t->bases = tuple_from(th, &bv, 1);
    TupleObject* m = tuple_new(th, b->mro->size + 1);
    m->items[0] = V(t);
    for (int64_t i = 0; i < b->mro->size; ++i) m->items[i + 1] = b->mro->items[i];
    t->mro = m;
  } else {
    t->bases = g_empty_tuple;
    Value tv = V(t);
    t->mro = tuple_from(th, &tv, 1);
  }
  gc_make_immortal(reinterpret_cast<Object*>(t->bases));
  gc_make_immortal(reinterpret_cast<Object*>(t->mro));
  if (b) {
    std::lock_guard<std::mutex> lk(g_registry_mu);
    g_subclasses[b].push_back(t);
  }
  t->version.store(type_next_version(), std::memory_order_release);
}

void finish_builtin_types(Thread& th) {
  init_dunder_names();
  IntType->flags |= TF_INT_SUBCLASS;
  FloatType->flags |= TF_FLOAT_SUBCLASS;
  StrType->flags |= TF_STR_SUBCLASS;
  TupleType->flags |= TF_TUPLE_SUBCLASS;
  ListType->flags |= TF_LIST_SUBCLASS;
  DictType->flags |= TF_DICT_SUBCLASS;
  TypeType->flags |= TF_TYPE_SUBCLASS;
  BytesType->flags |= TF_BYTES_SUBCLASS;
  Exc_BaseException->flags |= TF_EXCEPTION;
#define TYPE(var, pyname, base, layout) finish_type(th, var);
#include "vm/types.def"
#undef TYPE
#define EXC(name, base) finish_type(th, Exc_##name);
#include "vm/exceptions.def"
#undef EXC
}

}  // namespace taipan
