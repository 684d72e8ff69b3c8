// Types and exception classes that native modules create when they are first imported
// (rather than at start-up through vm/types.def): one place for the boilerplate so
// every late type is registered, named and finished the same way.
#pragma once
#include "vm/objects.h"

namespace taipan {

// Makes the static Type `t` (its slots and tables already filled in) a finished builtin
// type `module.name` deriving from object, with instances of `basicsize` bytes.
// Called once, on first import (the import lock serializes it).
void native_type_init(Thread& th, Type* t, const char* module, const char* name,
                      size_t basicsize);
// A Python-level exception class `module.name` deriving from `base`, as the `class`
// statement would make it (so it has a __dict__, can be subclassed and pickled by
// name). EMPTY when raised.
Value new_exception_class(Thread& th, const char* module, const char* name, Type* base);
// Creates that class into the global `*slot` once (it stays rooted for the life of the
// process); later calls find it there. 0, or -1 when raised.
int ensure_exception_class(Thread& th, Value* slot, const char* module, const char* name,
                           Type* base);

}  // namespace taipan
