// list.sort: CPython's timsort over a private snapshot.
//
// As CPython, the list looks empty while it is being sorted: its items are taken out
// under the lock, keys are computed and compared with no lock held (they may run any
// Python code, on any thread), and the sorted items are put back under the lock. If
// anything was stored into the list meanwhile, that is discarded and ValueError "list
// modified during sort" is raised.
//
// The sort permutes an index array with exactly CPython's sequence of comparisons (so
// a key's __lt__ sees the same calls), so whatever the comparisons answer (inconsistent
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

// ---------------------------------------------------------------- timsort
//
// CPython's listsort, so that a key's __lt__ sees the same calls in the same order:
// natural runs (strictly descending ones reversed), short runs extended to minrun by
// binary insertion, the powersort merge policy (3.11), and merges that gallop once one
// run keeps winning (min_gallop adapts). Items are indices into the keys; a failed
// comparison stops everything, leaving perm a permutation (merges copy their
// temporary back on the way out, as CPython's Fail paths).

constexpr int64_t kMinGallop = 7;

struct Run {
  int64_t base, len;
  int power;
};

struct MergeState {
  Sorter& s;
  int64_t* a;  // perm
  int64_t n;
  int64_t min_gallop = kMinGallop;
  std::vector<int64_t> tmp;
  std::vector<Run> pending;

  MergeState(Sorter& sorter, int64_t* perm, int64_t count) : s(sorter), a(perm), n(count) {}

  // 1 if a < b, 0 if not, -1 raised.
  int islt(int64_t x, int64_t y) {
    bool r = s.lt(x, y);
    return s.failed ? -1 : r ? 1 : 0;
  }
};

// Sorts a[lo, hi) given that a[lo, start) is already sorted.
int binarysort(MergeState& ms, int64_t lo, int64_t hi, int64_t start) {
  int64_t* a = ms.a;
  if (lo == start) ++start;
  for (; start < hi; ++start) {
    int64_t l = lo, r = start;
    int64_t pivot = a[r];
    do {
      int64_t p = l + ((r - l) >> 1);
      int k = ms.islt(pivot, a[p]);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    std::memmove(a + l + 1, a + l, static_cast<size_t>(start - l) * sizeof(int64_t));
    a[l] = pivot;
  }
  return 0;
}

// Length of the run starting at lo (hi exclusive); *descending when strictly descending.
int64_t count_run(MergeState& ms, int64_t lo, int64_t hi, bool* descending) {
  int64_t* a = ms.a;
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  int64_t n = 2;
  int k = ms.islt(a[lo], a[lo - 1]);
  if (k < 0) return -1;
  if (k) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = ms.islt(a[lo], a[lo - 1]);
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = ms.islt(a[lo], a[lo - 1]);
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

// Where key belongs in the sorted a[0, n): the leftmost position (a[k-1] < key <= a[k]),
// galloping out from a[hint].
int64_t gallop_left(MergeState& ms, int64_t key, const int64_t* a, int64_t n, int64_t hint) {
  int64_t lastofs = 0, ofs = 1;
  const int64_t* p = a + hint;
  int k = ms.islt(*p, key);
  if (k < 0) return -1;
  if (k) {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = ms.islt(p[ofs], key);
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = ms.islt(*(p - ofs), key);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    k = ms.islt(a[m], key);
    if (k < 0) return -1;
    if (k) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// As gallop_left, but the rightmost position (a[k-1] <= key < a[k]).
int64_t gallop_right(MergeState& ms, int64_t key, const int64_t* a, int64_t n, int64_t hint) {
  int64_t lastofs = 0, ofs = 1;
  const int64_t* p = a + hint;
  int k = ms.islt(key, *p);
  if (k < 0) return -1;
  if (k) {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = ms.islt(key, *(p - ofs));
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = ms.islt(key, p[ofs]);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    k = ms.islt(key, a[m]);
    if (k < 0) return -1;
    if (k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

void copy(int64_t* dst, const int64_t* src, int64_t n) {
  if (n > 0) std::memmove(dst, src, static_cast<size_t>(n) * sizeof(int64_t));
}

// Merges the adjacent runs a[pa, pa+na) and a[pb, pb+nb) with na <= nb, working left
// to right with run A copied out.
int merge_lo(MergeState& ms, int64_t pa, int64_t na, int64_t pb, int64_t nb) {
  int64_t* a = ms.a;
  ms.tmp.assign(a + pa, a + pa + na);
  int64_t* ta = ms.tmp.data();  // run A
  int64_t dest = pa;
  int64_t* b = a + pb;
  int result = -1;
  int64_t min_gallop;
  a[dest++] = *b++;
  --nb;
  if (nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  min_gallop = ms.min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int k = ms.islt(*b, *ta);
      if (k < 0) goto fail;
      if (k) {
        a[dest++] = *b++;
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        a[dest++] = *ta++;
        ++acount;
        bcount = 0;
        --na;
        if (na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms.min_gallop = min_gallop;
      int64_t k = gallop_right(ms, *b, ta, na, 0);
      acount = k;
      if (k) {
        if (k < 0) goto fail;
        copy(a + dest, ta, k);
        dest += k;
        ta += k;
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed;
      }
      a[dest++] = *b++;
      --nb;
      if (nb == 0) goto succeed;
      k = gallop_left(ms, *ta, b, nb, 0);
      bcount = k;
      if (k) {
        if (k < 0) goto fail;
        copy(a + dest, b, k);
        dest += k;
        b += k;
        nb -= k;
        if (nb == 0) goto succeed;
      }
      a[dest++] = *ta++;
      --na;
      if (na == 1) goto copy_b;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    ms.min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  copy(a + dest, ta, na);
  return result;
copy_b:
  // The last item of A belongs after what remains of B.
  copy(a + dest, b, nb);
  a[dest + nb] = *ta;
  return 0;
}

// As merge_lo with na >= nb: right to left, run B copied out.
int merge_hi(MergeState& ms, int64_t pa, int64_t na, int64_t pb, int64_t nb) {
  int64_t* a = ms.a;
  ms.tmp.assign(a + pb, a + pb + nb);
  int64_t* basea = a + pa;
  int64_t* baseb = ms.tmp.data();
  int64_t* dest = a + pb + nb - 1;
  int64_t* tb = baseb + nb - 1;  // last of B
  int64_t* pa_last = basea + na - 1;
  int result = -1;
  int64_t min_gallop;
  *dest-- = *pa_last--;
  --na;
  if (na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  min_gallop = ms.min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int k = ms.islt(*tb, *pa_last);
      if (k < 0) goto fail;
      if (k) {
        *dest-- = *pa_last--;
        ++acount;
        bcount = 0;
        --na;
        if (na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        *dest-- = *tb--;
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms.min_gallop = min_gallop;
      int64_t k = gallop_right(ms, *tb, basea, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        dest -= k;
        pa_last -= k;
        copy(dest + 1, pa_last + 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      *dest-- = *tb--;
      --nb;
      if (nb == 1) goto copy_a;
      k = gallop_left(ms, *pa_last, baseb, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        dest -= k;
        tb -= k;
        copy(dest + 1, tb + 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed;
      }
      *dest-- = *pa_last--;
      --na;
      if (na == 0) goto succeed;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    ms.min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  copy(dest - (nb - 1), baseb, nb);
  return result;
copy_a:
  // The first item of B belongs before what remains of A.
  dest -= na;
  pa_last -= na;
  copy(dest + 1, pa_last + 1, na);
  *dest = *tb;
  return 0;
}

// Merges pending runs i and i+1.
int merge_at(MergeState& ms, size_t i) {
  int64_t pa = ms.pending[i].base, na = ms.pending[i].len;
  int64_t pb = ms.pending[i + 1].base, nb = ms.pending[i + 1].len;
  ms.pending[i].len = na + nb;
  ms.pending.erase(ms.pending.begin() + static_cast<ptrdiff_t>(i) + 1);
  // Items of A already in place before B's first, and of B after A's last, stay put.
  int64_t k = gallop_right(ms, ms.a[pb], ms.a + pa, na, 0);
  if (k < 0) return -1;
  pa += k;
  na -= k;
  if (na == 0) return 0;
  nb = gallop_left(ms, ms.a[pa + na - 1], ms.a + pb, nb, nb - 1);
  if (nb <= 0) return static_cast<int>(nb);
  return na <= nb ? merge_lo(ms, pa, na, pb, nb) : merge_hi(ms, pa, na, pb, nb);
}

// The powersort "power" of the boundary between the run at s1 (length n1) and the next
// one (length n2), in a list of n items: the depth of their merge in a balanced tree.
int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

int found_new_run(MergeState& ms, int64_t n2) {
  if (ms.pending.empty()) return 0;
  Run& top = ms.pending.back();
  int power = powerloop(top.base, top.len, n2, ms.n);
  while (ms.pending.size() > 1 && ms.pending[ms.pending.size() - 2].power > power)
    if (merge_at(ms, ms.pending.size() - 2) < 0) return -1;
  ms.pending.back().power = power;
  return 0;
}

int merge_force_collapse(MergeState& ms) {
  while (ms.pending.size() > 1) {
    size_t n = ms.pending.size() - 2;
    if (n > 0 && ms.pending[n - 1].len < ms.pending[n + 1].len) --n;
    if (merge_at(ms, n) < 0) return -1;
  }
  return 0;
}

int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

void timsort(Sorter& s, std::vector<int64_t>& perm) {
  MergeState ms{s, perm.data(), static_cast<int64_t>(perm.size())};
  int64_t nremaining = ms.n;
  if (nremaining < 2) return;
  int64_t minrun = compute_minrun(nremaining);
  int64_t lo = 0;
  do {
    bool descending;
    int64_t n = count_run(ms, lo, lo + nremaining, &descending);
    if (n < 0) return;
    if (descending) std::reverse(perm.begin() + lo, perm.begin() + lo + n);
    if (n < minrun) {
      int64_t force = nremaining <= minrun ? nremaining : minrun;
      if (binarysort(ms, lo, lo + force, lo + n) < 0) return;
      n = force;
    }
    if (found_new_run(ms, n) < 0) return;
    ms.pending.push_back(Run{lo, n, 0});
    lo += n;
    nremaining -= n;
  } while (nremaining);
  merge_force_collapse(ms);
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
      timsort(s, perm);
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
