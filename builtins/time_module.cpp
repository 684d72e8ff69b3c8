// The `time` module (the clocks and sleep; strftime and friends come with the stdlib issue).
#include <time.h>

#include <cmath>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/objects.h"

namespace taipan {

namespace {

double clock_seconds(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
Value clock_ns(Thread& th, clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return int_from_i64(th, static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

Value time_impl(Thread&, const Value*) { return Value::from_double(clock_seconds(CLOCK_REALTIME)); }
Value time_ns_impl(Thread& th, const Value*) { return clock_ns(th, CLOCK_REALTIME); }
Value monotonic_impl(Thread&, const Value*) { return Value::from_double(clock_seconds(CLOCK_MONOTONIC)); }
Value monotonic_ns_impl(Thread& th, const Value*) { return clock_ns(th, CLOCK_MONOTONIC); }
Value process_time_impl(Thread&, const Value*) {
  return Value::from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}
Value process_time_ns_impl(Thread& th, const Value*) { return clock_ns(th, CLOCK_PROCESS_CPUTIME_ID); }
Value thread_time_impl(Thread&, const Value*) { return Value::from_double(clock_seconds(CLOCK_THREAD_CPUTIME_ID)); }

Value sleep_impl(Thread& th, const Value* a) {
  Value f = number_float(th, a[0]);
  if (f.is_empty()) return Value();
  double secs = f.dbl();
  if (std::isnan(secs)) return raise(th, Exc_ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(th, Exc_ValueError, "sleep length must be non-negative");
  timespec req;
  req.tv_sec = static_cast<time_t>(secs);
  req.tv_nsec = static_cast<long>((secs - static_cast<double>(req.tv_sec)) * 1e9);
  DetachScope detached(th);
  while (nanosleep(&req, &req) != 0) {
  }
  return g_None;
}

const NativeDef kTimeFunctions[] = {
    {"time()", time_impl},
    {"time_ns()", time_ns_impl},
    {"perf_counter()", monotonic_impl},
    {"perf_counter_ns()", monotonic_ns_impl},
    {"monotonic()", monotonic_impl},
    {"monotonic_ns()", monotonic_ns_impl},
    {"process_time()", process_time_impl},
    {"process_time_ns()", process_time_ns_impl},
    {"thread_time()", thread_time_impl},
    {"sleep(secs, /)", sleep_impl},
    {},
};

}  // namespace

int init_time_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kTimeFunctions, V(str_intern("time")));
  return 0;
}

}  // namespace taipan
