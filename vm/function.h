// Functions, code, bound methods, generators and Python-visible frames.
//
// Invariants:
// - CodeObject is immutable after code_from_unit() (vm/code.cpp): every field is read
//   without a lock from any thread. The only mutable part is the inline-cache array,
//   whose entries are immutable records swapped in with one atomic store (vm/interp.cpp).
// - FunctionObject's `code`, `globals`, `builtins` and `closure` never change after
//   creation; the attributes writable from Python (__name__, __defaults__, ...) are
//   single-word stores, racy but never torn.
// - A GeneratorObject owns the memory of its frame (allocated with the object); while it
//   runs, that frame is linked on top of the resuming frame (vm/frame.h).
#pragma once
#include <atomic>
#include <cstdint>

#include "parser/code_unit.h"
#include "vm/objects.h"

namespace taipan {

struct Frame;        // vm/frame.h
struct CacheRecord;  // vm/interp.cpp: an inline-cache entry (GC-allocated, immutable)

struct CodeObject : Object {
  StrObject* name;       // co_name
  StrObject* qualname;   // co_qualname
  StrObject* filename;   // co_filename
  int32_t firstlineno;
  int32_t argcount;      // positional parameters, positional-only included
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  uint32_t flags;        // CodeFlags (parser/code_unit.h)
  int32_t nlocals;       // len(varnames)
  int32_t ncells;        // len(cellvars)
  int32_t nfrees;        // len(freevars)
  int32_t nlocalsplus;   // nlocals + ncells + nfrees: the frame's fixed slots
  int32_t stacksize;     // operand stack slots
  int32_t framesize;     // Values a frame needs: header + nlocalsplus + stacksize
  int32_t ninsns;
  int32_t nexc;
  int32_t ntotalargs;    // argcount + kwonlyargcount + (*args) + (**kwargs)
  bool simple_args;      // no *args/**kwargs/kw-only: the positional fast path applies
  uint32_t* insns;       // ninsns instruction words (mi_malloc, freed in finalize)
  Position* positions;   // ninsns entries
  ExcEntry* exctable;    // nexc entries, sorted by start
  int32_t* cell2arg;     // ncells entries (-1: not a parameter), or null when none is
  TupleObject* consts;
  TupleObject* names;    // interned str
  TupleObject* varnames; // interned str
  TupleObject* cellvars; // interned str
  TupleObject* freevars; // interned str
  Value doc;             // the docstring or None
  // One slot per instruction (indexed by instruction index); null = nothing cached.
  std::atomic<CacheRecord*>* caches;
};

struct FunctionObject : Object {
  std::atomic<DictObject*> dict;  // __dict__, same offset as InstanceObject::dict
  CodeObject* code;
  DictObject* globals;
  DictObject* builtins;  // resolved from globals['__builtins__'] at creation
  TupleObject* closure;  // tuple of CellObject (len == code->nfrees), or null
  Value name;            // __name__ (str)
  Value qualname;        // __qualname__ (str)
  Value module;          // __module__ (globals['__name__'] at creation) or None
  Value doc;             // __doc__
  Value defaults;        // tuple or EMPTY (None to Python)
  Value kwdefaults;      // dict or EMPTY
  Value annotations;     // dict or EMPTY (made on first read)
};

// A bound method: calling it calls func(self, *args).
struct MethodObject : Object {
  Value func;
  Value self;
};

enum class GenState : uint8_t { Created, Suspended, Running, Finished };

struct GeneratorObject : Object {
  std::atomic<GenState> state;
  CodeObject* code;
  Value name;            // __name__
  Value qualname;        // __qualname__
  Value exc_state;       // the handled exception saved while suspended inside a handler
  Value caller_exc;      // th.handled_exc of the resumer, restored when control returns
  Frame* frame;          // points at the frame memory allocated with this object
  // Async generators only: an asend()/athrow() awaitable is driving it; it has
  // finished or was closed (aclose() of it then succeeds at once).
  bool ag_running_async;
  bool ag_closed;
  // Async generators only: sys.set_asyncgen_hooks' firstiter was consulted (on the first
  // __anext__/asend/athrow/aclose), and the finalizer hook in force then (EMPTY: none),
  // called instead of closing it when it is collected unfinished.
  bool ag_hooks_inited;
  Value ag_finalizer;
};

// Coroutine and async generator objects are GeneratorObjects of CoroutineType /
// AsyncGeneratorType. The objects below are their helpers (vm/coroutine.cpp).
// coroutine.__await__(): an iterator driving the coroutine.
struct CoroutineWrapperObject : Object {
  GeneratorObject* coro;
};
// A value yielded by `yield` in an async generator (ASYNC_GEN_WRAP), as opposed to one
// passed up from an await inside it.
struct AsyncGenWrappedValueObject : Object {
  Value value;
};
// The awaitables of agen.asend(v)/__anext__() and agen.athrow(...)/aclose().
struct AsyncGenAwaitableObject : Object {
  GeneratorObject* gen;
  Value arg;      // asend: the value to send; athrow: the exception (EMPTY for aclose)
  int32_t state;  // 0 not started, 1 iterating, 2 closed
};

// A Python-visible frame (tb_frame, sys._getframe()): a snapshot, not the live frame.
struct FrameObject : Object {
  CodeObject* code;      // f_code
  DictObject* globals;   // f_globals
  Value locals;          // f_locals snapshot (dict) or EMPTY
  Value back;            // f_back (FrameObject) or EMPTY
  int32_t lineno;        // f_lineno
  int32_t lasti;
  // The function frame this object was made for (sys._getframe), or null; `locals` is
  // then that Frame's locals_snapshot dict, which identifies the activation: f_locals
  // refreshes it from the Frame while the Frame is still linked on the reading thread.
  // Never dereferenced unless found on that thread's frame chain.
  Frame* live;
};

inline bool is_function(Value v) { return v.is_obj() && v.obj()->type == FunctionType; }
inline bool is_code(Value v) { return v.is_obj() && v.obj()->type == CodeType; }

// vm/function.cpp
FunctionObject* function_new(Thread& th, CodeObject* code, DictObject* globals);
Value method_new(Thread& th, Value func, Value self);
// The builtins dict a frame running with these globals uses (globals['__builtins__'] as a
// module or dict, else the runtime's builtins module dict).
DictObject* builtins_for_globals(Thread& th, DictObject* globals);
// The source line of instruction `lasti` in code (firstlineno if unknown).
int code_line_of(const CodeObject* code, int32_t lasti);

// vm/generator.cpp
// Resumes gen with `v` sent in (EMPTY: next()). Returns the yielded value with
// *finished = false, the return value with *finished = true, or EMPTY when it raised.
Value gen_send_ex(Thread& th, GeneratorObject* gen, Value v, bool* finished);
// next(gen) with Python's semantics: a finished generator raises StopIteration carrying
// its return value (the `next` slot instead reports plain exhaustion and drops it).
Value gen_next_raising(Thread& th, GeneratorObject* gen);
// Throws exc (an instance) into gen, delegating to a sub-iterator of `yield from` /
// await first. Results as gen_send_ex.
Value gen_throw_ex(Thread& th, GeneratorObject* gen, Value exc, bool* finished);
// The exception instance of throw(typ, val, tb) (EMPTY: raised, e.g. bad arguments).
Value gen_make_throw_exc(Thread& th, Value typ, Value val, Value tb);
// The sub-iterator a suspended generator/coroutine is delegating to, or EMPTY.
Value gen_awaiting(GeneratorObject* gen);
void gen_trace_object(Object* self, Tracer& t);
inline bool is_gen_or_coro(Value v) {
  return v.is_obj() && (v.obj()->type == GeneratorType || v.obj()->type == CoroutineType);
}

}  // namespace taipan
