// dict: the hash table (layout and invariants in builtins/dict.h), its C++ API
// (vm/objects.h) and the dict type's slots and methods. Views and iterators are in
// builtins/dict_views.cpp.
//
// Rooting: the hot paths (exact str / int / float keys) run no Python code and root
// nothing; every path that may call __hash__ or __eq__ roots what it holds first.
#include "builtins/dict.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "builtins/containers.h"
#include "builtins/dict_internal.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

// ---------------------------------------------------------------- versions

// Unique and nonzero across all dicts. Each thread takes blocks of numbers from one
// global counter, so that mutating dicts on many threads does not make them all fight
// over one cache line. (Unique is what inline caches need; order is not promised.)
static std::atomic<uint64_t> g_version_counter{1};
static thread_local uint64_t tl_version_next = 0, tl_version_end = 0;

__attribute__((noinline)) uint64_t dict_next_version() {
  if (tl_version_next == tl_version_end) {
    constexpr uint64_t kBlock = 1024;
    tl_version_next = g_version_counter.fetch_add(kBlock, std::memory_order_relaxed);
    tl_version_end = tl_version_next + kBlock;
  }
  return tl_version_next++;
}

static inline void bump_version_locked(Thread& th, DictObject* d) {
  store_release(d->version, dict_next_version());
  store_relaxed(d->last_writer, &th);
}

uint64_t dict_version(DictObject* d) {
  uint64_t v = load_acquire(d->version);
  if (v) return v;
  uint64_t fresh = dict_next_version();
  if (d->version.compare_exchange_strong(v, fresh, std::memory_order_acq_rel)) return fresh;
  return v;
}

// ---------------------------------------------------------------- tables

DictTable* dict_table_new(Thread& th, int64_t nslots) {
  int64_t cap = nslots * 2 / 3;
  size_t raw = sizeof(DictMeta) + static_cast<size_t>(cap) * sizeof(int64_t) +
               static_cast<size_t>(nslots) * sizeof(int32_t);
  DictTable* t = reinterpret_cast<DictTable*>(value_array_new(th, 2 * cap, raw));
  DictMeta* m = new (dt_meta(t)) DictMeta{};
  m->capacity = cap;
  m->nslots = nslots;
  std::memset(static_cast<void*>(dt_index(t)), 0xff, static_cast<size_t>(nslots) * sizeof(int32_t));
  return t;
}

static int64_t slots_for(int64_t n) {
  int64_t s = 8;
  while (s * 2 / 3 < n) s <<= 1;
  return s;
}

// First EMPTY index slot on hash's probe sequence (there always is one: entries <= 2/3).
static int64_t find_empty_slot(DictTable* t, int64_t hash) {
  std::atomic<int32_t>* idx = dt_index(t);
  uint64_t mask = static_cast<uint64_t>(dt_meta(t)->nslots - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  while (idx[i].load(std::memory_order_relaxed) != kIxEmpty) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

// Appends an entry known to be absent to a table with room, under the lock (or to a
// table nobody else sees yet).
static void append_entry(DictTable* t, int64_t hash, Value key, Value v, int64_t slot) {
  DictMeta* m = dt_meta(t);
  int64_t n = m->nentries.load(std::memory_order_relaxed);
  dt_hashes(t)[n] = hash;
  slot_store(dt_key(t, n), key);
  slot_store(dt_val(t, n), v);
  store_release(m->nentries, n + 1);
  if (slot < 0) slot = find_empty_slot(t, hash);
  dt_index(t)[slot].store(static_cast<int32_t>(n), std::memory_order_release);
}

// A compacted copy of t's live entries in a table sized for `minused` entries.
static DictTable* rebuild(Thread& th, DictTable* t, int64_t minused) {
  DictTable* nt = dict_table_new(th, slots_for(minused));
  if (t) {
    int64_t n = dt_meta(t)->nentries.load(std::memory_order_relaxed);
    int64_t* hs = dt_hashes(t);
    for (int64_t i = 0; i < n; ++i) {
      Value k = dt_key(t, i);
      if (k.is_empty()) continue;
      append_entry(nt, hs[i], k, dt_val(t, i), -1);
    }
  }
  return nt;
}

// Makes room for one more entry; returns the table to append to.
static DictTable* reserve_one_locked(Thread& th, DictObject* d) {
  DictTable* t = load_relaxed(d->table);
  if (t && dt_meta(t)->nentries.load(std::memory_order_relaxed) < dt_meta(t)->capacity) return t;
  int64_t used = load_relaxed(d->used);
  DictTable* nt = rebuild(th, t, used < 5 ? 5 : used * 3);
  store_release(d->table, nt);
  return nt;
}

// ---------------------------------------------------------------- lookup

int dict_find_unlocked(Thread& th, DictObject* d, Value key, int64_t hash, DictTable** tout,
                       int64_t* ixout) {
  for (;;) {
    DictTable* t = load_acquire(d->table);
    if (!t) return 0;
    std::atomic<int32_t>* idx = dt_index(t);
    int64_t* hs = dt_hashes(t);
    uint64_t mask = static_cast<uint64_t>(dt_meta(t)->nslots - 1);
    uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
    bool restart = false;
    for (;;) {
      int32_t ix = idx[i].load(std::memory_order_acquire);
      if (ix == kIxEmpty) return 0;
      if (ix >= 0 && hs[ix] == hash) {
        Value k = slot_load(dt_key(t, ix));
        if (!k.is_empty()) {
          int r = fast_eq(k, key);
          if (r < 0) {
            Root rd(th, d), rt(th, t), rk(th, k), rkey(th, key);
            r = eq(th, k, key);
            if (r < 0) return -1;
            if (load_acquire(d->table) != t || !slot_load(dt_key(t, ix)).is(k)) {
              restart = true;
              break;
            }
          }
          if (r == 1) {
            *tout = t;
            *ixout = ix;
            return 1;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return 0;
  }
}

// With d locked: 1 found (entry *ix at index slot *slot), 0 missing (*slot: the EMPTY
// slot to insert at, or -1 when there is no table), -1 raised. May drop and retake the
// lock to call __eq__; always returns with the lock held, the answer valid for the
// table current at return. `extra` is rooted too (the value a caller will store).
static int find_locked(Thread& th, DictObject* d, Value key, int64_t hash, Value extra, int64_t* ixout,
                       int64_t* slotout) {
restart:
  DictTable* t = load_relaxed(d->table);
  if (!t) {
    *slotout = -1;
    return 0;
  }
  std::atomic<int32_t>* idx = dt_index(t);
  int64_t* hs = dt_hashes(t);
  uint64_t mask = static_cast<uint64_t>(dt_meta(t)->nslots - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  for (;;) {
    int32_t ix = idx[i].load(std::memory_order_relaxed);
    if (ix == kIxEmpty) {
      *slotout = static_cast<int64_t>(i);
      return 0;
    }
    if (ix >= 0 && hs[ix] == hash) {
      Value k = dt_key(t, ix);
      int r = fast_eq(k, key);
      if (r < 0) {
        {
          // t stays rooted so that its address cannot be reused by a new table.
          Root rd(th, d), rt(th, t), rk(th, k), rkey(th, key), rx(th, extra);
          ScopedUnlock unlocked{d};
          r = eq(th, k, key);
        }
        if (r < 0) return -1;
        // Same table and same entry: the probe can go on. Index slots never go back to
        // EMPTY within a table, so an equal key another thread inserted meanwhile sits
        // at or after this position and is still found. (Checking the version instead
        // would loop forever on an __eq__ that mutates the dict, as CPython does not.)
        if (load_relaxed(d->table) != t || !dt_key(t, ix).is(k)) goto restart;
      }
      if (r == 1) {
        *ixout = ix;
        *slotout = static_cast<int64_t>(i);
        return 1;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// hash(key), rooting d and key (and extra) only when Python code may run.
static inline bool key_hash(Thread& th, DictObject* d, Value key, Value extra, int64_t* h) {
  if (fast_hash(key, h)) return true;
  Root rd(th, d), rk(th, key), rx(th, extra);
  return hash_value(th, key, h);
}

// ---------------------------------------------------------------- C++ API

DictObject* dict_new(Thread& th) {
  DictObject* d = gc_new<DictObject>(th, DictType);
  store_relaxed(d->version, dict_next_version());
  return d;
}

DictObject* dict_new_presized(Thread& th, int64_t n) {
  DictObject* d = dict_new(th);
  if (n > 5) store_relaxed(d->table, dict_table_new(th, slots_for(n)));
  return d;
}

int dict_lookup_hashed(Thread& th, DictObject* d, Value key, int64_t hash, Value* out) {
  DictTable* t;
  int64_t ix;
  int r = dict_find_unlocked(th, d, key, hash, &t, &ix);
  if (r <= 0) return r;
  Value v = slot_load(dt_val(t, ix));
  if (v.is_empty()) return 0;  // deleted meanwhile
  *out = v;
  return 1;
}

int dict_lookup(Thread& th, DictObject* d, Value key, Value* out) {
  int64_t h;
  if (!key_hash(th, d, key, Value(), &h)) return -1;
  return dict_lookup_hashed(th, d, key, h, out);
}

int dict_set_hashed(Thread& th, DictObject* d, Value key, int64_t hash, Value v) {
  CriticalSection cs{d};
  int64_t ix, slot;
  int r = find_locked(th, d, key, hash, v, &ix, &slot);
  if (r < 0) return -1;
  if (r == 1) {
    slot_store(dt_val(load_relaxed(d->table), ix), v);
  } else {
    DictTable* t = load_relaxed(d->table);
    DictTable* nt = reserve_one_locked(th, d);
    append_entry(nt, hash, key, v, nt == t ? slot : -1);
    store_release(d->used, load_relaxed(d->used) + 1);
  }
  bump_version_locked(th, d);
  return 0;
}

int dict_set(Thread& th, DictObject* d, Value key, Value v) {
  int64_t h;
  if (!key_hash(th, d, key, v, &h)) return -1;
  return dict_set_hashed(th, d, key, h, v);
}

static void delete_entry_locked(Thread& th, DictObject* d, int64_t ix, int64_t slot) {
  DictTable* t = load_relaxed(d->table);
  dt_index(t)[slot].store(kIxDummy, std::memory_order_release);
  slot_store(dt_key(t, ix), Value());
  slot_store(dt_val(t, ix), Value());
  store_release(d->used, load_relaxed(d->used) - 1);
  bump_version_locked(th, d);
}

int dict_pop_hashed(Thread& th, DictObject* d, Value key, int64_t hash, Value* out) {
  CriticalSection cs{d};
  int64_t ix, slot;
  int r = find_locked(th, d, key, hash, Value(), &ix, &slot);
  if (r <= 0) return r;
  *out = dt_val(load_relaxed(d->table), ix);
  delete_entry_locked(th, d, ix, slot);
  return 1;
}

int dict_pop(Thread& th, DictObject* d, Value key, Value* out) {
  int64_t h;
  if (!key_hash(th, d, key, Value(), &h)) return -1;
  return dict_pop_hashed(th, d, key, h, out);
}

int dict_del(Thread& th, DictObject* d, Value key) {
  Value old;
  int r = dict_pop(th, d, key, &old);
  if (r == 0) {
    raise_key_error(th, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

int dict_setdefault(Thread& th, DictObject* d, Value key, Value dflt, Value* out) {
  int64_t h;
  if (!key_hash(th, d, key, dflt, &h)) return -1;
  CriticalSection cs{d};
  int64_t ix, slot;
  int r = find_locked(th, d, key, h, dflt, &ix, &slot);
  if (r < 0) return -1;
  if (r == 1) {
    *out = dt_val(load_relaxed(d->table), ix);
    return 0;
  }
  DictTable* t = load_relaxed(d->table);
  DictTable* nt = reserve_one_locked(th, d);
  append_entry(nt, h, key, dflt, nt == t ? slot : -1);
  store_release(d->used, load_relaxed(d->used) + 1);
  bump_version_locked(th, d);
  *out = dflt;
  return 0;
}

// ---- string keys: no Python code can run (str hash and == are builtin). A candidate
// key that is a str subclass is compared as str; one of another type never matches.

static inline bool str_key_matches(Value k, StrObject* key) {
  return k.is(V(key)) || (is_str(k) && str_eq(as<StrObject>(k), key));
}

Value dict_get_str(DictObject* d, StrObject* key) {
  DictTable* t = load_acquire(d->table);
  if (!t) return Value();
  int64_t hash = str_hash(key);
  std::atomic<int32_t>* idx = dt_index(t);
  int64_t* hs = dt_hashes(t);
  uint64_t mask = static_cast<uint64_t>(dt_meta(t)->nslots - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  for (;;) {
    int32_t ix = idx[i].load(std::memory_order_acquire);
    if (ix == kIxEmpty) return Value();
    if (ix >= 0 && hs[ix] == hash && str_key_matches(slot_load(dt_key(t, ix)), key))
      return slot_load(dt_val(t, ix));
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Locked probe for a str key: the entry number (and its index slot), or -1 with *slot
// the EMPTY slot to insert at (-1 when there is no table).
static int64_t find_str_locked(DictObject* d, StrObject* key, int64_t hash, int64_t* slot) {
  DictTable* t = load_relaxed(d->table);
  if (!t) {
    *slot = -1;
    return -1;
  }
  std::atomic<int32_t>* idx = dt_index(t);
  int64_t* hs = dt_hashes(t);
  uint64_t mask = static_cast<uint64_t>(dt_meta(t)->nslots - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  for (;;) {
    int32_t ix = idx[i].load(std::memory_order_relaxed);
    if (ix == kIxEmpty) {
      *slot = static_cast<int64_t>(i);
      return -1;
    }
    if (ix >= 0 && hs[ix] == hash && str_key_matches(dt_key(t, ix), key)) {
      *slot = static_cast<int64_t>(i);
      return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void dict_set_str(Thread& th, DictObject* d, StrObject* key, Value v) {
  int64_t hash = str_hash(key);
  CriticalSection cs{d};
  int64_t slot;
  int64_t ix = find_str_locked(d, key, hash, &slot);
  if (ix >= 0) {
    slot_store(dt_val(load_relaxed(d->table), ix), v);
  } else {
    DictTable* t = load_relaxed(d->table);
    DictTable* nt = reserve_one_locked(th, d);
    append_entry(nt, hash, V(key), v, nt == t ? slot : -1);
    store_release(d->used, load_relaxed(d->used) + 1);
  }
  bump_version_locked(th, d);
}

bool dict_del_str(Thread& th, DictObject* d, StrObject* key) {
  int64_t hash = str_hash(key);
  CriticalSection cs{d};
  int64_t slot;
  int64_t ix = find_str_locked(d, key, hash, &slot);
  if (ix < 0) return false;
  delete_entry_locked(th, d, ix, slot);
  return true;
}

int64_t dict_size(DictObject* d) { return load_acquire(d->used); }

bool dict_next(DictObject* d, int64_t* pos, Value* key, Value* value) {
  return dict_table_next(load_acquire(d->table), pos, key, value);
}

bool dict_table_next(DictTable* t, int64_t* pos, Value* key, Value* value) {
  if (!t) return false;
  int64_t n = load_acquire(dt_meta(t)->nentries);
  for (int64_t i = *pos; i < n; ++i) {
    Value k = slot_load(dt_key(t, i));
    if (k.is_empty()) continue;
    Value v = slot_load(dt_val(t, i));
    if (v.is_empty()) continue;
    *key = k;
    *value = v;
    *pos = i + 1;
    return true;
  }
  *pos = n;
  return false;
}

bool dict_table_prev(DictTable* t, int64_t* pos, Value* key, Value* value) {
  if (!t) return false;
  int64_t n = load_acquire(dt_meta(t)->nentries);
  for (int64_t i = std::min(*pos, n - 1); i >= 0; --i) {
    Value k = slot_load(dt_key(t, i));
    if (k.is_empty()) continue;
    Value v = slot_load(dt_val(t, i));
    if (v.is_empty()) continue;
    *key = k;
    *value = v;
    *pos = i - 1;
    return true;
  }
  *pos = -1;
  return false;
}

int64_t dict_table_last_pos(DictTable* t) { return t ? load_acquire(dt_meta(t)->nentries) - 1 : -1; }

DictSnapshot dict_snapshot(Thread& th, DictObject* d) {
  DictSnapshot s;
  CriticalSection cs{d};
  int64_t used = load_relaxed(d->used);
  s.kv = value_array_new(th, 2 * used);
  s.hashes.resize(static_cast<size_t>(used));
  DictTable* t = load_relaxed(d->table);
  int64_t j = 0;
  if (t) {
    int64_t n = dt_meta(t)->nentries.load(std::memory_order_relaxed);
    for (int64_t i = 0; i < n && j < used; ++i) {
      Value k = dt_key(t, i);
      if (k.is_empty()) continue;
      s.kv->items[2 * j] = k;
      s.kv->items[2 * j + 1] = dt_val(t, i);
      s.hashes[j] = dt_hashes(t)[i];
      ++j;
    }
  }
  s.n = j;
  return s;
}

DictObject* dict_copy(Thread& th, DictObject* d) {
  DictObject* r = dict_new(th);
  CriticalSection cs{d};
  int64_t used = load_relaxed(d->used);
  if (used) store_relaxed(r->table, rebuild(th, load_relaxed(d->table), used));
  store_relaxed(r->used, used);
  return r;
}

// Merges a snapshot of another dict into d (hashes known: no __hash__ calls).
static int merge_dict(Thread& th, DictObject* d, DictObject* other, bool override = true) {
  if (d == other) return 0;
  Root rd(th, d);
  DictSnapshot s = dict_snapshot(th, other);
  Root keep(th, s.kv);
  for (int64_t i = 0; i < s.n; ++i) {
    Value k = s.kv->items[2 * i], v = s.kv->items[2 * i + 1];
    if (!override) {
      Value cur;
      int r = dict_setdefault(th, d, k, v, &cur);
      if (r < 0) return -1;
      continue;
    }
    if (dict_set_hashed(th, d, k, s.hashes[i], v) < 0) return -1;
  }
  return 0;
}

static bool is_plain_dict_iter(Value v) {
  return is_dict(v) && v.obj()->type->iter == DictType->iter;
}

int dict_update_pairs(Thread& th, DictObject* d, Value iterable) {
  Root rd(th, d);
  int64_t n = 0;
  bool ok = for_each_item(th, iterable, [&](Value item) -> bool {
    Type* it = type_of(item);
    Value seq;
    Root keep(th, item);
    if (it->flags & (TF_TUPLE_SUBCLASS | TF_LIST_SUBCLASS)) {
      seq = it->flags & TF_TUPLE_SUBCLASS ? item : V(list_to_tuple(th, as<ListObject>(item)));
    } else if (!it->iter && !it->getitem) {
      raise(th, Exc_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
            static_cast<long long>(n));
      return false;
    } else {
      seq = sequence_tuple(th, item);
      if (seq.is_empty()) return false;
    }
    TupleObject* t = as<TupleObject>(seq);
    if (t->size != 2) {
      raise(th, Exc_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
            static_cast<long long>(n), static_cast<long long>(t->size));
      return false;
    }
    Root keep_seq(th, seq);
    ++n;
    return dict_set(th, d, t->items[0], t->items[1]) == 0;
  });
  return ok ? 0 : -1;
}

int dict_update(Thread& th, DictObject* d, Value other) {
  if (is_plain_dict_iter(other)) return merge_dict(th, d, as<DictObject>(other));
  Root rd(th, d), ro(th, other);
  Value keys = getattr_opt(th, other, sym::keys);
  if (keys.is_empty()) {
    if (has_exc(th)) return -1;
    return dict_update_pairs(th, d, other);
  }
  Root rk(th, keys);
  Value ks = call0(th, keys);
  if (ks.is_empty()) return -1;
  bool ok = for_each_item(th, ks, [&](Value k) -> bool {
    Root keep(th, k);
    Value v = getitem(th, other, k);
    if (v.is_empty()) return false;
    return dict_set(th, d, k, v) == 0;
  });
  return ok ? 0 : -1;
}

// ---------------------------------------------------------------- slots

static Value dict_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  if (type == DictType) return V(dict_new(th));
  Value v = instance_alloc(th, type);
  if (v.is_empty()) return v;
  store_relaxed(as<DictObject>(v)->version, dict_next_version());
  return v;
}

static int dict_update_common(Thread& th, DictObject* d, const Value* args, size_t nargs,
                              TupleObject* kwnames, const char* name) {
  if (nargs > 1) {
    raise(th, Exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
    return -1;
  }
  Root rd(th, d);
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  RootSpan keep(th, args, nargs + nkw);
  if (nargs == 1 && dict_update(th, d, args[0]) < 0) return -1;
  for (size_t i = 0; i < nkw; ++i)
    if (dict_set(th, d, kwnames->items[i], keep.data()[nargs + i]) < 0) return -1;
  return 0;
}

static int dict_init(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return dict_update_common(th, as<DictObject>(self), args, nargs, kwnames, "dict");
}

static Value dict_repr(Thread& th, Value self) {
  DictObject* d = as<DictObject>(self);
  if (dict_size(d) == 0) return str_from_std(th, "{}");
  if (repr_enter(th, d)) return str_from_std(th, "{...}");
  Root keep(th, self);
  std::string out = "{";
  int64_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, &pos, &k, &v)) {
    if (!first) out += ", ";
    first = false;
    Root rk(th, k), rv(th, v);
    if (!append_repr(th, out, k)) {
      repr_leave(th, d);
      return Value();
    }
    out += ": ";
    if (!append_repr(th, out, v)) {
      repr_leave(th, d);
      return Value();
    }
  }
  repr_leave(th, d);
  out += "}";
  return str_from_std(th, out);
}

static int64_t dict_len(Thread&, Value self) { return dict_size(as<DictObject>(self)); }

static Value dict_subscript(Thread& th, Value self, Value key) {
  DictObject* d = as<DictObject>(self);
  Value v;
  int r = dict_lookup(th, d, key, &v);
  if (r > 0) return v;
  if (r < 0) return Value();
  if (d->type != DictType) {
    Value m = call_special(th, self, sym::__missing__, &key, 1);
    if (!m.is_empty() || has_exc(th)) return m;
  }
  return raise_key_error(th, key);
}

static int dict_ass_sub(Thread& th, Value self, Value key, Value v) {
  if (v.is_empty()) return dict_del(th, as<DictObject>(self), key);
  return dict_set(th, as<DictObject>(self), key, v);
}

static int dict_contains(Thread& th, Value self, Value key) {
  Value v;
  return dict_lookup(th, as<DictObject>(self), key, &v);
}

static Value dict_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CmpOp::EQ && op != CmpOp::NE)) return g_NotImplemented;
  DictObject* x = as<DictObject>(a);
  DictObject* y = as<DictObject>(b);
  bool equal = true;
  if (x != y) {
    if (dict_size(x) != dict_size(y)) {
      equal = false;
    } else {
      Root ry(th, y);
      DictSnapshot s = dict_snapshot(th, x);
      Root keep(th, s.kv);
      for (int64_t i = 0; i < s.n && equal; ++i) {
        Value bv;
        int r = dict_lookup_hashed(th, y, s.kv->items[2 * i], s.hashes[i], &bv);
        if (r < 0) return Value();
        if (r == 0) {
          equal = false;
          break;
        }
        r = eq_fast(th, s.kv->items[2 * i + 1], bv);
        if (r < 0) return Value();
        equal = r == 1;
      }
    }
  }
  return bool_value(equal == (op == CmpOp::EQ));
}

static Value dict_or(Thread& th, Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return g_NotImplemented;
  Root rb(th, b);
  DictObject* r = dict_copy(th, as<DictObject>(a));
  Root rr(th, r);
  // As update(): a subclass overriding __iter__ is merged through keys()/[].
  if (dict_update(th, r, b) < 0) return Value();
  return V(r);
}

static Value dict_ior(Thread& th, Value a, Value b) {
  if (!is_dict(a)) return g_NotImplemented;
  Root ra(th, a);
  if (dict_update(th, as<DictObject>(a), b) < 0) return Value();
  return a;
}

static void dict_trace(Object* self, Tracer& tr) {
  DictTable* t = load_relaxed(static_cast<DictObject*>(self)->table);
  if (t) tr.visit(t);
}

// ---------------------------------------------------------------- methods

static Value m_get(Thread& th, const Value* a) {
  Value v;
  int r = dict_lookup(th, as<DictObject>(a[0]), a[1], &v);
  if (r < 0) return Value();
  return r ? v : a[2];
}

static Value m_setdefault(Thread& th, const Value* a) {
  Value v;
  if (dict_setdefault(th, as<DictObject>(a[0]), a[1], a[2], &v) < 0) return Value();
  return v;
}

static Value m_pop(Thread& th, const Value* a) {
  Value v;
  int r = dict_pop(th, as<DictObject>(a[0]), a[1], &v);
  if (r < 0) return Value();
  if (r) return v;
  if (!a[2].is_empty()) return a[2];
  return raise_key_error(th, a[1]);
}

static Value m_popitem(Thread& th, const Value* a) {
  DictObject* d = as<DictObject>(a[0]);
  Value kv[2];
  bool found = false;
  {
    CriticalSection cs{d};
    DictTable* t = load_relaxed(d->table);
    if (t && load_relaxed(d->used) > 0) {
      int64_t n = dt_meta(t)->nentries.load(std::memory_order_relaxed);
      for (int64_t i = n - 1; i >= 0; --i) {
        Value k = dt_key(t, i);
        if (k.is_empty()) continue;
        kv[0] = k;
        kv[1] = dt_val(t, i);
        // Find its index slot (by entry number: no key comparison needed).
        std::atomic<int32_t>* idx = dt_index(t);
        uint64_t mask = static_cast<uint64_t>(dt_meta(t)->nslots - 1);
        uint64_t perturb = static_cast<uint64_t>(dt_hashes(t)[i]), s = perturb & mask;
        while (idx[s].load(std::memory_order_relaxed) != i) {
          perturb >>= 5;
          s = (s * 5 + perturb + 1) & mask;
        }
        delete_entry_locked(th, d, i, static_cast<int64_t>(s));
        found = true;
        break;
      }
    }
  }
  if (!found) {
    Value msg = str_from_std(th, "popitem(): dictionary is empty");
    return raise_args(th, Exc_KeyError, &msg, 1);
  }
  return V(tuple_from(th, kv, 2));
}

static Value m_keys(Thread& th, const Value* a);
static Value m_values(Thread& th, const Value* a);
static Value m_items(Thread& th, const Value* a);

static Value m_update(Thread& th, const Value* a) {
  DictObject* d = as<DictObject>(a[0]);
  Root rd(th, d), ra(th, a[1]), rk(th, a[2]);
  if (!a[1].is_empty() && dict_update(th, d, a[1]) < 0) return Value();
  if (!a[2].is_empty() && merge_dict(th, d, as<DictObject>(a[2])) < 0) return Value();
  return g_None;
}

static Value m_clear(Thread& th, const Value* a) {
  DictObject* d = as<DictObject>(a[0]);
  CriticalSection cs{d};
  store_release(d->used, int64_t(0));
  store_release(d->table, static_cast<DictTable*>(nullptr));
  bump_version_locked(th, d);
  return g_None;
}

static Value m_copy(Thread& th, const Value* a) { return V(dict_copy(th, as<DictObject>(a[0]))); }

static Value m_fromkeys(Thread& th, const Value* a) {
  Value cls = a[0];
  Root rc(th, cls), rit(th, a[1]), rv(th, a[2]);
  Value r = cls.is(V(DictType)) ? V(dict_new(th)) : call0(th, cls);
  if (r.is_empty()) return Value();
  Root rr(th, r);
  bool plain = r.is_obj() && r.obj()->type == DictType;
  bool ok = for_each_item(th, a[1], [&](Value k) -> bool {
    if (plain) return dict_set(th, as<DictObject>(r), k, a[2]) == 0;
    return setitem(th, r, k, a[2]) == 0;
  });
  return ok ? r : Value();
}

static Value m_reversed(Thread& th, const Value* a);
static Value m_sizeof(Thread&, const Value* a) {
  DictTable* t = load_acquire(as<DictObject>(a[0])->table);
  int64_t extra = 0;
  if (t) extra = dt_meta(t)->capacity * 24 + dt_meta(t)->nslots * 4;
  return Value::from_small(static_cast<int64_t>(sizeof(DictObject)) + extra);
}

static const NativeDef kDictMethods[] = {
    {"keys(self, /)", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values(self, /)", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items(self, /)", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"get(self, key, default=None, /)", m_get, 0,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault(self, key, default=None, /)", m_setdefault, 0,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop(self, key, default=?, /)", m_pop, 0,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key "
     "is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem(self, /)", m_popitem, 0,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, "
     "first-out) order.\nRaises KeyError if the dict is empty."},
    {"update(self, other=?, /, **kwargs)", m_update, 0,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear(self, /)", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy(self, /)", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"fromkeys(type, iterable, value=None, /)", m_fromkeys, NF_CLASSMETHOD,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__(self, /)", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"__sizeof__(self, /)", m_sizeof, 0, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

// Views and iterators: builtins/dict_views.cpp.
static Value m_keys(Thread& th, const Value* a) { return dict_view_new(th, DictKeysType, as<DictObject>(a[0])); }
static Value m_values(Thread& th, const Value* a) { return dict_view_new(th, DictValuesType, as<DictObject>(a[0])); }
static Value m_items(Thread& th, const Value* a) { return dict_view_new(th, DictItemsType, as<DictObject>(a[0])); }
static Value m_reversed(Thread& th, const Value* a) {
  return dict_iter_new(th, DictKeyIterType, as<DictObject>(a[0]), true);
}
static Value dict_iter(Thread& th, Value self) {
  return dict_iter_new(th, DictKeyIterType, as<DictObject>(self), false);
}

void init_dict_types(Thread& th) {
  Type* t = DictType;
  t->flags |= TF_BASETYPE | TF_DICT_SUBCLASS | TF_HASH_NONE;
  t->new_ = dict_new_slot;
  t->init = dict_init;
  t->repr = dict_repr;
  t->hash = nullptr;
  t->len = dict_len;
  t->getitem = dict_subscript;
  t->setitem = dict_ass_sub;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->richcmp = dict_richcmp;
  t->nb[int(BinOp::OR)] = dict_or;
  t->nb_inplace[int(BinOp::OR)] = dict_ior;
  t->trace = dict_trace;
  t->methods = kDictMethods;
  t->tp_doc =
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping "
      "object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n"
      "    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary "
      "initialized with the name=value pairs\n    in the keyword argument list.  For example:  "
      "dict(one=1, two=2)";
  init_dict_view_types(th);
}

}  // namespace taipan
