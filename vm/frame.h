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

namespace taipan {

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
// Reports the Values of one frame (fixed slots, live operand stack, code, func...).
void trace_frame(Frame* f, Tracer& t);

}  // namespace taipan
