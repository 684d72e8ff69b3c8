// Thread: the state of one OS thread (later: one microthread) running Python.
//
// Every thread that touches Python objects is registered with the runtime and is
// ATTACHED while it runs, DETACHED while it blocks (sleep, I/O, lock, join, queue) and
// PARKED while it waits at a safepoint for a collection to finish. A collection runs
// only when every other registered thread is PARKED or DETACHED (vm/gc.cpp).
//
// Do not cache `Thread&` across a fiber switch (design.md, pitfall 1): code that may
// switch fibers re-reads current_thread().
#pragma once
#include <atomic>
#include <cstdint>
#include <vector>

#include "vm/object.h"
#include "vm/value.h"

namespace taipan {

struct Frame;     // vm/frame.h
struct Runtime;

enum class ThreadState : uint8_t { Attached, Detached, Parked };

struct Thread {
  // ---- interpreter (vm/interp.cpp, vm/frame.h own these)
  Frame* frame = nullptr;         // innermost running frame
  int depth = 0;                  // Python call depth, for RecursionError
  Value* stack_base = nullptr;    // this thread's VM stack (frames, locals, operands)
  Value* stack_limit = nullptr;
  Value* stack_top = nullptr;     // first free slot

  // ---- exceptions (vm/error.h)
  Value exc;           // the pending (propagating) exception instance; EMPTY if none
  Value handled_exc;   // the exception being handled (sys.exc_info()); EMPTY if none

  // ---- roots for C++ temporaries (vm/handles.h)
  std::vector<Value> roots;
  // Containers whose repr is in progress on this thread: repr of a recursive list prints
  // [...] (vm/abstract.cpp repr_enter/repr_leave).
  std::vector<Object*> repr_active;

  // ---- collector (vm/gc.cpp)
  std::atomic<uint32_t> safepoint_requested{0};  // polled at safepoints
  ThreadState state = ThreadState::Attached;     // written under the GC mutex
  Object* alloc_head = nullptr;   // objects allocated by this thread since the last collection
  size_t alloc_bytes = 0;         // not yet added to the global allocation counter
  uint32_t stress_counter = 0;
  Thread* next = nullptr;         // runtime's list of threads (under the GC mutex)

  // ---- identity (threading)
  uint64_t ident = 0;             // threading.get_ident()
  uint64_t native_id = 0;         // OS thread id
  Value thread_obj;               // the threading.Thread object, EMPTY for unknown
  bool is_main = false;
};

// The Thread of the calling OS thread (null if it is not registered). Not inlined on
// purpose: fibers may move between OS threads.
Thread* current_thread_or_null() __attribute__((noinline));
Thread& current_thread() __attribute__((noinline));

// Registers the calling OS thread with the runtime and attaches it.
Thread* thread_register();
// Detaches and unregisters the calling thread; its allocations move to the orphan list.
void thread_unregister(Thread* th);

// Safepoint: cheap poll, slow path parks for (or runs) a pending collection.
void safepoint_slow(Thread& th);
inline void safepoint(Thread& th) {
  if (th.safepoint_requested.load(std::memory_order_relaxed)) safepoint_slow(th);
}

// Ctrl-C: the SIGINT handler sets a flag and pokes the main thread's safepoint flag;
// the interpreter turns it into KeyboardInterrupt at the next back-edge or call return.
void install_interrupt_handler();
// True (with KeyboardInterrupt raised) when th is the main thread and Ctrl-C was pressed.
bool take_interrupt(Thread& th);
// Whether Ctrl-C is pending (for blocking calls that return EINTR).
bool g_interrupt_requested();

void thread_detach(Thread& th);
void thread_attach(Thread& th);

// Detached for the enclosing scope: wrap every blocking call. Values held in C++ locals
// across the scope must be rooted (vm/handles.h), since collections run meanwhile.
class DetachScope {
 public:
  explicit DetachScope(Thread& th) : th_(th) { thread_detach(th_); }
  ~DetachScope() { thread_attach(th_); }
  DetachScope(const DetachScope&) = delete;
  DetachScope& operator=(const DetachScope&) = delete;

 private:
  Thread& th_;
};

// Implemented by the interpreter (vm/frame.cpp): reports every Value in th's frames.
void trace_thread_frames(Thread& th, Tracer& t);

}  // namespace taipan
