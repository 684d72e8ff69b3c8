// range and range_iterator.
//
// A range is immutable. Ranges whose start, stop, step and length fit in int64 (nearly
// all) take int64 paths everywhere: iteration yields small ints without allocating,
// membership and indexing of ints are O(1) arithmetic. Larger ranges (range(10**20))
// work through the int number protocol, as CPython's longrangeiter does. Values that
// are not ints fall back to comparing each item, as CPython.
#include "builtins/range.h"

#include <string>

#include "builtins/containers.h"
#include "vm/native.h"

namespace taipan {

namespace {

Value raise_ssize_overflow(Thread& th) {
  return raise(th, Exc_OverflowError, "Python int too large to convert to C ssize_t");
}

inline Value int_value(Thread& th, int64_t i) {
  return Value::fits_small(i) ? Value::from_small(i) : int_from_i64(th, i);
}

// Int arithmetic through the number protocol (builtin for ints: no Python code runs).
inline Value add(Thread& th, Value a, Value b) { return binary_op(th, a, b, BinOp::ADD); }
inline Value sub(Thread& th, Value a, Value b) { return binary_op(th, a, b, BinOp::SUB); }
inline Value mul(Thread& th, Value a, Value b) { return binary_op(th, a, b, BinOp::MUL); }
inline Value floordiv(Thread& th, Value a, Value b) { return binary_op(th, a, b, BinOp::FLOORDIV); }
inline Value mod(Thread& th, Value a, Value b) { return binary_op(th, a, b, BinOp::MOD); }
inline int lt(Thread& th, Value a, Value b) { return richcmp_bool(th, a, b, CmpOp::LT); }
inline int le(Thread& th, Value a, Value b) { return richcmp_bool(th, a, b, CmpOp::LE); }
inline bool fits(__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

Value i128_value(Thread& th, __int128 v) {
  if (fits(v)) return int_value(th, static_cast<int64_t>(v));
  bool neg = v < 0;
  unsigned __int128 u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string digits;
  while (u) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  if (neg) digits.insert(digits.begin(), '-');
  return int_from_string(th, digits, 10);
}

// A range from ints; the length is computed here.
Value range_make(Thread& th, Value start, Value stop, Value step) {
  RangeObject* r;
  int64_t a, b, c;
  if (int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c)) {
    __int128 n = 0;
    if (c > 0 && a < b) n = (static_cast<__int128>(b) - a - 1) / c + 1;
    else if (c < 0 && a > b) n = (static_cast<__int128>(a) - b - 1) / (-static_cast<__int128>(c)) + 1;
    Value len = i128_value(th, n);
    if (len.is_empty()) return len;
    r = gc_new<RangeObject>(th, RangeType);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    if (fits(n)) {
      r->small = true;
      r->istart = a;
      r->istop = b;
      r->istep = c;
      r->ilen = static_cast<int64_t>(n);
    }
    return V(r);
  }
  Root rs(th, start), rt(th, stop), rp(th, step);
  bool pos = int_sign(step) > 0;
  Value lo = pos ? start : stop, hi = pos ? stop : start;
  Value len = Value::from_small(0);
  int c1 = lt(th, lo, hi);
  if (c1 < 0) return Value();
  if (c1) {
    Value abs_step = pos ? step : unary_neg(th, step);
    if (abs_step.is_empty()) return abs_step;
    Root ra(th, abs_step);
    Value diff = sub(th, sub(th, hi, lo), Value::from_small(1));
    if (diff.is_empty()) return diff;
    Value q = floordiv(th, diff, abs_step);
    if (q.is_empty()) return q;
    len = add(th, q, Value::from_small(1));
    if (len.is_empty()) return len;
  }
  Root rl(th, len);
  r = gc_new<RangeObject>(th, RangeType);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  return V(r);
}

// The item at index i (0 <= i < length), as an int.
Value range_item(Thread& th, RangeObject* r, Value i) {
  if (r->small && i.is_small()) {
    __int128 v = static_cast<__int128>(r->istart) + static_cast<__int128>(i.small()) * r->istep;
    return i128_value(th, v);
  }
  Root keep(th, r);
  Value p = mul(th, i, r->step);
  if (p.is_empty()) return p;
  return add(th, r->start, p);
}

bool range_arg(Thread& th, Value v, Value* out) {
  if (v.is_small()) {
    *out = v;
    return true;
  }
  *out = index_value(th, v);
  return !out->is_empty();
}

// CPython's _PySlice_GetLongIndices: slice bounds against an int length.
bool slice_long_indices(Thread& th, SliceObject* s, Value length, Value* start, Value* stop, Value* step) {
  Root rs(th, s), rl(th, length);
  Value st = Value::from_small(1);
  if (!s->step.is(g_None)) {
    if (!is_int(s->step) && !type_of(s->step)->index) {
      raise(th, Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    st = index_value(th, s->step);
    if (st.is_empty()) return false;
    if (int_sign(st) == 0) {
      raise(th, Exc_ValueError, "slice step cannot be zero");
      return false;
    }
  }
  Root rst(th, st);
  bool neg = int_sign(st) < 0;
  Value lower = neg ? Value::from_small(-1) : Value::from_small(0);
  Value upper = neg ? add(th, length, lower) : length;
  if (upper.is_empty()) return false;
  Root ru(th, upper);
  auto bound = [&](Value v, Value dflt, Value* out) -> bool {
    if (v.is(g_None)) {
      *out = dflt;
      return true;
    }
    if (!is_int(v) && !type_of(v)->index) {
      raise(th, Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Value x = index_value(th, v);
    if (x.is_empty()) return false;
    if (int_sign(x) < 0) {
      x = add(th, x, length);
      if (x.is_empty()) return false;
      int c = lt(th, x, lower);
      if (c < 0) return false;
      if (c) x = lower;
    } else {
      int c = lt(th, upper, x);
      if (c < 0) return false;
      if (c) x = upper;
    }
    *out = x;
    return true;
  };
  Value a, b;
  if (!bound(s->start, neg ? upper : lower, &a)) return false;
  Root ra(th, a);
  if (!bound(s->stop, neg ? lower : upper, &b)) return false;
  *start = a;
  *stop = b;
  *step = st;
  return true;
}

// An exact int or bool: membership and index are arithmetic for these.
bool exact_int(Value v) {
  return v.is_small() || (v.is_obj() && (v.obj()->type == IntType || v.obj()->type == BoolType));
}

// Position of int v in r as an int, or EMPTY with nothing pending when absent.
Value find_int(Thread& th, RangeObject* r, Value v) {
  int64_t x;
  if (r->small && int_to_i64(v, &x)) {
    if (r->ilen == 0) return Value();
    __int128 off = static_cast<__int128>(x) - r->istart;
    if (r->istep > 0 ? (x < r->istart || x >= r->istop) : (x > r->istart || x <= r->istop)) return Value();
    if (off % r->istep != 0) return Value();
    return i128_value(th, off / r->istep);
  }
  Root keep(th, r), kv(th, v);
  int in;
  if (int_sign(r->step) > 0) {
    int c1 = le(th, r->start, v);
    if (c1 < 0) return Value();
    int c2 = c1 ? lt(th, v, r->stop) : 0;
    if (c2 < 0) return Value();
    in = c1 && c2;
  } else {
    int c1 = lt(th, r->stop, v);
    if (c1 < 0) return Value();
    int c2 = c1 ? le(th, v, r->start) : 0;
    if (c2 < 0) return Value();
    in = c1 && c2;
  }
  if (!in) return Value();
  Value off = sub(th, v, r->start);
  if (off.is_empty()) return off;
  Root ro(th, off);
  Value m = mod(th, off, r->step);
  if (m.is_empty()) return m;
  if (int_sign(m) != 0) return Value();
  return floordiv(th, off, r->step);
}

Value iter_make(Thread& th, Value first, Value step, Value n) {
  int64_t a, c, len;
  RangeIterObject* it = gc_new<RangeIterObject>(th, RangeIterType);
  if (int_to_i64(first, &a) && int_to_i64(step, &c) && int_to_i64(n, &len) &&
      fits(static_cast<__int128>(a) + static_cast<__int128>(c) * (len > 0 ? len - 1 : 0))) {
    it->first = a;
    it->step = c;
    it->len = len;
    return V(it);
  }
  it->big = true;
  it->bnext = first;
  it->bstep = step;
  it->bremaining = n;
  return V(it);
}

}  // namespace

Value range_new(Thread& th, int64_t start, int64_t stop, int64_t step) {
  Value a = int_value(th, start);
  Root ra(th, a);
  Value b = int_value(th, stop);
  Root rb(th, b);
  return range_make(th, a, b, int_value(th, step));
}

// ---------------------------------------------------------------- slots

static Value range_new_slot(Thread& th, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(th, Exc_TypeError, "range() takes no keyword arguments");
  if (nargs == 0) return raise(th, Exc_TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raise(th, Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
  RootSpan keep(th, args, nargs);
  Value v[3] = {Value::from_small(0), Value(), Value::from_small(1)};
  if (nargs == 1) {
    if (!range_arg(th, args[0], &v[1])) return Value();
  } else {
    for (size_t i = 0; i < nargs; ++i) {
      Value x;
      if (!range_arg(th, keep.data()[i], &x)) return Value();
      v[i] = x;
      keep.data()[i] = x;  // keeps converted values rooted
    }
    if (nargs == 3 && int_sign(v[2]) == 0) return raise(th, Exc_ValueError, "range() arg 3 must not be zero");
  }
  RootSpan keep_v(th, v, 3);
  return range_make(th, v[0], v[1], v[2]);
}

static Value range_repr(Thread& th, Value self) {
  RangeObject* r = as<RangeObject>(self);
  Root keep(th, self);
  std::string out = "range(";
  if (!append_repr(th, out, r->start)) return Value();
  out += ", ";
  if (!append_repr(th, out, r->stop)) return Value();
  if (!(r->step.is_small() && r->step.small() == 1)) {
    out += ", ";
    if (!append_repr(th, out, r->step)) return Value();
  }
  out += ")";
  return str_from_std(th, out);
}

static bool range_hash(Thread& th, Value self, int64_t* out) {
  // As CPython: hash((len, start, step)) with None for start/step when they don't matter.
  RangeObject* r = as<RangeObject>(self);
  int64_t lanes[3];
  int ls = int_sign(r->length);
  if (!hash_value(th, r->length, &lanes[0])) return false;
  if (!hash_value(th, ls == 0 ? g_None : r->start, &lanes[1])) return false;
  bool one = r->length.is_small() && r->length.small() == 1;
  if (!hash_value(th, ls == 0 || one ? g_None : r->step, &lanes[2])) return false;
  *out = tuple_hash_lanes(lanes, 3);
  return true;
}

static int64_t range_len(Thread& th, Value self) {
  RangeObject* r = as<RangeObject>(self);
  if (r->small) return r->ilen;
  int64_t n;
  if (!int_to_i64(r->length, &n)) {
    raise_ssize_overflow(th);
    return -1;
  }
  return n;
}

static int range_bool(Thread&, Value self) { return int_sign(as<RangeObject>(self)->length) != 0; }

static Value range_slice(Thread& th, RangeObject* r, SliceObject* s) {
  Root keep(th, r);
  if (r->small) {
    int64_t start, stop, step;
    // The int64 resolution is exact when the slice bounds are plain small ints or None.
    bool simple = (s->start.is(g_None) || s->start.is_small()) && (s->stop.is(g_None) || s->stop.is_small()) &&
                  (s->step.is(g_None) || s->step.is_small());
    if (simple) {
      if (!slice_unpack(th, s, &start, &stop, &step)) return Value();
      slice_adjust(r->ilen, &start, &stop, step);
      __int128 a = static_cast<__int128>(r->istart) + static_cast<__int128>(start) * r->istep;
      __int128 b = static_cast<__int128>(r->istart) + static_cast<__int128>(stop) * r->istep;
      __int128 c = static_cast<__int128>(r->istep) * step;
      Value va = i128_value(th, a);
      Root r1(th, va);
      Value vb = i128_value(th, b);
      Root r2(th, vb);
      Value vc = i128_value(th, c);
      if (va.is_empty() || vb.is_empty() || vc.is_empty()) return Value();
      return range_make(th, va, vb, vc);
    }
  }
  Value start, stop, step;
  if (!slice_long_indices(th, s, r->length, &start, &stop, &step)) return Value();
  Root ra(th, start), rb(th, stop), rc(th, step);
  Value na = range_item(th, r, start);
  if (na.is_empty()) return na;
  Root r1(th, na);
  Value nb = range_item(th, r, stop);
  if (nb.is_empty()) return nb;
  Root r2(th, nb);
  Value nc = mul(th, r->step, step);
  if (nc.is_empty()) return nc;
  return range_make(th, na, nb, nc);
}

static Value range_getitem(Thread& th, Value self, Value key) {
  RangeObject* r = as<RangeObject>(self);
  if (is_slice(key)) return range_slice(th, r, as<SliceObject>(key));
  if (r->small && key.is_small()) {
    int64_t i = key.small();
    if (i < 0) i += r->ilen;
    if (i < 0 || i >= r->ilen) return raise(th, Exc_IndexError, "range object index out of range");
    return i128_value(th, static_cast<__int128>(r->istart) + static_cast<__int128>(i) * r->istep);
  }
  if (!is_int(key) && !type_of(key)->index) return raise_bad_index(th, "range", key);
  Root keep(th, self);
  Value i = index_value(th, key);
  if (i.is_empty()) return i;
  if (int_sign(i) < 0) {
    i = add(th, i, r->length);
    if (i.is_empty()) return i;
  }
  Root ri(th, i);
  int in_range = int_sign(i) >= 0 ? lt(th, i, r->length) : 0;
  if (in_range < 0) return Value();
  if (!in_range) return raise(th, Exc_IndexError, "range object index out of range");
  return range_item(th, r, i);
}

static int range_contains(Thread& th, Value self, Value item) {
  RangeObject* r = as<RangeObject>(self);
  if (exact_int(item)) {
    Value pos = find_int(th, r, item);
    if (pos.is_empty()) return has_exc(th) ? -1 : 0;
    return 1;
  }
  Root keep(th, self), keep_item(th, item);
  Value it = get_iter(th, self);
  if (it.is_empty()) return -1;
  Root rit(th, it);
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return has_exc(th) ? -1 : 0;
    int e = eq(th, v, item);
    if (e != 0) return e;
  }
}

static Value range_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (op != CmpOp::EQ && op != CmpOp::NE) return g_NotImplemented;
  if (!a.is_obj() || !b.is_obj() || a.obj()->type != RangeType || b.obj()->type != RangeType)
    return g_NotImplemented;
  RangeObject* x = as<RangeObject>(a);
  RangeObject* y = as<RangeObject>(b);
  bool same;
  if (x == y) {
    same = true;
  } else if (x->small && y->small) {
    same = x->ilen == y->ilen &&
           (x->ilen == 0 || (x->istart == y->istart && (x->ilen == 1 || x->istep == y->istep)));
  } else {
    int e = eq(th, x->length, y->length);
    if (e < 0) return Value();
    same = e;
    if (same && int_sign(x->length) != 0) {
      e = eq(th, x->start, y->start);
      if (e < 0) return Value();
      same = e;
      if (same && !(x->length.is_small() && x->length.small() == 1)) {
        e = eq(th, x->step, y->step);
        if (e < 0) return Value();
        same = e;
      }
    }
  }
  return bool_value(same == (op == CmpOp::EQ));
}

static Value range_iter(Thread& th, Value self) {
  RangeObject* r = as<RangeObject>(self);
  if (r->small) {
    RangeIterObject* it = gc_new<RangeIterObject>(th, RangeIterType);
    it->first = r->istart;
    it->step = r->istep;
    it->len = r->ilen;
    return V(it);
  }
  return iter_make(th, r->start, r->step, r->length);
}

static Value range_iter_next(Thread& th, Value self) {
  RangeIterObject* it = as<RangeIterObject>(self);
  if (!it->big) {
    // The fetch_add claims index i for this thread alone (one uncontended locked
    // instruction). Past the end the index keeps counting up; readers clamp it.
    int64_t i = it->index.fetch_add(1, std::memory_order_relaxed);
    if (__builtin_expect(i >= it->len, 0)) return Value();
    int64_t v = static_cast<int64_t>(static_cast<uint64_t>(it->first) +
                                     static_cast<uint64_t>(i) * static_cast<uint64_t>(it->step));
    if (Value::fits_small(v)) return Value::from_small(v);
    return int_from_i64(th, v);
  }
  // Big ints: int add/sub run no Python code and allocation never collects, so the
  // read-modify-write can stay under the lock.
  Root keep(th, self);
  CriticalSection cs{it};
  Value rem = slot_load(it->bremaining);
  if (int_sign(rem) <= 0) return Value();
  Value v = slot_load(it->bnext);
  Root rv(th, v);
  Value nrem = sub(th, rem, Value::from_small(1));
  if (nrem.is_empty()) return nrem;
  Root rr(th, nrem);
  Value nxt = add(th, v, slot_load(it->bstep));
  if (nxt.is_empty()) return nxt;
  slot_store(it->bremaining, nrem);
  slot_store(it->bnext, nxt);
  return v;
}

static void range_trace(Object* self, Tracer& tr) {
  RangeObject* r = static_cast<RangeObject*>(self);
  tr.visit(r->start);
  tr.visit(r->stop);
  tr.visit(r->step);
  tr.visit(r->length);
}

static void range_iter_trace(Object* self, Tracer& tr) {
  RangeIterObject* it = static_cast<RangeIterObject*>(self);
  tr.visit(it->bnext);
  tr.visit(it->bstep);
  tr.visit(it->bremaining);
}

static Value range_iter_length_hint(Thread&, const Value* a) {
  RangeIterObject* it = as<RangeIterObject>(a[0]);
  if (it->big) {
    CriticalSection cs{it};
    return slot_load(it->bremaining);
  }
  int64_t rem = it->len - load_relaxed(it->index);
  return Value::from_small(rem < 0 ? 0 : rem);
}

// ---------------------------------------------------------------- methods

static Value range_reversed(Thread& th, const Value* a) {
  RangeObject* r = as<RangeObject>(a[0]);
  if (r->small) {
    RangeIterObject* it = gc_new<RangeIterObject>(th, RangeIterType);
    if (r->ilen > 0) {
      it->first = static_cast<int64_t>(static_cast<uint64_t>(r->istart) +
                                       static_cast<uint64_t>(r->ilen - 1) * static_cast<uint64_t>(r->istep));
      it->step = static_cast<int64_t>(0 - static_cast<uint64_t>(r->istep));
      it->len = r->ilen;
    }
    return V(it);
  }
  Root keep(th, a[0]);
  Value last_index = sub(th, r->length, Value::from_small(1));
  if (last_index.is_empty()) return last_index;
  Value last = int_sign(r->length) > 0 ? range_item(th, r, last_index) : r->start;
  if (last.is_empty()) return last;
  Root rl(th, last);
  Value nstep = unary_neg(th, r->step);
  if (nstep.is_empty()) return nstep;
  Root rn(th, nstep);
  return iter_make(th, last, nstep, r->length);
}

static Value range_index(Thread& th, const Value* a) {
  RangeObject* r = as<RangeObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  if (exact_int(a[1])) {
    Value pos = find_int(th, r, a[1]);
    if (!pos.is_empty()) return pos;
    if (has_exc(th)) return Value();
    Value rep = repr(th, a[1]);
    if (rep.is_empty()) return Value();
    return raise(th, Exc_ValueError, "%s is not in range", std::string(str_view(rep)).c_str());
  }
  Value it = get_iter(th, a[0]);
  if (it.is_empty()) return it;
  Root rit(th, it);
  for (int64_t i = 0;; ++i) {
    Value v = iter_next(th, it);
    if (v.is_empty()) break;
    int e = eq(th, v, a[1]);
    if (e < 0) return Value();
    if (e) return int_value(th, i);
  }
  if (has_exc(th)) return Value();
  return raise(th, Exc_ValueError, "sequence.index(x): x not in sequence");
}

static Value range_count(Thread& th, const Value* a) {
  RangeObject* r = as<RangeObject>(a[0]);
  Root keep(th, a[0]), keep_v(th, a[1]);
  if (exact_int(a[1])) {
    Value pos = find_int(th, r, a[1]);
    if (pos.is_empty() && has_exc(th)) return Value();
    return Value::from_small(pos.is_empty() ? 0 : 1);
  }
  Value it = get_iter(th, a[0]);
  if (it.is_empty()) return it;
  Root rit(th, it);
  int64_t n = 0;
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) break;
    int e = eq(th, v, a[1]);
    if (e < 0) return Value();
    n += e;
  }
  if (has_exc(th)) return Value();
  return int_value(th, n);
}

static Value range_get_start(Thread&, Value self) { return as<RangeObject>(self)->start; }
static Value range_get_stop(Thread&, Value self) { return as<RangeObject>(self)->stop; }
static Value range_get_step(Thread&, Value self) { return as<RangeObject>(self)->step; }

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
  t->bool_ = range_bool;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->richcmp = range_richcmp;
  t->trace = range_trace;
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
  it->trace = range_iter_trace;
  it->methods = kRangeIterMethods;
}

}  // namespace taipan
