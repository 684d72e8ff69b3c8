// list, list_iterator, list_reverseiterator, and the ValueArray storage they share with
// the dict and set tables. (list.sort lives in builtins/list_sort.cpp.)
//
// Locking (design.md, "Objects and locking"):
// - Every write takes `CriticalSection cs{list}` and runs no Python code inside it:
//   __index__ on keys, iteration of the source of an extend/slice assignment and every
//   raise happen before the lock or after it.
// - Growth builds a new ValueArray, copies, and publishes it with a release store;
//   the old array is never freed or reused (the collector reclaims it).
// - Single-slot readers (list_get: indexing, iteration) go lock-free: size (acquire),
//   then array (acquire), bounds-checked against both. They may see a slightly stale
//   list, never freed memory or a half-built object.
// - Slots at or beyond `size` are EMPTY (cleared on removal), so the collector, which
//   traces a ValueArray's whole capacity, never keeps removed items alive.
// - Multi-step reads (repr, comparison, count, index, `in`) read one slot at a time as
//   CPython does between bytecodes; operations that need a consistent whole (slicing,
//   copy, +, extend from a list, tuple(list), sort) copy under the lock.
#include <algorithm>
#include <string>

#include "builtins/containers.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

// ---------------------------------------------------------------- storage

ValueArray* value_array_new(Thread& th, int64_t capacity, size_t raw_bytes) {
  size_t extra = (capacity > 1 ? static_cast<size_t>(capacity - 1) * sizeof(Value) : 0) + raw_bytes;
  ValueArray* a = gc_new<ValueArray>(th, ValueArrayType, extra);
  a->capacity = capacity;
  return a;
}

static void value_array_trace(Object* self, Tracer& tr) {
  ValueArray* a = static_cast<ValueArray*>(self);
  for (int64_t i = 0; i < a->capacity; ++i) tr.visit(a->items[i]);
}

static inline ValueArray* arr_locked(ListObject* l) { return load_relaxed(l->array); }
static inline int64_t size_locked(ListObject* l) { return load_relaxed(l->size); }

// Copies n slots between possibly overlapping ranges, one atomic word at a time, so
// that a concurrent lock-free reader never sees a torn Value.
static void move_items(Value* dst, const Value* src, int64_t n) {
  if (dst < src) {
    for (int64_t i = 0; i < n; ++i) slot_store(dst[i], src[i]);
  } else if (dst > src) {
    for (int64_t i = n - 1; i >= 0; --i) slot_store(dst[i], src[i]);
  }
}
static void clear_items(Value* p, int64_t n) {
  for (int64_t i = 0; i < n; ++i) slot_store(p[i], Value());
}

// Makes room for `need` items; returns the (possibly new, already published) array.
static ValueArray* reserve_locked(Thread& th, ListObject* l, int64_t need) {
  ValueArray* a = arr_locked(l);
  int64_t cap = a ? a->capacity : 0;
  if (need <= cap) return a;
  int64_t newcap = cap + (cap >> 1) + 4;
  if (newcap < need) newcap = need;
  ValueArray* b = value_array_new(th, newcap);
  int64_t n = size_locked(l);
  for (int64_t i = 0; i < n; ++i) b->items[i] = a->items[i];
  store_release(l->array, b);
  return b;
}

// ---------------------------------------------------------------- public API

ListObject* list_new(Thread& th, int64_t capacity) {
  ListObject* l = gc_new<ListObject>(th, ListType);
  if (capacity > 0) store_relaxed(l->array, value_array_new(th, capacity));
  return l;
}

ListObject* list_alloc(Thread& th, Type* type) {
  if (type == ListType) return list_new(th);
  return as<ListObject>(instance_alloc(th, type));
}

ListObject* list_from(Thread& th, const Value* items, int64_t n) {
  ListObject* l = list_new(th, n);
  if (n > 0) {
    ValueArray* a = arr_locked(l);
    for (int64_t i = 0; i < n; ++i) a->items[i] = items[i];
    store_release(l->size, n);
  }
  return l;
}

int list_append(Thread& th, ListObject* l, Value v) {
  CriticalSection cs{l};
  int64_t n = size_locked(l);
  ValueArray* a = arr_locked(l);
  if (!a || n >= a->capacity) a = reserve_locked(th, l, n + 1);
  slot_store(a->items[n], v);
  store_release(l->size, n + 1);
  return 0;
}

Value list_get(ListObject* l, int64_t i) {
  int64_t n = load_acquire(l->size);
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) return Value();
  ValueArray* a = load_acquire(l->array);
  if (!a || i >= a->capacity) return Value();
  return slot_load(a->items[i]);
}

TupleObject* list_to_tuple(Thread& th, ListObject* l) {
  CriticalSection cs{l};
  int64_t n = size_locked(l);
  TupleObject* t = tuple_new(th, n);
  ValueArray* a = arr_locked(l);
  for (int64_t i = 0; i < n; ++i) t->items[i] = a->items[i];
  return t;
}

// Appends n items (a snapshot the caller owns) to l.
static void append_items(Thread& th, ListObject* l, const Value* items, int64_t n) {
  if (n <= 0) return;
  CriticalSection cs{l};
  int64_t m = size_locked(l);
  ValueArray* a = reserve_locked(th, l, m + n);
  for (int64_t i = 0; i < n; ++i) slot_store(a->items[m + i], items[i]);
  store_release(l->size, m + n);
}

// Appends src's items as of one instant to dst (dst may be src: x.extend(x)).
static void extend_from_list(Thread& th, ListObject* dst, ListObject* src) {
  CriticalSection2 cs{dst, src};
  int64_t n = size_locked(src);
  if (n == 0) return;
  int64_t m = size_locked(dst);
  ValueArray* a = reserve_locked(th, dst, m + n);
  ValueArray* s = arr_locked(src);  // re-read: dst == src may just have grown
  for (int64_t i = 0; i < n; ++i) slot_store(a->items[m + i], s->items[i]);
  store_release(dst->size, m + n);
}

int list_extend(Thread& th, ListObject* l, Value iterable) {
  if (iterable.is_obj()) {
    Type* t = iterable.obj()->type;
    // Subclasses take the copy path only while they keep the inherited __iter__:
    // an override decides what the items are.
    if ((t->flags & TF_LIST_SUBCLASS) && t->iter == ListType->iter) {
      extend_from_list(th, l, as<ListObject>(iterable));
      return 0;
    }
    if ((t->flags & TF_TUPLE_SUBCLASS) && t->iter == TupleType->iter) {
      TupleObject* tu = as<TupleObject>(iterable);
      append_items(th, l, tu->items, tu->size);
      return 0;
    }
    Root keep(th, l);
    Value snap = snapshot_items(th, iterable);
    if (!snap.is_empty()) {
      TupleObject* tu = as<TupleObject>(snap);
      append_items(th, l, tu->items, tu->size);
      return 0;
    }
  }
  Root keep(th, l);
  Value it = get_iter(th, iterable);
  if (it.is_empty()) return -1;
  Root keep_it(th, it);
  UnaryFn next = type_of(it)->next;
  for (;;) {
    Value v = next ? next(th, it) : iter_next(th, it);
    if (v.is_empty()) return has_exc(th) ? -1 : 0;
    list_append(th, l, v);
  }
}

// ---------------------------------------------------------------- slots

static Value list_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return V(list_alloc(th, type));
}

static void list_clear_locked(ListObject* l) {
  store_release(l->size, int64_t(0));
  store_release(l->array, static_cast<ValueArray*>(nullptr));
}

static int list_init(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && self.obj()->type == ListType) {
    raise(th, Exc_TypeError, "list() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    raise(th, Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  ListObject* l = as<ListObject>(self);
  {
    CriticalSection cs{l};
    list_clear_locked(l);
  }
  if (nargs == 1) return list_extend(th, l, args[0]);
  return 0;
}

static Value list_repr(Thread& th, Value self) {
  ListObject* l = as<ListObject>(self);
  if (list_size(l) == 0) return str_from_std(th, "[]");
  if (repr_enter(th, l)) return str_from_std(th, "[...]");
  Root keep(th, self);
  std::string out = "[";
  for (int64_t i = 0;; ++i) {
    Value v = list_get(l, i);
    if (v.is_empty()) break;
    if (i) out += ", ";
    if (!append_repr(th, out, v)) {
      repr_leave(th, l);
      return Value();
    }
  }
  repr_leave(th, l);
  out += "]";
  return str_from_std(th, out);
}

static int64_t list_len(Thread&, Value self) { return list_size(as<ListObject>(self)); }

// Converts an int-like key for indexing: 1 ok, -1 raised, 0 not an index (caller
// raises its own message).
static int key_index(Thread& th, Value key, int64_t* out) {
  if (key.is_small()) {
    *out = key.small();
    return 1;
  }
  if (!is_int(key) && !type_of(key)->index) return 0;
  return index_to_i64(th, key, out) ? 1 : -1;
}

static Value list_slice_get(Thread& th, ListObject* l, SliceObject* s) {
  int64_t start, stop, step;
  {
    Root keep(th, l);
    if (!slice_unpack(th, s, &start, &stop, &step)) return Value();
  }
  CriticalSection cs{l};
  int64_t n = slice_adjust(size_locked(l), &start, &stop, step);
  ListObject* r = list_new(th, n);
  if (n > 0) {
    ValueArray* src = arr_locked(l);
    ValueArray* dst = arr_locked(r);
    for (int64_t i = 0, j = start; i < n; ++i, j += step) dst->items[i] = src->items[j];
    store_release(r->size, n);
  }
  return V(r);
}

static Value list_getitem(Thread& th, Value self, Value key) {
  ListObject* l = as<ListObject>(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (is_slice(key)) {
    return list_slice_get(th, l, as<SliceObject>(key));
  } else {
    Root keep(th, self);
    int rc = key_index(th, key, &i);
    if (rc < 0) return Value();
    if (rc == 0) return raise_bad_index(th, "list", key);
  }
  if (i < 0) i += list_size(l);
  Value v = list_get(l, i);
  if (v.is_empty()) return raise(th, Exc_IndexError, "list index out of range");
  return v;
}

// Removes [lo, hi) and inserts items[0..m) there, under the lock.
static void replace_range_locked(Thread& th, ListObject* l, int64_t lo, int64_t hi, const Value* items,
                                 int64_t m) {
  int64_t n = size_locked(l);
  int64_t d = hi - lo;
  int64_t newn = n - d + m;
  ValueArray* a = arr_locked(l);
  if (newn > (a ? a->capacity : 0)) {
    int64_t newcap = newn + (newn >> 3) + 4;
    ValueArray* b = value_array_new(th, newcap);
    for (int64_t i = 0; i < lo; ++i) b->items[i] = a->items[i];
    for (int64_t i = 0; i < m; ++i) b->items[lo + i] = items[i];
    for (int64_t i = hi; i < n; ++i) b->items[i - d + m] = a->items[i];
    store_release(l->array, b);
    store_release(l->size, newn);
    return;
  }
  if (!a) return;  // empty and staying empty (l[:] = [] on a list never grown)
  if (m < d) {
    for (int64_t i = 0; i < m; ++i) slot_store(a->items[lo + i], items[i]);
    move_items(a->items + lo + m, a->items + hi, n - hi);
    store_release(l->size, newn);
    clear_items(a->items + newn, n - newn);
  } else {
    move_items(a->items + lo + m, a->items + hi, n - hi);
    for (int64_t i = 0; i < m; ++i) slot_store(a->items[lo + i], items[i]);
    store_release(l->size, newn);
  }
}

static void del_extended_locked(ListObject* l, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return;
  if (step < 0) {
    start = start + step * (count - 1);
    step = -step;
  }
  ValueArray* a = arr_locked(l);
  int64_t n = size_locked(l);
  int64_t w = start;
  int64_t next_del = start, deleted = 0;
  for (int64_t r = start; r < n; ++r) {
    if (deleted < count && r == next_del) {
      ++deleted;
      next_del += step;
      continue;
    }
    slot_store(a->items[w++], a->items[r]);
  }
  store_release(l->size, w);
  clear_items(a->items + w, n - w);
}

static int list_ass_slice(Thread& th, ListObject* l, SliceObject* s, Value v) {
  Root keep(th, l);
  Value seq;
  if (!v.is_empty()) {
    Type* vt = type_of(v);
    if (!vt->iter && !vt->getitem) {
      raise(th, Exc_TypeError, "can only assign an iterable");
      return -1;
    }
    seq = sequence_tuple(th, v);
    if (seq.is_empty()) return -1;
  }
  Root keep_seq(th, seq);
  int64_t start, stop, step;
  if (!slice_unpack(th, s, &start, &stop, &step)) return -1;
  TupleObject* t = seq.is_empty() ? nullptr : as<TupleObject>(seq);
  int64_t m = t ? t->size : 0;
  int64_t mismatch = -1;
  {
    CriticalSection cs{l};
    int64_t count = slice_adjust(size_locked(l), &start, &stop, step);
    if (step == 1) {
      if (stop < start) stop = start;
      replace_range_locked(th, l, start, stop, t ? t->items : nullptr, m);
    } else if (!t) {
      del_extended_locked(l, start, step, count);
    } else if (count != m) {
      mismatch = count;
    } else {
      ValueArray* a = arr_locked(l);
      for (int64_t i = 0, j = start; i < m; ++i, j += step) slot_store(a->items[j], t->items[i]);
    }
  }
  if (mismatch >= 0) {
    raise(th, Exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
          static_cast<long long>(m), static_cast<long long>(mismatch));
    return -1;
  }
  return 0;
}

static int list_setitem(Thread& th, Value self, Value key, Value v) {
  ListObject* l = as<ListObject>(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (is_slice(key)) {
    return list_ass_slice(th, l, as<SliceObject>(key), v);
  } else {
    Root keep(th, self), keep_v(th, v);
    int rc = key_index(th, key, &i);
    if (rc < 0) return -1;
    if (rc == 0) {
      raise_bad_index(th, "list", key);
      return -1;
    }
  }
  bool ok = true;
  {
    CriticalSection cs{l};
    int64_t n = size_locked(l);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      ok = false;
    } else if (!v.is_empty()) {
      slot_store(arr_locked(l)->items[i], v);
    } else {
      ValueArray* a = arr_locked(l);
      move_items(a->items + i, a->items + i + 1, n - i - 1);
      store_release(l->size, n - 1);
      slot_store(a->items[n - 1], Value());
    }
  }
  if (!ok) {
    raise(th, Exc_IndexError, "list assignment index out of range");
    return -1;
  }
  return 0;
}

static int list_contains(Thread& th, Value self, Value item) {
  ListObject* l = as<ListObject>(self);
  for (int64_t i = 0;; ++i) {
    Value v = list_get(l, i);
    if (v.is_empty()) return 0;
    int r = fast_eq(v, item);
    if (r == 1) return 1;
    if (r < 0) {
      // Slow path from here on: roots for the Python-level comparisons.
      Root keep(th, self), keep_item(th, item);
      for (;; ++i) {
        v = list_get(l, i);
        if (v.is_empty()) return 0;
        r = eq_fast(th, v, item);
        if (r != 0) return r;
      }
    }
  }
}

static Value list_iter(Thread& th, Value self) {
  SeqIterObject* it = gc_new<SeqIterObject>(th, ListIterType);
  it->seq = self;
  return V(it);
}

// Shared between threads, each index is claimed by one compare-and-swap, so every item is
// produced once (the value read just before the CAS is the item at that index at that time).
static Value list_iter_next(Thread&, Value self) {
  SeqIterObject* it = as<SeqIterObject>(self);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value();
  int64_t i = load_relaxed(it->index);
  for (;;) {
    Value v = list_get(as<ListObject>(seq), i);
    if (v.is_empty()) {
      slot_store(it->seq, Value());
      return Value();
    }
    if (it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed)) return v;
  }
}

static Value list_reviter_next(Thread&, Value self) {
  SeqIterObject* it = as<SeqIterObject>(self);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value();
  int64_t i = load_relaxed(it->index);
  while (i >= 0) {
    Value v = list_get(as<ListObject>(seq), i);
    if (v.is_empty()) break;
    if (it->index.compare_exchange_weak(i, i - 1, std::memory_order_relaxed)) return v;
  }
  store_relaxed(it->index, int64_t(-1));
  slot_store(it->seq, Value());
  return Value();
}

static Value list_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return g_NotImplemented;
  return seq_richcmp(th, a, b, op);
}

static Value list_add(Thread& th, Value a, Value b) {
  if (!is_list(a)) return g_NotImplemented;
  if (!is_list(b)) {
    if (type_of(b)->flags & TF_HEAPTYPE) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
  }
  ListObject* r = list_new(th, list_size(as<ListObject>(a)) + list_size(as<ListObject>(b)));
  extend_from_list(th, r, as<ListObject>(a));
  extend_from_list(th, r, as<ListObject>(b));
  return V(r);
}

static Value list_iadd(Thread& th, Value a, Value b) {
  if (!is_list(a)) return g_NotImplemented;
  Root keep(th, a);
  if (list_extend(th, as<ListObject>(a), b) < 0) return Value();
  return a;
}

static Value list_repeat(Thread& th, ListObject* src, int64_t n, ListObject* dst) {
  // dst == src: in place (*=). Snapshot first, then write.
  TupleObject* snap = list_to_tuple(th, src);
  int64_t m = snap->size;
  if (m && n > kMaxSeqItems / m) return raise_no_memory(th);
  int64_t total = m * n;
  CriticalSection cs{dst};
  if (dst == src) list_clear_locked(dst);
  int64_t base = size_locked(dst);
  ValueArray* a = reserve_locked(th, dst, base + total);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < m; ++i) slot_store(a->items[base + k * m + i], snap->items[i]);
  store_release(dst->size, base + total);
  return V(dst);
}

static Value list_mul(Thread& th, Value a, Value b) {
  Value seq = a, other = b;
  if (!is_list(seq)) std::swap(seq, other);
  if (!is_list(seq)) return g_NotImplemented;
  Root keep(th, seq);
  int64_t n;
  int rc = repeat_count(th, other, &n);
  if (rc <= 0) return rc == 0 ? g_NotImplemented : Value();
  ListObject* r = list_new(th);
  Root keep_r(th, r);
  return list_repeat(th, as<ListObject>(seq), n, r);
}

static Value list_imul(Thread& th, Value a, Value b) {
  if (!is_list(a)) return g_NotImplemented;
  Root keep(th, a);
  int64_t n;
  int rc = repeat_count(th, b, &n);
  if (rc <= 0) return rc == 0 ? g_NotImplemented : Value();
  return list_repeat(th, as<ListObject>(a), n, as<ListObject>(a));
}

static void list_trace(Object* self, Tracer& tr) {
  ValueArray* a = load_relaxed(static_cast<ListObject*>(self)->array);
  if (a) tr.visit(a);
}

static void seqiter_trace(Object* self, Tracer& tr) {
  tr.visit(static_cast<SeqIterObject*>(self)->seq);
}

// ---------------------------------------------------------------- methods

static Value m_append(Thread& th, const Value* a) {
  list_append(th, as<ListObject>(a[0]), a[1]);
  return g_None;
}

static Value m_extend(Thread& th, const Value* a) {
  if (list_extend(th, as<ListObject>(a[0]), a[1]) < 0) return Value();
  return g_None;
}

static Value m_insert(Thread& th, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  int64_t i;
  if (a[1].is_small()) {
    i = a[1].small();
  } else {
    Root keep(th, a[0]), keep_v(th, a[2]);
    if (!index_to_i64(th, a[1], &i, true)) return Value();
  }
  CriticalSection cs{l};
  int64_t n = size_locked(l);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  ValueArray* arr = reserve_locked(th, l, n + 1);
  move_items(arr->items + i + 1, arr->items + i, n - i);
  slot_store(arr->items[i], a[2]);
  store_release(l->size, n + 1);
  return g_None;
}

static Value m_pop(Thread& th, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  int64_t i = -1;
  if (!a[1].is_empty()) {
    if (a[1].is_small()) {
      i = a[1].small();
    } else {
      Root keep(th, a[0]);
      if (!index_to_i64(th, a[1], &i)) return Value();
    }
  }
  const char* err = nullptr;
  Value v;
  {
    CriticalSection cs{l};
    int64_t n = size_locked(l);
    if (n == 0) {
      err = "pop from empty list";
    } else {
      if (i < 0) i += n;
      if (i < 0 || i >= n) {
        err = "pop index out of range";
      } else {
        ValueArray* arr = arr_locked(l);
        v = arr->items[i];
        move_items(arr->items + i, arr->items + i + 1, n - i - 1);
        store_release(l->size, n - 1);
        slot_store(arr->items[n - 1], Value());
      }
    }
  }
  if (err) return raise(th, Exc_IndexError, "%s", err);
  return v;
}

// Removes the first slot holding exactly `x` at or after `hint`; false if none.
static bool remove_identical(ListObject* l, int64_t hint, Value x) {
  CriticalSection cs{l};
  int64_t n = size_locked(l);
  ValueArray* arr = arr_locked(l);
  int64_t at = -1;
  if (hint < n && arr->items[hint].is(x)) {
    at = hint;
  } else {
    for (int64_t i = 0; i < n; ++i)
      if (arr->items[i].is(x)) {
        at = i;
        break;
      }
  }
  if (at < 0) return false;
  move_items(arr->items + at, arr->items + at + 1, n - at - 1);
  store_release(l->size, n - 1);
  slot_store(arr->items[n - 1], Value());
  return true;
}

static Value m_remove(Thread& th, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  for (int64_t i = 0;; ++i) {
    Value v = list_get(l, i);
    if (v.is_empty()) break;
    int r = fast_eq(v, a[1]);
    if (r < 0) {
      Root keep_item(th, v);
      r = eq(th, v, a[1]);
      if (r < 0) return Value();
    }
    // The item may have moved or gone meanwhile: remove that very object if it is
    // still there, else keep scanning from the next position.
    if (r && remove_identical(l, i, v)) return g_None;
  }
  return raise(th, Exc_ValueError, "list.remove(x): x not in list");
}

static Value m_clear(Thread&, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  CriticalSection cs{l};
  list_clear_locked(l);
  return g_None;
}

static Value m_copy(Thread& th, const Value* a) {
  ListObject* r = list_new(th);
  extend_from_list(th, r, as<ListObject>(a[0]));
  return V(r);
}

static Value m_count(Thread& th, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  int64_t n = 0;
  for (int64_t i = 0;; ++i) {
    Value v = list_get(l, i);
    if (v.is_empty()) break;
    int r = eq_fast(th, v, a[1]);
    if (r < 0) return Value();
    n += r;
  }
  return Value::from_small(n);
}

static Value m_index(Thread& th, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  int64_t start, stop;
  if (!index_arg(th, a[2], 0, &start) || !index_arg(th, a[3], INT64_MAX, &stop)) return Value();
  int64_t n = list_size(l);
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < stop; ++i) {
    Value v = list_get(l, i);
    if (v.is_empty()) break;
    int r = eq_fast(th, v, a[1]);
    if (r < 0) return Value();
    if (r) return Value::from_small(i);
  }
  Value rep = repr(th, a[1]);
  if (rep.is_empty()) return Value();
  return raise(th, Exc_ValueError, "%s is not in list", str_view(rep).data());
}

static Value m_reverse(Thread&, const Value* a) {
  ListObject* l = as<ListObject>(a[0]);
  CriticalSection cs{l};
  int64_t n = size_locked(l);
  ValueArray* arr = arr_locked(l);
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j) {
    Value x = arr->items[i];
    slot_store(arr->items[i], arr->items[j]);
    slot_store(arr->items[j], x);
  }
  return g_None;
}

static Value m_sort(Thread& th, const Value* a) {
  int rev = 0;
  if (!a[2].is(g_False)) {
    Root keep(th, a[0]), keep_k(th, a[1]);
    rev = truthy(th, a[2]);
    if (rev < 0) return Value();
  }
  if (list_sort(th, as<ListObject>(a[0]), a[1], rev != 0) < 0) return Value();
  return g_None;
}

static Value m_reversed(Thread& th, const Value* a) {
  SeqIterObject* it = gc_new<SeqIterObject>(th, ListRevIterType);
  it->seq = a[0];
  store_relaxed(it->index, list_size(as<ListObject>(a[0])) - 1);
  return V(it);
}

static Value m_sizeof(Thread&, const Value* a) {
  ValueArray* arr = load_acquire(as<ListObject>(a[0])->array);
  int64_t cap = arr ? arr->capacity : 0;
  return Value::from_small(static_cast<int64_t>(sizeof(ListObject)) + cap * 8);
}

static const NativeDef kListMethods[] = {
    {"append(self, object, /)", m_append, 0, "Append object to the end of the list."},
    {"extend(self, iterable, /)", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert(self, index, object, /)", m_insert, 0, "Insert object before index."},
    {"pop(self, index=?, /)", m_pop, 0,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove(self, value, /)", m_remove, 0,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"clear(self, /)", m_clear, 0, "Remove all items from list."},
    {"copy(self, /)", m_copy, 0, "Return a shallow copy of the list."},
    {"count(self, value, /)", m_count, 0, "Return number of occurrences of value."},
    {"index(self, value, start=?, stop=?, /)", m_index, 0,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"reverse(self, /)", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort(self, /, *, key=None, reverse=False)", m_sort, 0,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list "
     "itself is modified) and stable (i.e. the\norder of two equal elements is maintained)."},
    {"__reversed__(self, /)", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__sizeof__(self, /)", m_sizeof, 0, "Return the size of the list in memory, in bytes."},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

static Value listiter_length_hint(Thread&, const Value* a) {
  SeqIterObject* it = as<SeqIterObject>(a[0]);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value::from_small(0);
  int64_t n = list_size(as<ListObject>(seq)) - load_relaxed(it->index);
  return Value::from_small(n < 0 ? 0 : n);
}

static Value listreviter_length_hint(Thread&, const Value* a) {
  SeqIterObject* it = as<SeqIterObject>(a[0]);
  Value seq = slot_load(it->seq);
  if (seq.is_empty()) return Value::from_small(0);
  int64_t i = load_relaxed(it->index);
  int64_t n = std::min(i + 1, list_size(as<ListObject>(seq)));
  return Value::from_small(n < 0 ? 0 : n);
}

static const NativeDef kListIterMethods[] = {
    {"__length_hint__(self, /)", listiter_length_hint},
    {},
};
static const NativeDef kListRevIterMethods[] = {
    {"__length_hint__(self, /)", listreviter_length_hint},
    {},
};

void init_list_types(Thread&) {
  ValueArrayType->trace = value_array_trace;

  Type* t = ListType;
  t->flags |= TF_BASETYPE | TF_LIST_SUBCLASS | TF_HASH_NONE;
  t->new_ = list_new_slot;
  t->init = list_init;
  t->repr = list_repr;
  t->hash = nullptr;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->richcmp = list_richcmp;
  t->nb[int(BinOp::ADD)] = list_add;
  t->nb[int(BinOp::MUL)] = list_mul;
  t->nb_inplace[int(BinOp::ADD)] = list_iadd;
  t->nb_inplace[int(BinOp::MUL)] = list_imul;
  t->trace = list_trace;
  t->methods = kListMethods;
  t->tp_doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
      "empty list.\nThe argument must be an iterable if specified.";

  ListIterType->iter = iter_self;
  ListIterType->next = list_iter_next;
  ListIterType->trace = seqiter_trace;
  ListIterType->methods = kListIterMethods;

  ListRevIterType->iter = iter_self;
  ListRevIterType->next = list_reviter_next;
  ListRevIterType->trace = seqiter_trace;
  ListRevIterType->methods = kListRevIterMethods;
}

}  // namespace taipan
