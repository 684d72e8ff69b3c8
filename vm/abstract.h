// The object protocol: what the interpreter and the builtins do to any value. Fast
// paths for the common builtin types are inline or first in each function; everything
// else goes through the type's slots (vm/object.h), which for classes written in Python
// call their dunder methods. Implemented in vm/abstract.cpp (and vm/call.cpp for calls).
//
// All may run Python code (so may reach a safepoint): root what you hold (vm/handles.h).
#pragma once
#include "vm/objects.h"

namespace taipan {

Value repr(Thread& th, Value v);     // a str; RecursionError-safe for nested containers
Value str_of(Thread& th, Value v);   // str(v)
Value ascii_of(Thread& th, Value v);
bool hash_value(Thread& th, Value v, int64_t* out);  // TypeError "unhashable type: 'list'"
int truthy(Thread& th, Value v);     // 1, 0, -1 raised

Value richcmp(Thread& th, Value a, Value b, CmpOp op);  // with reflection and identity fallback
int richcmp_bool(Thread& th, Value a, Value b, CmpOp op);
// a == b as a C++ truth value: identity first (as CPython's containers do), then __eq__.
int eq(Thread& th, Value a, Value b);

Value binary_op(Thread& th, Value a, Value b, BinOp op);
Value inplace_op(Thread& th, Value a, Value b, BinOp op);  // __iop__, then binary_op
Value unary_neg(Thread& th, Value v);
Value unary_pos(Thread& th, Value v);
Value unary_invert(Thread& th, Value v);
Value abs_value(Thread& th, Value v);

Value getattr(Thread& th, Value obj, StrObject* name);
// As getattr, but returns EMPTY with nothing pending when it is an AttributeError.
Value getattr_opt(Thread& th, Value obj, StrObject* name);
int setattr(Thread& th, Value obj, StrObject* name, Value v);
int delattr(Thread& th, Value obj, StrObject* name);
// Looks `name` up along type's MRO in the class dicts only (no descriptors); EMPTY if absent.
Value lookup_in_mro(Type* type, StrObject* name);
// The default object.__getattribute__ / __setattr__ (data descriptors, instance dict,
// non-data descriptors, class attributes), used by the slots of most types.
Value generic_getattr(Thread& th, Value obj, StrObject* name);
int generic_setattr(Thread& th, Value obj, StrObject* name, Value v);

Value getitem(Thread& th, Value obj, Value key);
int setitem(Thread& th, Value obj, Value key, Value v);
int delitem(Thread& th, Value obj, Value key);
int contains(Thread& th, Value container, Value item);  // `item in container`
int64_t length(Thread& th, Value v);                     // len(); -1 raised

Value get_iter(Thread& th, Value v);  // TypeError "'int' object is not iterable"
// Next item; EMPTY with nothing pending when exhausted, EMPTY with pending when raised.
Value iter_next(Thread& th, Value it);

// __index__: an int, or TypeError "'float' object cannot be interpreted as an integer".
Value index_value(Thread& th, Value v);
// __index__ then to int64: OverflowError "cannot fit 'int' into an index-sized integer"
// when `clamp` is false, else clamped (as slice resolution does). false: raised.
bool index_to_i64(Thread& th, Value v, int64_t* out, bool clamp = false);
Value number_int(Thread& th, Value v);    // int(v) for a non-string
Value number_float(Thread& th, Value v);  // float(v) for a non-string

Value format(Thread& th, Value v, Value spec);  // format(v, spec): __format__

// Recursion guard for container reprs (list, dict, set, deque...): returns true when o's
// repr is already in progress on this thread (print "[...]" and do not call repr_leave);
// otherwise marks it active, and the caller must call repr_leave(th, o) when done.
bool repr_enter(Thread& th, Object* o);
void repr_leave(Thread& th, Object* o);

// ---- calls (vm/call.cpp)
// args[0..nargs) positional then len(kwnames) keyword values (vectorcall layout).
Value call(Thread& th, Value callable, const Value* args, size_t nargs,
           TupleObject* kwnames = nullptr);
Value call0(Thread& th, Value callable);
Value call1(Thread& th, Value callable, Value a);
Value call2(Thread& th, Value callable, Value a, Value b);
// obj.name(*args): looks the method up without making a bound method when possible.
Value call_method(Thread& th, Value obj, StrObject* name, const Value* args, size_t nargs,
                  TupleObject* kwnames = nullptr);
// Calls with a tuple and an optional dict (f(*args, **kwargs)).
Value call_ex(Thread& th, Value callable, TupleObject* args, DictObject* kwargs);
// Calls type->slot for a dunder defined in Python on the class of `self`: looks `name`
// up on type(self) (not the instance) and calls it with self first. EMPTY with nothing
// pending if the class has no such attribute.
Value call_special(Thread& th, Value self, StrObject* name, const Value* args, size_t nargs);

}  // namespace taipan
