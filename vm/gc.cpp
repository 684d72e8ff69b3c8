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
// - Weak references (builtins/weakref.h): after marking, every weakref whose referent is
//   unmarked is cleared, and the callbacks of those that are themselves marked are
//   queued. Then unreachable instances of classes with __del__ that were never
//   finalized are resurrected for one cycle, with everything they reach, and their
//   __del__ queued; they are flagged so the next cycle that finds them dead frees them.
//   Builtin types may ask for the same treatment with a hook (gc_set_finalizer_hook).
// - Queued calls run in the collecting thread after the world restarts, outside every
//   lock (gc_run_pending); the queue is a root until then.
#include "vm/gc.h"

#include <mimalloc.h>

#include <condition_variable>
#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "builtins/weakref.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"
#include "vm/runtime.h"
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
// Weakrefs by referent. Changed by attached threads under g_weak_mu (never across a
// safepoint) and by the collector with the world stopped.
std::mutex& g_weak_mu = *new std::mutex;
std::unordered_map<Object*, std::vector<WeakRefObject*>>& g_weak =
    *new std::unordered_map<Object*, std::vector<WeakRefObject*>>;
// (callable, argument) pairs queued by collections; roots until called. Under g_mu.
std::vector<Value>& g_pending = *new std::vector<Value>;

uint32_t g_stress = 0;  // collect every g_stress safepoints; 0 = off
GcStats g_stats{};

class Marker final : public Tracer {
 public:
  std::vector<Object*> stack;
  // Resurrection marks only objects the sweep found dead: the survivors' marks are
  // already cleared and must stay clear for the next cycle.
  bool only_dead = false;
  void visit(Object* o) override {
    if (!o || (o->gc_flags & GC_IMMORTAL)) return;
    if (only_dead && !(o->gc_flags & GC_DEAD)) return;
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
  for (Value v : g_pending) m.Tracer::visit(v);
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
// Finds the finalizer (a __del__, or a builtin type's hook) of each dead object while the
// sweep has its header in cache: touching every dead object again afterwards cost a
// tenth of allocation-heavy programs. Most dead objects share their type with the one
// before, hence the one-entry cache in front of the per-cycle map.
struct FinalizerFinder {
  std::vector<std::pair<Object*, Value>> found;  // (object, what to call with it)
  std::unordered_map<Type*, Value> by_type;
  Type* last_type = nullptr;
  Value last_del;
  void check(Object* o);
};

void sweep_list(Object** head, std::vector<Object*>& dead, size_t& live_bytes, size_t& live_n,
                FinalizerFinder& fin) {
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
      if (!(o->gc_flags & GC_FINALIZED)) fin.check(o);
    }
  }
}

bool is_marked(Object* o) { return (o->gc_flags & GC_IMMORTAL) || o->gc_mark.load(std::memory_order_relaxed); }

// Clears the weakrefs of unmarked referents; queues the callbacks of the live ones.
void clear_weakrefs() {
  std::lock_guard lk(g_weak_mu);
  for (auto it = g_weak.begin(); it != g_weak.end();) {
    if (is_marked(it->first)) {
      ++it;
      continue;
    }
    for (WeakRefObject* w : it->second) {
      w->referent.store(nullptr, std::memory_order_relaxed);
      if (is_marked(w) && !w->callback.is_empty()) {
        g_pending.push_back(w->callback);
        g_pending.push_back(V(w));
      }
    }
    it = g_weak.erase(it);
  }
}

// Builtin types with a finalizer hook (gc_set_finalizer_hook); few, so a linear scan.
constexpr int kMaxFinalizerHooks = 8;
std::pair<Type*, GcFinalizerHook> g_finalizer_hooks[kMaxFinalizerHooks];
int g_n_finalizer_hooks = 0;

// The __del__ of a heap type, or EMPTY; looked up once per type per cycle.
void FinalizerFinder::check(Object* o) {
  Type* t = o->type;
  Value del;
  if (t->flags & TF_HEAPTYPE) {
    if (t != last_type) {
      auto [it, fresh] = by_type.try_emplace(t, Value());
      if (fresh) it->second = lookup_in_mro(t, sym::__del__);
      last_type = t;
      last_del = it->second;
    }
    del = last_del;
  }
  for (int i = 0; del.is_empty() && i < g_n_finalizer_hooks; i++)
    if (g_finalizer_hooks[i].first == t) del = g_finalizer_hooks[i].second(o);
  if (!del.is_empty()) found.emplace_back(o, del);
}

// Resurrects the never-finalized dead objects that have a finalizer (and all they
// reach) and queues the calls; `dead` keeps only what is really garbage.
void resurrect_finalizable(Marker& m, std::vector<Object*>& dead, FinalizerFinder& fin) {
  if (fin.found.empty()) return;
  size_t queued = g_pending.size();
  for (auto& [o, del] : fin.found) {
    o->gc_flags |= GC_FINALIZED;
    g_pending.push_back(del);
    g_pending.push_back(V(o));
  }
  for (Object* o : dead) o->gc_flags |= GC_DEAD;
  m.only_dead = true;
  for (size_t i = queued; i < g_pending.size(); ++i) m.Tracer::visit(g_pending[i]);
  m.drain();
  m.only_dead = false;
  size_t keep = 0;
  for (Object* o : dead) {
    o->gc_flags &= ~GC_DEAD;
    if (o->gc_mark.load(std::memory_order_relaxed)) {  // resurrected: back into the heap
      o->gc_mark.store(0, std::memory_order_relaxed);
      o->gc_next = g_orphans;
      g_orphans = o;
    } else {
      dead[keep++] = o;
    }
  }
  dead.resize(keep);
}

// With g_mu held and the world stopped.
void collect_locked() {
  Marker m;
  m.stack.reserve(4096);
  mark_all(m);
  clear_weakrefs();
  std::vector<Object*> dead;
  size_t live_bytes = 0, live_n = 0;
  FinalizerFinder fin;
  for (Thread* t = g_threads; t; t = t->next) sweep_list(&t->alloc_head, dead, live_bytes, live_n, fin);
  sweep_list(&g_orphans, dead, live_bytes, live_n, fin);
  resurrect_finalizable(m, dead, fin);
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
  bool pending = !g_pending.empty();
  lk.unlock();
  if (pending) gc_run_pending(th);
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

// ---- weak references and queued calls

void gc_weakref_register(WeakRefObject* w) {
  Object* o = w->referent.load(std::memory_order_relaxed);
  std::lock_guard lk(g_weak_mu);
  g_weak[o].push_back(w);
}

void gc_weakref_unregister(WeakRefObject* w) {
  Object* o = w->referent.load(std::memory_order_relaxed);
  if (!o) return;
  std::lock_guard lk(g_weak_mu);
  auto it = g_weak.find(o);
  if (it == g_weak.end()) return;
  auto& v = it->second;
  v.erase(std::remove(v.begin(), v.end(), w), v.end());
  if (v.empty()) g_weak.erase(it);
}

std::vector<WeakRefObject*> gc_weakrefs_to(Object* o) {
  std::lock_guard lk(g_weak_mu);
  auto it = g_weak.find(o);
  if (it == g_weak.end()) return {};
  // Plain refs first, as CPython lists them.
  std::vector<WeakRefObject*> out;
  for (WeakRefObject* w : it->second)
    if (w->type == WeakRefType && w->callback.is_empty()) out.push_back(w);
  for (WeakRefObject* w : it->second)
    if (!(w->type == WeakRefType && w->callback.is_empty())) out.push_back(w);
  return out;
}

namespace {
thread_local bool tl_running_pending = false;
}  // namespace

void report_unraisable(Thread& th, Value exc, Value where) {
  Root keep(th, exc);
  Value err = g_runtime.sys ? dict_get_str(g_runtime.sys->dict, sym::stderr) : Value();
  Root keep_err(th, err);  // repr() below runs Python code, which may rebind sys.stderr
  Value r = repr(th, where);
  if (r.is_empty()) clear_exc(th);
  if (!err.is_empty() && !is_none(err)) {
    std::string head = "Exception ignored in: ";
    head += r.is_empty() ? std::string("<object repr() failed>") : std::string(str_view(r));
    head += "\n";
    Value s = V(str_new(th, head));
    if (call_method(th, err, sym::write, &s, 1).is_empty()) clear_exc(th);
  }
  print_exception(th, exc);
}

void gc_run_pending(Thread& th) {
  if (tl_running_pending) return;  // the outer loop drains what nested collections queue
  tl_running_pending = true;
  Value saved = take_exc(th);
  Root keep_saved(th, saved);
  for (;;) {
    // Take the whole queue at once (erasing pairs from its front was quadratic when a
    // collection queued thousands of callbacks); calls queued meanwhile form the next batch.
    std::vector<Value> batch;
    {
      std::lock_guard lk(g_mu);
      if (g_pending.empty()) break;
      batch.swap(g_pending);
    }
    RootSpan keep(th, batch.data(), batch.size());
    for (size_t i = 0; i + 1 < batch.size(); i += 2) {
      Value fn = keep.data()[i], arg = keep.data()[i + 1];
      if (call1(th, fn, arg).is_empty()) {
        Value exc = take_exc(th);
        report_unraisable(th, exc, fn);
      }
    }
  }
  th.exc = saved;
  tl_running_pending = false;
}

void gc_set_finalizer_hook(Type* t, GcFinalizerHook hook) {
  if (g_n_finalizer_hooks == kMaxFinalizerHooks) std::abort();
  g_finalizer_hooks[g_n_finalizer_hooks++] = {t, hook};
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
