// dict, its views and iterators (builtins/dict.cpp).
//
// Layout: a compact, insertion-ordered table as CPython's. One GC object (a DictTable,
// allocated with ValueArrayType so the collector traces its key/value pairs) holds
//   kv[2 * capacity]        key, value of entry i at kv[2i], kv[2i + 1]
//   DictMeta                capacity, nslots, nentries
//   int64 hashes[capacity]  (untraced)
//   int32 index[nslots]     -1 empty, -2 deleted, else an entry number
//
// Invariants:
// - Writers hold the dict's lock. Readers (lookups, dict_get_str, iteration) take no
//   lock: an entry is fully written (hash, key, value) before its index slot is
//   published with a release store; values are replaced with release stores; a
//   deleted entry has its index slot set to -2 and its key and value cleared.
// - Entries are appended, never reused within one table: a key slot only goes from
//   EMPTY to a key and from that key to EMPTY. A resize (or clear) publishes a new
//   table and leaves the old one, unchanged from then on, to the collector.
// - No key __hash__/__eq__ runs under the lock: hashes are computed before locking;
//   a writer that must call __eq__ drops the lock, calls it, retakes the lock and
//   restarts its probe if the table or the compared entry changed meanwhile (as
//   CPython). Readers compare without any lock and restart on the same condition.
// - `version` changes on every mutation (insert, delete, value replacement, clear):
//   values are unique across all dicts and never 0 (inline caches key on them).
#pragma once
#include <atomic>
#include <cstdint>

#include "vm/objects.h"

namespace taipan {

struct DictTable : Object {
  int64_t nvalues;  // 2 * capacity (ValueArray::capacity: what the collector traces)
  Value kv[1];
};

struct DictMeta {
  int64_t capacity;               // entries
  int64_t nslots;                 // index slots, a power of two
  std::atomic<int64_t> nentries;  // entries appended so far (live or deleted)
};

struct DictObject : Object {
  std::atomic<DictTable*> table;  // null while the dict has never held anything / after clear
  std::atomic<int64_t> used;      // live entries
  std::atomic<uint64_t> version;
  // The thread that made the last change: an iterator raises "dictionary changed size
  // during iteration" only for changes made by its own thread. Changes by other threads
  // are races that CPython's GIL would have kept out of a C-level loop (list(d),
  // sorted(d.items())), so they must not make such loops fail here.
  std::atomic<Thread*> last_writer;
};

// dict_keys / dict_values / dict_items
struct DictViewObject : Object {
  DictObject* dict;
};

// dict_keyiterator / dict_valueiterator / dict_itemiterator (forward or reversed).
// It walks the table the dict had when the iterator was made: if another thread's
// insert resizes the dict, the walk goes on over the old table (unchanged from then
// on), so it never yields a key twice. Shared between threads an iterator may repeat or
// skip an entry, never crash.
struct DictIterObject : Object {
  std::atomic<DictObject*> dict;  // null once exhausted
  std::atomic<DictTable*> table;  // the table being walked
  std::atomic<int64_t> pos;       // next entry number to look at
  std::atomic<int64_t> expected;  // dict size last seen; -1 once a size change was reported
  bool reverse;
};

// Presized empty dict (for {a: b, ...} displays and copies).
DictObject* dict_new_presized(Thread& th, int64_t n);
// Lookup with a precomputed hash; same results as dict_lookup.
int dict_lookup_hashed(Thread& th, DictObject* d, Value key, int64_t hash, Value* out);
// d[key] = v unless key is present; *out gets the value now stored. -1 raised.
int dict_setdefault(Thread& th, DictObject* d, Value key, Value dflt, Value* out);
// Removes key; 1 removed (*out = its value), 0 missing (no exception), -1 raised.
int dict_pop(Thread& th, DictObject* d, Value key, Value* out);

}  // namespace taipan
