// set, frozenset and set_iterator layouts (builtins/set.cpp).
//
// The table is CPython's open-addressing set table (linear probes of 10 slots, then
// perturbation; resize when 3/5 full), so that iteration order, and so printed sets of
// ints, match CPython. It lives in one GC object with the ValueArray layout: keys in
// items[0..nslots) (EMPTY = never used, the immortal dummy = deleted), then untraced
// int64 hashes[nslots]. A null table is an empty set (CPython's 8-slot small table).
//
// Invariants:
// - Writers hold the set's lock; membership tests (`in`, lookups for set algebra on
//   other sets) and iteration read without it. A writer stores the hash, then the key
//   with a release store; a reader loads the key (acquire), then the hash.
// - A resize or clear publishes a new table (release) and leaves the old one, unchanged
//   from then on, to the collector.
// - No key __hash__/__eq__ runs under the lock: a writer that must call __eq__ drops
//   the lock, calls it, and restarts the probe if `mutations` changed meanwhile.
// - A frozenset is never changed once another thread can see it.
#pragma once
#include <atomic>
#include <cstdint>

#include "vm/objects.h"

namespace taipan {

struct SetObject : Object {
  std::atomic<ValueArray*> table;
  std::atomic<int64_t> used;      // live keys
  int64_t fill;                   // live + dummy slots (under the lock)
  int64_t finger;                 // where pop() looks next (under the lock)
  uint64_t mutations;             // bumped by every change (under the lock)
  std::atomic<int64_t> hash_cache;  // frozenset: valid when hash_known
  std::atomic<uint8_t> hash_known;
  // The thread that last changed the size: iterators raise "Set changed size during
  // iteration" only for their own thread's changes (as DictObject::last_writer).
  std::atomic<Thread*> last_writer;
};

// Walks the table the set had when the iterator was made (a resize by another thread
// leaves that table unchanged from then on, so no key is yielded twice).
struct SetIterObject : Object {
  std::atomic<SetObject*> set;    // null once exhausted
  std::atomic<ValueArray*> table;
  std::atomic<int64_t> pos;
  std::atomic<int64_t> expected;  // size last seen; -1 once a change was reported
};

// set or frozenset, subclasses included.
inline bool is_any_set(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == SetType || t == FrozenSetType || is_subtype(t, SetType) || is_subtype(t, FrozenSetType);
}

}  // namespace taipan
