// Raising and inspecting exceptions from C++.
//
// Exceptions inside the VM are values, never C++ exceptions: a failing function sets
// Thread::exc and returns EMPTY (Value-returning) or -1 (int-returning); callers check
// and propagate. The interpreter adds traceback entries as the exception unwinds.
#pragma once
#include <string_view>

#include "vm/thread.h"

namespace taipan {

// Raises type(msg), msg printf-formatted. Always returns EMPTY, so `return raise(...)`.
Value raise(Thread& th, Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
Value raise_str(Thread& th, Type* type, std::string_view msg);
// Raises an exception class (instantiated with no args) or instance. TypeError
// "exceptions must derive from BaseException" for anything else.
Value raise_value(Thread& th, Value exc);
// Raises type(*args) for an arbitrary args tuple (e.g. KeyError(key)).
Value raise_args(Thread& th, Type* type, const Value* args, size_t n);
// Common ones, messages as CPython.
Value raise_key_error(Thread& th, Value key);
Value raise_stop_iteration(Thread& th, Value value);  // value EMPTY: bare StopIteration
Value raise_no_memory(Thread& th);

inline bool has_exc(const Thread& th) { return !th.exc.is_empty(); }
// Does the pending exception match `type` (a subclass check)?
bool exc_matches(Thread& th, Type* type);
inline void clear_exc(Thread& th) { th.exc = Value(); }
inline Value take_exc(Thread& th) {
  Value e = th.exc;
  th.exc = Value();
  return e;
}

// Makes an exception instance type(msg) without raising it.
Value exception_new(Thread& th, Type* type, std::string_view msg);

// Prints "Traceback (most recent call last): ..." and "Type: msg" for exc to stderr, as
// CPython's default sys.excepthook does (chained __cause__/__context__ included).
void print_exception(Thread& th, Value exc);

// The name of v's type, for messages: "int", "list", "MyClass".
const char* type_name(Value v);

}  // namespace taipan
