// list.sort: a stable merge sort over a private snapshot.
//
// As CPython, the list looks empty while it is being sorted: its items are taken out
// under the lock, keys are computed and compared with no lock held (they may run any
// Python code, on any thread), and the sorted items are put back under the lock. If
// anything was stored into the list meanwhile, that is discarded and ValueError "list
// modified during sort" is raised.
//
// The sort permutes an index array, so whatever the comparisons answer (inconsistent
// __lt__, exceptions half way), the result is always a permutation of the original
// items: never a lost or duplicated item, never an out-of-bounds access. After an
// exception no more comparisons are made and the partly sorted order is kept.
//
// Fast paths compare without calling Python when all keys are small ints, all are
// ints/floats representable as doubles, or all are exact str (UTF-8 byte order equals
// code point order).
#include <algorithm>
#include <cstring>
#include <vector>

#include "builtins/containers.h"

namespace taipan {

namespace {

enum class KeyKind { Small, Number, Str, Generic };

struct Sorter {
  Thread& th;
  const Value* keys;
  KeyKind kind;
  bool failed = false;

  // keys[a] < keys[b]; after a failure always false (no more Python code).
  bool lt(int64_t a, int64_t b) {
    if (failed) return false;
    Value x = keys[a], y = keys[b];
    switch (kind) {
      case KeyKind::Small:
        return x.small() < y.small();
      case KeyKind::Number:
        return num(x) < num(y);
      case KeyKind::Str: {
        std::string_view p = str_view(x), q = str_view(y);
        return p < q;
      }
      default: {
        int r = richcmp_bool(th, x, y, CmpOp::LT);
        if (r < 0) {
          failed = true;
          return false;
        }
        return r != 0;
      }
    }
  }
  static double num(Value v) { return v.is_small() ? static_cast<double>(v.small()) : v.dbl(); }
};

KeyKind classify(const Value* keys, int64_t n) {
  bool small = true, number = true, str = true;
  for (int64_t i = 0; i < n && (small || number || str); ++i) {
    Value v = keys[i];
    if (!v.is_small()) small = false;
    if (!v.is_small() && !v.is_double()) number = false;
    if (!v.is_obj() || v.obj()->type != StrType) str = false;
  }
  if (small) return KeyKind::Small;
  if (number) return KeyKind::Number;
  if (str) return KeyKind::Str;
  return KeyKind::Generic;
}

// Stable binary insertion sort of perm[lo, hi).
void insertion_sort(Sorter& s, int64_t* perm, int64_t lo, int64_t hi) {
  for (int64_t i = lo + 1; i < hi && !s.failed; ++i) {
    int64_t x = perm[i];
    int64_t l = lo, r = i;  // first position whose key is > x's
    while (l < r) {
      int64_t mid = l + (r - l) / 2;
      if (s.lt(x, perm[mid])) r = mid;
      else l = mid + 1;
    }
    if (s.failed) return;
    std::memmove(perm + l + 1, perm + l, static_cast<size_t>(i - l) * sizeof(int64_t));
    perm[l] = x;
  }
}

// Merges perm[lo, mid) and perm[mid, hi) through tmp. On failure perm is left as it was.
void merge(Sorter& s, int64_t* perm, int64_t* tmp, int64_t lo, int64_t mid, int64_t hi) {
  if (!s.lt(perm[mid], perm[mid - 1])) return;  // already in order (or failed)
  int64_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (s.lt(perm[j], perm[i])) tmp[k++] = perm[j++];
    else tmp[k++] = perm[i++];
    if (s.failed) return;
  }
  while (i < mid) tmp[k++] = perm[i++];
  while (j < hi) tmp[k++] = perm[j++];
  std::memcpy(perm + lo, tmp + lo, static_cast<size_t>(hi - lo) * sizeof(int64_t));
}

void merge_sort(Sorter& s, std::vector<int64_t>& perm) {
  int64_t n = static_cast<int64_t>(perm.size());
  constexpr int64_t kRun = 32;
  for (int64_t lo = 0; lo < n && !s.failed; lo += kRun) insertion_sort(s, perm.data(), lo, std::min(n, lo + kRun));
  std::vector<int64_t> tmp(perm.size());
  for (int64_t w = kRun; w < n && !s.failed; w *= 2)
    for (int64_t lo = 0; lo + w < n && !s.failed; lo += 2 * w)
      merge(s, perm.data(), tmp.data(), lo, lo + w, std::min(n, lo + 2 * w));
}

}  // namespace

int list_sort(Thread& th, ListObject* l, Value key, bool reverse) {
  Root keep_l(th, l), keep_key(th, key);
  ValueArray* saved;
  int64_t n;
  {
    CriticalSection cs{l};
    saved = load_relaxed(l->array);
    n = load_relaxed(l->size);
    store_release(l->size, int64_t(0));
    store_release(l->array, static_cast<ValueArray*>(nullptr));
  }
  Root keep_saved(th, saved);
  ValueArray* result = saved;
  Root keep_result(th, result);
  bool failed = false;

  if (n > 1) {
    const Value* keys = saved->items;
    ValueArray* keyarr = nullptr;
    Root keep_keys(th, keyarr);
    if (!key.is(g_None)) {
      keyarr = value_array_new(th, n);
      keep_keys.set(keyarr);
      for (int64_t i = 0; i < n; ++i) {
        Value k = call1(th, key, saved->items[i]);
        if (k.is_empty()) {
          failed = true;
          break;
        }
        keyarr->items[i] = k;
      }
      keys = keyarr->items;
    }
    if (!failed) {
      std::vector<int64_t> perm(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) perm[i] = reverse ? n - 1 - i : i;
      Sorter s{th, keys, classify(keys, n)};
      merge_sort(s, perm);
      failed = s.failed;
      if (reverse) std::reverse(perm.begin(), perm.end());
      result = value_array_new(th, saved->capacity);
      for (int64_t i = 0; i < n; ++i) result->items[i] = saved->items[perm[i]];
      keep_result.set(result);
    }
  }

  bool modified;
  {
    CriticalSection cs{l};
    modified = load_relaxed(l->array) != nullptr || load_relaxed(l->size) != 0;
    store_release(l->array, result);
    store_release(l->size, n);
  }
  if (failed) return -1;
  if (modified) {
    raise(th, Exc_ValueError, "list modified during sort");
    return -1;
  }
  return 0;
}

}  // namespace taipan
