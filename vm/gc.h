// The tracing collector: non-moving mark-sweep, stop-the-world at safepoints.
//
// Allocation (gc_alloc) takes memory from mimalloc (thread-local and fast), zeroes it,
// writes the header and links the object into the allocating thread's registry. It
// never collects: when enough has been allocated it *requests* a collection, which
// runs at the next safepoint of every thread. Trade-off: a long C++ builtin that
// allocates without reaching a safepoint delays collection; in exchange, C++ code only
// has to root values across calls that can run Python code (vm/handles.h).
//
// Roots: every thread's frames (trace_thread_frames), its pending/handled exception
// and root stack; registered global roots (gc_add_root); immortal objects (builtin
// types, interned strings, singletons) are traced as roots every cycle.
//
// TAIPAN_GC_STRESS=N collects at every Nth safepoint (1: every one).
#pragma once
#include <cstddef>
#include <new>

#include "vm/object.h"
#include "vm/thread.h"

namespace taipan {

// Returns zeroed memory of `size` bytes with the header set (type, registry link).
Object* gc_alloc(Thread& th, Type* type, size_t size);

template <class T>
T* gc_new(Thread& th, Type* type, size_t extra_bytes = 0) {
  return static_cast<T*>(gc_alloc(th, type, sizeof(T) + extra_bytes));
}

// Never collected; traced as a root every cycle. For objects made at startup that live
// for the whole process (interned strings, builtin modules, type dicts).
void gc_make_immortal(Object* o);
// A static object (not from gc_alloc) that must be traced every cycle (builtin types).
void gc_register_static(Object* o);
// A C++ global holding a Value: traced every cycle.
void gc_add_root(Value* slot);

// A builtin type whose dead objects may need a Python call before they are freed (an
// unfinished generator's close()): the collector treats them as it treats instances of
// classes with __del__. The hook runs with the world stopped, so it must not allocate,
// lock or run Python code; it returns the callable to queue (called with the object as
// its only argument) or EMPTY. Register at startup only.
using GcFinalizerHook = Value (*)(Object* o);
void gc_set_finalizer_hook(Type* t, GcFinalizerHook hook);

// Runs a full collection now (gc.collect()); the caller must be at a safepoint: no
// unrooted C++ temporaries.
void gc_collect(Thread& th);
// Runs the calls queued by collections (weakref callbacks, __del__) in this thread; an
// exception is reported as "Exception ignored in: ..." on stderr and dropped.
// gc_collect runs them itself when it was the collecting thread.
void gc_run_pending(Thread& th);
// Prints "Exception ignored in: <repr of where>" and exc's traceback on sys.stderr.
void report_unraisable(Thread& th, Value exc, Value where);
void gc_set_enabled(bool on);
bool gc_is_enabled();

struct GcStats {
  size_t collections;
  size_t live_objects;
  size_t live_bytes;
};
GcStats gc_stats();

void gc_init();  // reads TAIPAN_GC_STRESS

}  // namespace taipan
