// Slow paths of ObjLock and the CriticalSection guards (see vm/lock.h).
#include "vm/lock.h"

#include <thread>

#include "vm/object.h"

namespace taipan {

void ObjLock::lock_slow() {
  // Locked regions are a handful of instructions: spinning first avoids a futex round
  // trip in the common short-contention case.
  for (int i = 0; i < 64; ++i) {
    uint8_t expected = 0;
    if (state_.load(std::memory_order_relaxed) == 0 &&
        state_.compare_exchange_weak(expected, 1, std::memory_order_acquire))
      return;
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
  }
  // Mark contended (2) and park until woken; whoever takes it from here keeps the 2 so
  // that its unlock wakes the next waiter.
  while (state_.exchange(2, std::memory_order_acquire) != 0) state_.wait(2, std::memory_order_relaxed);
}

CriticalSection::CriticalSection(Object* o) : o_(o) { o_->lock.lock(); }
CriticalSection::~CriticalSection() { o_->lock.unlock(); }

ScopedUnlock::ScopedUnlock(Object* o) : o_(o) { o_->lock.unlock(); }
ScopedUnlock::~ScopedUnlock() { o_->lock.lock(); }

CriticalSection2::CriticalSection2(Object* a, Object* b) {
  if (a == b) {
    first_ = a;
    second_ = nullptr;
  } else if (a < b) {
    first_ = a;
    second_ = b;
  } else {
    first_ = b;
    second_ = a;
  }
  first_->lock.lock();
  if (second_) second_->lock.lock();
}
CriticalSection2::~CriticalSection2() {
  if (second_) second_->lock.unlock();
  first_->lock.unlock();
}

}  // namespace taipan
