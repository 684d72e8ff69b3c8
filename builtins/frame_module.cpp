// `_taipan_frame`: the private module giving Python code the frame stack
// (_getframe(depth=0), as sys._getframe). warnings and traceback use it to find
// their caller when sys has no _getframe.
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"

namespace taipan {

namespace {

Value getframe_impl(Thread& th, const Value* a) {
  int64_t depth = 0;
  if (!a[0].is_empty() && !index_to_i64(th, a[0], &depth)) return Value();
  if (depth < 0) depth = 0;
  if (depth > 1 << 30) return raise(th, Exc_ValueError, "call stack is not deep enough");
  return current_frame_object(th, static_cast<int>(depth));
}

const NativeDef kFrameFunctions[] = {
    {"_getframe(depth=0, /)", getframe_impl},
    {},
};

}  // namespace

int init_frame_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kFrameFunctions, V(str_intern("_taipan_frame")));
  return 0;
}

}  // namespace taipan
