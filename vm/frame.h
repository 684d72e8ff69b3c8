// Frame: the activation record of one running (or suspended) Python code object.
//
// Layout: a Frame header followed directly by `code->nlocalsplus` fixed slots
// (varnames, then cells for cellvars, then cells for freevars) and `code->stacksize`
// operand stack slots. Ordinary frames live in the thread's contiguous VM stack
// (Thread::stack_base .. stack_limit, allocated lazily); a generator's frame lives in
// memory owned by its GeneratorObject and is linked on top of the resumer while it runs.
//
// GC invariants (trace_thread_frames, vm/frame.cpp):
// - the fixed slots always hold valid Values or EMPTY (zeroed when the frame is pushed);
// - `sp` is stored before anything that can reach a safepoint, and only
//   [stack_base(), sp) is traced, so slots above it may hold stale garbage.
#pragma once
#include <cstdint>

#include "vm/function.h"
#include "vm/runtime.h"
#include "vm/thread.h"

namespace taipan {

// DictObject is complete only in builtins/dict.h; these casts keep the VM core free of it.
inline DictObject* as_dict(Value v) { return reinterpret_cast<DictObject*>(v.obj()); }
inline Value dict_value(const DictObject* d) {
  return Value::from_obj(reinterpret_cast<const Object*>(d));
}

enum FrameFlags : uint32_t {
  FRAME_ENTRY = 1,        // returning from it leaves the interpreter loop (C++ called it)
  FRAME_GEN_FOR_ITER = 2, // generator frame resumed by FOR_ITER of the frame below
  FRAME_GEN_SEND = 4,     // generator frame resumed by SEND of the frame below
};

struct Frame {
  Frame* back;               // the frame below (caller or resumer); null at the bottom
  CodeObject* code;
  const uint32_t* pc;        // next instruction to run (saved when control leaves)
  Value* sp;                 // operand stack top (saved before any safepoint)
  FunctionObject* func;      // null for code run by eval_code without a function
  DictObject* globals;
  DictObject* builtins;
  Value locals;              // the locals mapping (module/class/exec bodies), else EMPTY
  // Function frames: the dict locals() returned (CPython 3.11's f_locals snapshot), made
  // on the first call and refreshed from the fast locals by each later one; names
  // exec() stored into it stay there. EMPTY until locals() is first called.
  Value locals_snapshot;
  GeneratorObject* gen;      // the owning generator, or null
  uint32_t flags;            // FrameFlags
  uint32_t resume_target;    // FOR_ITER/SEND jump target in the frame below (generators)

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + code->nlocalsplus; }
  int32_t lasti() const { return static_cast<int32_t>(pc - code->insns) - 1; }
};
static_assert(sizeof(Frame) % sizeof(Value) == 0);
inline constexpr int32_t kFrameHeaderSlots = sizeof(Frame) / sizeof(Value);

// Allocates the thread's VM stack on first use. false: raised MemoryError.
bool ensure_vm_stack(Thread& th);
// Releases the thread's VM stack (call when the thread ends; no frame may be live).
void free_vm_stack(Thread& th);
// Reports the Values of one frame (fixed slots, live operand stack, code, func...).
void trace_frame(Frame* f, Tracer& t);

// Raises RecursionError / MemoryError for frame_alloc's slow path; returns null.
Frame* frame_alloc_fail(Thread& th, CodeObject* code);

// Reserves a frame for `code` on top of th's VM stack: header fields set (back, func,
// globals... are the caller's to fill), fixed slots zeroed, sp at the stack base. The
// frame is not linked into th.frame yet. Null with RecursionError (depth beyond
// sys.getrecursionlimit()) or MemoryError (VM stack full) pending.
inline Frame* frame_alloc(Thread& th, CodeObject* code) {
  Value* top = th.stack_top;
  if (__builtin_expect(top == nullptr || top + code->framesize > th.stack_limit ||
                           th.depth >= g_runtime.recursion_limit.load(std::memory_order_relaxed),
                       0))
    return frame_alloc_fail(th, code);
  Frame* f = reinterpret_cast<Frame*>(top);
  th.stack_top = top + code->framesize;
  f->code = code;
  f->func = nullptr;
  f->globals = nullptr;
  f->builtins = nullptr;
  f->flags = 0;
  f->gen = nullptr;
  f->locals = Value();
  f->locals_snapshot = Value();
  Value* lp = f->localsplus();
  for (int32_t i = 0, n = code->nlocalsplus; i < n; i++) lp[i] = Value();
  f->sp = lp + code->nlocalsplus;
  f->pc = code->insns;
  return f;
}

// Links f as the innermost frame of th.
inline void frame_link(Thread& th, Frame* f) {
  f->back = th.frame;
  th.frame = f;
  th.depth++;
}
// Unlinks the innermost frame f; releases its VM-stack memory unless it is a generator's.
inline void frame_unlink(Thread& th, Frame* f) {
  th.frame = f->back;
  th.depth--;
  if (!f->gen) th.stack_top = reinterpret_cast<Value*>(f);
}

// A traceback's frame object outlives its Frame, and CPython keeps such a frame's locals:
// frame_save_locals gives what FrameObject::locals keeps (the locals mapping of a
// module/class frame, else a private tuple of the fixed slots), and
// frame_saved_locals_dict turns that tuple into the f_locals dict (else returns it).
Value frame_save_locals(Thread& th, Frame* f);
// f_locals of a running frame: the locals mapping of a module/class frame, else the
// frame's locals_snapshot dict refreshed from its fast locals and cells (as locals()).
Value frame_locals(Thread& th, Frame* f);
// The Frame a sys._getframe() frame object stands for, if it is still running on th
// (then its f_locals is refreshed from it); else null.
Frame* frame_object_live(Thread& th, FrameObject* fo);
Value frame_saved_locals_dict(Thread& th, CodeObject* co, Value saved);

// Fills the cell slots of a freshly bound frame: a new cell for each cellvar (holding the
// argument for cells that are parameters, cell2arg) and the closure's cells for the
// freevars.
void frame_init_cells(Thread& th, Frame* f, TupleObject* closure);

// ---- vm/call.cpp
// Binds args (vectorcall layout) to the parameters of f into the fixed slots `locals`
// (zeroed by the caller): positional, keywords, defaults, *args, **kwargs, with
// CPython's error messages. false: raised TypeError.
bool bind_args(Thread& th, FunctionObject* f, Value* locals, const Value* args, size_t nargs,
               TupleObject* kwnames);
// Allocates, binds and initializes (cells) a frame for calling f; not linked. Null if raised.
Frame* frame_for_call(Thread& th, FunctionObject* f, const Value* args, size_t nargs,
                      TupleObject* kwnames);

// ---- vm/interp.cpp
// Runs the loop starting at th.frame (already linked, marked FRAME_ENTRY) until that
// frame returns or yields. With `throwing`, starts by unwinding th.exc at the frame's
// current instruction. Returns the value returned or yielded, EMPTY when it raised.
Value interp_run(Thread& th, bool throwing);
// Applies CPython's rule to th.exc leaving generator g: StopIteration becomes
// RuntimeError (async generators: StopAsyncIteration too); the message names the kind.
void gen_convert_stop_iteration(Thread& th, GeneratorObject* g);
// The exception-table entry covering instruction lasti, or null (no allocation).
const ExcEntry* find_handler(const CodeObject* co, int32_t lasti);

// ---- vm/generator.cpp
// A generator (not started) for calling the generator function f with these arguments.
Value gen_new_for_call(Thread& th, FunctionObject* f, const Value* args, size_t nargs,
                       TupleObject* kwnames);

}  // namespace taipan
