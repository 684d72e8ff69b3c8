// Internal helpers shared by the container files (tuple, list, list_sort, dict, set,
// range, slice). Not a public contract: other parts use vm/objects.h.
//
// Invariants every container file relies on:
// - Array slots that lock-free readers may load (list items, dict entries, set keys) are
//   written only with slot_store (release) and read without the lock only with
//   slot_load (acquire), so a reader never sees a half-built object.
// - Storage (ValueArray and the dict/set tables that share its layout) is never freed
//   or shrunk in place while published: a resize publishes a new array, and the old one
//   is left to the collector, which runs only when every thread is at a safepoint.
// - fast_eq / fast_hash decide equality and hashing for exact str, small int, float
//   (and tuples of those) without running Python code, so they are safe under a lock.
#pragma once
#include <cstdint>
#include <string>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/objects.h"

namespace taipan {

// ---- atomic slot access (style.md: named atomics)
inline Value slot_load(const Value& s) {
  return Value::from_bits(__atomic_load_n(reinterpret_cast<const uint64_t*>(&s), __ATOMIC_ACQUIRE));
}
inline void slot_store(Value& s, Value v) {
  __atomic_store_n(reinterpret_cast<uint64_t*>(&s), v.bits(), __ATOMIC_RELEASE);
}
inline int64_t raw_load(const int64_t& s) { return __atomic_load_n(&s, __ATOMIC_RELAXED); }
inline void raw_store(int64_t& s, int64_t v) { __atomic_store_n(&s, v, __ATOMIC_RELAXED); }

// ---- storage arrays (builtins/list.cpp)
// A ValueArray of `capacity` EMPTY slots followed by `raw_bytes` untraced bytes (the dict
// and set tables keep hashes and index tables there).
ValueArray* value_array_new(Thread& th, int64_t capacity, size_t raw_bytes = 0);

// ---- equality and hashing without Python code
// 1 equal, 0 different, -1 undecidable without calling __eq__ (depth bounds tuples).
int fast_eq(Value a, Value b, int depth = 3);
// True when v's hash is computed by builtin code (exact str, int, float, tuples of them).
bool fast_hash(Value v, int64_t* out);
// hash(v): fast_hash, else hash_value() (may run Python code).
inline bool hash_of(Thread& th, Value v, int64_t* out) {
  if (fast_hash(v, out)) return true;
  return hash_value(th, v, out);
}
// eq() with the fast path first.
inline int eq_fast(Thread& th, Value a, Value b) {
  int r = fast_eq(a, b);
  if (r >= 0) return r;
  return eq(th, a, b);
}
// CPython's tuple hash (xxHash lanes) over precomputed item hashes.
int64_t tuple_hash_lanes(const int64_t* lanes, int64_t n);

// ---- repr (builtins/tuple.cpp)
// Appends repr(v) to out; fast paths for int, float, str, None, bools. false: raised.
bool append_repr(Thread& th, std::string& out, Value v);
Value str_from_std(Thread& th, const std::string& s);
// Lexicographic comparison as CPython's list/tuple richcompare; a and b are each a tuple
// or a list (subclasses included), list items read lock-free one at a time.
Value seq_richcmp(Thread& th, Value a, Value b, CmpOp op);

// ---- snapshots (builtins/dict_views.cpp, set.cpp)
// For a dict (whose __iter__ is dict's), a dict view or a set/frozenset (whose __iter__
// is set's): its items as one tuple taken under its lock, as CPython's C-level loops
// (list(d), tuple(s), sorted(d.items())) see them whole under the GIL. Another thread's
// changes then never make such a loop fail or yield a key twice. EMPTY with nothing
// pending for any other object.
Value snapshot_items(Thread& th, Value iterable);
TupleObject* set_snapshot_tuple(Thread& th, SetObject* s);

// ---- conversions (builtins/tuple.cpp)
// tuple(iterable) as an exact tuple: the same object for an exact tuple, a snapshot of a
// list, else iterates. EMPTY when raised.
Value sequence_tuple(Thread& th, Value iterable);
// Iterates any iterable, calling fn(item) for each; fn returns false to stop with an
// error pending. Fast paths for tuple/list (items read lock-free one at a time).
template <class F>
bool for_each_item(Thread& th, Value iterable, F&& fn);

// ---- slices (builtins/slice.cpp)
// PySlice_Unpack: runs __index__ (may run Python code). false: raised.
bool slice_unpack(Thread& th, SliceObject* s, int64_t* start, int64_t* stop, int64_t* step);
// PySlice_AdjustIndices: pure arithmetic, safe under a lock; returns the item count.
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);
// The optional start/stop arguments of index() and count()-like methods: EMPTY gives
// dflt, anything else must be an int or have __index__ (clamped to int64).
bool index_arg(Thread& th, Value v, int64_t dflt, int64_t* out);
inline bool is_slice(Value v) { return v.is_obj() && v.obj()->type == SliceType; }

// ---- list internals (builtins/list.cpp, list_sort.cpp)
int list_sort(Thread& th, ListObject* l, Value key, bool reverse);
// Makes `type` (ListType or a subclass) instance, empty.
ListObject* list_alloc(Thread& th, Type* type);

// ---- set internals used by dict views (builtins/set.cpp)
SetObject* set_from_iterable(Thread& th, Type* type, Value iterable);  // nullptr: raised
// In-place set operations with an arbitrary iterable (set.xxx_update); -1 raised.
int set_update_op(Thread& th, SetObject* s, Value other, BinOp op);

// ---- per-file init (called by init_containers in builtins/containers.cpp)
void init_tuple_types(Thread& th);
void init_list_types(Thread& th);
void init_dict_types(Thread& th);
void init_set_types(Thread& th);
void init_range_types(Thread& th);
void init_slice_types(Thread& th);

// Iterator types return themselves from iter().
Value iter_self(Thread& th, Value self);
// The count n of `seq * n`: 1 with *n set (negative clamped to 0), 0 when the other
// operand may still handle it (NotImplemented), -1 raised ("can't multiply sequence by
// non-int of type 'float'").
int repeat_count(Thread& th, Value other, int64_t* n);
// cls.__class_getitem__(item): list[int] and friends, a types.GenericAlias.
Value container_class_getitem(Thread& th, const Value* args);
// Largest item count a repeat (`seq * n`) may produce before raising MemoryError
// instead of asking the allocator (which aborts when it fails).
constexpr int64_t kMaxSeqItems = int64_t(1) << 32;
// Messages of the form "list indices must be integers or slices, not str".
Value raise_bad_index(Thread& th, const char* what, Value key);

// ---------------------------------------------------------------- template bodies
template <class F>
bool for_each_item(Thread& th, Value iterable, F&& fn) {
  if (iterable.is_obj() && iterable.obj()->type == TupleType) {
    TupleObject* t = as<TupleObject>(iterable);
    Root keep(th, iterable);
    for (int64_t i = 0; i < t->size; ++i)
      if (!fn(t->items[i])) return false;
    return true;
  }
  if (iterable.is_obj() && iterable.obj()->type == ListType) {
    ListObject* l = as<ListObject>(iterable);
    Root keep(th, iterable);
    for (int64_t i = 0;; ++i) {
      Value v = list_get(l, i);
      if (v.is_empty()) return true;
      if (!fn(v)) return false;
    }
  }
  Value snap = snapshot_items(th, iterable);
  if (!snap.is_empty()) {
    TupleObject* t = as<TupleObject>(snap);
    Root keep(th, snap);
    for (int64_t i = 0; i < t->size; ++i)
      if (!fn(t->items[i])) return false;
    return true;
  }
  Value it = get_iter(th, iterable);
  if (it.is_empty()) return false;
  Root keep(th, it);
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return !has_exc(th);
    if (!fn(v)) return false;
  }
}

}  // namespace taipan
