// slice: an immutable (start, stop, step) triple, and its resolution against a length
// with CPython's exact rules (PySlice_Unpack + PySlice_AdjustIndices).
//
// Resolution is split in two so that containers can run the part that may call Python
// code (__index__ on the bounds) before taking their lock, and the pure arithmetic
// against the current length under it. Indices are int64 (CPython's Py_ssize_t):
// bounds beyond it are clamped, as CPython clamps them.
#include <string>

#include "builtins/containers.h"
#include "vm/native.h"

namespace taipan {

Value slice_new(Thread& th, Value start, Value stop, Value step) {
  SliceObject* s = gc_new<SliceObject>(th, SliceType);
  s->start = start.is_empty() ? g_None : start;
  s->stop = stop.is_empty() ? g_None : stop;
  s->step = step.is_empty() ? g_None : step;
  return V(s);
}

// _PyEval_SliceIndex: None keeps *out; ints are clamped to int64.
static bool slice_index(Thread& th, Value v, int64_t* out) {
  if (v.is(g_None)) return true;
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  if (!is_int(v) && !type_of(v)->index) {
    raise(th, Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_to_i64(th, v, out, true);
}

bool slice_unpack(Thread& th, SliceObject* s, int64_t* start, int64_t* stop, int64_t* step) {
  Root keep(th, s);
  *step = 1;
  if (!slice_index(th, s->step, step)) return false;
  if (*step == 0) {
    raise(th, Exc_ValueError, "slice step cannot be zero");
    return false;
  }
  // -step must not overflow.
  if (*step < -INT64_MAX) *step = -INT64_MAX;
  *start = *step < 0 ? INT64_MAX : 0;
  if (!slice_index(th, s->start, start)) return false;
  *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  if (!slice_index(th, s->stop, stop)) return false;
  return true;
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

int64_t slice_indices(Thread& th, SliceObject* s, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step) {
  if (!slice_unpack(th, s, start, stop, step)) return -1;
  return slice_adjust(length, start, stop, *step);
}

// ---------------------------------------------------------------- slots

static Value slice_new_slot(Thread& th, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(th, Exc_TypeError, "slice() takes no keyword arguments");
  if (nargs == 0) return raise(th, Exc_TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3) return raise(th, Exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return slice_new(th, g_None, args[0], g_None);
  return slice_new(th, args[0], args[1], nargs == 3 ? args[2] : g_None);
}

static Value slice_repr(Thread& th, Value self) {
  SliceObject* s = as<SliceObject>(self);
  Root keep(th, self);
  std::string out = "slice(";
  if (!append_repr(th, out, s->start)) return Value();
  out += ", ";
  if (!append_repr(th, out, s->stop)) return Value();
  out += ", ";
  if (!append_repr(th, out, s->step)) return Value();
  out += ")";
  return str_from_std(th, out);
}

static Value slice_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_slice(a) || !is_slice(b)) return g_NotImplemented;
  if (a.is(b) && (op == CmpOp::EQ || op == CmpOp::NE)) return bool_value(op == CmpOp::EQ);
  SliceObject* x = as<SliceObject>(a);
  SliceObject* y = as<SliceObject>(b);
  Value xs[3] = {x->start, x->stop, x->step};
  Value ys[3] = {y->start, y->stop, y->step};
  Value tx = V(tuple_from(th, xs, 3));
  Root keep(th, tx);
  Value ty = V(tuple_from(th, ys, 3));
  return richcmp(th, tx, ty, op);
}

static void slice_trace(Object* self, Tracer& tr) {
  SliceObject* s = static_cast<SliceObject*>(self);
  tr.visit(s->start);
  tr.visit(s->stop);
  tr.visit(s->step);
}

static Value slice_indices_method(Thread& th, const Value* a) {
  SliceObject* s = as<SliceObject>(a[0]);
  Root keep(th, a[0]);
  Value lv = index_value(th, a[1]);
  if (lv.is_empty()) return Value();
  int64_t length;
  if (!int_to_i64(lv, &length)) return raise(th, Exc_OverflowError, "Python int too large to convert to C ssize_t");
  if (length < 0) return raise(th, Exc_ValueError, "length should not be negative");
  int64_t start, stop, step;
  if (slice_indices(th, s, length, &start, &stop, &step) < 0) return Value();
  Value items[3] = {int_from_i64(th, start), int_from_i64(th, stop), int_from_i64(th, step)};
  return V(tuple_from(th, items, 3));
}

static Value slice_get_start(Thread&, Value self) { return as<SliceObject>(self)->start; }
static Value slice_get_stop(Thread&, Value self) { return as<SliceObject>(self)->stop; }
static Value slice_get_step(Thread&, Value self) { return as<SliceObject>(self)->step; }

static const NativeDef kSliceMethods[] = {
    {"indices(self, length, /)", slice_indices_method, 0,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {},
};

static const GetSetDef kSliceGetSets[] = {
    {"start", slice_get_start},
    {"stop", slice_get_stop},
    {"step", slice_get_step},
    {},
};

void init_slice_types(Thread&) {
  Type* t = SliceType;
  t->flags |= TF_IMMUTABLE | TF_HASH_NONE;
  t->new_ = slice_new_slot;
  t->repr = slice_repr;
  t->richcmp = slice_richcmp;
  t->hash = nullptr;  // unhashable in 3.11
  t->trace = slice_trace;
  t->methods = kSliceMethods;
  t->getsets = kSliceGetSets;
  t->tp_doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used "
              "for extended slicing (e.g. a[0:10:2]).";
}

}  // namespace taipan
