// range and range_iterator.
//
// A range is immutable (start, stop, step, length) in int64 (see builtins/range.h for
// the limitation). Iteration yields small ints without allocating; membership and
// indexing of ints are O(1) arithmetic, other values fall back to comparing each item.
#include "builtins/range.h"

#include <string>

#include "builtins/containers.h"
#include "vm/native.h"

namespace taipan {

static Value raise_ssize_overflow(Thread& th) {
  return raise(th, Exc_OverflowError, "Python int too large to convert to C ssize_t");
}

static inline Value int_value(Thread& th, int64_t i) {
  return Value::fits_small(i) ? Value::from_small(i) : int_from_i64(th, i);
}

static int64_t compute_length(__int128 start, __int128 stop, __int128 step, bool* overflow) {
  __int128 n = 0;
  if (step > 0 && start < stop) n = (stop - start - 1) / step + 1;
  else if (step < 0 && start > stop) n = (start - stop - 1) / (-step) + 1;
  *overflow = n > INT64_MAX;
  return static_cast<int64_t>(n);
}

static Value range_make(Thread& th, __int128 start, __int128 stop, __int128 step) {
  if (start < INT64_MIN || start > INT64_MAX || stop < INT64_MIN || stop > INT64_MAX ||
      step < INT64_MIN || step > INT64_MAX)
    return raise_ssize_overflow(th);
  bool overflow;
  int64_t n = compute_length(start, stop, step, &overflow);
  if (overflow) return raise_ssize_overflow(th);
  RangeObject* r = gc_new<RangeObject>(th, RangeType);
  r->start = static_cast<int64_t>(start);
  r->stop = static_cast<int64_t>(stop);
  r->step = static_cast<int64_t>(step);
  r->length = n;
  return V(r);
}

Value range_new(Thread& th, int64_t start, int64_t stop, int64_t step) {
  return range_make(th, start, stop, step);
}

static bool range_arg(Thread& th, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  Value i = index_value(th, v);
  if (i.is_empty()) return false;
  if (!int_to_i64(i, out)) {
    raise_ssize_overflow(th);
    return false;
  }
  return true;
}

static Value range_new_slot(Thread& th, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(th, Exc_TypeError, "range() takes no keyword arguments");
  if (nargs == 0) return raise(th, Exc_TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raise(th, Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
  RootSpan keep(th, args, nargs);
  int64_t start = 0, stop = 0, step = 1;
  if (nargs == 1) {
    if (!range_arg(th, args[0], &stop)) return Value();
  } else {
    if (!range_arg(th, args[0], &start) || !range_arg(th, args[1], &stop)) return Value();
    if (nargs == 3) {
      if (!range_arg(th, args[2], &step)) return Value();
      if (step == 0) return raise(th, Exc_ValueError, "range() arg 3 must not be zero");
    }
  }
  return range_make(th, start, stop, step);
}

static inline int64_t range_item(RangeObject* r, int64_t i) {
  return static_cast<int64_t>(static_cast<uint64_t>(r->start) +
                              static_cast<uint64_t>(i) * static_cast<uint64_t>(r->step));
}

static Value range_repr(Thread& th, Value self) {
  RangeObject* r = as<RangeObject>(self);
  std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) out += ", " + std::to_string(r->step);
  out += ")";
  return str_from_std(th, out);
}

static bool range_hash(Thread& th, Value self, int64_t* out) {
  // As CPython: hash((len, start, step)) with None for start/step when they don't matter.
  RangeObject* r = as<RangeObject>(self);
  int64_t none_hash;
  if (!hash_value(th, g_None, &none_hash)) return false;
  int64_t lanes[3];
  auto h = [](int64_t i) { return i == -1 ? int64_t(-2) : i; };
  lanes[0] = h(r->length);
  lanes[1] = r->length == 0 ? none_hash : h(r->start);
  lanes[2] = r->length <= 1 ? none_hash : h(r->step);
  *out = tuple_hash_lanes(lanes, 3);
  return true;
}

static int64_t range_len(Thread&, Value self) { return as<RangeObject>(self)->length; }

static Value range_getitem(Thread& th, Value self, Value key) {
  RangeObject* r = as<RangeObject>(self);
  if (is_slice(key)) {
    Root keep(th, self);
    int64_t start, stop, step;
    if (!slice_unpack(th, as<SliceObject>(key), &start, &stop, &step)) return Value();
    slice_adjust(r->length, &start, &stop, step);
    __int128 s = r->start, st = r->step;
    return range_make(th, s + start * st, s + stop * st, st * step);
  }
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (is_int(key) || type_of(key)->index) {
    Value iv = index_value(th, key);
    if (iv.is_empty()) return Value();
    if (!int_to_i64(iv, &i)) return raise(th, Exc_IndexError, "range object index out of range");
  } else {
    return raise_bad_index(th, "range", key);
  }
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return raise(th, Exc_IndexError, "range object index out of range");
  return int_value(th, range_item(r, i));
}

// The position of integer v in r, or -1.
static int64_t range_find_int(RangeObject* r, __int128 v) {
  if (r->length == 0) return -1;
  __int128 off = v - r->start;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
  if (off % r->step != 0) return -1;
  return static_cast<int64_t>(off / r->step);
}

// 1 with *pos for an exact int/bool inside int64, 0 when v is an int outside, -1 not an int.
static int exact_int(Value v, __int128* out) {
  if (v.is_small()) {
    *out = v.small();
    return 1;
  }
  if (!v.is_obj() || (v.obj()->type != IntType && v.obj()->type != BoolType)) return -1;
  int64_t i;
  if (!int_to_i64(v, &i)) return 0;
  *out = i;
  return 1;
}

static int range_contains(Thread& th, Value self, Value item) {
  RangeObject* r = as<RangeObject>(self);
  __int128 v;
  int k = exact_int(item, &v);
  if (k == 1) return range_find_int(r, v) >= 0;
  if (k == 0) return 0;
  Root keep(th, self), keep_item(th, item);
  for (int64_t i = 0; i < r->length; ++i) {
    int e = eq(th, int_value(th, range_item(r, i)), item);
    if (e != 0) return e;
  }
  return 0;
}

static Value range_richcmp(Thread&, Value a, Value b, CmpOp op) {
  if (op != CmpOp::EQ && op != CmpOp::NE) return g_NotImplemented;
  if (!a.is_obj() || !b.is_obj() || a.obj()->type != RangeType || b.obj()->type != RangeType)
    return g_NotImplemented;
  RangeObject* x = as<RangeObject>(a);
  RangeObject* y = as<RangeObject>(b);
  bool same = x->length == y->length &&
              (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return bool_value(same == (op == CmpOp::EQ));
}

static Value range_iter_make(Thread& th, int64_t first, int64_t step, int64_t n) {
  RangeIterObject* it = gc_new<RangeIterObject>(th, RangeIterType);
  store_relaxed(it->next, first);
  it->step = step;
  store_relaxed(it->remaining, n);
  return V(it);
}

static Value range_iter(Thread& th, Value self) {
  RangeObject* r = as<RangeObject>(self);
  return range_iter_make(th, r->start, r->step, r->length);
}

static Value range_iter_next(Thread& th, Value self) {
  RangeIterObject* it = as<RangeIterObject>(self);
  int64_t rem = load_relaxed(it->remaining);
  if (rem <= 0) return Value();
  store_relaxed(it->remaining, rem - 1);
  int64_t v = load_relaxed(it->next);
  store_relaxed(it->next, static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step)));
  if (Value::fits_small(v)) return Value::from_small(v);
  return int_from_i64(th, v);
}

static Value range_iter_length_hint(Thread&, const Value* a) {
  int64_t rem = load_relaxed(as<RangeIterObject>(a[0])->remaining);
  return Value::from_small(rem < 0 ? 0 : rem);
}

static Value range_reversed(Thread& th, const Value* a) {
  RangeObject* r = as<RangeObject>(a[0]);
  if (r->length == 0) return range_iter_make(th, 0, 1, 0);
  return range_iter_make(th, range_item(r, r->length - 1),
                         static_cast<int64_t>(0 - static_cast<uint64_t>(r->step)), r->length);
}

static Value range_index(Thread& th, const Value* a) {
  RangeObject* r = as<RangeObject>(a[0]);
  __int128 v;
  int k = exact_int(a[1], &v);
  if (k >= 0) {
    int64_t pos = k == 1 ? range_find_int(r, v) : -1;
    if (pos >= 0) return int_value(th, pos);
    Root keep(th, a[1]);
    Value rep = repr(th, a[1]);
    if (rep.is_empty()) return Value();
    return raise(th, Exc_ValueError, "%s is not in range", str_view(rep).data());
  }
  Root keep(th, a[0]), keep_v(th, a[1]);
  for (int64_t i = 0; i < r->length; ++i) {
    int e = eq(th, int_value(th, range_item(r, i)), a[1]);
    if (e < 0) return Value();
    if (e) return int_value(th, i);
  }
  return raise(th, Exc_ValueError, "sequence.index(x): x not in sequence");
}

static Value range_count(Thread& th, const Value* a) {
  RangeObject* r = as<RangeObject>(a[0]);
  __int128 v;
  int k = exact_int(a[1], &v);
  if (k >= 0) return Value::from_small(k == 1 && range_find_int(r, v) >= 0 ? 1 : 0);
  Root keep(th, a[0]), keep_v(th, a[1]);
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; ++i) {
    int e = eq(th, int_value(th, range_item(r, i)), a[1]);
    if (e < 0) return Value();
    n += e;
  }
  return int_value(th, n);
}

static Value range_get_start(Thread& th, Value self) { return int_value(th, as<RangeObject>(self)->start); }
static Value range_get_stop(Thread& th, Value self) { return int_value(th, as<RangeObject>(self)->stop); }
static Value range_get_step(Thread& th, Value self) { return int_value(th, as<RangeObject>(self)->step); }

static const NativeDef kRangeMethods[] = {
    {"__reversed__(self, /)", range_reversed, 0, "Return a reverse iterator."},
    {"index(self, value, /)", range_index, 0,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the "
     "value is not present."},
    {"count(self, value, /)", range_count, 0,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {},
};

static const GetSetDef kRangeGetSets[] = {
    {"start", range_get_start},
    {"stop", range_get_stop},
    {"step", range_get_step},
    {},
};

static const NativeDef kRangeIterMethods[] = {
    {"__length_hint__(self, /)", range_iter_length_hint},
    {},
};

void init_range_types(Thread&) {
  Type* t = RangeType;
  t->flags |= TF_IMMUTABLE;
  t->new_ = range_new_slot;
  t->repr = range_repr;
  t->hash = range_hash;
  t->len = range_len;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->richcmp = range_richcmp;
  t->methods = kRangeMethods;
  t->getsets = kRangeGetSets;
  t->tp_doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
      "object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) "
      "by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop "
      "is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a "
      "list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).";

  Type* it = RangeIterType;
  it->iter = iter_self;
  it->next = range_iter_next;
  it->methods = kRangeIterMethods;
}

}  // namespace taipan
