// Layouts of the iteration builtins: enumerate, zip, map, filter, reversed, and
// iter(callable, sentinel). Each holds only immutable references plus an index that
// is updated with atomics, so sharing one iterator between threads may interleave
// items but never corrupts it.
#pragma once
#include "vm/objects.h"

namespace taipan {

struct CallableIterObject : Object {
  Value callable;  // EMPTY once exhausted
  Value sentinel;
};
struct EnumerateObject : Object {
  Value it;
  std::atomic<int64_t> index;  // small-int fast path
  Value big_index;             // used instead once index would overflow; EMPTY otherwise
};
struct ZipObject : Object {
  TupleObject* iters;
  bool strict;
};
struct MapObject : Object {
  Value func;
  TupleObject* iters;
};
struct FilterObject : Object {
  Value func;  // None: truthiness
  Value it;
};
struct ReversedObject : Object {
  Value seq;                   // EMPTY once exhausted
  std::atomic<int64_t> index;  // next index to read, counting down
};

// True when it's next() runs no Python code, takes no lock and cannot block (the builtin
// container iterators: range, list, tuple, str, bytes, bytearray, dict, set). A wrapper
// may then hold its own lock across that next() so that threads sharing the wrapper see
// each step whole, as with CPython's GIL.
bool iter_next_is_native(Value it);

// A __getitem__-based iterator over seq (SeqIterType), for iter() on sequences without __iter__.
Value seq_iter_new(Thread& th, Value seq);
// iter(callable, sentinel).
Value callable_iter_new(Thread& th, Value callable, Value sentinel);

}  // namespace taipan
