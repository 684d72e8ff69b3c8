// float: repr/str conversion (float_repr, float_format, parse_float), hashing, the
// arithmetic and comparison slots, methods and the constructor.
//
// Plain floats are inline doubles (no allocation); FloatObject is only for instances
// of float subclasses. Decimal conversions rely on std::to_chars (shortest round-trip
// and correctly rounded fixed/scientific output) and std::from_chars/strtod (correctly
// rounded input); Python's layouts (repr's '1e+16', '.0') are applied on top.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "builtins/int_gmp.h"
#include "builtins/int_internal.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/native.h"

namespace taipan {

// ---------------------------------------------------------------- formatting

// Shortest round-trip digits of |d| (d finite, nonzero): "d1d2..dn" and the decimal
// exponent of d1 (d = 0.d1d2.. * 10**(exp+1)).
static void shortest_digits(double d, std::string* digits, int* exp10) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
  const char* e = static_cast<const char*>(std::memchr(buf, 'e', static_cast<size_t>(r.ptr - buf)));
  digits->clear();
  for (const char* p = buf; p < e; p++)
    if (*p != '.') digits->push_back(*p);
  int ex = 0;
  std::from_chars(e + 1 + (e[1] == '+'), r.ptr, ex);
  *exp10 = ex;
}

static void append_exponent(std::string& out, int ex, bool upper) {
  out.push_back(upper ? 'E' : 'e');
  out.push_back(ex < 0 ? '-' : '+');
  unsigned u = static_cast<unsigned>(ex < 0 ? -ex : ex);
  if (u < 10) out.push_back('0');
  char buf[8];
  auto r = std::to_chars(buf, buf + sizeof buf, u);
  out.append(buf, r.ptr);
}

// Lays out digits (no sign) with decimal exponent ex either as fixed or scientific.
static void layout_digits(std::string& out, const std::string& digits, int ex, bool sci,
                          int min_frac_digits, bool force_point, bool upper) {
  size_t n = digits.size();
  if (sci) {
    out.push_back(digits[0]);
    if (n > 1 || force_point || min_frac_digits > 0) out.push_back('.');
    out.append(digits, 1, std::string::npos);
    for (int i = static_cast<int>(n) - 1; i < min_frac_digits; i++) out.push_back('0');
    append_exponent(out, ex, upper);
    return;
  }
  int frac = 0;
  if (ex >= 0) {
    size_t ip = static_cast<size_t>(ex) + 1;
    if (n <= ip) {
      out.append(digits);
      out.append(ip - n, '0');
    } else {
      out.append(digits, 0, ip);
      out.push_back('.');
      out.append(digits, ip, std::string::npos);
      frac = static_cast<int>(n - ip);
      force_point = false;
    }
  } else {
    out.append("0.");
    out.append(static_cast<size_t>(-ex - 1), '0');
    out.append(digits);
    frac = static_cast<int>(n) + (-ex - 1);
    force_point = false;
  }
  if (frac == 0 && (force_point || min_frac_digits > 0)) out.push_back('.');
  for (int i = frac; i < min_frac_digits; i++) out.push_back('0');
}

std::string float_format(double d, char mode, int precision, unsigned flags) {
  bool upper = flags & FF_UPPER;
  std::string out;
  if (std::signbit(d) && !std::isnan(d)) out.push_back('-');
  if (std::isnan(d)) return upper ? "NAN" : "nan";
  if (std::isinf(d)) {
    out.append(upper ? "INF" : "inf");
    return out;
  }
  double a = std::fabs(d);
  bool alt = flags & FF_ALT;
  switch (mode) {
    case 'r': {
      if (a == 0) {
        out.append((flags & FF_NO_EXP_DOT0) ? "0" : "0.0");
        return out;
      }
      std::string digits;
      int ex;
      shortest_digits(a, &digits, &ex);
      bool sci = ex < -4 || ex >= 16;
      layout_digits(out, digits, ex, sci, (flags & FF_ADD_DOT_0) && !sci ? 1 : 0, alt, upper);
      return out;
    }
    case 'e': {
      std::string buf(static_cast<size_t>(precision) + 32, '\0');
      auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific, precision);
      buf.resize(static_cast<size_t>(r.ptr - buf.data()));
      if (alt && precision == 0) buf.insert(1, 1, '.');
      if (upper)
        for (char& c : buf)
          if (c == 'e') c = 'E';
      out.append(buf);
      return out;
    }
    case 'f': {
      std::string buf(static_cast<size_t>(precision) + 330, '\0');
      auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, precision);
      buf.resize(static_cast<size_t>(r.ptr - buf.data()));
      if (alt && precision == 0) buf.push_back('.');
      out.append(buf);
      return out;
    }
    case 'g': {
      int p = precision == 0 ? 1 : precision;
      std::string digits;
      int ex;
      if (a == 0) {
        digits = "0";
        ex = 0;
      } else {
        std::string buf(static_cast<size_t>(p) + 32, '\0');
        auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific, p - 1);
        const char* e = static_cast<const char*>(std::memchr(buf.data(), 'e', static_cast<size_t>(r.ptr - buf.data())));
        for (const char* q = buf.data(); q < e; q++)
          if (*q != '.') digits.push_back(*q);
        std::from_chars(e + 1 + (e[1] == '+'), r.ptr, ex);
      }
      // With FF_ADD_DOT_0 (format type '' with a precision) CPython switches to the
      // exponent one digit earlier.
      bool sci = ex < -4 || ex >= ((flags & FF_ADD_DOT_0) ? p - 1 : p);
      if (!alt) {
        while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      } else {
        while (static_cast<int>(digits.size()) < p) digits.push_back('0');
      }
      int min_frac = 0;
      if (alt) {
        // keep p significant digits
        int have_int = sci ? 1 : (ex >= 0 ? ex + 1 : 0);
        min_frac = p - have_int;
        if (!sci && ex < 0) min_frac = p + (-ex - 1);
        if (min_frac < 0) min_frac = 0;
      } else if ((flags & FF_ADD_DOT_0) && !sci) {
        min_frac = 1;
      }
      layout_digits(out, digits, ex, sci, min_frac, alt, upper);
      return out;
    }
    default:
      return out;
  }
}

std::string float_repr(double d) { return float_format(d, 'r', 0, FF_ADD_DOT_0); }

// ---------------------------------------------------------------- parsing

// ASCII whitespace only, as CPython's float(): '\x1c'..'\x1f' are not stripped.
static inline bool is_space_char(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static std::string_view strip(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space_char(static_cast<unsigned char>(s[b]))) b++;
  while (e > b && is_space_char(static_cast<unsigned char>(s[e - 1]))) e--;
  return s.substr(b, e - b);
}

static bool ieq(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

bool parse_float(std::string_view text, double* out) {
  std::string_view s = strip(text);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (ieq(s, "inf") || ieq(s, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ieq(s, "nan")) {
    *out = neg ? -NAN : NAN;
    return true;
  }
  // digits [. digits] [e [sign] digits], '_' only between two digits.
  char buf[128];
  std::string big;
  char* o = buf;
  char* oend = buf + sizeof buf - 1;
  if (s.size() >= sizeof buf - 1) {
    big.resize(s.size() + 1);
    o = big.data();
    oend = o + big.size() - 1;
  }
  char* start = o;
  size_t i = 0, n = s.size();
  auto digit_run = [&](bool* any) {
    bool prev_digit = false;
    while (i < n) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        *o++ = c;
        prev_digit = true;
        *any = true;
      } else if (c == '_') {
        if (!prev_digit || i + 1 >= n || !(s[i + 1] >= '0' && s[i + 1] <= '9')) return false;
        prev_digit = false;
      } else {
        break;
      }
      i++;
    }
    return true;
  };
  bool int_digits = false, frac_digits = false;
  if (!digit_run(&int_digits)) return false;
  if (i < n && s[i] == '.') {
    *o++ = '.';
    i++;
    if (!digit_run(&frac_digits)) return false;
  }
  if (!int_digits && !frac_digits) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    *o++ = 'e';
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
    bool exp_digits = false;
    if (!digit_run(&exp_digits) || !exp_digits) return false;
  }
  if (i != n) return false;
  (void)oend;
  double v = 0;
  auto r = std::from_chars(start, o, v);
  if (r.ec == std::errc::result_out_of_range) {
    *o = '\0';
    v = std::strtod(start, nullptr);
  } else if (r.ec != std::errc() || r.ptr != o) {
    return false;
  }
  *out = neg ? -v : v;
  return true;
}

// ---------------------------------------------------------------- hash

int64_t float_hash(double d) {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  if (std::isnan(d)) return 0;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (d == 0) return 0;
  int ex;
  double fr = std::frexp(std::fabs(d), &ex);
  uint64_t m = static_cast<uint64_t>(std::ldexp(fr, 53));  // |d| = m * 2**(ex-53)
  int64_t e = ex - 53;
  // 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
  int64_t r = e % 61;
  if (r < 0) r += 61;
  unsigned __int128 prod = static_cast<unsigned __int128>(m % P) << r;
  uint64_t h = static_cast<uint64_t>(prod % P);
  int64_t res = static_cast<int64_t>(h);
  if (d < 0) res = -res;
  return res == -1 ? -2 : res;
}

// ---------------------------------------------------------------- operands

Value float_new_value(Thread& th, Type* type, double d) {
  if (type == FloatType) return Value::from_double(d);
  size_t size = type->basicsize > sizeof(FloatObject) ? type->basicsize : sizeof(FloatObject);
  auto* f = static_cast<FloatObject*>(gc_alloc(th, type, size));
  f->value = d;
  return V(f);
}

// 1 converted, 0 not a number we handle (NotImplemented), -1 raised.
static inline int to_double(Thread& th, Value v, double* out) {
  if (v.is_double()) {
    *out = v.dbl();
    return 1;
  }
  if (v.is_small()) {
    *out = static_cast<double>(v.small());
    return 1;
  }
  if (is_float(v)) {
    *out = float_value(v);
    return 1;
  }
  if (is_int(v)) return int_as_double(th, v, out) ? 1 : -1;
  return 0;
}

#define FLOAT_OPERANDS(a, b, x, y)                    \
  double x, y;                                        \
  if (a.is_double() && b.is_double()) {               \
    x = a.dbl();                                      \
    y = b.dbl();                                      \
  } else {                                            \
    int r1_ = to_double(th, a, &x);                   \
    if (r1_ <= 0) return r1_ ? Value() : g_NotImplemented; \
    int r2_ = to_double(th, b, &y);                   \
    if (r2_ <= 0) return r2_ ? Value() : g_NotImplemented; \
  }

static Value float_add(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return Value::from_double(x + y);
}
static Value float_sub(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return Value::from_double(x - y);
}
static Value float_mul(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return Value::from_double(x * y);
}
static Value float_truediv(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return raise(th, Exc_ZeroDivisionError, "float division by zero");
  return Value::from_double(x / y);
}

bool float_divmod_impl(Thread& th, double x, double y, double* q, double* r, const char* what) {
  if (y == 0) {
    raise(th, Exc_ZeroDivisionError, "%s", what);
    return false;
  }
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double fl;
  if (div != 0) {
    fl = std::floor(div);
    if (div - fl > 0.5) fl += 1.0;
  } else {
    fl = std::copysign(0.0, x / y);
  }
  *q = fl;
  *r = mod;
  return true;
}

static Value float_floordiv(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  double q, r;
  if (!float_divmod_impl(th, x, y, &q, &r, "float floor division by zero")) return Value();
  return Value::from_double(q);
}

static Value float_mod(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return raise(th, Exc_ZeroDivisionError, "float modulo");
  double mod = std::fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return Value::from_double(mod);
}

Value float_pow_impl(Thread& th, double x, double y) {
  if (y == 0) return Value::from_double(1.0);
  if (x == 0 && y < 0) return raise(th, Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y))
    return complex_pow_impl(th, x, 0.0, y, 0.0);
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    return raise(th, Exc_OverflowError, "(34, 'Numerical result out of range')");
  return Value::from_double(r);
}

static Value float_pow(Thread& th, Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return float_pow_impl(th, x, y);
}

static Value float_neg(Thread&, Value v) { return Value::from_double(-float_value(v)); }
static Value float_pos(Thread&, Value v) { return Value::from_double(float_value(v)); }
static Value float_abs(Thread&, Value v) { return Value::from_double(std::fabs(float_value(v))); }
static int float_bool(Thread&, Value v) { return float_value(v) != 0; }
static Value float_int(Thread& th, Value v) { return int_from_double(th, float_value(v)); }
static Value float_float(Thread&, Value v) { return Value::from_double(float_value(v)); }
static Value float_repr_slot(Thread& th, Value v) {
  std::string s = float_repr(float_value(v));
  return V(str_new(th, s));
}
static bool float_hash_slot(Thread&, Value v, int64_t* out) {
  *out = float_hash(float_value(v));
  return true;
}
static Value float_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (a.is_double() && b.is_double()) {
    double x = a.dbl(), y = b.dbl();
    switch (op) {
      case CmpOp::LT: return bool_value(x < y);
      case CmpOp::LE: return bool_value(x <= y);
      case CmpOp::EQ: return bool_value(x == y);
      case CmpOp::NE: return bool_value(x != y);
      case CmpOp::GT: return bool_value(x > y);
      case CmpOp::GE: return bool_value(x >= y);
      default: break;
    }
  }
  return num_richcmp(th, a, b, op);
}

// ---------------------------------------------------------------- rounding

static constexpr int64_t kNdigitsMax = 323;   // (53 + 1021) * log10(2)
static constexpr int64_t kNdigitsMin = -308;  // -(1024 + 1) * log10(2)

Value float_round_impl(Thread& th, double x, Value ndigits) {
  if (ndigits.is_empty() || is_none(ndigits)) {
    double r = std::nearbyint(x);  // default rounding mode: half to even
    return int_from_double(th, r);
  }
  int64_t n;
  if (!index_to_i64(th, ndigits, &n, true)) return Value();
  if (!std::isfinite(x) || x == 0) return Value::from_double(x);
  if (n > kNdigitsMax) return Value::from_double(x);
  if (n < kNdigitsMin) return Value::from_double(0.0 * x);
  // Exact: x = m * 2**e; y = round_half_even(x * 10**n); result = y / 10**n, correctly
  // rounded (the same as formatting with n decimals and parsing back).
  Mpz m, num, den, q, r, p10;
  int64_t e;
  double_to_mpz_exp(x, m, &e);
  mpz_set(num, m);
  mpz_set_ui(den, 1);
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(n < 0 ? -n : n));
  if (n >= 0) mpz_mul(num, num, p10);
  else mpz_mul(den, den, p10);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
  bool ovf;
  double res;
  if (n >= 0) {
    res = mpz_ratio_to_double(q, p10, &ovf);
  } else {
    mpz_mul(q, q, p10);
    mpz_set_ui(den, 1);
    res = mpz_ratio_to_double(q, den, &ovf);
  }
  if (ovf) return raise(th, Exc_OverflowError, "rounded value too large to represent");
  if (res == 0) res = std::copysign(0.0, x);
  return Value::from_double(res);
}

// ---------------------------------------------------------------- methods

static Value m_is_integer(Thread&, const Value* a) {
  double d = float_value(a[0]);
  return bool_value(std::isfinite(d) && std::floor(d) == d);
}

static Value m_as_integer_ratio(Thread& th, const Value* a) {
  double d = float_value(a[0]);
  if (std::isinf(d)) return raise(th, Exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(th, Exc_ValueError, "cannot convert NaN to integer ratio");
  Value items[2];
  if (d == 0) {
    items[0] = Value::from_small(0);
    items[1] = Value::from_small(1);
    return V(tuple_from(th, items, 2));
  }
  Mpz m, den;
  int64_t e;
  double_to_mpz_exp(d, m, &e);
  mp_bitcnt_t tz = mpz_scan1(m, 0);
  if (e < 0) {
    int64_t sh = std::min<int64_t>(static_cast<int64_t>(tz), -e);
    mpz_fdiv_q_2exp(m, m, static_cast<mp_bitcnt_t>(sh));
    e += sh;
  }
  mpz_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(m, m, static_cast<mp_bitcnt_t>(e));
  else if (e < 0) mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  items[0] = int_from_mpz(th, m);
  items[1] = int_from_mpz(th, den);
  return V(tuple_from(th, items, 2));
}

static Value m_hex(Thread& th, const Value* a) {
  double d = float_value(a[0]);
  if (std::isnan(d) || std::isinf(d)) return V(str_new(th, float_repr(d)));
  std::string out;
  if (std::signbit(d)) out.push_back('-');
  double ad = std::fabs(d);
  if (ad == 0) {
    out.append("0x0.0p+0");
    return V(str_new(th, out));
  }
  uint64_t bits = std::bit_cast<uint64_t>(ad);
  int bexp = static_cast<int>(bits >> 52);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  int ex;
  out.append("0x");
  if (bexp == 0) {  // subnormal
    out.push_back('0');
    ex = -1022;
  } else {
    out.push_back('1');
    ex = bexp - 1023;
  }
  out.push_back('.');
  static const char hexd[] = "0123456789abcdef";
  for (int i = 12; i >= 0; i--) out.push_back(hexd[(frac >> (i * 4)) & 0xf]);
  out.push_back('p');
  out.push_back(ex < 0 ? '-' : '+');
  out.append(std::to_string(ex < 0 ? -ex : ex));
  return V(str_new(th, out));
}

static Value m_fromhex(Thread& th, const Value* a) {
  Value cls = a[0];
  if (!is_str(a[1])) return raise(th, Exc_TypeError, "must be str, not %s", type_name(a[1]));
  std::string_view s = strip(str_view(a[1]));
  std::string_view t = s;
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t.remove_prefix(1);
  }
  double d;
  if (ieq(t, "inf") || ieq(t, "infinity")) {
    d = HUGE_VAL;
  } else if (ieq(t, "nan")) {
    d = NAN;
  } else {
    std::string clean = "0x";
    size_t i = 0;
    if (t.size() >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x') i = 2;
    bool any = false;
    while (i < t.size() && std::isxdigit(static_cast<unsigned char>(t[i]))) {
      clean.push_back(t[i++]);
      any = true;
    }
    if (i < t.size() && t[i] == '.') {
      clean.push_back(t[i++]);
      while (i < t.size() && std::isxdigit(static_cast<unsigned char>(t[i]))) {
        clean.push_back(t[i++]);
        any = true;
      }
    }
    if (!any) return raise(th, Exc_ValueError, "invalid hexadecimal floating-point string");
    clean.push_back('p');
    if (i < t.size() && (t[i] | 0x20) == 'p') {
      i++;
      if (i < t.size() && (t[i] == '+' || t[i] == '-')) clean.push_back(t[i++]);
      bool ed = false;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
        clean.push_back(t[i++]);
        ed = true;
      }
      if (!ed) return raise(th, Exc_ValueError, "invalid hexadecimal floating-point string");
    } else {
      clean.push_back('0');
    }
    if (i != t.size()) return raise(th, Exc_ValueError, "invalid hexadecimal floating-point string");
    d = std::strtod(clean.c_str(), nullptr);
    if (std::isinf(d)) return raise(th, Exc_OverflowError, "hexadecimal value too large to represent as a float");
  }
  if (neg) d = -d;
  if (cls.is(V(FloatType))) return Value::from_double(d);
  return call1(th, cls, Value::from_double(d));
}

static Value m_conjugate(Thread&, const Value* a) { return Value::from_double(float_value(a[0])); }
static Value m_trunc(Thread& th, const Value* a) { return int_from_double(th, float_value(a[0])); }
static Value m_floor(Thread& th, const Value* a) { return int_from_double(th, std::floor(float_value(a[0]))); }
static Value m_ceil(Thread& th, const Value* a) { return int_from_double(th, std::ceil(float_value(a[0]))); }
static Value m_round(Thread& th, const Value* a) { return float_round_impl(th, float_value(a[0]), a[1]); }
static Value m_format(Thread& th, const Value* a) {
  if (!is_str(a[1])) return raise(th, Exc_TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
  return float_format_spec(th, float_value(a[0]), str_view(a[1]));
}
static Value m_divmod(Thread& th, const Value* a) {
  double x, y;
  int r = to_double(th, a[1], &y);
  if (r <= 0) return r ? Value() : g_NotImplemented;
  x = float_value(a[0]);
  double q, m;
  if (!float_divmod_impl(th, x, y, &q, &m, "float divmod()")) return Value();
  Value items[2] = {Value::from_double(q), Value::from_double(m)};
  return V(tuple_from(th, items, 2));
}
static Value m_rdivmod(Thread& th, const Value* a) {
  double x, y;
  int r = to_double(th, a[1], &x);
  if (r <= 0) return r ? Value() : g_NotImplemented;
  y = float_value(a[0]);
  double q, m;
  if (!float_divmod_impl(th, x, y, &q, &m, "float divmod()")) return Value();
  Value items[2] = {Value::from_double(q), Value::from_double(m)};
  return V(tuple_from(th, items, 2));
}
static Value m_getnewargs(Thread& th, const Value* a) {
  Value v = Value::from_double(float_value(a[0]));
  return V(tuple_from(th, &v, 1));
}

static const NativeDef kFloatMethods[] = {
    {"is_integer(self, /)", m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio(self, /)", m_as_integer_ratio, 0, "Return integer ratio."},
    {"hex(self, /)", m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex(type, string, /)", m_fromhex, NF_CLASSMETHOD, "Create a floating-point number from a hexadecimal string."},
    {"conjugate(self, /)", m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"__trunc__(self, /)", m_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__(self, /)", m_floor, 0, "Return the floor as an Integral."},
    {"__ceil__(self, /)", m_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__(self, ndigits=None, /)", m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__format__(self, format_spec, /)", m_format, 0, "Formats the float according to format_spec."},
    {"__divmod__(self, value, /)", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__(self, value, /)", m_rdivmod, 0, "Return divmod(value, self)."},
    {"__getnewargs__(self, /)", m_getnewargs, 0, nullptr},
    {},
};

static Value g_real(Thread&, Value self) { return Value::from_double(float_value(self)); }
static Value g_imag(Thread&, Value) { return Value::from_double(0.0); }

static const GetSetDef kFloatGetSets[] = {
    {"real", g_real, nullptr, "the real part of a complex number"},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number"},
    {},
};

// ---------------------------------------------------------------- constructor

static Value float_from_text(Thread& th, std::string_view s) {
  double d;
  std::string ascii;
  if (parse_float(numeric_text_to_ascii(s, &ascii) ? std::string_view(ascii) : s, &d))
    return Value::from_double(d);
  std::string r = str_repr_text(s);
  return raise(th, Exc_ValueError, "could not convert string to float: %s", r.c_str());
}

static Value float_new_impl(Thread& th, const Value* a) {
  Type* type = static_cast<Type*>(a[0].obj());
  Value x = a[1];
  Value res;
  if (x.is_empty()) {
    res = Value::from_double(0.0);
  } else if (x.is_double()) {
    res = x;
  } else if (is_exact_str(x)) {
    res = float_from_text(th, str_view(x));
  } else if (x.is_obj() && x.obj()->type == BytesType) {
    auto* b = as<BytesObject>(x);
    double d;
    if (parse_float(std::string_view(b->data, static_cast<size_t>(b->size)), &d)) {
      res = Value::from_double(d);
    } else {
      std::string r = bytes_literal_text(std::string_view(b->data, static_cast<size_t>(b->size)));
      return raise(th, Exc_ValueError, "could not convert string to float: %s", r.c_str());
    }
  } else if (is_str(x)) {
    res = float_from_text(th, str_view(x));
  } else {
    res = number_float(th, x);
  }
  if (res.is_empty()) return res;
  if (type == FloatType) return res.is_double() ? res : Value::from_double(float_value(res));
  return float_new_value(th, type, float_value(res));
}

static const NativeDef kFloatNew = {"float(type, x=?, /)", float_new_impl};

static Value float_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (type == FloatType && nargs == 1 && !kwnames && args[0].is_double()) return args[0];
  return call_native(th, &kFloatNew, V(type), args, nargs, kwnames);
}

void init_float_type(Thread&) {
  Type* t = FloatType;
  t->flags |= TF_BASETYPE | TF_FLOAT_SUBCLASS | TF_IMMUTABLE;
  t->repr = float_repr_slot;
  t->hash = float_hash_slot;
  t->bool_ = float_bool;
  t->richcmp = float_richcmp;
  t->neg = float_neg;
  t->pos = float_pos;
  t->abs = float_abs;
  t->int_ = float_int;
  t->float_ = float_float;
  t->new_ = float_new;
  auto set = [t](BinOp op, BinaryFn f) { t->nb[static_cast<size_t>(op)] = f; };
  set(BinOp::ADD, float_add);
  set(BinOp::SUB, float_sub);
  set(BinOp::MUL, float_mul);
  set(BinOp::TRUEDIV, float_truediv);
  set(BinOp::FLOORDIV, float_floordiv);
  set(BinOp::MOD, float_mod);
  set(BinOp::POW, float_pow);
  t->methods = kFloatMethods;
  t->getsets = kFloatGetSets;
  t->tp_doc = "Convert a string or number to a floating point number, if possible.";
}

}  // namespace taipan
