// `_thread`: starting OS threads that run Python, and lock objects.
//
// A new thread's function and arguments are kept alive across the gap between
// start_new_thread() and the new thread's registration by a global rooted list
// (g_pending): a collection may run in between, and the new thread is not yet a root.
//
// Lock waits are detached (DetachScope) and never hold an object lock: the LockImpl's
// std::mutex is held only for a few instructions, never while detached or running
// Python code, so it cannot deadlock with the collector.
#include "builtins/thread_module.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <memory>
#include <system_error>
#include <thread>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/native.h"

namespace taipan {

struct LockImpl {
  std::mutex m;
  std::condition_variable cv;
  bool locked = false;
  uint64_t owner = 0;  // RLock only
  int64_t count = 0;   // RLock only
};

namespace {

Value g_pending;  // key -> (func, args, kwargs) for threads started but not yet running
std::atomic<int64_t> g_thread_count{0};

uint64_t self_ident() { return current_thread().ident; }

// ---- locks

LockObject* new_lock(Thread& th, Type* t) {
  auto* l = gc_new<LockObject>(th, t);
  l->impl = new LockImpl();
  return l;
}

void lock_finalize(Object* o) { delete static_cast<LockObject*>(o)->impl; }

Value lock_new(Thread& th, Type* type, const Value*, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raise(th, Exc_TypeError, "%s() takes no arguments", str_view(type->name).data());
  return V(new_lock(th, type));
}

// Parses (blocking, timeout) as CPython; returns false when it raised. timeout < 0: forever.
bool lock_args(Thread& th, const Value* a, bool* blocking, double* timeout) {
  int b = truthy(th, a[1]);
  if (b < 0) return false;
  *blocking = b != 0;
  Value t = number_float(th, a[2]);
  if (t.is_empty()) return false;
  *timeout = t.dbl();
  if (!*blocking && *timeout != -1) {
    raise(th, Exc_ValueError, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (*timeout < 0 && *timeout != -1) {
    raise(th, Exc_ValueError, "timeout value must be positive");
    return false;
  }
  return true;
}

// Waits until `ready()` (checked under impl->m); detached while waiting.
template <class Ready>
bool wait_for(Thread& th, LockImpl* impl, bool blocking, double timeout, Ready ready) {
  {
    std::lock_guard lk(impl->m);
    if (ready()) return true;
  }
  if (!blocking) return false;
  DetachScope detached(th);
  std::unique_lock lk(impl->m);
  if (timeout < 0) {
    impl->cv.wait(lk, ready);
    return true;
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout);
  return impl->cv.wait_until(lk, deadline, ready);
}

Value lock_acquire(Thread& th, const Value* a) {
  auto* l = as<LockObject>(a[0]);
  bool blocking;
  double timeout;
  if (!lock_args(th, a, &blocking, &timeout)) return Value();
  LockImpl* impl = l->impl;
  Root keep(th, a[0]);
  bool got = wait_for(th, impl, blocking, timeout, [impl] {
    if (impl->locked) return false;
    impl->locked = true;
    return true;
  });
  return bool_value(got);
}

Value lock_release(Thread& th, const Value* a) {
  LockImpl* impl = as<LockObject>(a[0])->impl;
  {
    std::lock_guard lk(impl->m);
    if (!impl->locked) return raise(th, Exc_RuntimeError, "release unlocked lock");
    impl->locked = false;
  }
  impl->cv.notify_one();
  return g_None;
}

Value lock_locked(Thread&, const Value* a) {
  LockImpl* impl = as<LockObject>(a[0])->impl;
  std::lock_guard lk(impl->m);
  return bool_value(impl->locked);
}

Value lock_exit(Thread& th, const Value* a) {
  Value r = lock_release(th, a);
  return r.is_empty() ? r : g_None;
}

Value rlock_acquire(Thread& th, const Value* a) {
  auto* l = as<LockObject>(a[0]);
  bool blocking;
  double timeout;
  if (!lock_args(th, a, &blocking, &timeout)) return Value();
  LockImpl* impl = l->impl;
  uint64_t me = self_ident();
  Root keep(th, a[0]);
  bool got = wait_for(th, impl, blocking, timeout, [impl, me] {
    if (impl->locked && impl->owner != me) return false;
    impl->locked = true;
    impl->owner = me;
    impl->count++;
    return true;
  });
  return bool_value(got);
}

Value rlock_release(Thread& th, const Value* a) {
  LockImpl* impl = as<LockObject>(a[0])->impl;
  bool wake = false;
  {
    std::lock_guard lk(impl->m);
    if (!impl->locked || impl->owner != self_ident())
      return raise(th, Exc_RuntimeError, "cannot release un-acquired lock");
    if (--impl->count == 0) {
      impl->locked = false;
      impl->owner = 0;
      wake = true;
    }
  }
  if (wake) impl->cv.notify_one();
  return g_None;
}

Value rlock_exit(Thread& th, const Value* a) {
  Value r = rlock_release(th, a);
  return r.is_empty() ? r : g_None;
}

Value rlock_is_owned(Thread&, const Value* a) {
  LockImpl* impl = as<LockObject>(a[0])->impl;
  std::lock_guard lk(impl->m);
  return bool_value(impl->locked && impl->owner == self_ident());
}

// Condition variables in `threading` save and restore an RLock's recursion level.
Value rlock_release_save(Thread& th, const Value* a) {
  LockImpl* impl = as<LockObject>(a[0])->impl;
  int64_t count;
  uint64_t owner;
  {
    std::lock_guard lk(impl->m);
    if (!impl->locked || impl->owner != self_ident())
      return raise(th, Exc_RuntimeError, "cannot release un-acquired lock");
    count = impl->count;
    owner = impl->owner;
    impl->count = 0;
    impl->owner = 0;
    impl->locked = false;
  }
  impl->cv.notify_one();
  Value items[2] = {int_from_i64(th, count), int_from_u64(th, owner)};
  return V(tuple_from(th, items, 2));
}

Value rlock_acquire_restore(Thread& th, const Value* a) {
  LockImpl* impl = as<LockObject>(a[0])->impl;
  if (!is_tuple(a[1]) || as<TupleObject>(a[1])->size != 2)
    return raise(th, Exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
  int64_t count;
  if (!int_to_i64(as<TupleObject>(a[1])->items[0], &count)) return raise(th, Exc_TypeError, "bad state");
  uint64_t me = self_ident();
  Root keep(th, a[0]);
  wait_for(th, impl, true, -1, [impl, me, count] {
    if (impl->locked) return false;
    impl->locked = true;
    impl->owner = me;
    impl->count = count;
    return true;
  });
  return g_None;
}

Value lock_repr(Thread& th, Value self) {
  auto* l = as<LockObject>(self);
  bool locked;
  {
    std::lock_guard lk(l->impl->m);
    locked = l->impl->locked;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s _thread.%s object at %p>", locked ? "locked" : "unlocked",
                l->type == RLockType ? "RLock" : "lock", static_cast<void*>(l));
  return V(str_from_cstr(th, buf));
}

const NativeDef kLockMethods[] = {
    {"acquire(self, blocking=True, timeout=-1)", lock_acquire},
    {"acquire_lock(self, blocking=True, timeout=-1)", lock_acquire},
    {"release(self, /)", lock_release},
    {"release_lock(self, /)", lock_release},
    {"locked(self, /)", lock_locked},
    {"__enter__(self, blocking=True, timeout=-1)", lock_acquire},
    {"__exit__(self, *args)", lock_exit},
    {},
};

const NativeDef kRLockMethods[] = {
    {"acquire(self, blocking=True, timeout=-1)", rlock_acquire},
    {"release(self, /)", rlock_release},
    {"__enter__(self, blocking=True, timeout=-1)", rlock_acquire},
    {"__exit__(self, *args)", rlock_exit},
    {"_is_owned(self, /)", rlock_is_owned},
    {"_release_save(self, /)", rlock_release_save},
    {"_acquire_restore(self, state, /)", rlock_acquire_restore},
    {},
};

// ---- threads

struct StartInfo {
  int64_t key;                 // the job's key in g_pending
  std::mutex m;
  std::condition_variable cv;
  bool started = false;
  uint64_t ident = 0;
};

std::atomic<int64_t> g_next_key{1};

// Runs one started thread's job; every Root lives inside, so all are gone before the
// Thread they point into is unregistered (and freed).
void run_job(Thread& th, StartInfo* info) {
  // Until rooted here, the job is reachable only from g_pending.
  Value key = Value::from_small(info->key);
  Value job_v;
  dict_lookup(th, as<DictObject>(g_pending), key, &job_v);
  Root job(th, job_v);
  dict_del(th, as<DictObject>(g_pending), key);
  {
    // Notify with the mutex held: the starter frees info as soon as it can return from
    // its wait, which needs the mutex; info is not touched after this block.
    std::lock_guard lk(info->m);
    info->ident = th.ident;
    info->started = true;
    info->cv.notify_one();
  }
  auto* t = as<TupleObject>(job_v);
  Value func = t->items[0];
  auto* args = as<TupleObject>(t->items[1]);
  Value kwargs = t->items[2];
  Value r = call_ex(th, func, args, is_none(kwargs) ? nullptr : as<DictObject>(kwargs));
  if (r.is_empty() && has_exc(th)) {
    Value exc = take_exc(th);
    Root keep_exc(th, exc);
    if (!isinstance(exc, Exc_SystemExit)) {
      std::fputs("Unhandled exception in thread started by ", stderr);
      Value fr = repr(th, func);
      if (!fr.is_empty()) std::fwrite(str_view(fr).data(), 1, str_view(fr).size(), stderr);
      else clear_exc(th);
      std::fputc('\n', stderr);
      print_exception(th, exc);
    }
  }
}

void thread_main(StartInfo* info) {
  Thread* th = thread_register();
  run_job(*th, info);
  g_thread_count.fetch_sub(1, std::memory_order_relaxed);
  thread_unregister(th);
}

Value start_new_thread_impl(Thread& th, const Value* a) {
  if (!type_of(a[0])->call) return raise(th, Exc_TypeError, "first arg must be callable");
  if (!is_tuple(a[1])) return raise(th, Exc_TypeError, "2nd arg must be a tuple");
  Value kw = a[2].is_empty() ? g_None : a[2];
  if (!is_none(kw) && !is_dict(kw)) return raise(th, Exc_TypeError, "optional 3rd arg must be a dictionary");
  Value items[3] = {a[0], a[1], kw};
  TupleObject* job = tuple_from(th, items, 3);
  Root keep(th, job);
  auto info = std::make_unique<StartInfo>();
  info->key = g_next_key.fetch_add(1, std::memory_order_relaxed);
  if (dict_set(th, as<DictObject>(g_pending), Value::from_small(info->key), V(job)) < 0) return Value();
  g_thread_count.fetch_add(1, std::memory_order_relaxed);
  try {
    std::thread(thread_main, info.get()).detach();
  } catch (const std::system_error&) {
    g_thread_count.fetch_sub(1, std::memory_order_relaxed);
    dict_del(th, as<DictObject>(g_pending), Value::from_small(info->key));
    return raise(th, Exc_RuntimeError, "can't start new thread");
  }
  // Wait (detached: the new thread's registration may wait for a collection) until the
  // thread has taken its job, so that its ident can be returned as CPython does.
  {
    DetachScope detached(th);
    std::unique_lock lk(info->m);
    info->cv.wait(lk, [&] { return info->started; });
  }
  return int_from_u64(th, info->ident);
}

Value get_ident_impl(Thread& th, const Value*) { return int_from_u64(th, th.ident); }
Value get_native_id_impl(Thread& th, const Value*) { return int_from_u64(th, th.native_id); }
Value count_impl(Thread&, const Value*) { return Value::from_small(g_thread_count.load()); }
Value allocate_lock_impl(Thread& th, const Value*) { return V(new_lock(th, LockType)); }
Value rlock_impl(Thread& th, const Value*) { return V(new_lock(th, RLockType)); }
Value is_main_impl(Thread& th, const Value*) { return bool_value(th.is_main); }

const NativeDef kThreadFunctions[] = {
    {"start_new_thread(function, args, kwargs=?, /)", start_new_thread_impl},
    {"start_new(function, args, kwargs=?, /)", start_new_thread_impl},
    {"get_ident()", get_ident_impl},
    {"get_native_id()", get_native_id_impl},
    {"_count()", count_impl},
    {"allocate_lock()", allocate_lock_impl},
    {"allocate()", allocate_lock_impl},
    {"RLock()", rlock_impl},
    {"_is_main_thread()", is_main_impl},
    {},
};

}  // namespace

void init_threads(Thread& th) {
  g_pending = V(reinterpret_cast<Object*>(dict_new(th)));
  gc_add_root(&g_pending);
  LockType->methods = kLockMethods;
  RLockType->methods = kRLockMethods;
  for (Type* t : {LockType, RLockType}) {
    t->finalize = lock_finalize;
    t->repr = lock_repr;
    t->new_ = lock_new;
  }
}

int init_thread_module(Thread& th, ModuleObject* m) {
  Value name = V(str_intern("_thread"));
  add_native_functions(th, m->dict, kThreadFunctions, name);
  dict_set_str(th, m->dict, str_intern("LockType"), V(LockType));
  dict_set_str(th, m->dict, str_intern("lock"), V(LockType));
  dict_set_str(th, m->dict, str_intern("error"), V(Exc_RuntimeError));
  dict_set_str(th, m->dict, str_intern("TIMEOUT_MAX"), Value::from_double(4294967.0));
  return 0;
}

void threads_shutdown(Thread& th) {
  Value threading = dict_get_str(g_runtime.modules, str_intern("threading"));
  if (threading.is_empty()) return;
  Root keep(th, threading);
  Value r = call_method(th, threading, str_intern("_shutdown"), nullptr, 0);
  if (r.is_empty()) {
    if (exc_matches(th, Exc_AttributeError)) clear_exc(th);
    else print_exception(th, take_exc(th));
  }
}

}  // namespace taipan
