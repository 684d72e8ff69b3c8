// Private to builtins/dict.cpp and builtins/dict_views.cpp: table accessors and the
// internal entry points the views and iterators use. Layout and invariants: dict.h.
#pragma once
#include <atomic>
#include <cstdint>
#include <vector>

#include "builtins/dict.h"

namespace taipan {

constexpr int32_t kIxEmpty = -1;
constexpr int32_t kIxDummy = -2;

inline DictMeta* dt_meta(DictTable* t) { return reinterpret_cast<DictMeta*>(t->kv + t->nvalues); }
inline int64_t* dt_hashes(DictTable* t) { return reinterpret_cast<int64_t*>(dt_meta(t) + 1); }
inline std::atomic<int32_t>* dt_index(DictTable* t) {
  return reinterpret_cast<std::atomic<int32_t>*>(dt_hashes(t) + dt_meta(t)->capacity);
}
inline Value& dt_key(DictTable* t, int64_t i) { return t->kv[2 * i]; }
inline Value& dt_val(DictTable* t, int64_t i) { return t->kv[2 * i + 1]; }

uint64_t dict_next_version();
DictTable* dict_table_new(Thread& th, int64_t nslots);

// The live entries as of one instant (taken under the lock): keys and values
// interleaved in `kv` (a ValueArray: root it), hashes alongside.
struct DictSnapshot {
  ValueArray* kv = nullptr;
  std::vector<int64_t> hashes;
  int64_t n = 0;
};
DictSnapshot dict_snapshot(Thread& th, DictObject* d);

// Lock-free lookup: 1 found (entry *ix of table *t), 0 missing, -1 raised.
int dict_find_unlocked(Thread& th, DictObject* d, Value key, int64_t hash, DictTable** t, int64_t* ix);
int dict_set_hashed(Thread& th, DictObject* d, Value key, int64_t hash, Value v);
int dict_pop_hashed(Thread& th, DictObject* d, Value key, int64_t hash, Value* out);
int dict_update_pairs(Thread& th, DictObject* d, Value iterable);

// Iteration over one table (null: empty), as dict_next; backwards from
// dict_table_last_pos(t).
bool dict_table_next(DictTable* t, int64_t* pos, Value* key, Value* value);
bool dict_table_prev(DictTable* t, int64_t* pos, Value* key, Value* value);
int64_t dict_table_last_pos(DictTable* t);

// builtins/dict_views.cpp
Value dict_view_new(Thread& th, Type* type, DictObject* d);
Value dict_iter_new(Thread& th, Type* type, DictObject* d, bool reverse);
void init_dict_view_types(Thread& th);

}  // namespace taipan
