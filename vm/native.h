// Builtins written in C++ are declared once, with their Python signature; argument
// binding, defaults, keyword handling and CPython's argument error messages come from
// the one binder here (vm/native.cpp).
//
//   static Value round_impl(Thread& th, const Value* a) { ... a[0], a[1] ... }
//   static const NativeDef kBuiltins[] = {
//     {"round(number, ndigits=None)", round_impl},
//     {},
//   };
//
// Signature syntax: `name(p1, p2=DEFAULT, /, p3, *args, kw1, kw2=DEFAULT, **kwargs)`.
// DEFAULT is None, True, False, an int, a float, a 'string', or `?` meaning "optional,
// passed to the function as EMPTY when omitted". `args` gets a tuple, `kwargs` a dict
// (EMPTY when there were none). Methods list `self` first: "append(self, object, /)".
// a[] has one slot per parameter, in signature order.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace taipan {

using NativeFn = Value (*)(Thread& th, const Value* args);

enum NativeFlags : uint32_t {
  NF_NONE = 0,
  NF_CLASSMETHOD = 1,   // receives the class as args[0] (e.g. dict.fromkeys)
  NF_STATICMETHOD = 2,  // no self (e.g. str.maketrans)
};

struct NativeDef {
  const char* sig = nullptr;  // null terminates a table
  NativeFn fn = nullptr;
  uint32_t flags = 0;
  const char* doc = nullptr;
};

// A data descriptor on a builtin type (e.g. slice.start, complex.real, exc.args).
struct GetSetDef {
  const char* name = nullptr;  // null terminates a table
  Value (*get)(Thread& th, Value self) = nullptr;
  int (*set)(Thread& th, Value self, Value v) = nullptr;  // null: read-only; v EMPTY: delete
  const char* doc = nullptr;
};

struct NativeSig;  // parsed form, cached per NativeDef (vm/native.cpp)

// Makes a module-level builtin function (type builtin_function_or_method).
Value make_native_function(Thread& th, const NativeDef* def, Value module_name);
// Adds each function of a zero-terminated table to a module dict.
void add_native_functions(Thread& th, DictObject* dict, const NativeDef* defs, Value module_name);
// Calls a NativeDef with vectorcall arguments (binding them per its signature). `self`
// is prepended when not EMPTY.
Value call_native(Thread& th, const NativeDef* def, Value self, const Value* args, size_t nargs,
                  TupleObject* kwnames);
// The name part of the signature ("round"), for messages.
const char* native_name(const NativeDef* def);

}  // namespace taipan
