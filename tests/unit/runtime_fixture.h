// One runtime per test process: the first test that needs it starts it on its thread.
#pragma once
#include "vm/runtime.h"
#include "vm/thread.h"

namespace taipan {
inline Thread& test_runtime() {
  if (Thread* t = current_thread_or_null()) return *t;
  return runtime_init({"taipan_unit"});
}
}  // namespace taipan
