// The collector and the thread registry it stops (design.md, "Memory").
//
// Invariants:
// - A collection runs only while every other registered thread is Parked (waiting at a
//   safepoint) or Detached (blocked outside the VM). g_mu guards thread states, the
//   thread list, and the stop flag; the collector holds it for the whole cycle, so a
//   thread cannot attach mid-collection.
// - Allocation never collects; crossing the threshold only sets every thread's
//   safepoint flag. That is why C++ code need not root values between safepoints.
// - Marking is iterative (explicit stack): a million-deep linked list must not
//   overflow the C++ stack.
// - Sweeping runs all finalizers before freeing anything, because a dying object's
//   finalizer reads its type, which may die in the same cycle.
#include "vm/gc.h"

#include <mimalloc.h>

#include <condition_variable>
#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "vm/thread.h"

namespace taipan {
namespace gc_detail {

// Never destroyed: daemon threads may still stop at a safepoint or unregister while the
// process runs its static destructors after main() returns.
std::mutex& g_mu = *new std::mutex;
std::condition_variable& g_cv = *new std::condition_variable;
Thread* g_threads = nullptr;
bool g_stop = false;  // a collection is in progress (or waiting for threads to park)

}  // namespace gc_detail

using namespace gc_detail;

namespace {

bool g_requested = false;           // under g_mu
Object* g_orphans = nullptr;        // allocations of threads that have exited
std::vector<Object*>& g_immortals = *new std::vector<Object*>;  // traced as roots every cycle
std::vector<Value*>& g_root_slots = *new std::vector<Value*>;
std::atomic<size_t> g_allocated{0};  // bytes since the last collection (flushed in chunks)
size_t g_threshold = size_t(64) << 20;
constexpr size_t kMinThreshold = size_t(64) << 20;
// Marking and sweeping cost about the same per object whatever its size, so a heap of
// many small live objects waits for this much allocation per live object.
constexpr size_t kBytesPerLiveObject = 256;
constexpr size_t kFlushChunk = size_t(256) << 10;
std::atomic<bool> g_enabled{true};
uint32_t g_stress = 0;  // collect every g_stress safepoints; 0 = off
GcStats g_stats{};

class Marker final : public Tracer {
 public:
  std::vector<Object*> stack;
  void visit(Object* o) override {
    if (!o || (o->gc_flags & GC_IMMORTAL)) return;
    if (o->gc_mark.load(std::memory_order_relaxed)) return;
    o->gc_mark.store(1, std::memory_order_relaxed);
    stack.push_back(o);
  }
  void trace_children(Object* o) {
    Tracer::visit(Value::from_obj(o->type));
    if (o->type->trace) o->type->trace(o, *this);
  }
  void drain() {
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      trace_children(o);
    }
  }
};

void mark_all(Marker& m) {
  for (Object* o : g_immortals) m.trace_children(o);
  for (Value* slot : g_root_slots) m.Tracer::visit(*slot);
  for (Thread* t = g_threads; t; t = t->next) {
    trace_thread_frames(*t, m);
    m.Tracer::visit(t->exc);
    m.Tracer::visit(t->handled_exc);
    m.Tracer::visit(t->thread_obj);
    for (Value v : t->roots) m.Tracer::visit(v);
    m.drain();
  }
  m.drain();
}

// Unlinks dead objects from one registry list into `dead`; clears survivors' marks.
void sweep_list(Object** head, std::vector<Object*>& dead, size_t& live_bytes, size_t& live_n) {
  Object** link = head;
  while (Object* o = *link) {
    if ((o->gc_flags & GC_IMMORTAL) || o->gc_mark.load(std::memory_order_relaxed)) {
      o->gc_mark.store(0, std::memory_order_relaxed);
      live_bytes += mi_usable_size(o);
      ++live_n;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      dead.push_back(o);
    }
  }
}

// With g_mu held and the world stopped.
void collect_locked() {
  Marker m;
  m.stack.reserve(4096);
  mark_all(m);
  std::vector<Object*> dead;
  size_t live_bytes = 0, live_n = 0;
  for (Thread* t = g_threads; t; t = t->next) sweep_list(&t->alloc_head, dead, live_bytes, live_n);
  sweep_list(&g_orphans, dead, live_bytes, live_n);
  for (Object* o : dead)
    if (o->type->finalize) o->type->finalize(o);
  for (Object* o : dead) mi_free(o);
  g_stats.collections++;
  g_stats.live_objects = live_n;
  g_stats.live_bytes = live_bytes;
  // The next cycle starts after allocating twice the live heap (at least 64 MiB): a
  // collection costs about the live heap, so this keeps collection work proportional to
  // allocation, and the heap within about three times what is live.
  g_threshold = std::max({kMinThreshold, 2 * live_bytes, live_n * kBytesPerLiveObject});
  g_allocated.store(0, std::memory_order_relaxed);
  g_requested = false;
}

void set_all_flags_locked(uint32_t v) {
  for (Thread* t = g_threads; t; t = t->next)
    t->safepoint_requested.store(v || g_stress ? 1 : 0, std::memory_order_relaxed);
}

// Waits at a safepoint until the running collection is over (g_mu held by lk).
void park_locked(Thread& th, std::unique_lock<std::mutex>& lk) {
  th.state = ThreadState::Parked;
  g_cv.notify_all();
  g_cv.wait(lk, [] { return !g_stop; });
  th.state = ThreadState::Attached;
}

void request_collection() {
  std::lock_guard lk(g_mu);
  if (g_requested || !g_enabled.load(std::memory_order_relaxed)) return;
  g_requested = true;
  set_all_flags_locked(1);
}

}  // namespace

void gc_init() {
  // Every collection frees many pages that the next cycle's allocations reuse at once;
  // returning them to the OS right away (mimalloc's default 25 ms) made a quarter of the
  // run time page faults in allocation-heavy loops. Keep them for a second.
  mi_option_set(mi_option_decommit_delay, 1000);
  if (const char* s = std::getenv("TAIPAN_GC_STRESS")) {
    long n = std::strtol(s, nullptr, 10);
    g_stress = n > 0 ? static_cast<uint32_t>(n) : 0;
  }
}

Object* gc_alloc(Thread& th, Type* type, size_t size) {
  void* p = mi_zalloc(size);
  if (!p) {
    std::fputs("taipan: out of memory\n", stderr);
    std::abort();
  }
  Object* o = static_cast<Object*>(p);
  o->type = type;
  o->gc_next = th.alloc_head;
  th.alloc_head = o;
  th.alloc_bytes += size;
  if (th.alloc_bytes >= kFlushChunk) {
    size_t total = g_allocated.fetch_add(th.alloc_bytes, std::memory_order_relaxed) + th.alloc_bytes;
    th.alloc_bytes = 0;
    if (total >= g_threshold && g_enabled.load(std::memory_order_relaxed)) request_collection();
  }
  return o;
}

void gc_make_immortal(Object* o) {
  std::lock_guard lk(g_mu);
  if (o->gc_flags & GC_IMMORTAL) return;
  o->gc_flags |= GC_IMMORTAL;
  g_immortals.push_back(o);
}

void gc_register_static(Object* o) { gc_make_immortal(o); }

void gc_add_root(Value* slot) {
  std::lock_guard lk(g_mu);
  g_root_slots.push_back(slot);
}

void gc_collect(Thread& th) {
  std::unique_lock lk(g_mu);
  if (g_stop) {  // another thread is collecting: wait it out, that is our collection too
    park_locked(th, lk);
    return;
  }
  g_stop = true;
  set_all_flags_locked(1);
  g_cv.wait(lk, [&] {
    for (Thread* t = g_threads; t; t = t->next)
      if (t != &th && t->state == ThreadState::Attached) return false;
    return true;
  });
  collect_locked();
  g_stop = false;
  set_all_flags_locked(0);
  g_cv.notify_all();
}

void safepoint_slow(Thread& th) {
  if (g_stress) {
    if (++th.stress_counter >= g_stress) {
      th.stress_counter = 0;
      gc_collect(th);
      return;
    }
  }
  std::unique_lock lk(g_mu);
  if (g_stop) {
    park_locked(th, lk);
    return;
  }
  if (g_requested && g_enabled.load(std::memory_order_relaxed)) {
    lk.unlock();
    gc_collect(th);
    return;
  }
  if (!g_stress) th.safepoint_requested.store(0, std::memory_order_relaxed);
}

void gc_set_enabled(bool on) { g_enabled.store(on, std::memory_order_relaxed); }
bool gc_is_enabled() { return g_enabled.load(std::memory_order_relaxed); }

GcStats gc_stats() {
  std::lock_guard lk(g_mu);
  return g_stats;
}

// ---- thread registry (shares g_mu with the collector)

void thread_detach(Thread& th) {
  std::lock_guard lk(g_mu);
  th.state = ThreadState::Detached;
  g_cv.notify_all();
}

void thread_attach(Thread& th) {
  std::unique_lock lk(g_mu);
  g_cv.wait(lk, [] { return !g_stop; });
  th.state = ThreadState::Attached;
}

void gc_link_thread(Thread* th) {
  std::unique_lock lk(g_mu);
  g_cv.wait(lk, [] { return !g_stop; });
  th->next = g_threads;
  g_threads = th;
  th->state = ThreadState::Attached;
  if (g_stress || g_requested) th->safepoint_requested.store(1, std::memory_order_relaxed);
}

void gc_unlink_thread(Thread* th) {
  std::lock_guard lk(g_mu);
  // Its objects stay alive as long as they are reachable: move them to the orphans.
  if (Object* o = th->alloc_head) {
    while (o->gc_next) o = o->gc_next;
    o->gc_next = g_orphans;
    g_orphans = th->alloc_head;
    th->alloc_head = nullptr;
  }
  g_allocated.fetch_add(th->alloc_bytes, std::memory_order_relaxed);
  th->alloc_bytes = 0;
  for (Thread** link = &g_threads; *link; link = &(*link)->next) {
    if (*link == th) {
      *link = th->next;
      break;
    }
  }
  th->next = nullptr;
  g_cv.notify_all();
}

}  // namespace taipan
