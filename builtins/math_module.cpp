// The `math` module (CPython 3.11's function set and error behaviour).
//
// Float functions take any real number (float, int, or an object with __float__ or
// __index__) and report C library results the way CPython does: a NaN produced from a
// non-NaN argument is ValueError("math domain error"); an infinity produced from finite
// arguments is OverflowError("math range error") for functions that can overflow and a
// domain error otherwise. Integer functions (factorial, gcd, lcm, comb, perm, isqrt) are
// exact and run on GMP. fsum is exact (Shewchuk's partials with a correctly rounded
// final sum); hypot and dist scale by a power of two and correct the square root of a
// compensated sum of squares, so they round like CPython's in practice.
// gamma/lgamma/erf/erfc come from the C library (CPython 3.11 has its own Lanczos gamma;
// results may differ from it in the last bit).
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

#include "builtins/exceptions.h"
#include "builtins/int_gmp.h"
#include "builtins/int_internal.h"
#include "builtins/numbers.h"
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

Value domain_error(Thread& th) { return raise(th, Exc_ValueError, "math domain error"); }
Value range_error(Thread& th) { return raise(th, Exc_OverflowError, "math range error"); }

// Any real number as a double (PyFloat_AsDouble's rules). false: raised.
bool to_double(Thread& th, Value v, double* out) {
  if (v.is_double()) {
    *out = v.dbl();
    return true;
  }
  if (v.is_small()) {
    *out = static_cast<double>(v.small());
    return true;
  }
  if (is_float(v)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) return int_as_double(th, v, out);
  Type* t = type_of(v);
  if (lookup_in_mro(t, sym::__float__).is_empty() && lookup_in_mro(t, sym::__index__).is_empty()) {
    raise(th, Exc_TypeError, "must be real number, not %s", type_name(v));
    return false;
  }
  Value f = number_float(th, v);
  if (f.is_empty()) return false;
  *out = float_value(f);
  return true;
}

Value dbl(double d) { return Value::from_double(d); }

// One-argument float function with CPython's error mapping.
Value math1(Thread& th, Value v, double (*f)(double), bool can_overflow) {
  double x;
  if (!to_double(th, v, &x)) return Value();
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(th);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(th) : domain_error(th);
  return dbl(r);
}

#define MATH1(name, expr, ovf)                                   \
  double name##_c(double x) { return expr; }                     \
  Value name##_impl(Thread& th, const Value* a) { return math1(th, a[0], name##_c, ovf); }

MATH1(sqrt, std::sqrt(x), false)
MATH1(exp, std::exp(x), true)
MATH1(exp2, std::exp2(x), true)
MATH1(expm1, std::expm1(x), true)
MATH1(cbrt, std::cbrt(x), false)
MATH1(sin, std::sin(x), false)
MATH1(cos, std::cos(x), false)
MATH1(tan, std::tan(x), false)
MATH1(asin, std::asin(x), false)
MATH1(acos, std::acos(x), false)
MATH1(atan, std::atan(x), false)
MATH1(sinh, std::sinh(x), true)
MATH1(cosh, std::cosh(x), true)
MATH1(tanh, std::tanh(x), false)
MATH1(asinh, std::asinh(x), false)
MATH1(acosh, std::acosh(x), false)
MATH1(atanh, std::atanh(x), false)
MATH1(erf, std::erf(x), false)
MATH1(erfc, std::erfc(x), false)
MATH1(fabs, std::fabs(x), false)
MATH1(degrees, x * (180.0 / M_PI), true)
MATH1(radians, x * (M_PI / 180.0), false)

bool nonpositive_integer(double x) { return x <= 0 && std::floor(x) == x; }

double gamma_c(double x) { return nonpositive_integer(x) ? NAN : std::tgamma(x); }
Value gamma_impl(Thread& th, const Value* a) { return math1(th, a[0], gamma_c, true); }
double lgamma_c(double x) {
  if (nonpositive_integer(x)) return NAN;
  int sign;
  return lgamma_r(x, &sign);
}
Value lgamma_impl(Thread& th, const Value* a) { return math1(th, a[0], lgamma_c, true); }

// ---------------------------------------------------------------- logarithms

// An int too big for a double as m * 2**e with m in [0.5, 1), m correctly rounded.
double big_frexp(Value v, int64_t* e) {
  MpzView z(v);
  size_t bits = mpz_sizeinbase(z, 2);
  Mpz t;
  // Keep 64 bits and fold everything below into a sticky bit, so the one rounding of
  // the u64 -> double conversion is the correct one.
  mpz_tdiv_q_2exp(t, z, bits - 64);
  uint64_t top = mpz_get_ui(t);
  if (mpz_scan1(z, 0) < bits - 64) top |= 1;
  double m = static_cast<double>(top);  // may round up to 2**64
  int ex;
  m = std::frexp(m, &ex);
  *e = static_cast<int64_t>(bits) - 64 + ex;
  return m;
}

// log of any positive real, ints of any size included. which: 0 ln, 2 log2, 10 log10.
bool log_helper(Thread& th, Value v, int which, double* out) {
  auto f = [which](double x) {
    return which == 0 ? std::log(x) : which == 2 ? std::log2(x) : std::log10(x);
  };
  if (is_int(v) && !v.is_small()) {
    if (int_sign(v) <= 0) {
      domain_error(th);
      return false;
    }
    double d;
    bool overflow = false;
    d = int_to_double(th, v, &overflow);
    if (!overflow) {
      *out = f(d);
      return true;
    }
    int64_t e;
    double m = big_frexp(v, &e);
    *out = f(m) + f(2.0) * static_cast<double>(e);
    return true;
  }
  double x;
  if (!to_double(th, v, &x)) return false;
  if (std::isnan(x)) {
    *out = x;
    return true;
  }
  if (x <= 0) {
    domain_error(th);
    return false;
  }
  *out = f(x);
  return true;
}

Value log_impl(Thread& th, const Value* a) {
  double num;
  if (!log_helper(th, a[0], 0, &num)) return Value();
  if (a[1].is_empty()) return dbl(num);
  double den;
  if (!log_helper(th, a[1], 0, &den)) return Value();
  if (den == 0) return raise(th, Exc_ZeroDivisionError, "float division by zero");
  return dbl(num / den);
}
Value log2_impl(Thread& th, const Value* a) {
  double r;
  if (!log_helper(th, a[0], 2, &r)) return Value();
  return dbl(r);
}
Value log10_impl(Thread& th, const Value* a) {
  double r;
  if (!log_helper(th, a[0], 10, &r)) return Value();
  return dbl(r);
}
Value log1p_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  if (x <= -1) return domain_error(th);
  return dbl(std::log1p(x));
}

// ---------------------------------------------------------------- two-argument floats

bool two_doubles(Thread& th, const Value* a, double* x, double* y) {
  return to_double(th, a[0], x) && to_double(th, a[1], y);
}

Value pow_impl(Thread& th, const Value* a) {
  double x, y;
  if (!two_doubles(th, a, &x, &y)) return Value();
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r)) return domain_error(th);
    if (std::isinf(r)) return x == 0 ? domain_error(th) : range_error(th);
  }
  return dbl(r);
}
Value atan2_impl(Thread& th, const Value* a) {
  double y, x;
  if (!two_doubles(th, a, &y, &x)) return Value();
  return dbl(std::atan2(y, x));
}
Value fmod_impl(Thread& th, const Value* a) {
  double x, y;
  if (!two_doubles(th, a, &x, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return dbl(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(th);
  return dbl(r);
}
Value remainder_impl(Thread& th, const Value* a) {
  double x, y;
  if (!two_doubles(th, a, &x, &y)) return Value();
  if (std::isnan(x)) return dbl(x);
  if (std::isnan(y)) return dbl(y);
  if (std::isinf(x) || y == 0) return domain_error(th);
  if (std::isinf(y)) return dbl(x);
  return dbl(std::remainder(x, y));
}
Value copysign_impl(Thread& th, const Value* a) {
  double x, y;
  if (!two_doubles(th, a, &x, &y)) return Value();
  return dbl(std::copysign(x, y));
}
Value nextafter_impl(Thread& th, const Value* a) {
  double x, y;
  if (!two_doubles(th, a, &x, &y)) return Value();
  return dbl(std::nextafter(x, y));
}
Value ulp_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  if (std::isnan(x)) return dbl(x);
  x = std::fabs(x);
  if (std::isinf(x)) return dbl(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return dbl(x - std::nextafter(x, -INFINITY));
  return dbl(up - x);
}

Value frexp_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0) m = std::frexp(x, &e);
  Value items[2] = {dbl(m), Value::from_small(e)};
  return V(tuple_from(th, items, 2));
}
Value ldexp_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  if (!is_int(a[1])) return raise(th, Exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  bool overflow = false;
  if (!int_to_i64(a[1], &e, &overflow) || overflow) e = int_sign(a[1]) > 0 ? INT32_MAX : INT32_MIN;
  if (x == 0 || !std::isfinite(x)) return dbl(x);
  if (e > 100000) return range_error(th);
  if (e < -100000) return dbl(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error(th);
  return dbl(r);
}
Value modf_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Value items[2] = {dbl(fp), dbl(ip)};
  return V(tuple_from(th, items, 2));
}

Value isfinite_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  return bool_value(std::isfinite(x));
}
Value isinf_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  return bool_value(std::isinf(x));
}
Value isnan_impl(Thread& th, const Value* a) {
  double x;
  if (!to_double(th, a[0], &x)) return Value();
  return bool_value(std::isnan(x));
}
Value isclose_impl(Thread& th, const Value* a) {
  double x, y, rel, abs_tol;
  if (!two_doubles(th, a, &x, &y) || !to_double(th, a[2], &rel) || !to_double(th, a[3], &abs_tol)) {
    return Value();
  }
  if (rel < 0 || abs_tol < 0) return raise(th, Exc_ValueError, "tolerances must be non-negative");
  if (x == y) return g_True;
  if (std::isinf(x) || std::isinf(y)) return g_False;
  double diff = std::fabs(y - x);
  return bool_value(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// ---------------------------------------------------------------- rounding to ints

Value floor_ceil(Thread& th, Value v, bool is_floor) {
  if (is_float(v)) {
    double d = float_value(v);
    return int_from_double(th, is_floor ? std::floor(d) : std::ceil(d));
  }
  if (is_int(v)) return int_exact(th, v);
  StrObject* name = is_floor ? sym::__floor__ : sym::__ceil__;
  if (!lookup_in_mro(type_of(v), name).is_empty()) return call_special(th, v, name, nullptr, 0);
  double d;
  if (!to_double(th, v, &d)) return Value();
  return int_from_double(th, is_floor ? std::floor(d) : std::ceil(d));
}
Value floor_impl(Thread& th, const Value* a) { return floor_ceil(th, a[0], true); }
Value ceil_impl(Thread& th, const Value* a) { return floor_ceil(th, a[0], false); }
Value trunc_impl(Thread& th, const Value* a) {
  if (a[0].is_double()) return int_from_double(th, a[0].dbl());
  if (lookup_in_mro(type_of(a[0]), sym::__trunc__).is_empty()) {
    return raise(th, Exc_TypeError, "type %s doesn't define __trunc__ method", type_name(a[0]));
  }
  return call_special(th, a[0], sym::__trunc__, nullptr, 0);
}

// ---------------------------------------------------------------- integer functions

// The exact int of an __index__-able argument. EMPTY: raised.
Value index_int(Thread& th, Value v) {
  if (v.is_small()) return v;
  Value r = index_value(th, v);
  if (r.is_empty()) return Value();
  return int_exact(th, r);
}

Value factorial_impl(Thread& th, const Value* a) {
  Value n = index_int(th, a[0]);
  if (n.is_empty()) return Value();
  int64_t k;
  bool overflow = false;
  if (!int_to_i64(n, &k, &overflow) || overflow) {
    if (int_sign(n) < 0) return raise(th, Exc_ValueError, "factorial() not defined for negative values");
    return raise(th, Exc_OverflowError, "factorial() argument should not exceed %lld",
                 static_cast<long long>(INT64_MAX));
  }
  if (k < 0) return raise(th, Exc_ValueError, "factorial() not defined for negative values");
  if (k < 21) {
    int64_t r = 1;
    for (int64_t i = 2; i <= k; ++i) r *= i;
    return int_from_i64(th, r);
  }
  Mpz r;
  mpz_fac_ui(r, static_cast<unsigned long>(k));
  return int_from_mpz(th, r);
}

Value gcd_lcm(Thread& th, const Value* a, bool is_gcd) {
  auto* args = as<TupleObject>(a[0]);
  int64_t n = args->size;
  Mpz acc;
  if (!is_gcd) mpz_set_ui(acc, 1);
  int64_t small_acc = is_gcd ? 0 : 1;
  bool small = true;
  for (int64_t i = 0; i < n; ++i) {
    Value v = index_int(th, args->items[i]);
    if (v.is_empty()) return Value();
    if (small && v.is_small() && is_gcd) {
      uint64_t x = static_cast<uint64_t>(std::abs(v.small()));
      small_acc = static_cast<int64_t>(std::gcd(static_cast<uint64_t>(small_acc), x));
      continue;
    }
    if (small) {
      mpz_set_si(acc, small_acc);
      small = false;
    }
    MpzView z(v);
    if (is_gcd) {
      mpz_gcd(acc, acc, z);
    } else {
      mpz_lcm(acc, acc, z);
    }
  }
  if (small) return int_from_i64(th, small_acc);
  return int_from_mpz(th, acc);
}
Value gcd_impl(Thread& th, const Value* a) { return gcd_lcm(th, a, true); }
Value lcm_impl(Thread& th, const Value* a) { return gcd_lcm(th, a, false); }

// n and k for comb/perm: non-negative exact ints. false: raised.
bool comb_args(Thread& th, Value nv, Value kv, Value* n, Value* k) {
  *n = index_int(th, nv);
  if (n->is_empty()) return false;
  Root keep(th, *n);
  *k = index_int(th, kv);
  if (k->is_empty()) return false;
  if (int_sign(*n) < 0) {
    raise(th, Exc_ValueError, "n must be a non-negative integer");
    return false;
  }
  if (int_sign(*k) < 0) {
    raise(th, Exc_ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

// k as an unsigned long, or false with OverflowError raised.
bool k_ulong(Thread& th, mpz_srcptr k, unsigned long* out) {
  if (!mpz_fits_slong_p(k)) {
    raise(th, Exc_OverflowError, "k must not exceed %lld", static_cast<long long>(INT64_MAX));
    return false;
  }
  *out = mpz_get_ui(k);
  return true;
}

Value comb_impl(Thread& th, const Value* a) {
  Value n, k;
  if (!comb_args(th, a[0], a[1], &n, &k)) return Value();
  MpzView nz(n), kz(k);
  if (mpz_cmp(kz, nz) > 0) return Value::from_small(0);
  Mpz nk;
  mpz_sub(nk, nz, kz);
  mpz_srcptr kk = mpz_cmp(nk, kz) < 0 ? static_cast<mpz_srcptr>(nk) : kz.get();
  unsigned long ku;
  if (!k_ulong(th, kk, &ku)) return Value();
  Mpz r;
  mpz_bin_ui(r, nz, ku);
  return int_from_mpz(th, r);
}
Value perm_impl(Thread& th, const Value* a) {
  if (a[1].is_empty() || is_none(a[1])) {
    Value n = a[0];
    Value nn = index_int(th, n);
    if (nn.is_empty()) return Value();
    if (int_sign(nn) < 0) return raise(th, Exc_ValueError, "n must be a non-negative integer");
    return factorial_impl(th, &nn);
  }
  Value n, k;
  if (!comb_args(th, a[0], a[1], &n, &k)) return Value();
  MpzView nz(n), kz(k);
  if (mpz_cmp(kz, nz) > 0) return Value::from_small(0);
  unsigned long ku;
  if (!k_ulong(th, kz, &ku)) return Value();
  Mpz r, f;
  mpz_bin_ui(r, nz, ku);
  mpz_fac_ui(f, ku);
  mpz_mul(r, r, f);
  return int_from_mpz(th, r);
}
Value isqrt_impl(Thread& th, const Value* a) {
  Value n = index_int(th, a[0]);
  if (n.is_empty()) return Value();
  if (int_sign(n) < 0) return raise(th, Exc_ValueError, "isqrt() argument must be nonnegative");
  MpzView z(n);
  Mpz r;
  mpz_sqrt(r, z);
  return int_from_mpz(th, r);
}

Value prod_impl(Thread& th, const Value* a) {
  Value it = get_iter(th, a[0]);
  if (it.is_empty()) return Value();
  Root keep_it(th, it);
  Root acc(th, a[1]);
  for (;;) {
    Value x = iter_next(th, it);
    if (x.is_empty()) {
      if (has_exc(th)) return Value();
      return acc.get();
    }
    Value r = binary_op(th, acc.get(), x, BinOp::MUL);
    if (r.is_empty()) return Value();
    acc.set(r);
  }
}

// ---------------------------------------------------------------- fsum

Value fsum_impl(Thread& th, const Value* a) {
  Value it = get_iter(th, a[0]);
  if (it.is_empty()) return Value();
  Root keep_it(th, it);
  std::vector<double> p;  // non-overlapping partials, increasing magnitude
  double special = 0, inf_sum = 0;
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) {
      if (has_exc(th)) return Value();
      break;
    }
    double x;
    if (!to_double(th, v, &x)) return Value();
    double orig = x;
    size_t used = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) p[used++] = lo;
      x = hi;
    }
    p.resize(used);
    if (x != 0) {
      if (!std::isfinite(x)) {
        // An infinity or NaN: from the input itself, or an overflow of finite inputs.
        if (std::isfinite(orig)) return raise(th, Exc_OverflowError, "intermediate overflow in fsum");
        if (std::isinf(orig)) inf_sum += orig;
        special += orig;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special != 0 || std::isnan(special)) {
    if (std::isnan(inf_sum)) return raise(th, Exc_ValueError, "-inf + inf in fsum");
    return dbl(special);
  }
  double hi = 0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0) break;
    }
    // Round half-even correctly: if the rest of the partials push the same way as lo,
    // the exact sum lies past the halfway point that hi + lo rounded at.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return dbl(hi);
}

// ---------------------------------------------------------------- hypot, dist

// sqrt(sum(v*v)) of finite values, all |v| <= max, max > 0.
double vector_norm(const std::vector<double>& v, double max) {
  int e;
  std::frexp(max, &e);
  double hi = 0, lo = 0;  // compensated sum of the scaled squares
  for (double d : v) {
    double x = std::ldexp(d, -e);
    double sq = x * x;
    double sq_err = std::fma(x, x, -sq);
    double t = hi + sq;
    double err = std::fabs(hi) >= std::fabs(sq) ? (hi - t) + sq : (sq - t) + hi;
    hi = t;
    lo += err + sq_err;
  }
  double s = hi + lo;
  double slo = lo - (s - hi);
  double h = std::sqrt(s);
  // One Newton step on the exact residual s - h*h fixes the last-bit error of sqrt.
  double hh = h * h;
  double hh_err = std::fma(h, h, -hh);
  double resid = ((s - hh) - hh_err) + slo;
  h += resid / (2 * h);
  return std::ldexp(h, e);
}

Value norm_of(std::vector<double>& v, bool found_nan, double max) {
  if (std::isinf(max)) return dbl(max);
  if (found_nan) return dbl(NAN);
  if (max == 0 || v.size() <= 1) return dbl(max);
  return dbl(vector_norm(v, max));
}

Value hypot_impl(Thread& th, const Value* a) {
  auto* args = as<TupleObject>(a[0]);
  std::vector<double> v(args->size);
  double max = 0;
  bool nan = false;
  for (int64_t i = 0; i < args->size; ++i) {
    double x;
    if (!to_double(th, args->items[i], &x)) return Value();
    x = std::fabs(x);
    v[i] = x;
    nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return norm_of(v, nan, max);
}

Value as_tuple(Thread& th, Value v) {
  if (is_tuple(v)) return v;
  Value r = call1(th, V(TupleType), v);
  return r;
}

Value dist_impl(Thread& th, const Value* a) {
  Value p = as_tuple(th, a[0]);
  if (p.is_empty()) return Value();
  Root keep_p(th, p);
  Value q = as_tuple(th, a[1]);
  if (q.is_empty()) return Value();
  Root keep_q(th, q);
  auto* pt = as<TupleObject>(p);
  auto* qt = as<TupleObject>(q);
  if (pt->size != qt->size) {
    return raise(th, Exc_ValueError, "both points must have the same number of dimensions");
  }
  std::vector<double> v(pt->size);
  double max = 0;
  bool nan = false;
  for (int64_t i = 0; i < pt->size; ++i) {
    double x, y;
    if (!to_double(th, pt->items[i], &x) || !to_double(th, qt->items[i], &y)) return Value();
    double d = std::fabs(x - y);
    v[i] = d;
    nan |= std::isnan(d);
    if (d > max) max = d;
  }
  return norm_of(v, nan, max);
}

const NativeDef kMathFunctions[] = {
    {"sqrt(x, /)", sqrt_impl},
    {"exp(x, /)", exp_impl},
    {"exp2(x, /)", exp2_impl},
    {"expm1(x, /)", expm1_impl},
    {"cbrt(x, /)", cbrt_impl},
    {"sin(x, /)", sin_impl},
    {"cos(x, /)", cos_impl},
    {"tan(x, /)", tan_impl},
    {"asin(x, /)", asin_impl},
    {"acos(x, /)", acos_impl},
    {"atan(x, /)", atan_impl},
    {"sinh(x, /)", sinh_impl},
    {"cosh(x, /)", cosh_impl},
    {"tanh(x, /)", tanh_impl},
    {"asinh(x, /)", asinh_impl},
    {"acosh(x, /)", acosh_impl},
    {"atanh(x, /)", atanh_impl},
    {"erf(x, /)", erf_impl},
    {"erfc(x, /)", erfc_impl},
    {"gamma(x, /)", gamma_impl},
    {"lgamma(x, /)", lgamma_impl},
    {"fabs(x, /)", fabs_impl},
    {"degrees(x, /)", degrees_impl},
    {"radians(x, /)", radians_impl},
    {"log(x, base=?, /)", log_impl},
    {"log2(x, /)", log2_impl},
    {"log10(x, /)", log10_impl},
    {"log1p(x, /)", log1p_impl},
    {"pow(x, y, /)", pow_impl},
    {"atan2(y, x, /)", atan2_impl},
    {"fmod(x, y, /)", fmod_impl},
    {"remainder(x, y, /)", remainder_impl},
    {"copysign(x, y, /)", copysign_impl},
    {"nextafter(x, y, /)", nextafter_impl},
    {"ulp(x, /)", ulp_impl},
    {"frexp(x, /)", frexp_impl},
    {"ldexp(x, i, /)", ldexp_impl},
    {"modf(x, /)", modf_impl},
    {"isfinite(x, /)", isfinite_impl},
    {"isinf(x, /)", isinf_impl},
    {"isnan(x, /)", isnan_impl},
    {"isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", isclose_impl},
    {"floor(x, /)", floor_impl},
    {"ceil(x, /)", ceil_impl},
    {"trunc(x, /)", trunc_impl},
    {"factorial(n, /)", factorial_impl},
    {"gcd(*integers)", gcd_impl},
    {"lcm(*integers)", lcm_impl},
    {"comb(n, k, /)", comb_impl},
    {"perm(n, k=None, /)", perm_impl},
    {"isqrt(n, /)", isqrt_impl},
    {"prod(iterable, /, *, start=1)", prod_impl},
    {"fsum(seq, /)", fsum_impl},
    {"hypot(*coordinates)", hypot_impl},
    {"dist(p, q, /)", dist_impl},
    {},
};

}  // namespace

int init_math_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kMathFunctions, V(str_intern("math")));
  dict_set_str(th, m->dict, str_intern("pi"), dbl(M_PI));
  dict_set_str(th, m->dict, str_intern("e"), dbl(M_E));
  dict_set_str(th, m->dict, str_intern("tau"), dbl(2 * M_PI));
  dict_set_str(th, m->dict, str_intern("inf"), dbl(INFINITY));
  dict_set_str(th, m->dict, str_intern("nan"), dbl(NAN));
  return 0;
}

}  // namespace taipan
