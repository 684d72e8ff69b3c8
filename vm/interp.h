// The interpreter's entry points: turning compiler output into code objects, running
// code, calling Python functions from C++, and the frame queries builtins need.
//
// Python-to-Python calls never recurse in C++: they push a frame on the thread's VM
// stack and continue in the same loop (vm/interp.cpp). Each C++ entry (call_function,
// eval_code, a generator resumed from C++) runs one nested loop until its entry frame
// returns.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "parser/code_unit.h"
#include "parser/parser.h"
#include "vm/function.h"

namespace taipan {

// ParseMode comes from parser/parser.h.

// CodeUnit -> immutable CodeObject (constants materialized, names interned).
CodeObject* code_from_unit(Thread& th, const std::shared_ptr<const CodeUnit>& unit);
// Parses and compiles `source`; a SyntaxError becomes a pending Python exception
// (returns null).
CodeObject* compile_to_code(Thread& th, std::string_view source, const std::string& filename,
                            ParseMode mode);
// Runs a module/class/exec body: `locals` is a mapping, or EMPTY to use globals.
Value eval_code(Thread& th, CodeObject* code, DictObject* globals, Value locals);
// As eval_code, with a closure (tuple of cells) for bodies that have free variables.
Value eval_code_ex(Thread& th, CodeObject* code, DictObject* globals, Value locals,
                   TupleObject* closure);
// Calls a Python function from C++ (runs a nested interpreter loop).
Value call_function(Thread& th, FunctionObject* f, const Value* args, size_t nargs,
                    TupleObject* kwnames);

// Queries about the innermost Python frame of th (for builtins).
DictObject* current_globals(Thread& th);
Value current_locals(Thread& th);  // dict snapshot for function frames, the mapping otherwise
// super() without arguments: false when it raised RuntimeError.
bool current_super_args(Thread& th, Value* type_out, Value* self_out);
// The current line of the innermost frame (0 if none), and of the frame `depth` levels
// below it (sys._getframe(depth)); false if there is no such frame.
int current_lineno(Thread& th);
// A FrameObject snapshot of the frame `depth` levels below the innermost one, or EMPTY
// with ValueError "call stack is not deep enough" pending.
Value current_frame_object(Thread& th, int depth);

// builtins.__build_class__(func, name, *bases, metaclass=?, **kw) (vm/build_class.cpp).
Value builtin_build_class(Thread& th, const Value* args, size_t nargs, TupleObject* kwnames);

// Adds a traceback entry for frame f at its current instruction to exception `exc`.
void traceback_add(Thread& th, Value exc, Frame* f, int32_t lasti);

}  // namespace taipan
