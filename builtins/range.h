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

// Yields first + i*step for i in [index, len) (wrapping arithmetic). Each i is claimed with
// a fetch_add, so threads sharing one iterator get each value exactly once (index may run
// past len; readers clamp); the other small fields are immutable. Big ranges use the Value fields instead (`big`), updated under
// the object's lock.
struct RangeIterObject : Object {
  int64_t first;
  int64_t step;
  int64_t len;
  std::atomic<int64_t> index;
  bool big;
  Value bnext, bstep, bremaining;  // ints, used when big (read/written with slot_load/store)
};

Value range_new(Thread& th, int64_t start, int64_t stop, int64_t step);

}  // namespace taipan
