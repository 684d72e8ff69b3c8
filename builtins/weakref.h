// Weak references (the `_weakref` module's ReferenceType) and the collector's side of
// them.
//
// A weakref holds its referent as a raw pointer the collector does not trace. Every
// weakref with a live referent is listed in a registry keyed by referent (vm/gc.cpp);
// after marking, the collector clears the referent of every weakref whose referent was
// not marked and queues the callback of each such weakref that is itself alive. The
// referent only changes inside a stop-the-world collection, so a thread that loaded it
// (atomically, outside any safepoint) holds a valid object, and keeps it alive once it
// is on its stack.
#pragma once
#include <atomic>
#include <vector>

#include "vm/objects.h"

namespace taipan {

struct WeakRefObject : Object {
  std::atomic<Object*> referent;  // null once the referent died
  Value callback;                 // EMPTY: none
  std::atomic<int64_t> hash;      // hash(referent), cached at first use
  std::atomic<bool> hashed;
};

bool is_weakref(Value v);
// The referent, or EMPTY when it died.
Value weakref_get(WeakRefObject* w);

// vm/gc.cpp: the registry. register/unregister run attached; the collector clears
// referents with the world stopped.
void gc_weakref_register(WeakRefObject* w);
void gc_weakref_unregister(WeakRefObject* w);  // from the type's finalize
std::vector<WeakRefObject*> gc_weakrefs_to(Object* o);

void init_weakref_type(Thread& th);  // builtins/weakref.cpp, from runtime_init

}  // namespace taipan
