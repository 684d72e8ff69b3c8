// The `_thread` module: OS threads that run Python in parallel, and the locks that
// `threading` builds on (builtins/thread_module.cpp).
#pragma once
#include "vm/objects.h"

namespace taipan {

struct LockImpl;  // a mutex + condition variable, outside the GC heap

// _thread.lock and _thread.RLock. Waiting for one detaches the thread, so a thread
// blocked on a Python lock never stalls a collection.
struct LockObject : Object {
  LockImpl* impl;
};

// Called at exit: runs threading._shutdown() (waits for non-daemon threads) if the
// threading module was imported.
void threads_shutdown(Thread& th);

}  // namespace taipan
