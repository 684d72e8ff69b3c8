// The `_itertools` module: the hot iterators of itertools in C++. stdlib/itertools.py
// keeps Python versions of the rest and replaces its own with these (`import *`).
//
// Every iterator here shares one layout (ItObject: six Values, a raw array, four
// counters) whose fields each type uses in its own way, documented at its next().
//
// Threads: CPython's iterators are not thread-safe either, but sharing one must never
// crash. Fields are read and written under the iterator's own lock; Python code (the
// inner iterator's next, key functions, +) runs unlocked on rooted copies, and the
// result is stored back under the lock. A race may then skip or repeat an item, never
// read out of bounds. The combinatoric iterators (product, permutations, combinations)
// run no Python code at all, so each step happens whole under the lock.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>

#include "builtins/containers.h"
#include "builtins/iterators.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/lock.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

struct ItObject : Object {
  Value a, b, c, d, e, f;
  ValueArray* arr;  // Values (zip_longest, tee data) or raw int64 indices (combinatorics)
  int64_t i, j, k, m;
};

enum Kind {
  K_COUNT, K_REPEAT, K_CYCLE, K_CHAIN, K_ISLICE, K_ACCUMULATE, K_STARMAP, K_PAIRWISE,
  K_ZIP_LONGEST, K_PRODUCT, K_PERMUTATIONS, K_COMBINATIONS, K_CWR, K_GROUPBY, K_GROUPER,
  K_TEE, K_TEEDATA, K_COUNT_
};
Type g_types[K_COUNT_];
inline Type* T(Kind k) { return &g_types[k]; }

inline ItObject* I(Value v) { return as<ItObject>(v); }

ItObject* it_alloc(Thread& th, Value cls, Kind k) {
  Type* t = as<Type>(cls);
  if (t == T(k)) return gc_new<ItObject>(th, t);
  return I(instance_alloc(th, t));
}

// Raw int64 scratch space (not traced).
int64_t* raw_ints(ValueArray* a) { return reinterpret_cast<int64_t*>(&a->items[a->capacity]); }
ValueArray* raw_new(Thread& th, int64_t n) {
  return value_array_new(th, 0, static_cast<size_t>(std::max<int64_t>(n, 1)) * sizeof(int64_t));
}

void it_trace(Object* self, Tracer& tr) {
  ItObject* o = static_cast<ItObject*>(self);
  tr.visit(o->a);
  tr.visit(o->b);
  tr.visit(o->c);
  tr.visit(o->d);
  tr.visit(o->e);
  tr.visit(o->f);
  if (o->arr) tr.visit(o->arr);
}

// r from an `r` argument: non-negative int. false: raised.
bool r_arg(Thread& th, Value v, int64_t* r) {
  if (!is_int(v)) {
    raise(th, Exc_TypeError, "Expected int as r");
    return false;
  }
  if (!index_to_i64(th, v, r, true)) return false;
  if (*r < 0) {
    raise(th, Exc_ValueError, "r must be non-negative");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- count
// a: the next value, b: step.

bool is_number_like(Value v) {
  // PyNumber_Check: __index__, __int__, __float__ or a complex.
  Type* t = type_of(v);
  return t->index || t->int_ || t->float_ || isinstance(v, ComplexType);
}

Value count_new_body(Thread& th, const Value* a) {
  if (!is_number_like(a[1]) || !is_number_like(a[2]))
    return raise(th, Exc_TypeError, "a number is required");
  ItObject* o = it_alloc(th, a[0], K_COUNT);
  o->a = a[1];
  o->b = a[2];
  return V(o);
}

Value count_next(Thread& th, Value self) {
  ItObject* o = I(self);
  Value cur, step;
  {
    CriticalSection cs{o};
    cur = o->a;
    step = o->b;
    if (cur.is_small() && step.is_small()) {
      int64_t s = cur.small() + step.small();
      if (Value::fits_small(s)) {
        o->a = Value::from_small(s);
        return cur;
      }
    }
  }
  Root kc(th, cur);
  Root ks(th, step);
  Value nxt = binary_op(th, cur, step, BinOp::ADD);
  if (nxt.is_empty()) return Value();
  CriticalSection cs{o};
  o->a = nxt;
  return cur;
}

bool step_is_one(Value step) { return step.is_small() && step.small() == 1; }

Value count_repr(Thread& th, Value self) {
  ItObject* o = I(self);
  Value cur, step;
  {
    CriticalSection cs{o};
    cur = o->a;
    step = o->b;
  }
  Root kc(th, cur);
  Root ks(th, step);
  std::string out = str_view(type_of(self)->name).data();
  out += "(";
  if (!append_repr(th, out, cur)) return Value();
  if (!step_is_one(step)) {
    out += ", ";
    if (!append_repr(th, out, step)) return Value();
  }
  out += ")";
  return str_from_std(th, out);
}

Value count_reduce(Thread& th, const Value* a) {
  ItObject* o = I(a[0]);
  Value items[2];
  {
    CriticalSection cs{o};
    items[0] = o->a;
    items[1] = o->b;
  }
  Value args = V(tuple_from(th, items, step_is_one(items[1]) ? 1 : 2));
  Value out[2] = {V(type_of(a[0])), args};
  return V(tuple_from(th, out, 2));
}

// ---------------------------------------------------------------- repeat
// a: the object, i: times left (-1: forever).

Value repeat_new_body(Thread& th, const Value* a) {
  int64_t n = -1;
  if (!a[2].is_empty()) {
    if (!index_to_i64(th, a[2], &n, true)) return Value();
    if (n < 0) n = 0;
  }
  ItObject* o = it_alloc(th, a[0], K_REPEAT);
  o->a = a[1];
  o->i = n;
  return V(o);
}

Value repeat_next(Thread&, Value self) {
  ItObject* o = I(self);
  CriticalSection cs{o};
  if (o->i == 0) return Value();
  if (o->i > 0) o->i--;
  return o->a;
}

Value repeat_repr(Thread& th, Value self) {
  ItObject* o = I(self);
  int64_t n;
  {
    CriticalSection cs{o};
    n = o->i;
  }
  std::string out = str_view(type_of(self)->name).data();
  out += "(";
  if (!append_repr(th, out, o->a)) return Value();
  if (n >= 0) out += ", " + std::to_string(n);
  out += ")";
  return str_from_std(th, out);
}

Value repeat_length_hint(Thread& th, const Value* a) {
  ItObject* o = I(a[0]);
  int64_t n;
  {
    CriticalSection cs{o};
    n = o->i;
  }
  if (n < 0) return raise(th, Exc_TypeError, "len() of unsized object");
  return int_from_i64(th, n);
}

Value repeat_reduce(Thread& th, const Value* a) {
  ItObject* o = I(a[0]);
  int64_t n;
  {
    CriticalSection cs{o};
    n = o->i;
  }
  Value items[2] = {o->a, n >= 0 ? int_from_i64(th, n) : Value()};
  Value args = V(tuple_from(th, items, n >= 0 ? 2 : 1));
  Value out[2] = {V(type_of(a[0])), args};
  return V(tuple_from(th, out, 2));
}

// ---------------------------------------------------------------- cycle
// a: the source iterator (EMPTY after its first pass), b: list of saved items,
// i: next index into the saved items.

Value cycle_new_body(Thread& th, const Value* a) {
  Value it = get_iter(th, a[1]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  ListObject* saved = list_new(th);
  ItObject* o = it_alloc(th, a[0], K_CYCLE);
  o->a = it;
  o->b = V(saved);
  return V(o);
}

Value cycle_next(Thread& th, Value self) {
  ItObject* o = I(self);
  Value it, saved;
  {
    CriticalSection cs{o};
    it = o->a;
    saved = o->b;
  }
  if (!it.is_empty()) {
    Root ki(th, it);
    Value v = iter_next(th, it);
    if (!v.is_empty()) {
      Root kv(th, v);
      list_append(th, as<ListObject>(saved), v);
      return v;
    }
    if (has_exc(th)) return Value();
    CriticalSection cs{o};
    o->a = Value();
  }
  ListObject* l = as<ListObject>(saved);
  int64_t n = list_size(l);
  if (n == 0) return Value();
  CriticalSection cs{o};
  int64_t idx = o->i % n;
  o->i = idx + 1;
  return list_get(l, idx);
}

// ---------------------------------------------------------------- chain
// a: iterator over the iterables (EMPTY when used up), b: the active iterator.

Value chain_new_body(Thread& th, const Value* a) {
  Value src = get_iter(th, a[1]);
  if (src.is_empty()) return Value();
  Root keep(th, src);
  ItObject* o = it_alloc(th, a[0], K_CHAIN);
  o->a = src;
  return V(o);
}

Value chain_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size && type == T(K_CHAIN))
    return raise(th, Exc_TypeError, "chain() takes no keyword arguments");
  Value t = V(tuple_from(th, args, static_cast<int64_t>(nargs)));
  Root keep(th, t);
  Value a[2] = {V(type), t};
  return chain_new_body(th, a);
}

Value chain_next(Thread& th, Value self) {
  ItObject* o = I(self);
  for (;;) {
    Value src, active;
    {
      CriticalSection cs{o};
      src = o->a;
      active = o->b;
    }
    if (!active.is_empty()) {
      Root ka(th, active);
      Value v = iter_next(th, active);
      if (!v.is_empty() || has_exc(th)) return v;
      CriticalSection cs{o};
      if (o->b.is(active)) o->b = Value();
      continue;
    }
    if (src.is_empty()) return Value();
    Root ks(th, src);
    Value nx = iter_next(th, src);
    if (nx.is_empty()) {
      if (has_exc(th)) return Value();
      CriticalSection cs{o};
      o->a = Value();
      return Value();
    }
    Root kn(th, nx);
    Value it = get_iter(th, nx);
    if (it.is_empty()) return Value();
    CriticalSection cs{o};
    o->b = it;
  }
}

// ---------------------------------------------------------------- islice
// a: the source (EMPTY when done), i: index of the next item to yield, j: stop (-1:
// none), k: step, m: items consumed so far.

const char kIsliceStart[] =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const char kIsliceStop[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const char kIsliceStep[] = "Step for islice() must be a positive integer or None.";

// None -> dflt; an int (or __index__) >= 0 -> value; else ValueError msg. false: raised.
bool islice_arg(Thread& th, Value v, int64_t dflt, const char* msg, int64_t* out) {
  if (v.is_empty() || is_none(v)) {
    *out = dflt;
    return true;
  }
  if (!is_int(v) && !type_of(v)->index) {
    raise(th, Exc_ValueError, "%s", msg);
    return false;
  }
  if (!index_to_i64(th, v, out, true)) return false;
  if (*out < 0 && dflt != 1) {
    raise(th, Exc_ValueError, "%s", msg);
    return false;
  }
  return true;
}

Value islice_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size && type == T(K_ISLICE))
    return raise(th, Exc_TypeError, "islice() takes no keyword arguments");
  if (nargs < 2) return raise(th, Exc_TypeError, "islice expected at least 2 arguments, got %zu", nargs);
  if (nargs > 4) return raise(th, Exc_TypeError, "islice expected at most 4 arguments, got %zu", nargs);
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!islice_arg(th, args[1], -1, kIsliceStop, &stop)) return Value();
  } else {
    if (!islice_arg(th, args[1], 0, kIsliceStart, &start) ||
        !islice_arg(th, args[2], -1, kIsliceStop, &stop))
      return Value();
    if (nargs == 4) {
      if (!islice_arg(th, args[3], 1, kIsliceStep, &step)) return Value();
      if (step < 1) return raise(th, Exc_ValueError, "%s", kIsliceStep);
    }
  }
  Value it = get_iter(th, args[0]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  ItObject* o = it_alloc(th, V(type), K_ISLICE);
  o->a = it;
  o->i = start;
  o->j = stop;
  o->k = step;
  return V(o);
}

// islice over a builtin container iterator (no Python code, no lock in its next): the
// whole step runs under o's lock, so threads sharing the islice get each item once.
Value islice_next_locked(Thread& th, ItObject* o) {
  Value it = o->a;
  if (it.is_empty()) return Value();
  int64_t target = o->i, stop = o->j, pos = o->m;
  for (; pos < target; ++pos) {
    Value v = iter_next(th, it);
    if (v.is_empty()) {
      if (!has_exc(th)) o->a = Value();
      return Value();
    }
  }
  if (stop >= 0 && pos >= stop) {
    o->a = Value();
    return Value();
  }
  Value v = iter_next(th, it);
  if (v.is_empty()) {
    if (!has_exc(th)) o->a = Value();
    return Value();
  }
  o->m = pos + 1;
  int64_t nt = target + o->k;
  if (nt < target) nt = INT64_MAX;
  if (stop >= 0 && nt > stop) nt = stop;
  o->i = nt;
  return v;
}

Value islice_next(Thread& th, Value self) {
  ItObject* o = I(self);
  Value it;
  int64_t target, stop, pos;
  {
    CriticalSection cs{o};
    it = o->a;
    target = o->i;
    stop = o->j;
    pos = o->m;
  }
  if (it.is_empty()) return Value();
  if (iter_next_is_native(it)) {
    CriticalSection cs{o};
    return islice_next_locked(th, o);
  }
  Root ki(th, it);
  auto finish = [&]() {
    CriticalSection cs{o};
    o->a = Value();
    return Value();
  };
  // As CPython: skip up to the target first, then stop once `stop` items were consumed;
  // the target is clamped to stop, so an exhausted islice has consumed exactly stop.
  for (; pos < target; ++pos) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return has_exc(th) ? Value() : finish();
  }
  if (stop >= 0 && pos >= stop) return finish();
  Value v = iter_next(th, it);
  if (v.is_empty()) return has_exc(th) ? Value() : finish();
  CriticalSection cs{o};
  o->m = pos + 1;
  int64_t nt = target + o->k;
  if (nt < target) nt = INT64_MAX;
  if (stop >= 0 && nt > stop) nt = stop;
  o->i = nt;
  return v;
}

// ---------------------------------------------------------------- accumulate
// a: source, b: func (None: +), c: running total (EMPTY before the first item),
// d: the initial value still to yield (EMPTY when none).

Value accumulate_new_body(Thread& th, const Value* a) {
  Value it = get_iter(th, a[1]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  ItObject* o = it_alloc(th, a[0], K_ACCUMULATE);
  o->a = it;
  o->b = a[2];
  if (!is_none(a[3])) o->d = a[3];
  return V(o);
}

Value accumulate_next(Thread& th, Value self) {
  ItObject* o = I(self);
  Value it, func;
  {
    CriticalSection cs{o};
    if (!o->d.is_empty()) {
      Value init = o->d;
      o->d = Value();
      o->c = init;
      return init;
    }
    it = o->a;
    func = o->b;
  }
  Root ki(th, it);
  Value v = iter_next(th, it);
  if (v.is_empty()) return Value();
  Root kv(th, v);
  Value total;
  {
    CriticalSection cs{o};
    total = o->c;
    if (total.is_empty()) {
      o->c = v;
      return v;
    }
  }
  Root kt(th, total);
  Value r = is_none(func) ? binary_op(th, total, v, BinOp::ADD) : call2(th, func, total, v);
  if (r.is_empty()) return Value();
  CriticalSection cs{o};
  o->c = r;
  return r;
}

// ---------------------------------------------------------------- starmap
// a: func, b: source.

Value starmap_new_body(Thread& th, const Value* a) {
  Value it = get_iter(th, a[2]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  ItObject* o = it_alloc(th, a[0], K_STARMAP);
  o->a = a[1];
  o->b = it;
  return V(o);
}

Value starmap_next(Thread& th, Value self) {
  ItObject* o = I(self);
  Value v = iter_next(th, o->b);
  if (v.is_empty()) return Value();
  Root kv(th, v);
  if (!(v.is_obj() && v.obj()->type == TupleType)) {
    v = sequence_tuple(th, v);
    if (v.is_empty()) return Value();
    kv.set(v);
  }
  TupleObject* t = as<TupleObject>(v);
  return call(th, o->a, t->items, static_cast<size_t>(t->size), nullptr);
}

// ---------------------------------------------------------------- pairwise
// a: source (EMPTY when done), b: the previous item (EMPTY before the first).

Value pairwise_new_body(Thread& th, const Value* a) {
  Value it = get_iter(th, a[1]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  ItObject* o = it_alloc(th, a[0], K_PAIRWISE);
  o->a = it;
  return V(o);
}

Value pairwise_next(Thread& th, Value self) {
  ItObject* o = I(self);
  Value it, old;
  {
    CriticalSection cs{o};
    it = o->a;
    old = o->b;
  }
  if (it.is_empty()) return Value();
  Root ki(th, it);
  if (iter_next_is_native(it)) {
    // A builtin container iterator: the whole step under o's lock (see islice).
    Value items[2];
    {
      CriticalSection cs{o};
      it = o->a;
      if (it.is_empty()) return Value();
      items[0] = o->b;
      if (items[0].is_empty()) items[0] = iter_next(th, it);
      if (!items[0].is_empty()) items[1] = iter_next(th, it);
      if (items[1].is_empty()) {
        if (!has_exc(th)) {
          o->a = Value();
          o->b = Value();
        }
        return Value();
      }
      o->b = items[1];
    }
    Root k0(th, items[0]), k1(th, items[1]);
    return V(tuple_from(th, items, 2));
  }
  auto finish = [&]() {
    if (has_exc(th)) return Value();
    CriticalSection cs{o};
    o->a = Value();
    o->b = Value();
    return Value();
  };
  if (old.is_empty()) {
    old = iter_next(th, it);
    if (old.is_empty()) return finish();
  }
  Root ko(th, old);
  Value nw = iter_next(th, it);
  if (nw.is_empty()) return finish();
  Root kn(th, nw);
  {
    CriticalSection cs{o};
    o->b = nw;
  }
  Value items[2] = {old, nw};
  return V(tuple_from(th, items, 2));
}

// ---------------------------------------------------------------- zip_longest
// arr: the iterators (EMPTY once exhausted), b: fillvalue, i: how many are active.

Value zip_longest_new_body(Thread& th, const Value* a) {
  Value fill = g_None;
  if (!a[2].is_empty()) {
    DictObject* kw = as<DictObject>(a[2]);
    Value f = dict_get_str(kw, str_intern("fillvalue"));
    if (dict_size(kw) > (f.is_empty() ? 0 : 1))
      return raise(th, Exc_TypeError, "zip_longest() got an unexpected keyword argument");
    if (!f.is_empty()) fill = f;
  }
  TupleObject* srcs = as<TupleObject>(a[1]);
  int64_t n = srcs->size;
  ValueArray* its = value_array_new(th, n);
  Root keep(th, its);
  for (int64_t k = 0; k < n; ++k) {
    Value it = get_iter(th, srcs->items[k]);
    if (it.is_empty()) return Value();
    its->items[k] = it;
  }
  ItObject* o = it_alloc(th, a[0], K_ZIP_LONGEST);
  o->arr = its;
  o->b = fill;
  o->i = n;
  return V(o);
}

Value zip_longest_next(Thread& th, Value self) {
  ItObject* o = I(self);
  ValueArray* its = o->arr;
  int64_t n = its->capacity;
  {
    CriticalSection cs{o};
    if (n == 0 || o->i == 0) return Value();
  }
  TupleObject* r = tuple_new(th, n);
  Root kr(th, r);
  bool native = true;
  {
    CriticalSection cs{o};
    for (int64_t k = 0; k < n; ++k)
      if (!its->items[k].is_empty() && !iter_next_is_native(its->items[k])) native = false;
  }
  if (native) {
    // Only builtin container iterators left: the whole step under o's lock (see islice).
    CriticalSection cs{o};
    if (o->i <= 0) return Value();
    for (int64_t k = 0; k < n; ++k) {
      Value it = its->items[k];
      Value v;
      if (!it.is_empty()) {
        v = iter_next(th, it);
        if (v.is_empty()) {
          if (has_exc(th)) return Value();
          its->items[k] = Value();
          if (--o->i <= 0) return Value();
        }
      }
      r->items[k] = v.is_empty() ? o->b : v;
    }
    return V(r);
  }
  for (int64_t k = 0; k < n; ++k) {
    Value it;
    {
      CriticalSection cs{o};
      it = its->items[k];
    }
    Value v;
    if (!it.is_empty()) {
      Root ki(th, it);
      v = iter_next(th, it);
      if (v.is_empty()) {
        if (has_exc(th)) return Value();
        CriticalSection cs{o};
        if (its->items[k].is(it)) {
          its->items[k] = Value();
          o->i--;
        }
        if (o->i <= 0) return Value();
      }
    }
    r->items[k] = v.is_empty() ? o->b : v;
  }
  return V(r);
}

// ---------------------------------------------------------------- product
// a: tuple of pools (each a tuple), arr: indices, i: 1 when exhausted, j: 1 after the
// first result.

Value product_new_body(Thread& th, const Value* a) {
  int64_t rep;
  if (!index_to_i64(th, a[2], &rep, true)) return Value();
  if (rep < 0) return raise(th, Exc_ValueError, "repeat argument cannot be negative");
  TupleObject* args = as<TupleObject>(a[1]);
  int64_t np = args->size;
  if (rep && np > kMaxSeqItems / rep) return raise_no_memory(th);
  TupleObject* base = tuple_new(th, np);
  Root kb(th, base);
  for (int64_t k = 0; k < np; ++k) {
    Value t = sequence_tuple(th, args->items[k]);
    if (t.is_empty()) return Value();
    base->items[k] = t;
  }
  int64_t n = np * rep;
  TupleObject* pools = tuple_new(th, n);
  Root kp(th, pools);
  bool empty = false;
  for (int64_t k = 0; k < n; ++k) {
    pools->items[k] = base->items[k % np];
    if (as<TupleObject>(pools->items[k])->size == 0) empty = true;
  }
  ValueArray* idx = raw_new(th, n);
  Root ki(th, idx);
  ItObject* o = it_alloc(th, a[0], K_PRODUCT);
  o->a = V(pools);
  o->arr = idx;
  o->i = empty;
  return V(o);
}

Value product_next(Thread& th, Value self) {
  ItObject* o = I(self);
  CriticalSection cs{o};
  if (o->i) return Value();
  TupleObject* pools = as<TupleObject>(o->a);
  int64_t n = pools->size;
  int64_t* idx = raw_ints(o->arr);
  if (o->j) {
    int64_t k = n - 1;
    for (; k >= 0; --k) {
      if (++idx[k] < as<TupleObject>(pools->items[k])->size) break;
      idx[k] = 0;
    }
    if (k < 0) {
      o->i = 1;
      return Value();
    }
  }
  o->j = 1;
  TupleObject* r = tuple_new(th, n);
  for (int64_t k = 0; k < n; ++k) r->items[k] = as<TupleObject>(pools->items[k])->items[idx[k]];
  return V(r);
}

// ---------------------------------------------------------------- permutations
// a: the pool, arr: n indices then r cycles, k: r, i: exhausted, j: started.

Value permutations_new_body(Thread& th, const Value* a) {
  Value pool = sequence_tuple(th, a[1]);
  if (pool.is_empty()) return Value();
  Root kp(th, pool);
  int64_t n = as<TupleObject>(pool)->size, r = n;
  if (!is_none(a[2]) && !r_arg(th, a[2], &r)) return Value();
  ValueArray* arr = raw_new(th, n + r);
  Root ka(th, arr);
  int64_t* x = raw_ints(arr);
  for (int64_t k = 0; k < n; ++k) x[k] = k;
  for (int64_t k = 0; k < r && r <= n; ++k) x[n + k] = n - k;
  ItObject* o = it_alloc(th, a[0], K_PERMUTATIONS);
  o->a = pool;
  o->arr = arr;
  o->k = r;
  o->i = r > n;
  return V(o);
}

Value permutations_next(Thread& th, Value self) {
  ItObject* o = I(self);
  CriticalSection cs{o};
  if (o->i) return Value();
  TupleObject* pool = as<TupleObject>(o->a);
  int64_t n = pool->size, r = o->k;
  int64_t* idx = raw_ints(o->arr);
  int64_t* cyc = idx + n;
  if (o->j) {
    if (n == 0) {
      o->i = 1;
      return Value();
    }
    int64_t i = r - 1;
    for (; i >= 0; --i) {
      if (--cyc[i] == 0) {
        int64_t first = idx[i];
        for (int64_t k = i; k < n - 1; ++k) idx[k] = idx[k + 1];
        idx[n - 1] = first;
        cyc[i] = n - i;
      } else {
        std::swap(idx[i], idx[n - cyc[i]]);
        break;
      }
    }
    if (i < 0) {
      o->i = 1;
      return Value();
    }
  }
  o->j = 1;
  TupleObject* t = tuple_new(th, r);
  for (int64_t k = 0; k < r; ++k) t->items[k] = pool->items[idx[k]];
  return V(t);
}

// ---------------------------------------------------------------- combinations
// a: the pool, arr: r indices, k: r, i: exhausted, j: started.

Value comb_new(Thread& th, const Value* a, Kind kind) {
  Value pool = sequence_tuple(th, a[1]);
  if (pool.is_empty()) return Value();
  Root kp(th, pool);
  int64_t n = as<TupleObject>(pool)->size, r;
  if (!r_arg(th, a[2], &r)) return Value();
  ValueArray* arr = raw_new(th, r);
  Root ka(th, arr);
  int64_t* x = raw_ints(arr);
  for (int64_t k = 0; k < r; ++k) x[k] = kind == K_COMBINATIONS ? k : 0;
  ItObject* o = it_alloc(th, a[0], kind);
  o->a = pool;
  o->arr = arr;
  o->k = r;
  o->i = kind == K_COMBINATIONS ? r > n : (n == 0 && r > 0);
  return V(o);
}

Value combinations_new_body(Thread& th, const Value* a) { return comb_new(th, a, K_COMBINATIONS); }
Value cwr_new_body(Thread& th, const Value* a) { return comb_new(th, a, K_CWR); }

Value comb_next(Thread& th, Value self) {
  ItObject* o = I(self);
  bool cwr = self.obj()->type == T(K_CWR) || is_subtype(self.obj()->type, T(K_CWR));
  CriticalSection cs{o};
  if (o->i) return Value();
  TupleObject* pool = as<TupleObject>(o->a);
  int64_t n = pool->size, r = o->k;
  int64_t* idx = raw_ints(o->arr);
  if (o->j) {
    int64_t i = r - 1;
    if (cwr) {
      while (i >= 0 && idx[i] == n - 1) --i;
    } else {
      while (i >= 0 && idx[i] == i + n - r) --i;
    }
    if (i < 0) {
      o->i = 1;
      return Value();
    }
    if (cwr) {
      int64_t v = idx[i] + 1;
      for (int64_t k = i; k < r; ++k) idx[k] = v;
    } else {
      idx[i]++;
      for (int64_t k = i + 1; k < r; ++k) idx[k] = idx[k - 1] + 1;
    }
  }
  o->j = 1;
  TupleObject* t = tuple_new(th, r);
  for (int64_t k = 0; k < r; ++k) t->items[k] = pool->items[idx[k]];
  return V(t);
}

// ---------------------------------------------------------------- groupby
// groupby: a: source, b: key func (None: identity), c: target key, d: current key,
// e: current value (EMPTY: none read), f: the live _grouper (only it may advance).
// _grouper: a: the groupby, b: its key.

// Reads the next item into d/e. false: exhausted or raised.
bool groupby_step(Thread& th, ItObject* o) {
  Value it, keyf;
  {
    CriticalSection cs{o};
    it = o->a;
    keyf = o->b;
  }
  Root ki(th, it);
  Value v = iter_next(th, it);
  if (v.is_empty()) return false;
  Root kv(th, v);
  Value key = v;
  if (!is_none(keyf)) {
    key = call1(th, keyf, v);
    if (key.is_empty()) return false;
  }
  CriticalSection cs{o};
  o->e = v;
  o->d = key;
  return true;
}

Value groupby_new_body(Thread& th, const Value* a) {
  Value it = get_iter(th, a[1]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  ItObject* o = it_alloc(th, a[0], K_GROUPBY);
  o->a = it;
  o->b = a[2];
  return V(o);
}

Value groupby_next(Thread& th, Value self) {
  ItObject* o = I(self);
  {
    CriticalSection cs{o};
    o->f = Value();
  }
  for (;;) {
    Value tgt, cur;
    {
      CriticalSection cs{o};
      tgt = o->c;
      cur = o->d;
    }
    if (cur.is_empty()) {
      if (!groupby_step(th, o)) return Value();
      continue;
    }
    if (tgt.is_empty()) break;
    Root kt(th, tgt);
    Root kc(th, cur);
    int r = eq(th, tgt, cur);
    if (r < 0) return Value();
    if (!r) break;
    if (!groupby_step(th, o)) return Value();
  }
  ItObject* g = gc_new<ItObject>(th, T(K_GROUPER));
  Root kg(th, g);
  Value key;
  {
    CriticalSection cs{o};
    key = o->d;
    o->c = key;
    o->f = V(g);
  }
  g->a = self;
  g->b = key;
  Value items[2] = {key, V(g)};
  return V(tuple_from(th, items, 2));
}

Value grouper_next(Thread& th, Value self) {
  ItObject* g = I(self);
  Value parent = g->a;
  ItObject* o = I(parent);
  Value cur;
  {
    CriticalSection cs{o};
    if (!o->f.is(self)) return Value();
    cur = o->e;
  }
  if (cur.is_empty() && !groupby_step(th, o)) return Value();
  Value key;
  {
    CriticalSection cs{o};
    key = o->d;
  }
  Root kk(th, key);
  int r = eq(th, g->b, key);
  if (r <= 0) return Value();
  CriticalSection cs{o};
  Value v = o->e;
  o->e = Value();
  if (v.is_empty()) return Value();
  return v;
}

// ---------------------------------------------------------------- tee
// _tee_dataobject: a: the shared source, b: the next block, arr: kTeeBlock items,
// i: how many are read. _tee: a: its current block, i: its index there.

constexpr int64_t kTeeBlock = 57;

ItObject* teedata_new(Thread& th, Value source) {
  Root ks(th, source);
  ValueArray* arr = value_array_new(th, kTeeBlock);
  Root ka(th, arr);
  ItObject* d = gc_new<ItObject>(th, T(K_TEEDATA));
  d->a = source;
  d->arr = arr;
  return d;
}

ItObject* tee_make(Thread& th, Type* type, Value block, int64_t index) {
  Root kb(th, block);
  ItObject* t = type == T(K_TEE) ? gc_new<ItObject>(th, type) : I(instance_alloc(th, type));
  t->a = block;
  t->i = index;
  return t;
}

Value tee_from_iterable(Thread& th, Type* type, Value iterable) {
  Value it = get_iter(th, iterable);
  if (it.is_empty()) return Value();
  return V(tee_make(th, type, V(teedata_new(th, it)), 0));
}

Value tee_next(Thread& th, Value self) {
  ItObject* t = I(self);
  Value block;
  int64_t idx;
  {
    CriticalSection cs{t};
    block = t->a;
    idx = t->i;
  }
  ItObject* d = I(block);
  if (idx >= kTeeBlock) {
    Value nb;
    {
      CriticalSection cs{d};
      nb = d->b;
    }
    if (nb.is_empty()) {
      ItObject* fresh = teedata_new(th, d->a);
      CriticalSection cs{d};
      if (d->b.is_empty()) d->b = V(fresh);
      nb = d->b;
    }
    block = nb;
    d = I(block);
    idx = 0;
    CriticalSection cs{t};
    t->a = block;
    t->i = 0;
  }
  Value v;
  {
    CriticalSection cs{d};
    if (idx < d->i) v = d->arr->items[idx];
  }
  if (v.is_empty()) {
    Root kb(th, block);
    Value src = d->a;
    v = iter_next(th, src);
    if (v.is_empty()) return Value();
    CriticalSection cs{d};
    if (d->i < kTeeBlock) d->arr->items[d->i++] = v;
  }
  CriticalSection cs{t};
  if (t->a.is(block) && t->i == idx) t->i = idx + 1;
  return v;
}

Value tee_copy(Thread& th, const Value* a) {
  ItObject* t = I(a[0]);
  Value block;
  int64_t idx;
  {
    CriticalSection cs{t};
    block = t->a;
    idx = t->i;
  }
  return V(tee_make(th, T(K_TEE), block, idx));
}

Value tee_new_body(Thread& th, const Value* a) {
  if (isinstance(a[1], T(K_TEE))) {
    Value args[1] = {a[1]};
    return tee_copy(th, args);
  }
  return tee_from_iterable(th, as<Type>(a[0]), a[1]);
}

Value tee_fn(Thread& th, const Value* a) {
  int64_t n;
  if (!is_int(a[1]))
    return raise(th, Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(a[1]));
  if (!index_to_i64(th, a[1], &n, true)) return Value();
  if (n < 0) return raise(th, Exc_ValueError, "n must be >= 0");
  if (n == 0) return V(g_empty_tuple);
  TupleObject* r = tuple_new(th, n);
  Root kr(th, r);
  Value first;
  if (isinstance(a[0], T(K_TEE))) {
    first = tee_copy(th, a);
  } else {
    static StrObject* copy_name = str_intern("__copy__");
    Value it = get_iter(th, a[0]);
    if (it.is_empty()) return Value();
    Root ki(th, it);
    if (!lookup_in_mro(type_of(it), copy_name).is_empty()) {
      first = call_method(th, it, copy_name, nullptr, 0, nullptr);
      if (first.is_empty()) return Value();
      // A foreign copyable iterator: copies of it are the tee's branches.
      r->items[0] = first;
      for (int64_t k = 1; k < n; ++k) {
        Value c = call_method(th, first, copy_name, nullptr, 0, nullptr);
        if (c.is_empty()) return Value();
        r->items[k] = c;
      }
      return V(r);
    }
    first = V(tee_make(th, T(K_TEE), V(teedata_new(th, it)), 0));
  }
  r->items[0] = first;
  for (int64_t k = 1; k < n; ++k) {
    Value args[1] = {first};
    r->items[k] = tee_copy(th, args);
  }
  return V(r);
}

// ---------------------------------------------------------------- tables

const NativeDef kCountNew = {"count(cls, start=0, step=1)", count_new_body};
const NativeDef kRepeatNew = {"repeat(cls, object, times=?)", repeat_new_body};
const NativeDef kCycleNew = {"cycle(cls, iterable, /)", cycle_new_body};
const NativeDef kAccumulateNew = {"accumulate(cls, iterable, func=None, *, initial=None)",
                                  accumulate_new_body};
const NativeDef kStarmapNew = {"starmap(cls, function, iterable, /)", starmap_new_body};
const NativeDef kPairwiseNew = {"pairwise(cls, iterable, /)", pairwise_new_body};
const NativeDef kZipLongestNew = {"zip_longest(cls, *iterables, **kwargs)",
                                  zip_longest_new_body};
const NativeDef kProductNew = {"product(cls, *iterables, repeat=1)", product_new_body};
const NativeDef kPermutationsNew = {"permutations(cls, iterable, r=None)", permutations_new_body};
const NativeDef kCombinationsNew = {"combinations(cls, iterable, r)", combinations_new_body};
const NativeDef kCwrNew = {"combinations_with_replacement(cls, iterable, r)", cwr_new_body};
const NativeDef kGroupbyNew = {"groupby(cls, iterable, key=None)", groupby_new_body};
const NativeDef kTeeNew = {"_tee(cls, iterable, /)", tee_new_body};

#define NEW_SLOT(fn, def)                                                                \
  Value fn(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) { \
    return call_native(th, &def, V(type), args, nargs, kw);                            \
  }
NEW_SLOT(count_new, kCountNew)
NEW_SLOT(repeat_new, kRepeatNew)
NEW_SLOT(cycle_new, kCycleNew)
NEW_SLOT(accumulate_new, kAccumulateNew)
NEW_SLOT(starmap_new, kStarmapNew)
NEW_SLOT(pairwise_new, kPairwiseNew)
NEW_SLOT(zip_longest_new, kZipLongestNew)
NEW_SLOT(product_new, kProductNew)
NEW_SLOT(permutations_new, kPermutationsNew)
NEW_SLOT(combinations_new, kCombinationsNew)
NEW_SLOT(cwr_new, kCwrNew)
NEW_SLOT(groupby_new, kGroupbyNew)
NEW_SLOT(tee_new, kTeeNew)
#undef NEW_SLOT

Value chain_from_iterable(Thread& th, const Value* a) { return chain_new_body(th, a); }

const NativeDef kCountMethods[] = {
    {"__reduce__(self, /)", count_reduce, 0, "Return state information for pickling."},
    {},
};
const NativeDef kRepeatMethods[] = {
    {"__length_hint__(self, /)", repeat_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__(self, /)", repeat_reduce, 0, "Return state information for pickling."},
    {},
};
const NativeDef kChainMethods[] = {
    {"from_iterable(cls, iterable, /)", chain_from_iterable, NF_CLASSMETHOD,
     "Alternative chain() constructor taking a single iterable argument that evaluates "
     "lazily."},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD, "See PEP 585"},
    {},
};
const NativeDef kTeeMethods[] = {
    {"__copy__(self, /)", tee_copy, 0, "Returns an independent iterator."},
    {},
};
const NativeDef kFunctions[] = {
    {"tee(iterable, n=2, /)", tee_fn, 0, "Returns a tuple of n independent iterators."},
    {},
};

struct TypeSpec {
  Kind kind;
  const char* name;
  NewFn new_;
  UnaryFn next;
  UnaryFn repr;
  const NativeDef* methods;
  const char* doc;
};

const TypeSpec kSpecs[] = {
    {K_COUNT, "count", count_new, count_next, count_repr, kCountMethods,
     "Return a count object whose .__next__() method returns consecutive values."},
    {K_REPEAT, "repeat", repeat_new, repeat_next, repeat_repr, kRepeatMethods,
     "repeat(object [,times]) -> create an iterator which returns the object\nfor the "
     "specified number of times.  If not specified, returns the object\nendlessly."},
    {K_CYCLE, "cycle", cycle_new, cycle_next, nullptr, nullptr,
     "Return elements from the iterable until it is exhausted. Then repeat the sequence "
     "indefinitely."},
    {K_CHAIN, "chain", chain_new_slot, chain_next, nullptr, kChainMethods,
     "Return a chain object whose .__next__() method returns elements from the\nfirst "
     "iterable until it is exhausted, then elements from the next\niterable, until all of "
     "the iterables are exhausted."},
    {K_ISLICE, "islice", islice_new_slot, islice_next, nullptr, nullptr,
     "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> "
     "islice object"},
    {K_ACCUMULATE, "accumulate", accumulate_new, accumulate_next, nullptr, nullptr,
     "Return series of accumulated sums (or other binary function results)."},
    {K_STARMAP, "starmap", starmap_new, starmap_next, nullptr, nullptr,
     "Return an iterator whose values are returned from the function evaluated with an "
     "argument tuple taken from the given sequence."},
    {K_PAIRWISE, "pairwise", pairwise_new, pairwise_next, nullptr, nullptr,
     "Return an iterator of overlapping pairs taken from the input iterator."},
    {K_ZIP_LONGEST, "zip_longest", zip_longest_new, zip_longest_next, nullptr, nullptr,
     "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"},
    {K_PRODUCT, "product", product_new, product_next, nullptr, nullptr,
     "Cartesian product of input iterables.  Equivalent to nested for-loops."},
    {K_PERMUTATIONS, "permutations", permutations_new, permutations_next, nullptr, nullptr,
     "Return successive r-length permutations of elements in the iterable."},
    {K_COMBINATIONS, "combinations", combinations_new, comb_next, nullptr, nullptr,
     "Return successive r-length combinations of elements in the iterable."},
    {K_CWR, "combinations_with_replacement", cwr_new, comb_next, nullptr, nullptr,
     "Return successive r-length combinations of elements in the iterable allowing "
     "individual elements to have successive repeats."},
    {K_GROUPBY, "groupby", groupby_new, groupby_next, nullptr, nullptr,
     "make an iterator that returns consecutive keys and groups from the iterable"},
    {K_GROUPER, "_grouper", nullptr, grouper_next, nullptr, nullptr, nullptr},
    {K_TEE, "_tee", tee_new, tee_next, nullptr, kTeeMethods,
     "Iterator wrapped to make it copyable."},
    {K_TEEDATA, "_tee_dataobject", nullptr, nullptr, nullptr, nullptr,
     "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee "
     "objects."},
};

void init_types_once(Thread& th) {
  static std::once_flag once;
  std::call_once(once, [&th] {
    Value mod = V(str_intern("itertools"));
    for (const TypeSpec& s : kSpecs) {
      Type* t = T(s.kind);
      t->type = TypeType;
      t->base = ObjectType;
      t->basicsize = sizeof(ItObject);
      t->name = str_intern(s.name);
      t->module = mod;
      bool internal = s.kind == K_GROUPER || s.kind == K_TEEDATA;
      if (!internal && s.kind != K_TEE) t->flags |= TF_BASETYPE;
      gc_register_static(t);
      t->new_ = s.new_;
      if (s.next) {
        t->iter = iter_self;
        t->next = s.next;
      }
      t->repr = s.repr;
      t->trace = it_trace;
      t->methods = s.methods;
      t->tp_doc = s.doc;
      finish_type(th, t);
    }
  });
}

}  // namespace

int init_itertools_module(Thread& th, ModuleObject* m) {
  init_types_once(th);
  for (const TypeSpec& s : kSpecs) {
    if (s.kind == K_GROUPER || s.kind == K_TEEDATA) continue;
    dict_set_str(th, m->dict, str_intern(s.name), V(T(s.kind)));
  }
  add_native_functions(th, m->dict, kFunctions, V(str_intern("itertools")));
  return 0;
}

}  // namespace taipan
