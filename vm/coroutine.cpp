#include "vm/coroutine.h"
#include "vm/error.h"
namespace taipan {
Value get_awaitable(Thread& th, Value, int) { return raise(th, Exc_SystemError, "await"); }
Value get_aiter(Thread& th, Value) { return raise(th, Exc_SystemError, "await"); }
Value get_anext(Thread& th, Value) { return raise(th, Exc_SystemError, "await"); }
Value before_async_with(Thread& th, Value, Value*) { return raise(th, Exc_SystemError, "await"); }
Value async_gen_wrap(Thread&, Value v) { return v; }
void init_coroutine_types(Thread&) {}
}  // namespace taipan
