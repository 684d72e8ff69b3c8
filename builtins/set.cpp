// set, frozenset and set_iterator (layout and invariants in builtins/set.h).
//
// The algorithms (probe sequence, resize points, the order of insertions in merges and
// in the set algebra) follow CPython 3.11's so that iteration order matches it. Set
// algebra with another set works on a snapshot of the other set's table (frozensets
// need none: they never change once visible).
#include "builtins/set.h"

#include <string>

#include "builtins/containers.h"
#include "builtins/dict.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

constexpr int64_t kMinSize = 8;
constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The deleted-slot marker: an immortal object no Python code can reach.
Object* g_dummy = nullptr;

Value dummy(Thread& th) {
  Object* d = __atomic_load_n(&g_dummy, __ATOMIC_ACQUIRE);
  if (!d) {
    Object* fresh = gc_alloc(th, ObjectType, sizeof(Object));
    Object* expected = nullptr;
    if (__atomic_compare_exchange_n(&g_dummy, &expected, fresh, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
      gc_make_immortal(fresh);
      d = fresh;
    } else {
      d = expected;
    }
  }
  return V(d);
}
inline bool is_dummy(Value k) { return k.is_obj() && k.obj() == __atomic_load_n(&g_dummy, __ATOMIC_RELAXED); }

inline int64_t* st_hashes(ValueArray* t) { return reinterpret_cast<int64_t*>(t->items + t->capacity); }
inline int64_t hash_load(ValueArray* t, int64_t i) { return raw_load(st_hashes(t)[i]); }
inline void hash_store(ValueArray* t, int64_t i, int64_t h) { raw_store(st_hashes(t)[i], h); }

ValueArray* table_new(Thread& th, int64_t nslots) {
  return value_array_new(th, nslots, static_cast<size_t>(nslots) * sizeof(int64_t));
}

inline ValueArray* tab(SetObject* s) { return load_relaxed(s->table); }
inline int64_t mask_of(ValueArray* t) { return t ? t->capacity - 1 : kMinSize - 1; }

bool is_frozen(SetObject* s) { return s->type == FrozenSetType || is_subtype(s->type, FrozenSetType); }

// ---------------------------------------------------------------- table operations

// CPython's set_insert_clean: key known absent, table without dummies on its path.
void insert_clean(ValueArray* t, Value key, int64_t hash) {
  uint64_t mask = static_cast<uint64_t>(t->capacity - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  for (;;) {
    if (t->items[i].is_empty()) break;
    if (i + kLinearProbes <= mask) {
      uint64_t j = i + 1, end = i + 1 + kLinearProbes;
      for (; j < end; ++j)
        if (t->items[j].is_empty()) break;
      if (j < end) {
        i = j;
        break;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  hash_store(t, static_cast<int64_t>(i), hash);
  slot_store(t->items[i], key);
}

void resize_locked(Thread& th, SetObject* s, int64_t minused) {
  int64_t size = kMinSize;
  while (size <= minused) size <<= 1;
  ValueArray* nt = table_new(th, size);
  ValueArray* old = tab(s);
  if (old) {
    for (int64_t i = 0; i < old->capacity; ++i) {
      Value k = old->items[i];
      if (k.is_empty() || is_dummy(k)) continue;
      insert_clean(nt, k, hash_load(old, i));
    }
  }
  s->fill = load_relaxed(s->used);
  ++s->mutations;  // a writer waiting on __eq__ must not go on with the old table
  store_release(s->table, nt);
}

ValueArray* ensure_table_locked(Thread& th, SetObject* s) {
  ValueArray* t = tab(s);
  if (!t) {
    t = table_new(th, kMinSize);
    ++s->mutations;
    store_release(s->table, t);
  }
  return t;
}

// CPython's set_add_entry. 1 added, 0 present, -1 raised.
int add_entry(Thread& th, SetObject* s, Value key, int64_t hash) {
  Value dm = dummy(th);
  CriticalSection cs{s};
restart:
  ValueArray* t = ensure_table_locked(th, s);
  uint64_t mask = static_cast<uint64_t>(t->capacity - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  int64_t freeslot = -1, found_unused = -1;
  for (;;) {
    int64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    uint64_t j = i;
    do {
      Value k = t->items[j];
      if (k.is_empty()) {
        found_unused = static_cast<int64_t>(j);
        goto insert;
      }
      if (k.is(dm)) {
        if (freeslot < 0) freeslot = static_cast<int64_t>(j);
      } else if (hash_load(t, j) == hash) {
        int r = fast_eq(k, key);
        if (r < 0) {
          uint64_t mut = s->mutations;
          {
            Root rs(th, s), rk(th, k), rkey(th, key);
            ScopedUnlock unlocked{s};
            r = eq(th, k, key);
          }
          if (r < 0) return -1;
          if (s->mutations != mut) goto restart;
        }
        if (r == 1) return 0;
      }
      ++j;
    } while (probes-- > 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
insert:
  ++s->mutations;
  store_relaxed(s->last_writer, &th);
  if (freeslot >= 0) {
    hash_store(t, freeslot, hash);
    slot_store(t->items[freeslot], key);
    store_release(s->used, load_relaxed(s->used) + 1);
    return 1;
  }
  hash_store(t, found_unused, hash);
  slot_store(t->items[found_unused], key);
  ++s->fill;
  int64_t used = load_relaxed(s->used) + 1;
  store_release(s->used, used);
  if (s->fill * 5 >= static_cast<int64_t>(mask) * 3) resize_locked(th, s, used > 50000 ? used * 2 : used * 4);
  return 1;
}

// Lookup in table t (no lock). 1 found (*slot), 0 missing, -1 raised, 2 restart (the
// table or the entry changed while __eq__ ran).
int probe_table(Thread& th, SetObject* s, ValueArray* t, Value key, int64_t hash, int64_t* slot) {
  uint64_t mask = static_cast<uint64_t>(t->capacity - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  for (;;) {
    int64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    uint64_t j = i;
    do {
      Value k = slot_load(t->items[j]);
      if (k.is_empty()) return 0;
      if (!is_dummy(k) && hash_load(t, j) == hash) {
        int r = fast_eq(k, key);
        if (r < 0) {
          Root rs(th, s), rt(th, t), rk(th, k), rkey(th, key);
          r = eq(th, k, key);
          if (r < 0) return -1;
          if (load_acquire(s->table) != t || !slot_load(t->items[j]).is(k)) return 2;
        }
        if (r == 1) {
          *slot = static_cast<int64_t>(j);
          return 1;
        }
      }
      ++j;
    } while (probes-- > 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Lock-free membership. 1, 0, -1 raised.
int contains_entry(Thread& th, SetObject* s, Value key, int64_t hash) {
  for (;;) {
    ValueArray* t = load_acquire(s->table);
    if (!t) return 0;
    int64_t slot;
    int r = probe_table(th, s, t, key, hash, &slot);
    if (r != 2) return r;
  }
}

// CPython's set_discard_entry. 1 removed, 0 missing, -1 raised.
int discard_entry(Thread& th, SetObject* s, Value key, int64_t hash) {
  Value dm = dummy(th);
  CriticalSection cs{s};
restart:
  ValueArray* t = tab(s);
  if (!t) return 0;
  uint64_t mask = static_cast<uint64_t>(t->capacity - 1);
  uint64_t perturb = static_cast<uint64_t>(hash), i = perturb & mask;
  for (;;) {
    int64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    uint64_t j = i;
    do {
      Value k = t->items[j];
      if (k.is_empty()) return 0;
      if (!k.is(dm) && hash_load(t, j) == hash) {
        int r = fast_eq(k, key);
        if (r < 0) {
          uint64_t mut = s->mutations;
          {
            Root rs(th, s), rk(th, k), rkey(th, key);
            ScopedUnlock unlocked{s};
            r = eq(th, k, key);
          }
          if (r < 0) return -1;
          if (s->mutations != mut) goto restart;
        }
        if (r == 1) {
          slot_store(t->items[j], dm);
          hash_store(t, static_cast<int64_t>(j), -1);
          store_release(s->used, load_relaxed(s->used) - 1);
          ++s->mutations;
          store_relaxed(s->last_writer, &th);
          return 1;
        }
      }
      ++j;
    } while (probes-- > 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void clear_locked(Thread& th, SetObject* s) {
  store_release(s->used, int64_t(0));
  store_release(s->table, static_cast<ValueArray*>(nullptr));
  s->fill = 0;
  ++s->mutations;
  store_relaxed(s->last_writer, &th);
}

// ---------------------------------------------------------------- snapshots

// A set's table as of one instant; frozensets are used in place.
struct Snap {
  ValueArray* t = nullptr;  // null: empty
  int64_t used = 0, fill = 0;
  int64_t mask() const { return mask_of(t); }
};

Snap snapshot(Thread& th, SetObject* s) {
  Snap snap;
  if (is_frozen(s)) {
    snap.t = load_acquire(s->table);
    snap.used = load_acquire(s->used);
    snap.fill = s->fill;
    return snap;
  }
  CriticalSection cs{s};
  ValueArray* t = tab(s);
  snap.used = load_relaxed(s->used);
  snap.fill = s->fill;
  if (t) {
    snap.t = table_new(th, t->capacity);
    for (int64_t i = 0; i < t->capacity; ++i) {
      snap.t->items[i] = t->items[i];
      st_hashes(snap.t)[i] = st_hashes(t)[i];
    }
  }
  return snap;
}

// Calls fn(key, hash) for each live key of a snapshot, in table order.
template <class F>
bool for_each_entry(const Snap& snap, F&& fn) {
  if (!snap.t) return true;
  for (int64_t i = 0; i < snap.t->capacity; ++i) {
    Value k = snap.t->items[i];
    if (k.is_empty() || is_dummy(k)) continue;
    if (!fn(k, st_hashes(snap.t)[i])) return false;
  }
  return true;
}

inline bool key_hash(Thread& th, Value key, int64_t* h) {
  if (fast_hash(key, h)) return true;
  Root rk(th, key);
  return hash_value(th, key, h);
}

SetObject* make_set(Thread& th, Type* type) {
  if (type == SetType || type == FrozenSetType) return gc_new<SetObject>(th, type);
  return as<SetObject>(instance_alloc(th, type));
}

// The exact builtin type for results of set algebra on an instance of `t`.
Type* base_type(Type* t) {
  if (t == SetType || is_subtype(t, SetType)) return SetType;
  return FrozenSetType;
}

int set_add_key(Thread& th, SetObject* s, Value key) {
  int64_t h;
  if (!fast_hash(key, &h)) {
    Root rs(th, s), rk(th, key);
    if (!hash_value(th, key, &h)) return -1;
  }
  return add_entry(th, s, key, h) < 0 ? -1 : 0;
}

// CPython's set_merge.
int merge_snap(Thread& th, SetObject* so, const Snap& other) {
  if (other.used == 0) return 0;
  Root ro(th, other.t), rs(th, so);
  {
    CriticalSection cs{so};
    int64_t mask = mask_of(tab(so));
    if ((so->fill + other.used) * 5 >= mask * 3) resize_locked(th, so, (load_relaxed(so->used) + other.used) * 2);
    ValueArray* t = ensure_table_locked(th, so);
    if (so->fill == 0 && t->capacity - 1 == other.mask() && other.fill == other.used) {
      for (int64_t i = 0; i < t->capacity; ++i) {
        Value k = other.t->items[i];
        if (k.is_empty()) continue;
        hash_store(t, i, st_hashes(other.t)[i]);
        slot_store(t->items[i], k);
      }
      so->fill = other.fill;
      store_release(so->used, other.used);
      ++so->mutations;
      store_relaxed(so->last_writer, &th);
      return 0;
    }
    if (so->fill == 0) {
      for_each_entry(other, [&](Value k, int64_t h) {
        insert_clean(t, k, h);
        return true;
      });
      so->fill = other.used;
      store_release(so->used, other.used);
      ++so->mutations;
      store_relaxed(so->last_writer, &th);
      return 0;
    }
  }
  bool ok = for_each_entry(other, [&](Value k, int64_t h) { return add_entry(th, so, k, h) >= 0; });
  return ok ? 0 : -1;
}

// CPython's set_update_internal.
int update_internal(Thread& th, SetObject* so, Value other) {
  if (is_any_set(other)) {
    if (as<SetObject>(other) == so) return 0;
    Root rs(th, so);
    Snap snap = snapshot(th, as<SetObject>(other));
    return merge_snap(th, so, snap);
  }
  Root rs(th, so), ro(th, other);
  if (other.is_obj() && other.obj()->type == DictType) {
    DictObject* d = as<DictObject>(other);
    int64_t n = dict_size(d);
    {
      CriticalSection cs{so};
      if ((so->fill + n) * 5 >= mask_of(tab(so)) * 3) resize_locked(th, so, (load_relaxed(so->used) + n) * 2);
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
      if (set_add_key(th, so, k) < 0) return -1;
    return 0;
  }
  bool ok = for_each_item(th, other, [&](Value k) { return set_add_key(th, so, k) == 0; });
  return ok ? 0 : -1;
}

SetObject* new_from(Thread& th, Type* type, Value iterable) {
  SetObject* s = make_set(th, type);
  if (iterable.is_empty()) return s;
  Root rs(th, s);
  if (update_internal(th, s, iterable) < 0) return nullptr;
  return s;
}

SetObject* set_copy(Thread& th, SetObject* so) { return new_from(th, base_type(so->type), V(so)); }

// CPython's set_intersection.
SetObject* intersection(Thread& th, SetObject* so, Value other) {
  Root rso(th, so), ro(th, other);
  SetObject* result = make_set(th, base_type(so->type));
  Root rr(th, result);
  if (is_any_set(other)) {
    SetObject* a = so;
    SetObject* b = as<SetObject>(other);
    if (load_acquire(b->used) > load_acquire(a->used)) std::swap(a, b);
    Root ra(th, a), rb(th, b);
    Snap snap = snapshot(th, b);
    Root rsn(th, snap.t);
    bool ok = for_each_entry(snap, [&](Value k, int64_t h) {
      int r = contains_entry(th, a, k, h);
      if (r < 0) return false;
      if (r && add_entry(th, result, k, h) < 0) return false;
      return true;
    });
    return ok ? result : nullptr;
  }
  bool ok = for_each_item(th, other, [&](Value k) {
    int64_t h;
    if (!key_hash(th, k, &h)) return false;
    int r = contains_entry(th, so, k, h);
    if (r < 0) return false;
    if (r && add_entry(th, result, k, h) < 0) return false;
    return true;
  });
  return ok ? result : nullptr;
}

// Replaces so's contents by tmp's (tmp is private to the caller).
void swap_bodies(Thread& th, SetObject* so, SetObject* tmp) {
  CriticalSection cs{so};
  store_release(so->table, tab(tmp));
  so->fill = tmp->fill;
  store_release(so->used, load_relaxed(tmp->used));
  ++so->mutations;
  store_relaxed(so->last_writer, &th);
}

int intersection_update(Thread& th, SetObject* so, Value other) {
  Root rso(th, so);
  SetObject* tmp = intersection(th, so, other);
  if (!tmp) return -1;
  swap_bodies(th, so, tmp);
  return 0;
}

// CPython's set_difference_update_internal.
int difference_update(Thread& th, SetObject* so, Value other) {
  Root rso(th, so), ro(th, other);
  if (other.is_obj() && other.obj() == so) {
    CriticalSection cs{so};
    clear_locked(th, so);
    return 0;
  }
  if (is_any_set(other)) {
    SetObject* os = as<SetObject>(other);
    Snap snap;
    if ((load_acquire(os->used) >> 3) > load_acquire(so->used)) {
      SetObject* inter = intersection(th, so, other);
      if (!inter) return -1;
      Root ri(th, inter);
      snap = snapshot(th, inter);
    } else {
      snap = snapshot(th, os);
    }
    Root rsn(th, snap.t);
    bool ok = for_each_entry(snap, [&](Value k, int64_t h) { return discard_entry(th, so, k, h) >= 0; });
    if (!ok) return -1;
  } else {
    bool ok = for_each_item(th, other, [&](Value k) {
      int64_t h;
      if (!key_hash(th, k, &h)) return false;
      return discard_entry(th, so, k, h) >= 0;
    });
    if (!ok) return -1;
  }
  CriticalSection cs{so};
  int64_t used = load_relaxed(so->used);
  if (static_cast<uint64_t>(so->fill - used) > static_cast<uint64_t>(mask_of(tab(so)) / 4))
    resize_locked(th, so, used > 50000 ? used * 2 : used * 4);
  return 0;
}

// CPython's set_difference.
SetObject* difference(Thread& th, SetObject* so, Value other) {
  Root rso(th, so), ro(th, other);
  int64_t other_size;
  if (is_any_set(other)) other_size = load_acquire(as<SetObject>(other)->used);
  else if (other.is_obj() && other.obj()->type == DictType) other_size = dict_size(as<DictObject>(other));
  else other_size = -1;
  if (other_size < 0 || (load_acquire(so->used) >> 2) > other_size) {
    SetObject* r = set_copy(th, so);
    if (!r) return nullptr;
    Root rr(th, r);
    if (difference_update(th, r, other) < 0) return nullptr;
    return r;
  }
  SetObject* result = make_set(th, base_type(so->type));
  Root rr(th, result);
  Snap snap = snapshot(th, so);
  Root rsn(th, snap.t);
  bool ok = for_each_entry(snap, [&](Value k, int64_t h) {
    int r;
    if (is_any_set(other)) {
      r = contains_entry(th, as<SetObject>(other), k, h);
    } else {
      Value v;
      r = dict_lookup(th, as<DictObject>(other), k, &v);
    }
    if (r < 0) return false;
    if (!r && add_entry(th, result, k, h) < 0) return false;
    return true;
  });
  return ok ? result : nullptr;
}

// CPython's set_symmetric_difference_update.
int symmetric_difference_update(Thread& th, SetObject* so, Value other) {
  Root rso(th, so), ro(th, other);
  if (other.is_obj() && other.obj() == so) {
    CriticalSection cs{so};
    clear_locked(th, so);
    return 0;
  }
  auto toggle = [&](Value k, int64_t h) {
    int r = discard_entry(th, so, k, h);
    if (r < 0) return false;
    if (r == 0 && add_entry(th, so, k, h) < 0) return false;
    return true;
  };
  if (other.is_obj() && other.obj()->type == DictType) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(as<DictObject>(other), &pos, &k, &v)) {
      Root rk(th, k);
      int64_t h;
      if (!key_hash(th, k, &h) || !toggle(k, h)) return -1;
    }
    return 0;
  }
  SetObject* os;
  if (is_any_set(other)) {
    os = as<SetObject>(other);
  } else {
    os = new_from(th, SetType, other);
    if (!os) return -1;
  }
  Root ros(th, os);
  Snap snap = snapshot(th, os);
  Root rsn(th, snap.t);
  return for_each_entry(snap, toggle) ? 0 : -1;
}

SetObject* symmetric_difference(Thread& th, SetObject* so, Value other) {
  Root rso(th, so);
  SetObject* r = new_from(th, base_type(so->type), other);
  if (!r) return nullptr;
  Root rr(th, r);
  if (symmetric_difference_update(th, r, V(so)) < 0) return nullptr;
  return r;
}

// 1 when every key of so is in other (a set), -1 raised.
int issubset_set(Thread& th, SetObject* so, SetObject* other) {
  if (load_acquire(so->used) > load_acquire(other->used)) return 0;
  Root rso(th, so), ro(th, other);
  Snap snap = snapshot(th, so);
  Root rsn(th, snap.t);
  int result = 1;
  bool ok = for_each_entry(snap, [&](Value k, int64_t h) {
    int r = contains_entry(th, other, k, h);
    if (r < 0) return false;
    if (!r) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result) return -1;
  return result;
}

int issubset(Thread& th, SetObject* so, Value other) {
  if (is_any_set(other)) return issubset_set(th, so, as<SetObject>(other));
  Root rso(th, so);
  SetObject* tmp = new_from(th, SetType, other);
  if (!tmp) return -1;
  Root rt(th, tmp);
  return issubset_set(th, so, tmp);
}

int issuperset(Thread& th, SetObject* so, Value other) {
  if (is_any_set(other)) return issubset_set(th, as<SetObject>(other), so);
  Root rso(th, so);
  int result = 1;
  bool ok = for_each_item(th, other, [&](Value k) {
    int64_t h;
    if (!key_hash(th, k, &h)) return false;
    int r = contains_entry(th, so, k, h);
    if (r < 0) return false;
    if (!r) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result) return -1;
  return result;
}

int isdisjoint(Thread& th, SetObject* so, Value other) {
  Root rso(th, so), ro(th, other);
  int result = 1;
  if (is_any_set(other)) {
    SetObject* a = so;
    SetObject* b = as<SetObject>(other);
    if (load_acquire(a->used) > load_acquire(b->used)) std::swap(a, b);
    Snap snap = snapshot(th, a);
    Root rsn(th, snap.t);
    bool ok = for_each_entry(snap, [&](Value k, int64_t h) {
      int r = contains_entry(th, b, k, h);
      if (r < 0) return false;
      if (r) {
        result = 0;
        return false;
      }
      return true;
    });
    if (!ok && result) return -1;
    return result;
  }
  bool ok = for_each_item(th, other, [&](Value k) {
    int64_t h;
    if (!key_hash(th, k, &h)) return false;
    int r = contains_entry(th, so, k, h);
    if (r < 0) return false;
    if (r) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result) return -1;
  return result;
}

// hash(key) for membership tests: an unhashable set key is looked up as the
// frozenset with the same items (as CPython's set.__contains__/remove/discard).
bool lookup_hash(Thread& th, Value* key, Root& keep, int64_t* h) {
  if (fast_hash(*key, h)) return true;
  if (hash_value(th, *key, h)) return true;
  if (!is_any_set(*key) || !exc_matches(th, Exc_TypeError)) return false;
  clear_exc(th);
  SetObject* fz = new_from(th, FrozenSetType, *key);
  if (!fz) return false;
  *key = V(fz);
  keep.set(*key);
  return hash_value(th, *key, h);
}

}  // namespace

// ---------------------------------------------------------------- C++ API

TupleObject* set_snapshot_tuple(Thread& th, SetObject* s) {
  CriticalSection cs{s};
  ValueArray* t = tab(s);
  TupleObject* r = tuple_new(th, load_relaxed(s->used));
  int64_t j = 0;
  if (t)
    for (int64_t i = 0; i < t->capacity && j < r->size; ++i) {
      Value k = t->items[i];
      if (k.is_empty() || is_dummy(k)) continue;
      r->items[j++] = k;
    }
  return r;
}

SetObject* set_new(Thread& th, Type* type) { return make_set(th, type); }

int set_add(Thread& th, SetObject* s, Value key) { return set_add_key(th, s, key); }

int set_contains(Thread& th, SetObject* s, Value key) {
  int64_t h;
  if (fast_hash(key, &h)) return contains_entry(th, s, key, h);
  Root rs(th, s), rk(th, key);
  if (!lookup_hash(th, &key, rk, &h)) return -1;
  return contains_entry(th, s, key, h);
}

int set_update(Thread& th, SetObject* s, Value iterable) { return update_internal(th, s, iterable); }

SetObject* set_from_iterable(Thread& th, Type* type, Value iterable) { return new_from(th, type, iterable); }

int set_update_op(Thread& th, SetObject* s, Value other, BinOp op) {
  switch (op) {
    case BinOp::OR: return update_internal(th, s, other);
    case BinOp::AND: return intersection_update(th, s, other);
    case BinOp::SUB: return difference_update(th, s, other);
    case BinOp::XOR: return symmetric_difference_update(th, s, other);
    default: return -1;
  }
}

// ---------------------------------------------------------------- slots

static Value set_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject* kwnames) {
  if (type == SetType && kwnames && kwnames->size)
    return raise(th, Exc_TypeError, "set() takes no keyword arguments");
  return V(make_set(th, type));
}

static int set_init(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  SetObject* s = as<SetObject>(self);
  if (kwnames && kwnames->size && s->type == SetType) {
    raise(th, Exc_TypeError, "set() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    raise(th, Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  {
    CriticalSection cs{s};
    if (s->fill) clear_locked(th, s);
  }
  if (nargs == 1) return update_internal(th, s, args[0]);
  return 0;
}

static Value frozenset_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (type == FrozenSetType && kwnames && kwnames->size)
    return raise(th, Exc_TypeError, "frozenset() takes no keyword arguments");
  if (nargs > 1) return raise(th, Exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
  if (type == FrozenSetType && nargs == 1 && args[0].is_obj() && args[0].obj()->type == FrozenSetType)
    return args[0];
  SetObject* s = new_from(th, type, nargs ? args[0] : Value());
  return s ? V(s) : Value();
}

static Value set_repr(Thread& th, Value self) {
  SetObject* s = as<SetObject>(self);
  bool exact = s->type == SetType;
  std::string name(str_view(s->type->name));
  if (load_acquire(s->used) == 0) return str_from_std(th, name + "()");
  if (repr_enter(th, s)) return str_from_std(th, name + "(...)");
  Root keep(th, self);
  Snap snap = snapshot(th, s);
  Root rsn(th, snap.t);
  std::string out = exact ? "{" : name + "({";
  bool first = true;
  bool ok = for_each_entry(snap, [&](Value k, int64_t) {
    if (!first) out += ", ";
    first = false;
    return append_repr(th, out, k);
  });
  repr_leave(th, s);
  if (!ok) return Value();
  out += exact ? "}" : "})";
  return str_from_std(th, out);
}

static int64_t set_len(Thread&, Value self) { return load_acquire(as<SetObject>(self)->used); }

static int set_contains_slot(Thread& th, Value self, Value key) { return set_contains(th, as<SetObject>(self), key); }

static bool frozenset_hash(Thread& th, Value self, int64_t* out) {
  SetObject* s = as<SetObject>(self);
  if (s->hash_known.load(std::memory_order_acquire)) {
    *out = load_relaxed(s->hash_cache);
    return true;
  }
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  Snap snap = snapshot(th, s);
  uint64_t hash = 0;
  for_each_entry(snap, [&](Value, int64_t h) {
    hash ^= shuffle(static_cast<uint64_t>(h));
    return true;
  });
  if ((snap.fill - snap.used) & 1) hash ^= shuffle(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(snap.used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  *out = static_cast<int64_t>(hash);
  store_relaxed(s->hash_cache, *out);
  s->hash_known.store(1, std::memory_order_release);
  return true;
}

static Value set_iter(Thread& th, Value self) {
  SetIterObject* it = gc_new<SetIterObject>(th, SetIterType);
  SetObject* s = as<SetObject>(self);
  store_relaxed(it->set, s);
  store_relaxed(it->table, load_acquire(s->table));
  store_relaxed(it->expected, load_acquire(s->used));
  return V(it);
}

static Value set_iter_next(Thread& th, Value self) {
  SetIterObject* it = as<SetIterObject>(self);
  SetObject* s = load_relaxed(it->set);
  if (!s) return Value();
  int64_t expected = load_relaxed(it->expected), size = load_acquire(s->used);
  if (expected != size) {
    if (expected < 0 || load_relaxed(s->last_writer) == &th) {
      store_relaxed(it->expected, int64_t(-1));
      return raise(th, Exc_RuntimeError, "Set changed size during iteration");
    }
    store_relaxed(it->expected, size);  // another thread's change: go on (see set.h)
  }
  ValueArray* t = load_relaxed(it->table);
  // Threads sharing the iterator each claim a slot by a compare-and-swap on pos, so every
  // key is produced once.
  int64_t start = load_relaxed(it->pos);
  while (t) {
    int64_t i = start;
    Value k;
    for (; i < t->capacity; ++i) {
      k = slot_load(t->items[i]);
      if (!k.is_empty() && !is_dummy(k)) break;
    }
    if (i >= t->capacity) break;
    if (it->pos.compare_exchange_weak(start, i + 1, std::memory_order_relaxed)) return k;
  }
  store_relaxed(it->set, static_cast<SetObject*>(nullptr));
  store_relaxed(it->table, static_cast<ValueArray*>(nullptr));
  return Value();
}

static Value set_iter_length_hint(Thread&, const Value* a) {
  SetIterObject* it = as<SetIterObject>(a[0]);
  SetObject* s = load_relaxed(it->set);
  return Value::from_small(s ? load_acquire(s->used) : 0);
}

static Value set_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_any_set(a) || !is_any_set(b)) return g_NotImplemented;
  SetObject* v = as<SetObject>(a);
  SetObject* w = as<SetObject>(b);
  int64_t lv = load_acquire(v->used), lw = load_acquire(w->used);
  int r;
  switch (op) {
    case CmpOp::EQ:
    case CmpOp::NE:
      if (lv != lw) r = 0;
      else if (v->hash_known.load(std::memory_order_acquire) && w->hash_known.load(std::memory_order_acquire) &&
               load_relaxed(v->hash_cache) != load_relaxed(w->hash_cache))
        r = 0;
      else r = issubset_set(th, v, w);
      if (r >= 0 && op == CmpOp::NE) r = !r;
      break;
    case CmpOp::LE: r = issubset_set(th, v, w); break;
    case CmpOp::GE: r = issubset_set(th, w, v); break;
    case CmpOp::LT: r = lv >= lw ? 0 : issubset_set(th, v, w); break;
    case CmpOp::GT: r = lv <= lw ? 0 : issubset_set(th, w, v); break;
    default: return g_NotImplemented;
  }
  if (r < 0) return Value();
  return bool_value(r != 0);
}

static Value set_binop(Thread& th, Value a, Value b, BinOp op) {
  if (!is_any_set(a) || !is_any_set(b)) return g_NotImplemented;
  SetObject* so = as<SetObject>(a);
  SetObject* r = nullptr;
  switch (op) {
    case BinOp::OR: {
      Root rb(th, b);
      r = set_copy(th, so);
      if (!r) return Value();
      Root rr(th, r);
      if (update_internal(th, r, b) < 0) return Value();
      return V(r);
    }
    case BinOp::AND: r = intersection(th, so, b); break;
    case BinOp::SUB: r = difference(th, so, b); break;
    case BinOp::XOR: r = symmetric_difference(th, so, b); break;
    default: return g_NotImplemented;
  }
  return r ? V(r) : Value();
}

static Value set_or(Thread& th, Value a, Value b) { return set_binop(th, a, b, BinOp::OR); }
static Value set_and(Thread& th, Value a, Value b) { return set_binop(th, a, b, BinOp::AND); }
static Value set_sub(Thread& th, Value a, Value b) { return set_binop(th, a, b, BinOp::SUB); }
static Value set_xor(Thread& th, Value a, Value b) { return set_binop(th, a, b, BinOp::XOR); }

static Value set_inplace(Thread& th, Value a, Value b, BinOp op) {
  if (!is_any_set(a) || !is_any_set(b) || is_frozen(as<SetObject>(a))) return g_NotImplemented;
  Root ra(th, a);
  if (set_update_op(th, as<SetObject>(a), b, op) < 0) return Value();
  return a;
}
static Value set_ior(Thread& th, Value a, Value b) { return set_inplace(th, a, b, BinOp::OR); }
static Value set_iand(Thread& th, Value a, Value b) { return set_inplace(th, a, b, BinOp::AND); }
static Value set_isub(Thread& th, Value a, Value b) { return set_inplace(th, a, b, BinOp::SUB); }
static Value set_ixor(Thread& th, Value a, Value b) { return set_inplace(th, a, b, BinOp::XOR); }

static void set_trace(Object* self, Tracer& tr) {
  ValueArray* t = load_relaxed(static_cast<SetObject*>(self)->table);
  if (t) tr.visit(t);
}

static void setiter_trace(Object* self, Tracer& tr) {
  SetIterObject* it = static_cast<SetIterObject*>(self);
  SetObject* s = load_relaxed(it->set);
  if (s) tr.visit(s);
  ValueArray* t = load_relaxed(it->table);
  if (t) tr.visit(t);
}

// ---------------------------------------------------------------- methods

static inline SetObject* S(Value v) { return as<SetObject>(v); }

static Value m_add(Thread& th, const Value* a) {
  if (set_add_key(th, S(a[0]), a[1]) < 0) return Value();
  return g_None;
}

static Value m_remove(Thread& th, const Value* a) {
  Value key = a[1];
  Root rs(th, a[0]), rk(th, key);
  int64_t h;
  if (!lookup_hash(th, &key, rk, &h)) return Value();
  int r = discard_entry(th, S(a[0]), key, h);
  if (r < 0) return Value();
  if (r == 0) return raise_key_error(th, a[1]);
  return g_None;
}

static Value m_discard(Thread& th, const Value* a) {
  Value key = a[1];
  Root rs(th, a[0]), rk(th, key);
  int64_t h;
  if (!lookup_hash(th, &key, rk, &h)) return Value();
  if (discard_entry(th, S(a[0]), key, h) < 0) return Value();
  return g_None;
}

static Value m_pop(Thread& th, const Value* a) {
  SetObject* s = S(a[0]);
  Value dm = dummy(th);
  Value key;
  {
    CriticalSection cs{s};
    ValueArray* t = tab(s);
    if (t && load_relaxed(s->used) > 0) {
      int64_t mask = t->capacity - 1;
      int64_t i = s->finger & mask;
      while (t->items[i].is_empty() || t->items[i].is(dm)) i = (i + 1) & mask;
      key = t->items[i];
      slot_store(t->items[i], dm);
      hash_store(t, i, -1);
      store_release(s->used, load_relaxed(s->used) - 1);
      s->finger = i + 1;
      ++s->mutations;
      store_relaxed(s->last_writer, &th);
    }
  }
  if (key.is_empty()) return raise(th, Exc_KeyError, "pop from an empty set");
  return key;
}

static Value m_clear(Thread& th, const Value* a) {
  SetObject* s = S(a[0]);
  CriticalSection cs{s};
  clear_locked(th, s);
  return g_None;
}

static Value m_copy(Thread& th, const Value* a) {
  SetObject* s = S(a[0]);
  if (s->type == FrozenSetType) return a[0];
  SetObject* r = set_copy(th, s);
  return r ? V(r) : Value();
}

static Value m_update(Thread& th, const Value* a) {
  TupleObject* others = as<TupleObject>(a[1]);
  for (int64_t i = 0; i < others->size; ++i)
    if (update_internal(th, S(a[0]), others->items[i]) < 0) return Value();
  return g_None;
}

static Value m_union(Thread& th, const Value* a) {
  Root rargs(th, a[1]);
  SetObject* r = set_copy(th, S(a[0]));
  if (!r) return Value();
  Root rr(th, r);
  TupleObject* others = as<TupleObject>(a[1]);
  for (int64_t i = 0; i < others->size; ++i)
    if (update_internal(th, r, others->items[i]) < 0) return Value();
  return V(r);
}

static Value m_intersection(Thread& th, const Value* a) {
  TupleObject* others = as<TupleObject>(a[1]);
  if (others->size == 0) return m_copy(th, a);
  Root rargs(th, a[1]);
  SetObject* r = S(a[0]);
  Root rr(th, r);
  for (int64_t i = 0; i < others->size; ++i) {
    r = intersection(th, r, others->items[i]);
    if (!r) return Value();
    rr.set(r);
  }
  return V(r);
}

static Value m_intersection_update(Thread& th, const Value* a) {
  Value r = m_intersection(th, a);
  if (r.is_empty()) return r;
  if (!r.is(a[0])) swap_bodies(th, S(a[0]), S(r));
  return g_None;
}

static Value m_difference(Thread& th, const Value* a) {
  TupleObject* others = as<TupleObject>(a[1]);
  if (others->size == 0) return m_copy(th, a);
  Root rargs(th, a[1]);
  SetObject* r = difference(th, S(a[0]), others->items[0]);
  if (!r) return Value();
  Root rr(th, r);
  for (int64_t i = 1; i < others->size; ++i)
    if (difference_update(th, r, others->items[i]) < 0) return Value();
  return V(r);
}

static Value m_difference_update(Thread& th, const Value* a) {
  TupleObject* others = as<TupleObject>(a[1]);
  for (int64_t i = 0; i < others->size; ++i)
    if (difference_update(th, S(a[0]), others->items[i]) < 0) return Value();
  return g_None;
}

static Value m_symmetric_difference(Thread& th, const Value* a) {
  SetObject* r = symmetric_difference(th, S(a[0]), a[1]);
  return r ? V(r) : Value();
}

static Value m_symmetric_difference_update(Thread& th, const Value* a) {
  if (symmetric_difference_update(th, S(a[0]), a[1]) < 0) return Value();
  return g_None;
}

static Value m_issubset(Thread& th, const Value* a) {
  int r = issubset(th, S(a[0]), a[1]);
  return r < 0 ? Value() : bool_value(r);
}
static Value m_issuperset(Thread& th, const Value* a) {
  int r = issuperset(th, S(a[0]), a[1]);
  return r < 0 ? Value() : bool_value(r);
}
static Value m_isdisjoint(Thread& th, const Value* a) {
  int r = isdisjoint(th, S(a[0]), a[1]);
  return r < 0 ? Value() : bool_value(r);
}

static Value m_sizeof(Thread&, const Value* a) {
  ValueArray* t = load_acquire(S(a[0])->table);
  return Value::from_small(static_cast<int64_t>(sizeof(SetObject)) + (t ? t->capacity * 16 : 0));
}

static const NativeDef kSetMethods[] = {
    {"add(self, object, /)", m_add, 0, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"remove(self, object, /)", m_remove, 0, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"discard(self, object, /)", m_discard, 0, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
    {"pop(self, /)", m_pop, 0, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"clear(self, /)", m_clear, 0, "Remove all elements from this set."},
    {"copy(self, /)", m_copy, 0, "Return a shallow copy of a set."},
    {"update(self, *others)", m_update, 0, "Update a set with the union of itself and others."},
    {"union(self, *others)", m_union, 0, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"intersection(self, *others)", m_intersection, 0, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"intersection_update(self, *others)", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"difference(self, *others)", m_difference, 0, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
    {"difference_update(self, *others)", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"symmetric_difference(self, other, /)", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
    {"symmetric_difference_update(self, other, /)", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"issubset(self, other, /)", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset(self, other, /)", m_issuperset, 0, "Report whether this set contains another set."},
    {"isdisjoint(self, other, /)", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"__sizeof__(self, /)", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

static const NativeDef kFrozenSetMethods[] = {
    {"copy(self, /)", m_copy, 0, "Return a shallow copy of a set."},
    {"union(self, *others)", m_union, 0, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"intersection(self, *others)", m_intersection, 0, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"difference(self, *others)", m_difference, 0, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
    {"symmetric_difference(self, other, /)", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
    {"issubset(self, other, /)", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset(self, other, /)", m_issuperset, 0, "Report whether this set contains another set."},
    {"isdisjoint(self, other, /)", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"__sizeof__(self, /)", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

static const NativeDef kSetIterMethods[] = {
    {"__length_hint__(self, /)", set_iter_length_hint},
    {},
};

void init_set_types(Thread& th) {
  dummy(th);
  for (Type* t : {SetType, FrozenSetType}) {
    t->flags |= TF_BASETYPE;
    t->repr = set_repr;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    t->richcmp = set_richcmp;
    t->nb[int(BinOp::OR)] = set_or;
    t->nb[int(BinOp::AND)] = set_and;
    t->nb[int(BinOp::SUB)] = set_sub;
    t->nb[int(BinOp::XOR)] = set_xor;
    t->trace = set_trace;
  }
  Type* s = SetType;
  s->flags |= TF_HASH_NONE;
  s->hash = nullptr;
  s->new_ = set_new_slot;
  s->init = set_init;
  s->nb_inplace[int(BinOp::OR)] = set_ior;
  s->nb_inplace[int(BinOp::AND)] = set_iand;
  s->nb_inplace[int(BinOp::SUB)] = set_isub;
  s->nb_inplace[int(BinOp::XOR)] = set_ixor;
  s->methods = kSetMethods;
  s->tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.";

  Type* f = FrozenSetType;
  f->flags |= TF_IMMUTABLE;
  f->new_ = frozenset_new_slot;
  f->hash = frozenset_hash;
  f->methods = kFrozenSetMethods;
  f->tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.";

  Type* it = SetIterType;
  it->iter = iter_self;
  it->next = set_iter_next;
  it->trace = setiter_trace;
  it->methods = kSetIterMethods;
}

}  // namespace taipan
