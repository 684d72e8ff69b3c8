// The `_collections` module: `deque` (a ring buffer of Values) and its two iterators.
// stdlib/collections/__init__.py re-exports deque as collections.deque.
//
// Layout: items live in buf->items[(head + i) & (capacity - 1)] for i < size; the
// capacity is a power of two (or 0 while buf is null) and doubles when full. Slots not
// holding an item are EMPTY, so the collector (which traces the ValueArray's whole
// capacity) never keeps a removed item alive.
//
// Locking (design.md, "Objects and locking"): every read and write of buf/head/size/state
// happens under the deque's own lock, except len() which reads the atomic size. No Python
// code ever runs under the lock: comparisons (count, index, remove, `in`) read one item
// under the lock, compare it unlocked, and check `state` again, raising CPython's
// "mutated" errors when it moved; repr, comparisons, copy and + work on snapshots.
// Iterators keep their position in their own fields but update them only under the
// deque's lock, so an iterator shared by threads never yields past the end.
//
// `state` counts mutations as CPython's deque->state does (append, pop, clear, rotate,
// insert, del, remove; not reverse or item assignment), so iterators raise "deque
// mutated during iteration" in the same cases.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "builtins/containers.h"
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

struct DequeObject : Object {
  ValueArray* buf;            // null while capacity is 0
  int64_t head;
  std::atomic<int64_t> size;  // written under the lock; len() reads it lock-free
  int64_t maxlen;             // -1: unbounded
  uint64_t state;
};

struct DequeIterObject : Object {
  Value deque;
  int64_t index;    // position from the left (forward) or from the right (reverse)
  int64_t counter;  // items still to yield
  uint64_t state;   // the deque's state when the iterator was made
};

Type g_deque_type_storage;
Type g_deque_iter_type_storage;
Type g_deque_reviter_type_storage;
Type* const DequeType = &g_deque_type_storage;
Type* const DequeIterType = &g_deque_iter_type_storage;
Type* const DequeRevIterType = &g_deque_reviter_type_storage;

inline DequeObject* D(Value v) { return as<DequeObject>(v); }
inline bool is_deque(Value v) { return isinstance(v, DequeType); }
inline int64_t size_locked(DequeObject* d) { return d->size.load(std::memory_order_relaxed); }
inline void set_size_locked(DequeObject* d, int64_t n) {
  d->size.store(n, std::memory_order_relaxed);
}
inline int64_t cap_of(DequeObject* d) { return d->buf ? d->buf->capacity : 0; }
inline Value& at_locked(DequeObject* d, int64_t i) {
  return d->buf->items[(d->head + i) & (d->buf->capacity - 1)];
}

// Makes room for one more item.
void grow_locked(Thread& th, DequeObject* d) {
  int64_t n = size_locked(d);
  int64_t cap = cap_of(d);
  if (n < cap) return;
  int64_t newcap = cap ? cap * 2 : 8;
  ValueArray* b = value_array_new(th, newcap);
  for (int64_t i = 0; i < n; ++i) b->items[i] = at_locked(d, i);
  d->buf = b;
  d->head = 0;
}

Value pop_locked(DequeObject* d) {
  int64_t n = size_locked(d);
  Value& s = at_locked(d, n - 1);
  Value v = s;
  s = Value();
  set_size_locked(d, n - 1);
  d->state++;
  return v;
}

Value popleft_locked(DequeObject* d) {
  int64_t n = size_locked(d);
  Value& s = at_locked(d, 0);
  Value v = s;
  s = Value();
  d->head = (d->head + 1) & (d->buf->capacity - 1);
  set_size_locked(d, n - 1);
  d->state++;
  return v;
}

// A full bounded deque drops the item at the other end first, so the lock-free len()
// never sees more than maxlen.
void append_locked(Thread& th, DequeObject* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && size_locked(d) >= d->maxlen) popleft_locked(d);
  grow_locked(th, d);
  int64_t n = size_locked(d);
  at_locked(d, n) = v;
  set_size_locked(d, n + 1);
  d->state++;
}

void appendleft_locked(Thread& th, DequeObject* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && size_locked(d) >= d->maxlen) pop_locked(d);
  grow_locked(th, d);
  int64_t n = size_locked(d);
  d->head = (d->head - 1) & (d->buf->capacity - 1);
  d->buf->items[d->head] = v;
  set_size_locked(d, n + 1);
  d->state++;
}

void clear_locked(DequeObject* d) {
  d->buf = nullptr;
  d->head = 0;
  set_size_locked(d, 0);
  d->state++;
}

// Rotates right by k (0 <= k < size): moves the shorter way round.
void rotate_locked(DequeObject* d, int64_t k) {
  int64_t n = size_locked(d);
  d->state++;
  if (n <= 1 || k == 0) return;
  int64_t cap = cap_of(d);
  int64_t mask = cap - 1;
  if (n == cap) {
    d->head = (d->head - k) & mask;
    return;
  }
  if (k <= n / 2) {
    for (int64_t j = 0; j < k; ++j) {
      int64_t last = (d->head + n - 1) & mask;
      d->head = (d->head - 1) & mask;
      d->buf->items[d->head] = d->buf->items[last];
      d->buf->items[last] = Value();
    }
  } else {
    for (int64_t j = 0; j < n - k; ++j) {
      int64_t end = (d->head + n) & mask;
      d->buf->items[end] = d->buf->items[d->head];
      d->buf->items[d->head] = Value();
      d->head = (d->head + 1) & mask;
    }
  }
}

// Removes the item at i (0 <= i < size), shifting the shorter side.
void del_locked(DequeObject* d, int64_t i) {
  int64_t n = size_locked(d);
  if (i < n / 2) {
    for (int64_t j = i; j > 0; --j) at_locked(d, j) = at_locked(d, j - 1);
    popleft_locked(d);
  } else {
    for (int64_t j = i; j < n - 1; ++j) at_locked(d, j) = at_locked(d, j + 1);
    pop_locked(d);
  }
}

// Inserts v before position i (0 <= i <= size); the caller checked maxlen.
void insert_locked(Thread& th, DequeObject* d, int64_t i, Value v) {
  grow_locked(th, d);
  int64_t n = size_locked(d);
  if (i < n / 2) {
    d->head = (d->head - 1) & (d->buf->capacity - 1);
    set_size_locked(d, n + 1);
    for (int64_t j = 0; j < i; ++j) at_locked(d, j) = at_locked(d, j + 1);
  } else {
    set_size_locked(d, n + 1);
    for (int64_t j = n; j > i; --j) at_locked(d, j) = at_locked(d, j - 1);
  }
  at_locked(d, i) = v;
  d->state++;
}

// The items as one tuple, taken under the lock.
TupleObject* snapshot(Thread& th, DequeObject* d) {
  CriticalSection cs{d};
  int64_t n = size_locked(d);
  TupleObject* t = tuple_new(th, n);
  for (int64_t i = 0; i < n; ++i) t->items[i] = at_locked(d, i);
  return t;
}

DequeObject* deque_alloc(Thread& th, Type* type) {
  DequeObject* d = type == DequeType ? gc_new<DequeObject>(th, DequeType)
                                     : as<DequeObject>(instance_alloc(th, type));
  d->maxlen = -1;
  return d;
}

Value maxlen_value(Thread& th, DequeObject* d) {
  return d->maxlen < 0 ? g_None : int_from_i64(th, d->maxlen);
}

// ---------------------------------------------------------------- filling

int extend_impl(Thread& th, DequeObject* d, Value iterable, bool left) {
  if (iterable.is_obj() && iterable.obj() == d) {
    Value snap = V(snapshot(th, d));
    return extend_impl(th, d, snap, left);
  }
  Root keep(th, iterable);
  bool ok = for_each_item(th, iterable, [&](Value v) {
    CriticalSection cs{d};
    if (left)
      appendleft_locked(th, d, v);
    else
      append_locked(th, d, v);
    return true;
  });
  return ok ? 0 : -1;
}

// deque(iterable=(), maxlen=None): the body of __init__.
Value init_body(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  int64_t maxlen = -1;
  if (!a[2].is_empty() && !is_none(a[2])) {
    if (!is_int(a[2])) return raise(th, Exc_TypeError, "an integer is required");
    if (!index_to_i64(th, a[2], &maxlen)) return Value();
    if (maxlen < 0) return raise(th, Exc_ValueError, "maxlen must be non-negative");
  }
  {
    CriticalSection cs{d};
    d->maxlen = maxlen;
    if (size_locked(d)) clear_locked(d);
  }
  if (!a[1].is_empty() && extend_impl(th, d, a[1], false) < 0) return Value();
  return g_None;
}

const NativeDef kInitDef = {"deque(self, iterable=?, maxlen=?)", init_body};

Value deque_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return V(deque_alloc(th, type));
}

int deque_init(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kInitDef, self, args, nargs, kwnames).is_empty() ? -1 : 0;
}

// A new deque of self's type holding `items` (CPython's deque_copy: a subclass is
// rebuilt by calling type(self)(items[, maxlen])).
Value copy_of(Thread& th, Value self) {
  DequeObject* d = D(self);
  Type* t = type_of(self);
  if (t == DequeType) {
    DequeObject* r = deque_alloc(th, DequeType);
    Root keep(th, r);
    CriticalSection2 cs{d, r};
    r->maxlen = d->maxlen;
    int64_t n = size_locked(d);
    for (int64_t i = 0; i < n; ++i) append_locked(th, r, at_locked(d, i));
    r->state = 0;
    return V(r);
  }
  Root keep(th, self);
  Value args[2] = {self, maxlen_value(th, d)};
  return call(th, V(t), args, d->maxlen < 0 ? 1 : 2, nullptr);
}

// ---------------------------------------------------------------- methods

Value m_append(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  append_locked(th, d, a[1]);
  return g_None;
}

Value m_appendleft(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  appendleft_locked(th, d, a[1]);
  return g_None;
}

Value m_pop(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  if (size_locked(d) == 0) return raise(th, Exc_IndexError, "pop from an empty deque");
  return pop_locked(d);
}

Value m_popleft(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  if (size_locked(d) == 0) return raise(th, Exc_IndexError, "pop from an empty deque");
  return popleft_locked(d);
}

Value m_extend(Thread& th, const Value* a) {
  return extend_impl(th, D(a[0]), a[1], false) < 0 ? Value() : g_None;
}

Value m_extendleft(Thread& th, const Value* a) {
  return extend_impl(th, D(a[0]), a[1], true) < 0 ? Value() : g_None;
}

Value m_clear(Thread&, const Value* a) {
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  clear_locked(d);
  return g_None;
}

Value m_copy(Thread& th, const Value* a) { return copy_of(th, a[0]); }

Value m_rotate(Thread& th, const Value* a) {
  int64_t n = 1;
  if (!a[1].is_empty() && !index_to_i64(th, a[1], &n, true)) return Value();
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  int64_t len = size_locked(d);
  int64_t k = len ? ((n % len) + len) % len : 0;
  rotate_locked(d, k);
  return g_None;
}

Value m_reverse(Thread&, const Value* a) {
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  int64_t n = size_locked(d);
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j) std::swap(at_locked(d, i), at_locked(d, j));
  return g_None;
}

// Item i and the state it was read in; false once i is past the end. Under the lock.
bool item_at(DequeObject* d, int64_t i, Value* out, uint64_t* state) {
  CriticalSection cs{d};
  *state = d->state;
  if (i >= size_locked(d)) return false;
  *out = at_locked(d, i);
  return true;
}

// The first index in [start, stop) whose item equals x; -2 when none, -1 raised. `what`
// names the mutation error: "count"/"index" raise RuntimeError, "remove" IndexError.
int64_t find(Thread& th, DequeObject* d, Value x, int64_t start, int64_t stop, bool for_remove) {
  uint64_t state0;
  Value item;
  {
    CriticalSection cs{d};
    state0 = d->state;
  }
  Root keep_x(th, x);
  for (int64_t i = start; i < stop; ++i) {
    uint64_t st;
    if (!item_at(d, i, &item, &st)) break;
    if (st != state0) goto mutated;
    {
      int r = fast_eq(item, x);
      if (r < 0) {
        Root keep(th, item);
        r = eq(th, item, x);
      }
      if (r < 0) return -1;
      {
        CriticalSection cs{d};
        if (d->state != state0) goto mutated;
      }
      if (r) return i;
    }
  }
  return -2;
mutated:
  if (for_remove)
    raise(th, Exc_IndexError, "deque mutated during iteration");
  else
    raise(th, Exc_RuntimeError, "deque mutated during iteration");
  return -1;
}

Value m_count(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  int64_t count = 0;
  for (int64_t i = 0;;) {
    int64_t j = find(th, d, a[1], i, INT64_MAX, false);
    if (j == -1) return Value();
    if (j == -2) break;
    ++count;
    i = j + 1;
  }
  return int_from_i64(th, count);
}

Value m_index(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  int64_t start, stop;
  if (!index_arg(th, a[2], 0, &start) || !index_arg(th, a[3], INT64_MAX, &stop)) return Value();
  int64_t n = d->size.load(std::memory_order_acquire);
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
  int64_t j = find(th, d, a[1], start, stop, false);
  if (j == -1) return Value();
  if (j == -2) {
    Value r = repr(th, a[1]);
    if (r.is_empty()) return Value();
    return raise(th, Exc_ValueError, "%s is not in deque", str_view(r).data());
  }
  return int_from_i64(th, j);
}

Value m_remove(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  uint64_t state0;
  {
    CriticalSection cs{d};
    state0 = d->state;
  }
  int64_t j = find(th, d, a[1], 0, INT64_MAX, true);
  if (j == -1) return Value();
  if (j == -2) {
    Value r = repr(th, a[1]);
    if (r.is_empty()) return Value();
    return raise(th, Exc_ValueError, "%s is not in deque", str_view(r).data());
  }
  CriticalSection cs{d};
  if (d->state != state0 || j >= size_locked(d))
    return raise(th, Exc_IndexError, "deque mutated during iteration");
  del_locked(d, j);
  return g_None;
}

Value m_insert(Thread& th, const Value* a) {
  int64_t i;
  if (!index_to_i64(th, a[1], &i, true)) return Value();
  DequeObject* d = D(a[0]);
  CriticalSection cs{d};
  int64_t n = size_locked(d);
  if (d->maxlen >= 0 && n >= d->maxlen)
    return raise(th, Exc_IndexError, "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  insert_locked(th, d, i, a[2]);
  return g_None;
}

Value m_reduce(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  Value state = g_None;
  if (std::atomic<DictObject*>* slot = instance_dict_slot(a[0])) {
    DictObject* dict = load_relaxed(*slot);
    if (dict && dict_size(dict) > 0) state = V(dict);
  }
  Root keep_state(th, state);
  Value args;
  if (d->maxlen < 0) {
    args = V(g_empty_tuple);
  } else {
    Value ml = maxlen_value(th, d);
    Value items[2] = {V(g_empty_tuple), ml};
    args = V(tuple_from(th, items, 2));
  }
  Root keep_args(th, args);
  Value it = get_iter(th, a[0]);
  if (it.is_empty()) return Value();
  Value out[4] = {V(type_of(a[0])), args, state, it};
  return V(tuple_from(th, out, 4));
}

Value m_sizeof(Thread& th, const Value* a) {
  DequeObject* d = D(a[0]);
  int64_t cap;
  {
    CriticalSection cs{d};
    cap = cap_of(d);
  }
  return int_from_i64(th, static_cast<int64_t>(type_of(a[0])->basicsize) + cap * 8);
}

Value make_iter(Thread& th, Value self, Type* type) {
  DequeObject* d = D(self);
  DequeIterObject* it = gc_new<DequeIterObject>(th, type);
  it->deque = self;
  CriticalSection cs{d};
  it->counter = size_locked(d);
  it->state = d->state;
  return V(it);
}

Value m_reversed(Thread& th, const Value* a) { return make_iter(th, a[0], DequeRevIterType); }

const NativeDef kDequeMethods[] = {
    {"append(self, x, /)", m_append, 0, "Add an element to the right side of the deque."},
    {"appendleft(self, x, /)", m_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop(self, /)", m_pop, 0, "Remove and return the rightmost element."},
    {"popleft(self, /)", m_popleft, 0, "Remove and return the leftmost element."},
    {"extend(self, iterable, /)", m_extend, 0,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft(self, iterable, /)", m_extendleft, 0,
     "Extend the left side of the deque with elements from the iterable"},
    {"clear(self, /)", m_clear, 0, "Remove all elements from the deque."},
    {"copy(self, /)", m_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__(self, /)", m_copy, 0, "Return a shallow copy of a deque."},
    {"count(self, value, /)", m_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"index(self, value, start=?, stop=?, /)", m_index, 0,
     "D.index(value, [start, [stop]]) -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert(self, index, object, /)", m_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"remove(self, value, /)", m_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"reverse(self, /)", m_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate(self, n=?, /)", m_rotate, 0,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__reduce__(self, /)", m_reduce, 0, "Return state information for pickling."},
    {"__reversed__(self, /)", m_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__sizeof__(self, /)", m_sizeof, 0, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

Value get_maxlen(Thread& th, Value self) { return maxlen_value(th, D(self)); }

const GetSetDef kDequeGetSets[] = {
    {"maxlen", get_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {},
};

// ---------------------------------------------------------------- slots

int64_t deque_len(Thread&, Value self) { return D(self)->size.load(std::memory_order_acquire); }

Value deque_iter(Thread& th, Value self) { return make_iter(th, self, DequeIterType); }

Value deque_repr(Thread& th, Value self) {
  DequeObject* d = D(self);
  if (repr_enter(th, d)) return str_from_std(th, "[...]");
  Root keep(th, self);
  TupleObject* snap = snapshot(th, d);
  Root keep_snap(th, snap);
  std::string out = str_view(type_of(self)->name).data();
  out += "([";
  for (int64_t i = 0; i < snap->size; ++i) {
    if (i) out += ", ";
    if (!append_repr(th, out, snap->items[i])) {
      repr_leave(th, d);
      return Value();
    }
  }
  repr_leave(th, d);
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return str_from_std(th, out);
}

// Index i of a key; false: raised.
bool key_index(Thread& th, Value key, int64_t* i) {
  if (key.is_small()) {
    *i = key.small();
    return true;
  }
  if (!is_int(key) && !type_of(key)->index) {
    raise(th, Exc_TypeError, "sequence index must be integer, not '%s'", type_name(key));
    return false;
  }
  return index_to_i64(th, key, i, true);
}

Value deque_getitem(Thread& th, Value self, Value key) {
  int64_t i;
  if (!key_index(th, key, &i)) return Value();
  DequeObject* d = D(self);
  CriticalSection cs{d};
  int64_t n = size_locked(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(th, Exc_IndexError, "deque index out of range");
  return at_locked(d, i);
}

int deque_setitem(Thread& th, Value self, Value key, Value v) {
  int64_t i;
  if (!key_index(th, key, &i)) return -1;
  DequeObject* d = D(self);
  CriticalSection cs{d};
  int64_t n = size_locked(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(th, Exc_IndexError, "deque index out of range");
    return -1;
  }
  if (v.is_empty())
    del_locked(d, i);
  else
    at_locked(d, i) = v;
  return 0;
}

int deque_contains(Thread& th, Value self, Value item) {
  int64_t j = find(th, D(self), item, 0, INT64_MAX, false);
  if (j == -1) return -1;
  return j >= 0;
}

Value deque_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_deque(a) || !is_deque(b)) return g_NotImplemented;
  Value ta = V(snapshot(th, D(a)));
  Root ka(th, ta);
  Value tb = V(snapshot(th, D(b)));
  Root kb(th, tb);
  return seq_richcmp(th, ta, tb, op);
}

Value deque_add(Thread& th, Value a, Value b) {
  if (!is_deque(a)) return g_NotImplemented;
  if (!is_deque(b))
    return raise(th, Exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                 type_name(b));
  Root kb(th, b);
  Value r = copy_of(th, a);
  if (r.is_empty()) return Value();
  Root kr(th, r);
  if (extend_impl(th, D(r), b, false) < 0) return Value();
  return r;
}

Value deque_iadd(Thread& th, Value a, Value b) {
  if (!is_deque(a)) return g_NotImplemented;
  Root ka(th, a);
  if (extend_impl(th, D(a), b, false) < 0) return Value();
  return a;
}

// In place d *= n.
Value repeat_inplace(Thread& th, Value self, int64_t n) {
  DequeObject* d = D(self);
  if (n <= 0) {
    CriticalSection cs{d};
    clear_locked(d);
    return self;
  }
  if (n == 1) return self;
  TupleObject* snap = snapshot(th, d);
  int64_t m = snap->size;
  if (m && n > kMaxSeqItems / m) return raise_no_memory(th);
  // With a maxlen only the last maxlen items survive: skip the ones that would fall off.
  int64_t total = m * (n - 1);
  int64_t skip = 0;
  if (d->maxlen >= 0 && total > d->maxlen) skip = total - d->maxlen;
  CriticalSection cs{d};
  for (int64_t k = skip; k < total; ++k) append_locked(th, d, snap->items[k % m]);
  return self;
}

Value deque_imul(Thread& th, Value a, Value b) {
  if (!is_deque(a)) return g_NotImplemented;
  Root ka(th, a);
  int64_t n;
  int rc = repeat_count(th, b, &n);
  if (rc <= 0) return rc == 0 ? g_NotImplemented : Value();
  return repeat_inplace(th, a, n);
}

Value deque_mul(Thread& th, Value a, Value b) {
  Value seq = a, other = b;
  if (!is_deque(seq)) std::swap(seq, other);
  if (!is_deque(seq)) return g_NotImplemented;
  Root keep(th, seq);
  int64_t n;
  int rc = repeat_count(th, other, &n);
  if (rc <= 0) return rc == 0 ? g_NotImplemented : Value();
  Value r = copy_of(th, seq);
  if (r.is_empty()) return Value();
  Root kr(th, r);
  return repeat_inplace(th, r, n);
}

void deque_trace(Object* self, Tracer& tr) {
  DequeObject* d = static_cast<DequeObject*>(self);
  if (d->buf) tr.visit(d->buf);
}

// ---------------------------------------------------------------- iterators

Value iter_next_impl(Thread& th, Value self) {
  DequeIterObject* it = as<DequeIterObject>(self);
  DequeObject* d = D(it->deque);
  CriticalSection cs{d};
  if (d->state != it->state) {
    it->counter = 0;
    return raise(th, Exc_RuntimeError, "deque mutated during iteration");
  }
  if (it->counter <= 0) return Value();
  int64_t n = size_locked(d);
  int64_t i = it->index;
  if (i >= n) return Value();
  it->index = i + 1;
  it->counter--;
  return at_locked(d, self.obj()->type == DequeRevIterType ? n - 1 - i : i);
}

Value m_iter_length_hint(Thread& th, const Value* a) {
  DequeIterObject* it = as<DequeIterObject>(a[0]);
  CriticalSection cs{D(it->deque)};
  return int_from_i64(th, it->counter);
}

Value m_iter_reduce(Thread& th, const Value* a) {
  DequeIterObject* it = as<DequeIterObject>(a[0]);
  int64_t done;
  {
    CriticalSection cs{D(it->deque)};
    done = size_locked(D(it->deque)) - it->counter;
  }
  Value inner[2] = {it->deque, int_from_i64(th, done)};
  Value args = V(tuple_from(th, inner, 2));
  Root keep(th, args);
  Value out[2] = {V(type_of(a[0])), args};
  return V(tuple_from(th, out, 2));
}

// _deque_iterator(deque, index=0): an iterator advanced by index items (for pickle).
Value iter_new_body(Thread& th, const Value* a) {
  if (!is_deque(a[1]))
    return raise(th, Exc_TypeError, "%s() argument 1 must be collections.deque, not %s",
                 str_view(as<Type>(a[0])->name).data(), type_name(a[1]));
  Value it = make_iter(th, a[1], as<Type>(a[0]));
  int64_t skip = 0;
  if (!a[2].is_empty() && !index_to_i64(th, a[2], &skip, true)) return Value();
  DequeIterObject* io = as<DequeIterObject>(it);
  CriticalSection cs{D(a[1])};
  if (skip > io->counter) skip = io->counter;
  if (skip > 0) {
    io->index += skip;
    io->counter -= skip;
  }
  return it;
}

const NativeDef kIterNewDef = {"_deque_iterator(cls, deque, index=?, /)", iter_new_body};

Value iter_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  return call_native(th, &kIterNewDef, V(type), args, nargs, kw);
}

void iter_trace(Object* self, Tracer& tr) { tr.visit(static_cast<DequeIterObject*>(self)->deque); }

const NativeDef kIterMethods[] = {
    {"__length_hint__(self, /)", m_iter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__(self, /)", m_iter_reduce, 0, "Return state information for pickling."},
    {},
};

void init_types_once(Thread& th) {
  static std::once_flag once;
  std::call_once(once, [&th] {
    auto immortal_str = [&th](const char* text) {
      StrObject* s = str_new(th, text);
      gc_make_immortal(s);
      return s;
    };
    Type* t = DequeType;
    t->type = TypeType;
    t->base = ObjectType;
    t->basicsize = sizeof(DequeObject);
    t->name = immortal_str("deque");
    t->module = V(immortal_str("collections"));
    t->flags |= TF_BASETYPE | TF_HASH_NONE;
    gc_register_static(t);
    t->new_ = deque_new_slot;
    t->init = deque_init;
    t->repr = deque_repr;
    t->len = deque_len;
    t->iter = deque_iter;
    t->getitem = deque_getitem;
    t->setitem = deque_setitem;
    t->contains = deque_contains;
    t->richcmp = deque_richcmp;
    t->trace = deque_trace;
    t->nb[int(BinOp::ADD)] = deque_add;
    t->nb[int(BinOp::MUL)] = deque_mul;
    t->nb_inplace[int(BinOp::ADD)] = deque_iadd;
    t->nb_inplace[int(BinOp::MUL)] = deque_imul;
    t->methods = kDequeMethods;
    t->getsets = kDequeGetSets;
    t->tp_doc =
        "deque([iterable[, maxlen]]) --> deque object\n\n"
        "A list-like sequence optimized for data accesses near its endpoints.";
    finish_type(th, t);

    Value mod = V(immortal_str("_collections"));
    const char* names[2] = {"_deque_iterator", "_deque_reverse_iterator"};
    Type* its[2] = {DequeIterType, DequeRevIterType};
    for (int k = 0; k < 2; ++k) {
      Type* it = its[k];
      it->type = TypeType;
      it->base = ObjectType;
      it->basicsize = sizeof(DequeIterObject);
      it->name = immortal_str(names[k]);
      it->module = mod;
      gc_register_static(it);
      it->new_ = iter_new_slot;
      it->iter = iter_self;
      it->next = iter_next_impl;
      it->trace = iter_trace;
      it->methods = kIterMethods;
      finish_type(th, it);
    }
  });
}

}  // namespace

int init_collections_module(Thread& th, ModuleObject* m) {
  init_types_once(th);
  dict_set_str(th, m->dict, str_intern("deque"), V(DequeType));
  dict_set_str(th, m->dict, str_intern("_deque_iterator"), V(DequeIterType));
  dict_set_str(th, m->dict, str_intern("_deque_reverse_iterator"), V(DequeRevIterType));
  dict_set_str(th, m->dict, sym::__doc__,
               V(str_intern("High performance data structures.\n- deque:        ordered "
                            "collection accessible from endpoints only\n")));
  return 0;
}

}  // namespace taipan
