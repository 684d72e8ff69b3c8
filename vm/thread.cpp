// Registration of OS threads with the runtime (see vm/thread.h). The registry itself
// and attach/detach live in vm/gc.cpp, next to the collector that reads them.
#include "vm/thread.h"

#include "vm/error.h"
#include "vm/frame.h"
#include "vm/runtime.h"

#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace taipan {

void gc_link_thread(Thread* th);    // vm/gc.cpp
void gc_unlink_thread(Thread* th);  // vm/gc.cpp

namespace {
thread_local Thread* tl_thread = nullptr;
Thread* g_main_thread = nullptr;
std::atomic<bool> g_interrupt{false};

void on_sigint(int) {
  // Only lock-free atomic stores here: this runs in a signal handler.
  g_interrupt.store(true, std::memory_order_relaxed);
  if (Thread* m = g_main_thread) m->safepoint_requested.store(1, std::memory_order_relaxed);
}
}  // namespace

void install_interrupt_handler() {
  g_main_thread = tl_thread;
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking calls return EINTR and can notice
  sigaction(SIGINT, &sa, nullptr);
}

bool g_interrupt_requested() { return g_interrupt.load(std::memory_order_relaxed); }

bool take_interrupt(Thread& th) {
  if (&th != g_main_thread || !g_interrupt.load(std::memory_order_relaxed)) return false;
  if (!g_interrupt.exchange(false, std::memory_order_relaxed)) return false;
  raise_str(th, Exc_KeyboardInterrupt, "");
  return true;
}

Thread* current_thread_or_null() { return tl_thread; }

Thread& current_thread() {
  if (!tl_thread) {
    std::fputs("taipan: a thread not registered with the runtime touched Python objects\n", stderr);
    std::abort();
  }
  return *tl_thread;
}

Thread* thread_register() {
  // Idents are never reused (pthread_self() values are, once a thread ends), so that
  // per-thread tables keyed by get_ident() (threading.local) never see a stale entry.
  static std::atomic<uint64_t> next_ident{1};
  auto* th = new Thread();
  th->ident = (static_cast<uint64_t>(getpid()) << 32) + next_ident.fetch_add(1, std::memory_order_relaxed);
  th->native_id = static_cast<uint64_t>(syscall(SYS_gettid));
  gc_link_thread(th);
  tl_thread = th;
  return th;
}

void thread_unregister(Thread* th) {
  gc_unlink_thread(th);
  free_vm_stack(*th);
  if (tl_thread == th) tl_thread = nullptr;
  delete th;
}

}  // namespace taipan
