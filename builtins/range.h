// range and range_iterator layouts (builtins/range.cpp).
//
// A range holds Python ints (start, stop, step, length: any size, as CPython). When all
// four fit in int64 (`small`), the i-fields mirror them and every operation takes the
// int64 path; otherwise the operations go through the int number protocol.
#pragma once
#include <atomic>
#include <cstdint>

#include "vm/objects.h"

namespace taipan {

// Immutable: every field is set before the object is published.
struct RangeObject : Object {
  Value start, stop, step, length;  // ints
  bool small;                       // the int64 mirrors below are valid
  int64_t istart, istop, istep, ilen;
};

// Iterates `remaining` values from `next` by `step` (wrapping arithmetic after the last
// value). Big ranges use the Value fields instead (`big`). Shared between threads an
// iterator may repeat or skip a value, never crash.
struct RangeIterObject : Object {
  std::atomic<int64_t> next;
  int64_t step;
  std::atomic<int64_t> remaining;
  bool big;
  Value bnext, bstep, bremaining;  // ints, used when big (read/written with slot_load/store)
};

Value range_new(Thread& th, int64_t start, int64_t stop, int64_t step);

}  // namespace taipan
