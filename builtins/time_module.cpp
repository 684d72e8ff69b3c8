// The `time` module: the clocks and sleep, and the calendar functions (gmtime,
// localtime, mktime, strftime, asctime, ctime) with time.struct_time and the timezone
// variables.
//
// struct_time is a Python class made at import from _structseq's record base (a tuple
// subclass), so its repr and field attributes match the other struct sequences; the
// nine indexed fields are the tuple, tm_zone and tm_gmtoff live in the instance dict.
// Its __new__ (below) checks the sequence length as CPython does.
#include <errno.h>
#include <time.h>

#include <cmath>
#include <string>

#include "builtins/exceptions.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"

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
Value thread_time_ns_impl(Thread& th, const Value*) { return clock_ns(th, CLOCK_THREAD_CPUTIME_ID); }

// clock_gettime(clk_id) and friends: the id is any int; the kernel rejects unknown ones.
bool clock_id(Thread& th, Value v, clockid_t* out) {
  int64_t id;
  if (!index_to_i64(th, v, &id)) return false;
  *out = static_cast<clockid_t>(id);
  return true;
}
Value clock_gettime_impl(Thread& th, const Value* a) {
  clockid_t id;
  if (!clock_id(th, a[0], &id)) return Value();
  timespec ts;
  if (clock_gettime(id, &ts) != 0) return raise_os_error(th, errno, Value());
  return Value::from_double(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}
Value clock_gettime_ns_impl(Thread& th, const Value* a) {
  clockid_t id;
  if (!clock_id(th, a[0], &id)) return Value();
  timespec ts;
  if (clock_gettime(id, &ts) != 0) return raise_os_error(th, errno, Value());
  return int_from_i64(th, static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}
Value clock_getres_impl(Thread& th, const Value* a) {
  clockid_t id;
  if (!clock_id(th, a[0], &id)) return Value();
  timespec ts;
  if (clock_getres(id, &ts) != 0) return raise_os_error(th, errno, Value());
  return Value::from_double(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}

// time.get_clock_info(name): the clock each timing function reads, as CPython describes
// it on Linux, in a types.SimpleNamespace.
Value get_clock_info_impl(Thread& th, const Value* a) {
  if (!is_str(a[0]))
    return raise(th, Exc_TypeError, "get_clock_info() argument 1 must be str, not %s",
                 is_none(a[0]) ? "None" : type_name(a[0]));
  static const struct {
    const char* name;
    clockid_t id;
    const char* implementation;
    bool monotonic;
  } kClocks[] = {
      {"time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false},
      {"monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true},
      {"perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true},
      {"process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true},
      {"thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true},
  };
  std::string_view name = str_view(a[0]);
  for (const auto& c : kClocks) {
    if (name != c.name) continue;
    timespec ts;
    if (clock_getres(c.id, &ts) != 0) return raise_os_error(th, errno, Value());
    DictObject* kw = dict_new(th);
    Root keep(th, reinterpret_cast<Object*>(kw));
    dict_set_str(th, kw, str_intern("implementation"), V(str_intern(c.implementation)));
    dict_set_str(th, kw, str_intern("monotonic"), bool_value(c.monotonic));
    // Only the wall clock can be set (or slewed) by the administrator.
    dict_set_str(th, kw, str_intern("adjustable"), bool_value(!c.monotonic));
    dict_set_str(th, kw, str_intern("resolution"),
                 Value::from_double(static_cast<double>(ts.tv_sec) +
                                    static_cast<double>(ts.tv_nsec) * 1e-9));
    Value types = import_module(th, "types");
    if (types.is_empty()) return Value();
    Value ns = getattr(th, types, str_intern("SimpleNamespace"));
    if (ns.is_empty()) return Value();
    Root keep_ns(th, ns);
    TupleObject* no_args = tuple_new(th, 0);
    return call_ex(th, ns, no_args, kw);
  }
  return raise(th, Exc_ValueError, "unknown clock");
}

Value sleep_impl(Thread& th, const Value* a) {
  Value f = number_float(th, a[0]);
  if (f.is_empty()) return Value();
  double secs = f.dbl();
  if (std::isnan(secs)) return raise(th, Exc_ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(th, Exc_ValueError, "sleep length must be non-negative");
  timespec req;
  req.tv_sec = static_cast<time_t>(secs);
  req.tv_nsec = static_cast<long>((secs - static_cast<double>(req.tv_sec)) * 1e9);
  {
    DetachScope detached(th);
    while (nanosleep(&req, &req) != 0) {
      if (errno == EINTR && g_interrupt_requested()) break;
    }
  }
  if (take_interrupt(th)) return Value();
  return g_None;
}

// ---------------------------------------------------------------- calendar functions

Value g_struct_time;  // the time.struct_time class (a global root)

StrObject* name_tm_zone() {
  static StrObject* s = str_intern("tm_zone");
  return s;
}
StrObject* name_tm_gmtoff() {
  static StrObject* s = str_intern("tm_gmtoff");
  return s;
}

// Text from the C library (locale encoded; UTF-8 assumed, undecodable bytes escaped).
Value c_text(Thread& th, std::string_view raw) {
  if (uni::valid_prefix(raw.data(), raw.size()) == raw.size()) return V(str_new(th, raw));
  return bytes_decode(th, raw, V(str_intern("utf-8")), V(str_intern("surrogateescape")));
}

// A timestamp argument (None: now) as time_t, rounding floats toward -inf like CPython.
bool to_time_t(Thread& th, Value v, time_t* out) {
  if (v.is_empty() || is_none(v)) {
    *out = ::time(nullptr);
    return true;
  }
  if (is_float(v)) {
    double d = v.dbl();
    if (std::isnan(d)) {
      raise(th, Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      raise(th, Exc_OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(d);
    return true;
  }
  int64_t i;
  bool overflow = false;
  if (is_int(v)) {
    if (!int_to_i64(v, &i, &overflow) || overflow) {
      raise(th, Exc_OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
  } else if (!index_to_i64(th, v, &i)) {
    return false;
  }
  *out = static_cast<time_t>(i);
  return true;
}

Value struct_time_from_tm(Thread& th, const struct tm& t) {
  Value items[9] = {
      int_from_i64(th, static_cast<int64_t>(t.tm_year) + 1900),
      Value::from_small(t.tm_mon + 1),
      Value::from_small(t.tm_mday),
      Value::from_small(t.tm_hour),
      Value::from_small(t.tm_min),
      Value::from_small(t.tm_sec),
      Value::from_small((t.tm_wday + 6) % 7),
      Value::from_small(t.tm_yday + 1),
      Value::from_small(t.tm_isdst),
  };
  TupleObject* tup = tuple_from(th, items, 9);
  Value r = call1(th, g_struct_time, V(tup));
  if (r.is_empty()) return Value();
  Root keep(th, r);
  Value zone = t.tm_zone ? c_text(th, t.tm_zone) : g_None;
  if (zone.is_empty()) return Value();
  if (setattr(th, r, name_tm_zone(), zone) < 0) return Value();
  if (setattr(th, r, name_tm_gmtoff(), int_from_i64(th, t.tm_gmtoff)) < 0) return Value();
  return r;
}

Value gmtime_impl(Thread& th, const Value* a) {
  time_t t;
  if (!to_time_t(th, a[0], &t)) return Value();
  struct tm buf;
  errno = 0;
  if (!::gmtime_r(&t, &buf)) {
    if (errno == 0 || errno == EOVERFLOW) {
      return raise(th, Exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return raise_os_error(th, errno, Value());
  }
  return struct_time_from_tm(th, buf);
}

Value localtime_impl(Thread& th, const Value* a) {
  time_t t;
  if (!to_time_t(th, a[0], &t)) return Value();
  struct tm buf;
  errno = 0;
  if (!::localtime_r(&t, &buf)) {
    if (errno == 0 || errno == EOVERFLOW) {
      return raise(th, Exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return raise_os_error(th, errno, Value());
  }
  return struct_time_from_tm(th, buf);
}

// A 9-tuple or struct_time argument as struct tm (C conventions: Sunday is 0, months
// and days of the year count from 0). `zone` keeps tm_zone's text alive.
bool tm_from_arg(Thread& th, Value v, const char* func, struct tm* out, std::string* zone) {
  if (!is_tuple(v)) {
    raise(th, Exc_TypeError, "Tuple or struct_time argument required");
    return false;
  }
  auto* t = as<TupleObject>(v);
  if (t->size != 9) {
    raise(th, Exc_TypeError, "%s(): illegal time tuple argument", func);
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    if (is_float(t->items[i])) {
      raise(th, Exc_TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    if (!index_to_i64(th, t->items[i], &f[i])) return false;
    if (f[i] < INT32_MIN || f[i] > INT32_MAX) {
      raise(th, Exc_OverflowError, "Python int too large to convert to C int");
      return false;
    }
  }
  *out = {};
  out->tm_year = static_cast<int>(f[0] - 1900);
  out->tm_mon = static_cast<int>(f[1] - 1);
  out->tm_mday = static_cast<int>(f[2]);
  out->tm_hour = static_cast<int>(f[3]);
  out->tm_min = static_cast<int>(f[4]);
  out->tm_sec = static_cast<int>(f[5]);
  out->tm_wday = static_cast<int>((f[6] + 1) % 7);
  out->tm_yday = static_cast<int>(f[7] - 1);
  out->tm_isdst = static_cast<int>(f[8]);
  if (type_of(v) == as<Type>(g_struct_time)) {
    Value z = getattr_opt(th, v, name_tm_zone());
    if (z.is_empty() && has_exc(th)) return false;
    if (!z.is_empty() && is_str(z)) {
      zone->assign(str_view(z));
      out->tm_zone = zone->c_str();
    }
    Value off = getattr_opt(th, v, name_tm_gmtoff());
    if (off.is_empty() && has_exc(th)) return false;
    int64_t o;
    if (!off.is_empty() && is_int(off) && int_to_i64(off, &o)) out->tm_gmtoff = o;
  }
  if (!out->tm_zone) {
    ::tzset();
    out->tm_zone = ::tzname[out->tm_isdst > 0 ? 1 : 0];
  }
  return true;
}

// Range checks shared by asctime and strftime (after strftime's normalization).
bool check_tm(Thread& th, const struct tm& t) {
  const char* bad = nullptr;
  if (t.tm_mon < 0 || t.tm_mon > 11) bad = "month out of range";
  else if (t.tm_mday < 1 || t.tm_mday > 31) bad = "day of month out of range";
  else if (t.tm_hour < 0 || t.tm_hour > 23) bad = "hour out of range";
  else if (t.tm_min < 0 || t.tm_min > 59) bad = "minute out of range";
  else if (t.tm_sec < 0 || t.tm_sec > 61) bad = "seconds out of range";
  else if (t.tm_wday < 0) bad = "day of week out of range";
  else if (t.tm_yday < 0 || t.tm_yday > 365) bad = "day of year out of range";
  if (bad) {
    raise(th, Exc_ValueError, "%s", bad);
    return false;
  }
  return true;
}

bool now_local(Thread& th, struct tm* out) {
  time_t now = ::time(nullptr);
  if (!::localtime_r(&now, out)) {
    raise_os_error(th, errno, Value());
    return false;
  }
  return true;
}

Value strftime_impl(Thread& th, const Value* a) {
  if (!is_str(a[0])) {
    return raise(th, Exc_TypeError, "strftime() argument 1 must be str, not %s",
                 type_of(a[0])->name->data);
  }
  struct tm t;
  std::string zone;
  if (a[1].is_empty()) {
    if (!now_local(th, &t)) return Value();
  } else {
    if (!tm_from_arg(th, a[1], "strftime", &t, &zone)) return Value();
    // Zeros stand for "first": strftime((2020, 0, 0, ...)) is accepted.
    if (t.tm_mon == -1) t.tm_mon = 0;
    if (t.tm_mday == 0) t.tm_mday = 1;
    if (t.tm_yday == -1) t.tm_yday = 0;
    if (t.tm_isdst < -1) t.tm_isdst = -1;
    if (t.tm_isdst > 1) t.tm_isdst = 1;
    if (!check_tm(th, t)) return Value();
  }
  std::string fmt(str_view(a[0]));
  if (fmt.find('\0') != std::string::npos) return raise(th, Exc_ValueError, "embedded null character");
  if (fmt.empty()) return V(str_intern(""));
  // strftime returns 0 both for "too small" and for an empty result: grow a while.
  std::string buf;
  for (size_t size = 256; size <= 256 * fmt.size() + 1024; size *= 2) {
    buf.resize(size);
    size_t n = ::strftime(buf.data(), size, fmt.c_str(), &t);
    if (n > 0) return c_text(th, std::string_view(buf.data(), n));
  }
  return V(str_intern(""));
}

Value format_asctime(Thread& th, const struct tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  int n = snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[t.tm_wday % 7],
                   kMonths[t.tm_mon], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                   static_cast<long long>(t.tm_year) + 1900);
  return V(str_new(th, std::string_view(buf, static_cast<size_t>(n))));
}

Value asctime_impl(Thread& th, const Value* a) {
  struct tm t;
  std::string zone;
  if (a[0].is_empty()) {
    if (!now_local(th, &t)) return Value();
  } else {
    if (!tm_from_arg(th, a[0], "asctime", &t, &zone)) return Value();
    if (!check_tm(th, t)) return Value();
  }
  return format_asctime(th, t);
}

Value ctime_impl(Thread& th, const Value* a) {
  time_t secs;
  if (!to_time_t(th, a[0], &secs)) return Value();
  struct tm t;
  errno = 0;
  if (!::localtime_r(&secs, &t)) {
    if (errno == 0 || errno == EOVERFLOW) {
      return raise(th, Exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return raise_os_error(th, errno, Value());
  }
  return format_asctime(th, t);
}

Value mktime_impl(Thread& th, const Value* a) {
  struct tm t;
  std::string zone;
  if (!tm_from_arg(th, a[0], "mktime", &t, &zone)) return Value();
  t.tm_wday = -1;  // mktime leaves it alone on failure: the only reliable error signal
  time_t r = ::mktime(&t);
  if (r == static_cast<time_t>(-1) && t.tm_wday == -1) {
    return raise(th, Exc_OverflowError, "mktime argument out of range");
  }
  return Value::from_double(static_cast<double>(r));
}

// struct_time.__new__(cls, sequence, dict=None): 9 to 11 items; the last two are
// tm_zone and tm_gmtoff.
Value struct_time_new(Thread& th, const Value* a) {
  Value seq = a[1];
  Root keep_seq(th, seq);
  if (!is_tuple(seq)) {
    ListObject* l = list_new(th);
    Root keep_l(th, l);
    if (list_extend(th, l, seq) < 0) return Value();
    seq = V(list_to_tuple(th, l));
    keep_seq.set(seq);
  }
  auto* t = as<TupleObject>(seq);
  if (t->size < 9) {
    return raise(th, Exc_TypeError, "time.struct_time() takes an at least 9-sequence (%lld-sequence given)",
                 static_cast<long long>(t->size));
  }
  if (t->size > 11) {
    return raise(th, Exc_TypeError, "time.struct_time() takes an at most 11-sequence (%lld-sequence given)",
                 static_cast<long long>(t->size));
  }
  Value tuple_new_fn = getattr(th, V(TupleType), sym::__new__);
  if (tuple_new_fn.is_empty()) return Value();
  Value head = t->size == 9 ? seq : V(tuple_from(th, t->items, 9));
  Value r = call2(th, tuple_new_fn, a[0], head);
  if (r.is_empty()) return Value();
  Root keep(th, r);
  if (t->size > 9 && setattr(th, r, name_tm_zone(), t->items[9]) < 0) return Value();
  if (t->size > 10 && setattr(th, r, name_tm_gmtoff(), t->items[10]) < 0) return Value();
  return r;
}

const NativeDef kStructTimeNew = {"__new__(cls, sequence, dict=None)", struct_time_new};

// Builds time.struct_time on _structseq's record base.
Value make_struct_time(Thread& th) {
  Value mod = import_module(th, "_structseq");
  if (mod.is_empty()) return Value();
  Root keep_mod(th, mod);
  Value base = getattr(th, mod, str_intern("_StructSeq"));
  if (base.is_empty()) return Value();
  Root keep_base(th, base);
  Value field = getattr(th, mod, str_intern("_field"));
  if (field.is_empty()) return Value();
  Root keep_field(th, field);
  DictObject* ns = dict_new(th);
  Root keep_ns(th, V(ns));
  static const char* const kFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
  Value names[9];
  for (int i = 0; i < 9; ++i) {
    names[i] = V(str_intern(kFields[i]));
    Value prop = call1(th, field, Value::from_small(i));
    if (prop.is_empty()) return Value();
    dict_set_str(th, ns, str_intern(kFields[i]), prop);
  }
  dict_set_str(th, ns, str_intern("_fields"), V(tuple_from(th, names, 9)));
  dict_set_str(th, ns, str_intern("_qualified"), V(str_intern("time.struct_time")));
  dict_set_str(th, ns, sym::__module__, V(str_intern("time")));
  dict_set_str(th, ns, name_tm_zone(), g_None);
  dict_set_str(th, ns, name_tm_gmtoff(), g_None);
  dict_set_str(th, ns, str_intern("n_fields"), Value::from_small(11));
  dict_set_str(th, ns, str_intern("n_sequence_fields"), Value::from_small(9));
  dict_set_str(th, ns, str_intern("n_unnamed_fields"), Value::from_small(0));
  Value new_fn = make_native_function(th, &kStructTimeNew, V(str_intern("time")));
  if (new_fn.is_empty()) return Value();
  dict_set_str(th, ns, sym::__new__, new_fn);
  Value bases_items[1] = {base};
  Value args[3] = {V(str_intern("struct_time")), V(tuple_from(th, bases_items, 1)), V(ns)};
  return call(th, V(TypeType), args, 3);
}

// timezone, altzone, daylight, tzname from January and July of the current year, so
// that the answer does not depend on today's DST state.
void set_timezone_vars(Thread& th, DictObject* d) {
  ::tzset();
  time_t now = ::time(nullptr);
  struct tm t;
  ::localtime_r(&now, &t);
  int year = t.tm_year;
  struct tm jan = {}, jul = {};
  jan.tm_year = jul.tm_year = year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t tj = ::mktime(&jan), tl = ::mktime(&jul);
  ::localtime_r(&tj, &jan);
  ::localtime_r(&tl, &jul);
  long janoff = -jan.tm_gmtoff, juloff = -jul.tm_gmtoff;
  const char* janname = jan.tm_zone ? jan.tm_zone : "";
  const char* julname = jul.tm_zone ? jul.tm_zone : "";
  Value names[2];
  if (janoff < juloff) {  // southern hemisphere: DST is in January
    dict_set_str(th, d, str_intern("timezone"), int_from_i64(th, juloff));
    dict_set_str(th, d, str_intern("altzone"), int_from_i64(th, janoff));
    names[0] = V(str_from_cstr(th, julname));
    names[1] = V(str_from_cstr(th, janname));
  } else {
    dict_set_str(th, d, str_intern("timezone"), int_from_i64(th, janoff));
    dict_set_str(th, d, str_intern("altzone"), int_from_i64(th, juloff));
    names[0] = V(str_from_cstr(th, janname));
    names[1] = V(str_from_cstr(th, julname));
  }
  dict_set_str(th, d, str_intern("daylight"), Value::from_small(janoff != juloff));
  dict_set_str(th, d, str_intern("tzname"), V(tuple_from(th, names, 2)));
}

Value g_time_dict;  // the module's dict, for tzset() (a global root)

Value tzset_impl(Thread& th, const Value*) {
  set_timezone_vars(th, as<DictObject>(g_time_dict));
  return g_None;
}

// strptime is written in Python (datetime._strptime_time, C locale rules).
Value strptime_impl(Thread& th, const Value* a) {
  for (int i = 0; i < 2; ++i)  // CPython's wording here (from its _strptime) counts from 0
    if (!a[i].is_empty() && !is_str(a[i]))
      return raise(th, Exc_TypeError, "strptime() argument %d must be str, not <class '%s'>", i, type_name(a[i]));
  Value mod = import_module(th, "datetime");
  if (mod.is_empty()) return mod;
  Root keep_mod(th, mod);
  Value args[2] = {a[0], a[1]};
  Value r = call_method(th, mod, str_intern("_strptime_time"), args, a[1].is_empty() ? 1 : 2);
  if (r.is_empty()) return r;
  Root keep(th, r);
  auto* t = as<TupleObject>(r);
  auto* fields = as<TupleObject>(t->items[0]);
  Value items[11];
  for (int i = 0; i < 9; ++i) items[i] = fields->items[i];
  items[9] = t->items[1];
  items[10] = t->items[2];
  return call1(th, g_struct_time, V(tuple_from(th, items, 11)));
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
    {"thread_time_ns()", thread_time_ns_impl},
    {"clock_gettime(clk_id, /)", clock_gettime_impl},
    {"clock_gettime_ns(clk_id, /)", clock_gettime_ns_impl},
    {"clock_getres(clk_id, /)", clock_getres_impl},
    {"get_clock_info(name, /)", get_clock_info_impl, 0,
     "Get information of the specified clock."},
    {"strptime(string, format=?, /)", strptime_impl},
    {"sleep(secs, /)", sleep_impl},
    {"gmtime(seconds=None, /)", gmtime_impl},
    {"localtime(seconds=None, /)", localtime_impl},
    {"mktime(t, /)", mktime_impl},
    {"strftime(format, t=?, /)", strftime_impl},
    {"asctime(t=?, /)", asctime_impl},
    {"ctime(seconds=None, /)", ctime_impl},
    {"tzset()", tzset_impl},
    {},
};

}  // namespace

int init_time_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kTimeFunctions, V(str_intern("time")));
  if (g_struct_time.is_empty()) {
    Value cls = make_struct_time(th);
    if (cls.is_empty()) return -1;
    g_struct_time = cls;
    gc_add_root(&g_struct_time);
    gc_add_root(&g_time_dict);
  }
  dict_set_str(th, m->dict, str_intern("struct_time"), g_struct_time);
  static const struct { const char* name; clockid_t id; } kClocks[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI}};
  for (const auto& c : kClocks) dict_set_str(th, m->dict, str_intern(c.name), Value::from_small(c.id));
  g_time_dict = V(m->dict);
  set_timezone_vars(th, m->dict);
  return 0;
}

}  // namespace taipan
