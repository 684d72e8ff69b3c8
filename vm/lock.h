// ObjLock: the one-byte lock in every object header, and the RAII guards that make
// every locked region visible in the code.
//
// States: 0 free, 1 held, 2 held with (possible) waiters. Acquire spins briefly (locked
// regions are short: a few loads and stores, never Python code, never a blocking call),
// then parks with std::atomic::wait. Non-recursive.
//
// Rules (design.md, "Objects and locking"):
// - Hold an object lock only around a short, non-blocking, non-allocating-if-possible
//   region that runs no Python code. Functions that expect the lock held end in _locked.
// - Two objects: CriticalSection2 locks the lower address first.
// - Never reach a safepoint while holding a lock (allocation is not a safepoint in
//   taipan: it only requests a collection, see vm/gc.h).
#pragma once
#include <atomic>
#include <cstdint>

namespace taipan {

class ObjLock {
 public:
  void lock() {
    uint8_t expected = 0;
    if (state_.compare_exchange_strong(expected, 1, std::memory_order_acquire)) return;
    lock_slow();
  }
  bool try_lock() {
    uint8_t expected = 0;
    return state_.compare_exchange_strong(expected, 1, std::memory_order_acquire);
  }
  void unlock() {
    if (state_.exchange(0, std::memory_order_release) == 2) state_.notify_one();
  }
  bool is_locked() const { return state_.load(std::memory_order_relaxed) != 0; }

 private:
  void lock_slow();
  std::atomic<uint8_t> state_{0};
};
static_assert(sizeof(ObjLock) == 1);

struct Object;

// Locks one object for the enclosing scope: `CriticalSection cs{list};`
class CriticalSection {
 public:
  explicit CriticalSection(Object* o);
  ~CriticalSection();
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;

 private:
  Object* o_;
};

// Locks two objects in address order (the same object twice locks once).
class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b);
  ~CriticalSection2();
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;

 private:
  Object* first_;
  Object* second_;  // null when a == b
};

// Inside a CriticalSection: leaves the object unlocked for a scope (to call __eq__ or
// other Python code) and locks it again at the end of the scope.
class ScopedUnlock {
 public:
  explicit ScopedUnlock(Object* o);
  ~ScopedUnlock();
  ScopedUnlock(const ScopedUnlock&) = delete;
  ScopedUnlock& operator=(const ScopedUnlock&) = delete;

 private:
  Object* o_;
};

// Named atomics for fields other threads read without the lock (style.md).
template <class T>
inline T load_acquire(const std::atomic<T>& a) { return a.load(std::memory_order_acquire); }
template <class T>
inline T load_relaxed(const std::atomic<T>& a) { return a.load(std::memory_order_relaxed); }
template <class T, class U>
inline void store_release(std::atomic<T>& a, U v) { a.store(v, std::memory_order_release); }
template <class T, class U>
inline void store_relaxed(std::atomic<T>& a, U v) { a.store(v, std::memory_order_relaxed); }

}  // namespace taipan
