// Coroutines, asynchronous generators and the awaitable protocol (vm/coroutine.cpp):
// the runtime side of `async def`, `await`, `async with` and `async for`.
// Coroutine and async generator objects share GeneratorObject's layout (vm/function.h)
// and its resumption machinery (vm/generator.cpp, vm/interp.cpp); only their types
// differ. Functions returning Value return EMPTY when they raised.
#pragma once
#include "vm/native.h"
#include "vm/objects.h"

namespace taipan {

// GET_AWAITABLE: where 0 await, 1 result of __aenter__, 2 result of __aexit__.
Value get_awaitable(Thread& th, Value v, int where);
Value get_aiter(Thread& th, Value v);   // GET_AITER
Value get_anext(Thread& th, Value v);   // GET_ANEXT: the awaitable of __anext__
// BEFORE_ASYNC_WITH: returns __aenter__'s result (to await), *exit the bound __aexit__.
Value before_async_with(Thread& th, Value mgr, Value* exit);
Value async_gen_wrap(Thread& th, Value v);  // ASYNC_GEN_WRAP
void init_coroutine_types(Thread& th);
// sys.get_asyncgen_hooks()/set_asyncgen_hooks() storage: firstiter or finalizer, None
// when unset. The setter takes a callable or None (the caller checks).
Value asyncgen_hook(bool finalizer);
void set_asyncgen_hook(bool finalizer, Value v);
// vm/generator.cpp
Value gen_repr_object(Thread& th, Value self);
const NativeDef* gen_method_table();  // send, throw, close
Value gen_frame_object(Thread& th, Value gen);  // gi_frame / cr_frame / ag_frame

}  // namespace taipan
