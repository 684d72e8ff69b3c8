// Roots for values held in C++ locals.
//
// The collector runs only at safepoints (back-edges, calls, returns of Python code,
// explicit gc.collect(), and while a thread is detached). Allocation never collects
// (it only requests a collection). So a C++ local needs rooting only when it is live
// across something that can reach a safepoint: calling Python code (any call(),
// repr(), hash() or comparison of arbitrary objects can), or a DetachScope.
//
// The collector does not move objects: once rooted, the plain local stays valid.
//   Root keep(th, v);         // v survives calls below
//   keep.set(new_v);          // when the local is reassigned
// Roots are a per-thread LIFO stack; Root objects live on the C++ stack only.
#pragma once
#include <cstddef>

#include "vm/thread.h"

namespace taipan {

class Root {
 public:
  Root(Thread& th, Value v) : th_(th), idx_(th.roots.size()) { th.roots.push_back(v); }
  Root(Thread& th, const Object* o) : Root(th, o ? Value::from_obj(o) : Value()) {}
  ~Root() { th_.roots.resize(idx_); }
  Root(const Root&) = delete;
  Root& operator=(const Root&) = delete;
  void* operator new(size_t) = delete;

  Value get() const { return th_.roots[idx_]; }
  void set(Value v) { th_.roots[idx_] = v; }
  void set(const Object* o) { th_.roots[idx_] = o ? Value::from_obj(o) : Value(); }

 private:
  Thread& th_;
  size_t idx_;
};

// Roots a whole array of Values (e.g. a snapshot copied out of a locked container).
class RootSpan {
 public:
  RootSpan(Thread& th, const Value* vals, size_t n) : th_(th), idx_(th.roots.size()) {
    th.roots.insert(th.roots.end(), vals, vals + n);
  }
  ~RootSpan() { th_.roots.resize(idx_); }
  RootSpan(const RootSpan&) = delete;
  RootSpan& operator=(const RootSpan&) = delete;
  Value* data() { return th_.roots.data() + idx_; }  // invalidated by later Roots

 private:
  Thread& th_;
  size_t idx_;
};

}  // namespace taipan
