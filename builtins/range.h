// range and range_iterator layouts (builtins/range.cpp).
//
// Limitation (documented): bounds, step and length are int64; a range needing more
// raises OverflowError "Python int too large to convert to C ssize_t" when made.
#pragma once
#include <atomic>
#include <cstdint>

#include "vm/objects.h"

namespace taipan {

// Immutable: every field is set before the object is published.
struct RangeObject : Object {
  int64_t start, stop, step;
  int64_t length;  // number of items, >= 0
};

// Iterates `remaining` values from `next` by `step` (wrapping arithmetic after the last
// value). Shared between threads it may repeat or skip a value, never crash.
struct RangeIterObject : Object {
  std::atomic<int64_t> next;
  int64_t step;
  std::atomic<int64_t> remaining;
};

Value range_new(Thread& th, int64_t start, int64_t stop, int64_t step);

}  // namespace taipan
