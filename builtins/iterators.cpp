// enumerate, zip, map, filter, reversed, iter(callable, sentinel) and the generic
// __getitem__ sequence iterator (see builtins/iterators.h).
#include "builtins/iterators.h"

#include <optional>

#include "builtins/containers.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

// enumerate, zip and map step under their own lock over such iterators, so threads sharing
// one get whole pairs as with CPython's GIL (enumerate(range(n)) always yields (i, i)).
// Over other iterators the inner next runs unlocked and pairs may mix between threads.
bool iter_next_is_native(Value it) {
  Type* t = type_of(it);
  return t == RangeIterType || t == ListIterType || t == TupleIterType || t == StrIterType ||
         t == BytesIterType || t == ByteArrayIterType || t == ListRevIterType ||
         t == DictKeyIterType || t == DictValueIterType || t == DictItemIterType ||
         t == SetIterType;
}

namespace {

Value iter_self(Thread&, Value self) { return self; }

// ---- iterator over seq[0], seq[1], ... until IndexError/StopIteration
Value seqiter_next(Thread& th, Value self) {
  auto* it = as<SeqIterObject>(self);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value();
  int64_t i = it->index.fetch_add(1, std::memory_order_relaxed);
  Value r = getitem(th, seq, Value::from_small(i));
  if (r.is_empty()) {
    if (exc_matches(th, Exc_IndexError) || exc_matches(th, Exc_StopIteration)) {
      clear_exc(th);
      slot_store(it->seq, Value());
    }
    return Value();
  }
  return r;
}
void seqiter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIterObject*>(o)->seq); }

// ---- iter(callable, sentinel)
Value calliter_next(Thread& th, Value self) {
  auto* it = as<CallableIterObject>(self);
  Value f = slot_load(it->callable);
  if (f.is_empty()) return Value();
  Root keep(th, self);
  Value r = call0(th, f);
  if (r.is_empty()) {
    if (exc_matches(th, Exc_StopIteration)) {
      clear_exc(th);
      slot_store(it->callable, Value());
    }
    return Value();
  }
  Root keep_r(th, r);
  int same = eq(th, r, it->sentinel);
  if (same < 0) return Value();
  if (same) {
    slot_store(it->callable, Value());
    return Value();
  }
  return r;
}
void calliter_trace(Object* o, Tracer& t) {
  auto* it = static_cast<CallableIterObject*>(o);
  t.visit(it->callable);
  t.visit(it->sentinel);
}

bool all_native(TupleObject* iters) {
  for (int64_t i = 0; i < iters->size; ++i)
    if (!iter_next_is_native(iters->items[i])) return false;
  return true;
}

// ---- enumerate(iterable, start=0)
Value enumerate_impl(Thread& th, const Value* a) {
  Type* cls = as<Type>(a[0]);
  Value start = a[2];
  if (!is_int(start)) {
    Value idx = index_value(th, start);
    if (idx.is_empty()) return Value();
    start = idx;
  }
  Value it = get_iter(th, a[1]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  auto* e = gc_new<EnumerateObject>(th, cls);
  e->it = it;
  if (start.is_small()) {
    e->index.store(start.small(), std::memory_order_relaxed);
  } else {
    e->big_index = start;
  }
  return V(e);
}
const NativeDef kEnumerateNew = {"enumerate(cls, iterable, start=0)", enumerate_impl};
const NativeDef kEnumerateMethods[] = {
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

Value enumerate_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  return call_native(th, &kEnumerateNew, V(type), args, nargs, kw);
}

Value enumerate_next(Thread& th, Value self) {
  auto* e = as<EnumerateObject>(self);
  Root keep(th, self);
  if (e->big_index.is_empty() && iter_next_is_native(e->it)) {
    Value item;
    int64_t i;
    {
      CriticalSection cs{e};
      item = iter_next(th, e->it);
      if (item.is_empty()) return Value();
      i = e->index.fetch_add(1, std::memory_order_relaxed);
    }
    Root keep_item(th, item);
    Value idx = Value::fits_small(i) ? Value::from_small(i) : int_from_i64(th, i);
    Root keep_idx(th, idx);
    TupleObject* t = tuple_new(th, 2);
    t->items[0] = idx;
    t->items[1] = item;
    return V(t);
  }
  Value item = iter_next(th, e->it);
  if (item.is_empty()) return Value();
  Root keep_item(th, item);
  Value idx;
  if (e->big_index.is_empty()) {
    int64_t i = e->index.fetch_add(1, std::memory_order_relaxed);
    if (Value::fits_small(i)) {
      idx = Value::from_small(i);
    } else {
      idx = int_from_i64(th, i);
    }
  } else {
    // Claim idx by swapping in idx + 1 only if no other thread advanced it meanwhile
    // (the add may run an int subclass's __add__, so no lock is held across it).
    uint64_t* slot = reinterpret_cast<uint64_t*>(&e->big_index);
    for (;;) {
      idx = slot_load(e->big_index);
      Root keep_idx(th, idx);
      Value next = binary_op(th, idx, Value::from_small(1), BinOp::ADD);
      if (next.is_empty()) return Value();
      uint64_t expected = idx.bits();
      if (__atomic_compare_exchange_n(slot, &expected, next.bits(), false, __ATOMIC_ACQ_REL,
                                      __ATOMIC_ACQUIRE))
        break;
    }
  }
  Root keep_idx(th, idx);
  TupleObject* t = tuple_new(th, 2);
  t->items[0] = idx;
  t->items[1] = item;
  return V(t);
}
void enumerate_trace(Object* o, Tracer& t) {
  auto* e = static_cast<EnumerateObject*>(o);
  t.visit(e->it);
  t.visit(e->big_index);
}

// A tuple of iter(x) for each x of `iterables` (zip and map); null when one raised.
TupleObject* iter_each(Thread& th, TupleObject* iterables) {
  TupleObject* iters = tuple_new(th, iterables->size);
  for (int64_t i = 0; i < iterables->size; ++i) iters->items[i] = g_None;
  Root keep(th, iters);
  for (int64_t i = 0; i < iterables->size; ++i) {
    Value it = get_iter(th, iterables->items[i]);
    if (it.is_empty()) return nullptr;
    iters->items[i] = it;
  }
  return iters;
}

// ---- zip(*iterables, strict=False)
Value zip_impl(Thread& th, const Value* a) {
  Type* cls = as<Type>(a[0]);
  int strict = truthy(th, a[2]);
  if (strict < 0) return Value();
  TupleObject* iters = iter_each(th, as<TupleObject>(a[1]));
  if (!iters) return Value();
  Root keep(th, iters);
  auto* z = gc_new<ZipObject>(th, cls);
  z->iters = iters;
  z->strict = strict != 0;
  return V(z);
}
const NativeDef kZipNew = {"zip(cls, *iterables, strict=False)", zip_impl};
Value zip_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  return call_native(th, &kZipNew, V(type), args, nargs, kw);
}

Value zip_strict_error(Thread& th, int64_t i, bool longer) {
  if (i == 1) return raise(th, Exc_ValueError, "zip() argument 2 is %s than argument 1", longer ? "longer" : "shorter");
  return raise(th, Exc_ValueError, "zip() argument %lld is %s than arguments 1-%lld",
               static_cast<long long>(i + 1), longer ? "longer" : "shorter", static_cast<long long>(i));
}

Value zip_next(Thread& th, Value self) {
  auto* z = as<ZipObject>(self);
  int64_t n = z->iters->size;
  if (n == 0) return Value();
  Root keep(th, self);
  TupleObject* out = tuple_new(th, n);
  for (int64_t i = 0; i < n; ++i) out->items[i] = g_None;
  Root keep_out(th, out);
  std::optional<CriticalSection> cs;
  if (all_native(z->iters)) cs.emplace(z);
  for (int64_t i = 0; i < n; ++i) {
    Value v = iter_next(th, z->iters->items[i]);
    if (v.is_empty()) {
      if (has_exc(th) || !z->strict) return Value();
      if (i > 0) return zip_strict_error(th, i, false);
      // The first ran out: every other one must be exhausted too.
      for (int64_t j = 1; j < n; ++j) {
        Value w = iter_next(th, z->iters->items[j]);
        if (!w.is_empty()) return zip_strict_error(th, j, true);
        if (has_exc(th)) return Value();
      }
      return Value();
    }
    out->items[i] = v;
  }
  return V(out);
}
void zip_trace(Object* o, Tracer& t) { t.visit(static_cast<ZipObject*>(o)->iters); }

// ---- map(func, *iterables)
Value map_impl(Thread& th, const Value* a) {
  Type* cls = as<Type>(a[0]);
  auto* its = as<TupleObject>(a[2]);
  if (its->size == 0) return raise(th, Exc_TypeError, "map() must have at least two arguments.");
  TupleObject* iters = iter_each(th, its);
  if (!iters) return Value();
  Root keep(th, iters);
  auto* m = gc_new<MapObject>(th, cls);
  m->func = a[1];
  m->iters = iters;
  return V(m);
}
const NativeDef kMapNew = {"map(cls, func, *iterables)", map_impl};
Value map_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(th, Exc_TypeError, "map() takes no keyword arguments");
  return call_native(th, &kMapNew, V(type), args, nargs, kw);
}

Value map_next(Thread& th, Value self) {
  auto* m = as<MapObject>(self);
  Root keep(th, self);
  int64_t n = m->iters->size;
  if (n == 1) {
    Value v = iter_next(th, m->iters->items[0]);
    if (v.is_empty()) return Value();
    return call1(th, m->func, v);
  }
  TupleObject* args = tuple_new(th, n);
  for (int64_t i = 0; i < n; ++i) args->items[i] = g_None;
  Root keep_args(th, args);
  {
    std::optional<CriticalSection> cs;
    if (all_native(m->iters)) cs.emplace(m);
    for (int64_t i = 0; i < n; ++i) {
      Value v = iter_next(th, m->iters->items[i]);
      if (v.is_empty()) return Value();
      args->items[i] = v;
    }
  }
  return call(th, m->func, args->items, static_cast<size_t>(n));
}
void map_trace(Object* o, Tracer& t) {
  auto* m = static_cast<MapObject*>(o);
  t.visit(m->func);
  t.visit(m->iters);
}

// ---- filter(function, iterable)
Value filter_impl(Thread& th, const Value* a) {
  Type* cls = as<Type>(a[0]);
  Value it = get_iter(th, a[2]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  auto* f = gc_new<FilterObject>(th, cls);
  f->func = a[1];
  f->it = it;
  return V(f);
}
const NativeDef kFilterNew = {"filter(cls, function, iterable, /)", filter_impl};
Value filter_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(th, Exc_TypeError, "filter() takes no keyword arguments");
  return call_native(th, &kFilterNew, V(type), args, nargs, kw);
}

Value filter_next(Thread& th, Value self) {
  auto* f = as<FilterObject>(self);
  Root keep(th, self);
  for (;;) {
    Value v = iter_next(th, f->it);
    if (v.is_empty()) return Value();
    Root keep_v(th, v);
    int ok;
    if (is_none(f->func) || f->func.is(V(BoolType))) {
      ok = truthy(th, v);
    } else {
      Value r = call1(th, f->func, v);
      if (r.is_empty()) return Value();
      ok = truthy(th, r);
    }
    if (ok < 0) return Value();
    if (ok) return v;
  }
}
void filter_trace(Object* o, Tracer& t) {
  auto* f = static_cast<FilterObject*>(o);
  t.visit(f->func);
  t.visit(f->it);
}

// ---- reversed(sequence)
Value reversed_impl(Thread& th, const Value* a) {
  Type* cls = as<Type>(a[0]);
  Value seq = a[1];
  if (cls == ReversedType) {
    // `__reversed__ = None` declares the type not reversible, as CPython.
    if (is_none(lookup_in_mro(type_of(seq), sym::__reversed__)))
      return raise(th, Exc_TypeError, "'%s' object is not reversible", type_name(seq));
    Value r = call_special(th, seq, sym::__reversed__, nullptr, 0);
    if (!r.is_empty() || has_exc(th)) return r;
  }
  Type* t = type_of(seq);
  if (!t->getitem || is_dict(seq))
    return raise(th, Exc_TypeError, "'%s' object is not reversible", type_name(seq));
  // A sequence without __len__ gets len()'s own error, as in CPython.
  int64_t n = length(th, seq);
  if (n < 0) return Value();
  auto* r = gc_new<ReversedObject>(th, cls);
  r->seq = seq;
  r->index.store(n - 1, std::memory_order_relaxed);
  return V(r);
}
const NativeDef kReversedNew = {"reversed(cls, sequence, /)", reversed_impl};
Value reversed_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(th, Exc_TypeError, "reversed() takes no keyword arguments");
  return call_native(th, &kReversedNew, V(type), args, nargs, kw);
}

Value reversed_next(Thread& th, Value self) {
  auto* r = as<ReversedObject>(self);
  Value seq = slot_load(r->seq);
  if (seq.is_empty()) return Value();
  int64_t i = r->index.fetch_sub(1, std::memory_order_relaxed);
  if (i < 0) {
    slot_store(r->seq, Value());
    return Value();
  }
  Root keep(th, self);
  Value v = getitem(th, seq, Value::from_small(i));
  if (v.is_empty() && (exc_matches(th, Exc_IndexError) || exc_matches(th, Exc_StopIteration))) {
    clear_exc(th);
    slot_store(r->seq, Value());
  }
  return v;
}
Value reversed_length_hint(Thread&, const Value* a) {
  auto* r = as<ReversedObject>(a[0]);
  int64_t i = r->index.load(std::memory_order_relaxed);
  return Value::from_small(r->seq.is_empty() || i < 0 ? 0 : i + 1);
}
const NativeDef kReversedMethods[] = {
    {"__length_hint__(self, /)", reversed_length_hint},
    {},
};
void reversed_trace(Object* o, Tracer& t) { t.visit(static_cast<ReversedObject*>(o)->seq); }

void setup_iterator_type(Type* t, UnaryFn next, TraceFn trace) {
  t->iter = iter_self;
  t->next = next;
  t->trace = trace;
}

}  // namespace

Value seq_iter_new(Thread& th, Value seq) {
  auto* it = gc_new<SeqIterObject>(th, SeqIterType);
  it->seq = seq;
  return V(it);
}

Value callable_iter_new(Thread& th, Value callable, Value sentinel) {
  auto* it = gc_new<CallableIterObject>(th, CallableIterType);
  it->callable = callable;
  it->sentinel = sentinel;
  return V(it);
}

void init_iterators(Thread&) {
  setup_iterator_type(SeqIterType, seqiter_next, seqiter_trace);
  setup_iterator_type(CallableIterType, calliter_next, calliter_trace);
  setup_iterator_type(EnumerateType, enumerate_next, enumerate_trace);
  setup_iterator_type(ZipType, zip_next, zip_trace);
  setup_iterator_type(MapType, map_next, map_trace);
  setup_iterator_type(FilterType, filter_next, filter_trace);
  setup_iterator_type(ReversedType, reversed_next, reversed_trace);
  EnumerateType->new_ = enumerate_new;
  EnumerateType->methods = kEnumerateMethods;
  ZipType->new_ = zip_new;
  MapType->new_ = map_new;
  FilterType->new_ = filter_new;
  ReversedType->new_ = reversed_new;
  ReversedType->methods = kReversedMethods;
  for (Type* t : {EnumerateType, ZipType, MapType, FilterType, ReversedType}) t->flags |= TF_BASETYPE;
}

}  // namespace taipan
