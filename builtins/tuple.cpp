// tuple and tuple_iterator.
//
// Invariants: a tuple's items are all filled before the tuple is visible to any other
// code, and never change afterwards, so tuples are read without locks (TF_IMMUTABLE).
// The empty exact tuple is one immortal object (g_empty_tuple). Tuple subclass
// instances are allocated with the subclass's extra bytes plus the items.
#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "builtins/containers.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

TupleObject* g_empty_tuple = nullptr;

static TupleObject* empty_tuple(Thread& th) {
  // Other init functions may ask for () before init_containers runs: make it on demand.
  TupleObject* t = __atomic_load_n(&g_empty_tuple, __ATOMIC_ACQUIRE);
  if (t) return t;
  TupleObject* fresh = gc_new<TupleObject>(th, TupleType);
  TupleObject* expected = nullptr;
  if (__atomic_compare_exchange_n(&g_empty_tuple, &expected, fresh, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE)) {
    gc_make_immortal(fresh);
    return fresh;
  }
  return expected;  // the loser's object is garbage
}

TupleObject* tuple_new(Thread& th, int64_t n) {
  if (n <= 0) return empty_tuple(th);
  TupleObject* t = gc_new<TupleObject>(th, TupleType, static_cast<size_t>(n - 1) * sizeof(Value));
  t->size = n;
  return t;
}

TupleObject* tuple_from(Thread& th, const Value* items, int64_t n) {
  if (n <= 0) return empty_tuple(th);
  TupleObject* t = tuple_new(th, n);
  for (int64_t i = 0; i < n; ++i) t->items[i] = items[i];
  return t;
}

static TupleObject* tuple_alloc(Thread& th, Type* type, int64_t n) {
  if (type == TupleType) return tuple_new(th, n);
  // A subclass: its basicsize holds the extra fields (the __dict__ slot) after ours.
  size_t extra = type->basicsize > sizeof(TupleObject) ? type->basicsize - sizeof(TupleObject) : 0;
  size_t items = n > 1 ? static_cast<size_t>(n - 1) * sizeof(Value) : 0;
  TupleObject* t = static_cast<TupleObject*>(gc_alloc(th, type, sizeof(TupleObject) + items + extra));
  t->size = n;
  return t;
}

Value sequence_tuple(Thread& th, Value iterable) {
  if (iterable.is_obj()) {
    Type* t = iterable.obj()->type;
    if (t == TupleType) return iterable;
    // Subclasses are copied directly only while they keep the inherited __iter__.
    if ((t->flags & TF_LIST_SUBCLASS) && t->iter == ListType->iter)
      return V(list_to_tuple(th, as<ListObject>(iterable)));
    if ((t->flags & TF_TUPLE_SUBCLASS) && t->iter == TupleType->iter) {
      TupleObject* src = as<TupleObject>(iterable);
      return V(tuple_from(th, src->items, src->size));
    }
    Value snap = snapshot_items(th, iterable);
    if (!snap.is_empty()) return snap;
  }
  ListObject* tmp = list_new(th);
  Root keep(th, tmp);
  if (list_extend(th, tmp, iterable) < 0) return Value();
  return V(list_to_tuple(th, tmp));
}

// ---------------------------------------------------------------- slots

static Value tuple_new_slot(Thread& th, Type* type, const Value* args, size_t nargs,
                            TupleObject* kwnames) {
  if (type == TupleType && kwnames && kwnames->size)
    return raise(th, Exc_TypeError, "tuple() takes no keyword arguments");
  if (nargs > 1) return raise(th, Exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
  if (type == TupleType) {
    if (nargs == 0) return V(empty_tuple(th));
    return sequence_tuple(th, args[0]);
  }
  Value items = nargs ? sequence_tuple(th, args[0]) : V(empty_tuple(th));
  if (items.is_empty()) return Value();
  TupleObject* src = as<TupleObject>(items);
  TupleObject* t = tuple_alloc(th, type, src->size);
  for (int64_t i = 0; i < src->size; ++i) t->items[i] = src->items[i];
  return V(t);
}

static Value tuple_repr(Thread& th, Value self) {
  TupleObject* t = as<TupleObject>(self);
  if (t->size == 0) return str_from_std(th, "()");
  if (repr_enter(th, t)) return str_from_std(th, "(...)");
  Root keep(th, self);
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    if (!append_repr(th, out, t->items[i])) {
      repr_leave(th, t);
      return Value();
    }
  }
  repr_leave(th, t);
  out += t->size == 1 ? ",)" : ")";
  return str_from_std(th, out);
}

static bool tuple_hash(Thread& th, Value self, int64_t* out) {
  TupleObject* t = as<TupleObject>(self);
  if (t->type == TupleType && fast_hash(self, out)) return true;
  Root keep(th, self);
  int64_t small[16];
  std::vector<int64_t> big;
  int64_t* lanes = small;
  if (t->size > 16) {
    big.resize(static_cast<size_t>(t->size));
    lanes = big.data();
  }
  for (int64_t i = 0; i < t->size; ++i)
    if (!hash_of(th, t->items[i], &lanes[i])) return false;
  *out = tuple_hash_lanes(lanes, t->size);
  return true;
}

static int64_t tuple_len(Thread&, Value self) { return as<TupleObject>(self)->size; }

static Value tuple_slice(Thread& th, TupleObject* t, SliceObject* s) {
  Root keep(th, t);
  int64_t start, stop, step;
  if (!slice_unpack(th, s, &start, &stop, &step)) return Value();
  int64_t n = slice_adjust(t->size, &start, &stop, step);
  if (n == t->size && step == 1 && t->type == TupleType) return V(t);
  TupleObject* r = tuple_new(th, n);
  for (int64_t i = 0, j = start; i < n; ++i, j += step) r->items[i] = t->items[j];
  return V(r);
}

static Value tuple_getitem(Thread& th, Value self, Value key) {
  TupleObject* t = as<TupleObject>(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (is_slice(key)) {
    return tuple_slice(th, t, as<SliceObject>(key));
  } else if (is_int(key) || type_of(key)->index) {
    Root keep(th, self);
    if (!index_to_i64(th, key, &i)) return Value();
  } else {
    return raise_bad_index(th, "tuple", key);
  }
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return raise(th, Exc_IndexError, "tuple index out of range");
  return t->items[i];
}

static int tuple_contains(Thread& th, Value self, Value item) {
  TupleObject* t = as<TupleObject>(self);
  Root keep(th, self), keep_item(th, item);
  for (int64_t i = 0; i < t->size; ++i) {
    int r = eq_fast(th, t->items[i], item);
    if (r != 0) return r;
  }
  return 0;
}

static Value tuple_iter(Thread& th, Value self) {
  SeqIterObject* it = gc_new<SeqIterObject>(th, TupleIterType);
  it->seq = self;
  return V(it);
}

static Value tuple_iter_next(Thread&, Value self) {
  SeqIterObject* it = as<SeqIterObject>(self);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value();
  TupleObject* t = as<TupleObject>(seq);
  // A compare-and-swap claims index i, so threads sharing the iterator get each item once.
  int64_t i = load_relaxed(it->index);
  while (i < t->size) {
    if (it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed)) return t->items[i];
  }
  slot_store(it->seq, Value());
  return Value();
}

static Value tuple_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return g_NotImplemented;
  return seq_richcmp(th, a, b, op);
}

static Value tuple_add(Thread& th, Value a, Value b) {
  if (!is_tuple(a)) return g_NotImplemented;
  if (!is_tuple(b)) {
    if (type_of(b)->flags & TF_HEAPTYPE) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
  }
  TupleObject* x = as<TupleObject>(a);
  TupleObject* y = as<TupleObject>(b);
  if (y->size == 0 && x->type == TupleType) return a;
  if (x->size == 0 && y->type == TupleType) return b;
  TupleObject* r = tuple_new(th, x->size + y->size);
  for (int64_t i = 0; i < x->size; ++i) r->items[i] = x->items[i];
  for (int64_t i = 0; i < y->size; ++i) r->items[x->size + i] = y->items[i];
  return V(r);
}

static Value tuple_mul(Thread& th, Value a, Value b) {
  Value seq = a, other = b;
  if (!is_tuple(seq)) std::swap(seq, other);
  if (!is_tuple(seq)) return g_NotImplemented;
  Root keep(th, seq);
  int64_t n;
  int rc = repeat_count(th, other, &n);
  if (rc <= 0) return rc == 0 ? g_NotImplemented : Value();
  TupleObject* t = as<TupleObject>(seq);
  if (n == 1 && t->type == TupleType) return seq;
  if (t->size == 0 || n == 0) return V(empty_tuple(th));
  if (n > kMaxSeqItems / t->size) return raise_no_memory(th);
  int64_t total = t->size * n;
  TupleObject* r = tuple_new(th, total);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < t->size; ++i) r->items[k * t->size + i] = t->items[i];
  return V(r);
}

static void tuple_trace(Object* self, Tracer& tr) {
  TupleObject* t = static_cast<TupleObject*>(self);
  for (int64_t i = 0; i < t->size; ++i) tr.visit(t->items[i]);
}

static void seqiter_trace(Object* self, Tracer& tr) {
  tr.visit(static_cast<SeqIterObject*>(self)->seq);
}

// ---------------------------------------------------------------- methods

static Value tuple_count(Thread& th, const Value* a) {
  TupleObject* t = as<TupleObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int r = eq_fast(th, t->items[i], a[1]);
    if (r < 0) return Value();
    n += r;
  }
  return Value::from_small(n);
}

static Value tuple_index(Thread& th, const Value* a) {
  TupleObject* t = as<TupleObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  int64_t start, stop;
  if (!index_arg(th, a[2], 0, &start) || !index_arg(th, a[3], INT64_MAX, &stop)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + t->size);
  if (stop < 0) stop += t->size;
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    int r = eq_fast(th, t->items[i], a[1]);
    if (r < 0) return Value();
    if (r) return Value::from_small(i);
  }
  return raise(th, Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Thread& th, const Value* a) {
  TupleObject* t = as<TupleObject>(a[0]);
  Value inner = V(tuple_from(th, t->items, t->size));
  return V(tuple_from(th, &inner, 1));
}

static const NativeDef kTupleMethods[] = {
    {"count(self, value, /)", tuple_count, 0, "Return number of occurrences of value."},
    {"index(self, value, start=?, stop=?, /)", tuple_index, 0,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__(self, /)", tuple_getnewargs},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

static Value seqiter_length_hint(Thread&, const Value* a) {
  SeqIterObject* it = as<SeqIterObject>(a[0]);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value::from_small(0);
  int64_t n = as<TupleObject>(seq)->size - load_relaxed(it->index);
  return Value::from_small(n < 0 ? 0 : n);
}

static const NativeDef kTupleIterMethods[] = {
    {"__length_hint__(self, /)", seqiter_length_hint},
    {},
};

void init_tuple_types(Thread& th) {
  empty_tuple(th);
  Type* t = TupleType;
  t->flags |= TF_BASETYPE | TF_TUPLE_SUBCLASS | TF_IMMUTABLE;
  t->new_ = tuple_new_slot;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->richcmp = tuple_richcmp;
  t->nb[int(BinOp::ADD)] = tuple_add;
  t->nb[int(BinOp::MUL)] = tuple_mul;
  t->trace = tuple_trace;
  t->methods = kTupleMethods;
  t->tp_doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
      "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
      "items.\n\nIf the argument is a tuple, the return value is the same object.";

  Type* it = TupleIterType;
  it->iter = iter_self;
  it->next = tuple_iter_next;
  it->trace = seqiter_trace;
  it->methods = kTupleIterMethods;
}

}  // namespace taipan
