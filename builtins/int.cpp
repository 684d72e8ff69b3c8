// int: the value-level core. Conversions declared in vm/objects.h (int_from_i64,
// int_from_string, int_to_string, int_hash, ...), the arithmetic and comparison slots,
// and the exact int/float comparison shared with float.cpp. Methods, the constructor
// and the type setup live in int_methods.cpp.
//
// Invariants: every result that fits the small range is returned as a small Value
// (vm/value.h); BigIntObjects are immutable and their mpz is never a GMP destination.
// Every slot starts with a no-GMP, no-allocation path for small operands (bools and
// small-valued subclass instances included, via int_small_value).
#include <cmath>
#include <charconv>
#include <cstring>

#include "builtins/int_gmp.h"
#include "builtins/int_internal.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"

namespace taipan {

// ---------------------------------------------------------------- construction

static BigIntObject* bigint_alloc(Thread& th, Type* type, size_t nlimbs) {
  size_t base = type->basicsize > sizeof(BigIntObject) ? type->basicsize : sizeof(BigIntObject);
  size_t off = (base + 7) & ~size_t(7);
  if (nlimbs == 0) nlimbs = 1;
  Object* o = gc_alloc(th, type, off + nlimbs * sizeof(mp_limb_t));
  auto* b = static_cast<BigIntObject*>(o);
  auto* z = reinterpret_cast<__mpz_struct*>(b->mpz);
  z->_mp_alloc = static_cast<int>(nlimbs);
  z->_mp_size = 0;
  z->_mp_d = reinterpret_cast<mp_limb_t*>(reinterpret_cast<char*>(o) + off);
  return b;
}

BigIntObject* bigint_new(Thread& th, Type* type, mpz_srcptr src) {
  int sz = src->_mp_size;
  size_t n = static_cast<size_t>(sz < 0 ? -sz : sz);
  BigIntObject* b = bigint_alloc(th, type, n);
  auto* z = reinterpret_cast<__mpz_struct*>(b->mpz);
  if (n) std::memcpy(z->_mp_d, src->_mp_d, n * sizeof(mp_limb_t));
  z->_mp_size = sz;
  return b;
}

Value int_from_mpz(Thread& th, mpz_srcptr z) {
  int sz = z->_mp_size;
  if (sz == 0) return Value::from_small(0);
  if (sz == 1 && z->_mp_d[0] <= static_cast<mp_limb_t>(Value::kSmallMax))
    return Value::from_small(static_cast<int64_t>(z->_mp_d[0]));
  if (sz == -1 && z->_mp_d[0] <= static_cast<mp_limb_t>(Value::kSmallMax) + 1)
    return Value::from_small(-static_cast<int64_t>(z->_mp_d[0]));
  return V(bigint_new(th, IntType, z));
}

Value int_from_i64(Thread& th, int64_t i) {
  if (Value::fits_small(i)) return Value::from_small(i);
  BigIntObject* b = bigint_alloc(th, IntType, 1);
  auto* z = reinterpret_cast<__mpz_struct*>(b->mpz);
  z->_mp_d[0] = i < 0 ? -static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  z->_mp_size = i < 0 ? -1 : 1;
  return V(b);
}

Value int_from_u64(Thread& th, uint64_t u) {
  if (u <= static_cast<uint64_t>(Value::kSmallMax)) return Value::from_small(static_cast<int64_t>(u));
  BigIntObject* b = bigint_alloc(th, IntType, 1);
  auto* z = reinterpret_cast<__mpz_struct*>(b->mpz);
  z->_mp_d[0] = u;
  z->_mp_size = 1;
  return V(b);
}

Value int_from_i128(Thread& th, __int128 v) {
  if (v >= Value::kSmallMin && v <= Value::kSmallMax) return Value::from_small(static_cast<int64_t>(v));
  unsigned __int128 m = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  uint64_t hi = static_cast<uint64_t>(m >> 64), lo = static_cast<uint64_t>(m);
  BigIntObject* b = bigint_alloc(th, IntType, hi ? 2 : 1);
  auto* z = reinterpret_cast<__mpz_struct*>(b->mpz);
  z->_mp_d[0] = lo;
  if (hi) z->_mp_d[1] = hi;
  z->_mp_size = (hi ? 2 : 1) * (v < 0 ? -1 : 1);
  return V(b);
}

bool int_to_i64(Value v, int64_t* out, bool* overflow) {
  if (overflow) *overflow = false;
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  if (!is_int(v)) return false;
  mpz_srcptr z = bigint_mpz(v.obj());
  if (mpz_fits_slong_p(z)) {
    *out = mpz_get_si(z);
    return true;
  }
  if (overflow) *overflow = true;
  return false;
}

int int_sign(Value v) {
  if (v.is_small()) return v.small() < 0 ? -1 : (v.small() > 0 ? 1 : 0);
  return mpz_sgn(bigint_mpz(v.obj()));
}

// ---------------------------------------------------------------- doubles

void double_to_mpz_exp(double d, mpz_ptr m, int64_t* e) {
  int ex;
  double fr = std::frexp(d, &ex);  // d = fr * 2**ex, 0.5 <= |fr| < 1
  double mant = std::ldexp(fr, 53);  // exact integer
  mpz_set_d(m, mant);
  *e = ex - 53;
}

double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool* overflow) {
  *overflow = false;
  int sign = mpz_sgn(a) * mpz_sgn(b);
  if (sign == 0) return 0.0;
  Mpz aa, bb;
  mpz_abs(aa, a);
  mpz_abs(bb, b);
  int64_t na = static_cast<int64_t>(mpz_sizeinbase(aa, 2));
  int64_t nb = static_cast<int64_t>(mpz_sizeinbase(bb, 2));
  int64_t diff = na - nb;  // result in [2**(diff-1), 2**(diff+1))
  if (diff - 1 >= 1024) {
    *overflow = true;
    return sign * HUGE_VAL;
  }
  if (diff + 1 < -1074 - 1) return sign * 0.0;
  // q = floor(a / b * 2**-k) with at least 2 bits below the final rounding position,
  // its lowest bit or-ed with "inexact" (round-to-odd), then rounded half-even once.
  int64_t k = diff - 56;
  if (k < -1076) k = -1076;
  Mpz num, q, r;
  if (k < 0) {
    mpz_mul_2exp(num, aa, static_cast<mp_bitcnt_t>(-k));
    mpz_tdiv_qr(q, r, num, bb);
  } else {
    mpz_mul_2exp(num, bb, static_cast<mp_bitcnt_t>(k));
    mpz_tdiv_qr(q, r, aa, num);
  }
  if (mpz_sgn(r.get()) != 0) mpz_setbit(q, 0);
  int64_t nq = static_cast<int64_t>(mpz_sizeinbase(q, 2));
  int64_t drop = nq - 53;
  if (k + drop < -1074) drop = -1074 - k;
  uint64_t m;
  if (drop <= 0) {
    m = mpz_get_ui(q);
    drop = 0;
  } else {
    Mpz mm, rem;
    mpz_fdiv_q_2exp(mm, q, static_cast<mp_bitcnt_t>(drop));
    mpz_fdiv_r_2exp(rem, q, static_cast<mp_bitcnt_t>(drop));
    m = mpz_get_ui(mm);
    // Compare rem with half = 2**(drop-1).
    int c = -1;
    if (mpz_sgn(rem.get()) != 0) {
      Mpz half;
      mpz_setbit(half, static_cast<mp_bitcnt_t>(drop - 1));
      c = mpz_cmp(rem, half);
    }
    if (c > 0 || (c == 0 && (m & 1))) m++;
  }
  double res = std::ldexp(static_cast<double>(m), static_cast<int>(k + drop));
  if (std::isinf(res)) *overflow = true;
  return sign * res;
}

double int_to_double(Thread&, Value v, bool* overflow) {
  if (overflow) *overflow = false;
  int64_t i;
  if (int_small_value(v, &i)) return static_cast<double>(i);
  mpz_srcptr z = bigint_mpz(v.obj());
  if (mpz_sizeinbase(z, 2) <= 53) return mpz_get_d(z);  // exact
  mpz_t one;
  mp_limb_t limb = 1;
  one->_mp_alloc = 1;
  one->_mp_size = 1;
  one->_mp_d = &limb;
  bool ovf;
  double d = mpz_ratio_to_double(z, one, &ovf);
  if (overflow) *overflow = ovf;
  return d;
}

bool int_as_double(Thread& th, Value v, double* out) {
  bool ovf;
  *out = int_to_double(th, v, &ovf);
  if (ovf) {
    raise(th, Exc_OverflowError, "int too large to convert to float");
    return false;
  }
  return true;
}

bool number_as_double(Thread& th, Value v, double* out) {
  if (v.is_double()) {
    *out = v.dbl();
    return true;
  }
  if (is_int(v)) return int_as_double(th, v, out);
  if (is_float(v)) {
    *out = float_value(v);
    return true;
  }
  return false;
}

Value int_from_double(Thread& th, double d) {
  if (std::isnan(d)) return raise(th, Exc_ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(th, Exc_OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t > -9.2e18 && t < 9.2e18) return int_from_i64(th, static_cast<int64_t>(t));
  Mpz z;
  mpz_set_d(z, t);
  return int_from_mpz(th, z);
}

// ---------------------------------------------------------------- strings

std::string int_to_string(Value v, int base) {
  int64_t i;
  if (int_small_value(v, &i)) {
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, i, base);
    return std::string(buf, r.ptr);
  }
  mpz_srcptr z = bigint_mpz(v.obj());
  std::string s(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(s.data(), base, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

std::atomic<int64_t> g_int_max_str_digits{4300};

bool int_check_str_digits(Thread& th, Value v) {
  if (v.is_small()) return true;
  const int64_t kIntMaxStrDigits = load_relaxed(g_int_max_str_digits);
  if (kIntMaxStrDigits <= 0) return true;
  mpz_srcptr z = bigint_mpz(v.obj());
  size_t est = mpz_sizeinbase(z, 10);  // exact or one too big
  if (static_cast<int64_t>(est) <= kIntMaxStrDigits) return true;
  if (static_cast<int64_t>(est) == kIntMaxStrDigits + 1) {
    // Exact check: |z| >= 10**4300 ?
    Mpz p;
    mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(kIntMaxStrDigits));
    if (mpz_cmpabs(z, p) < 0) return true;
  }
  raise(th, Exc_ValueError,
        "Exceeds the limit (%lld digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit",
        static_cast<long long>(kIntMaxStrDigits));
  return false;
}

// Only ASCII whitespace: '\x1c'..'\x1f' are str.isspace() but CPython's number parsers
// reject them; non-ASCII spaces were already mapped to ' ' by numeric_text_to_ascii.
static inline bool is_py_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static std::string_view strip_space(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_py_space(static_cast<unsigned char>(s[b]))) b++;
  while (e > b && is_py_space(static_cast<unsigned char>(s[e - 1]))) e--;
  return s.substr(b, e - b);
}

std::string bytes_literal_text(std::string_view data) {
  char q = uni::choose_quote(data);
  std::string r;
  r.push_back('b');
  r.push_back(q);
  uni::bytes_repr_body(r, data, q);
  r.push_back(q);
  return r;
}

bool numeric_text_to_ascii(std::string_view s, std::string* out) {
  if (uni::all_ascii(s.data(), s.size())) return false;
  out->clear();
  out->reserve(s.size());
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    uint32_t cp = uni::decode(p);
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (uni::is_space(cp)) {
      out->push_back(' ');
    } else {
      int d = uni::decimal_value(cp);
      // '?' is invalid in every numeric syntax, so the parse fails on it.
      out->push_back(d >= 0 ? static_cast<char>('0' + d) : '?');
    }
  }
  return true;
}

static inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Parses Python int literal text into sign, effective base and clean digits.
// Returns false when invalid.
bool int_parse_text(std::string_view text, int base, bool* neg, int* out_base, std::string* digits) {
  std::string_view s = strip_space(text);
  *neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    *neg = s[0] == '-';
    s.remove_prefix(1);
  }
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      prefixed = true;
      s.remove_prefix(2);
    }
  }
  bool zero_lead_check = false;
  if (base == 0) {
    base = 10;
    zero_lead_check = true;
  }
  *out_base = base;
  digits->clear();
  if (s.empty()) return false;
  bool prev_us = prefixed;  // an underscore may follow a base prefix
  bool allow_us = prefixed;
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      if (!allow_us) return false;
      allow_us = false;
      prev_us = true;
      continue;
    }
    if (digit_value(c) >= base) return false;
    digits->push_back(c);
    allow_us = true;
    prev_us = false;
  }
  if (prev_us || digits->empty()) return false;
  if (zero_lead_check && (*digits)[0] == '0') {
    for (char c : *digits)
      if (c != '0') return false;
  }
  return true;
}

Value int_from_string(Thread& th, std::string_view s, int base) { return int_from_text(th, s, base, false); }

Value int_from_text(Thread& th, std::string_view s, int base, bool is_bytes) {
  if (base != 0 && (base < 2 || base > 36))
    return raise(th, Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  bool neg;
  int b;
  std::string digits, ascii;
  std::string_view text = s;
  if (!is_bytes && numeric_text_to_ascii(s, &ascii)) text = ascii;
  if (!int_parse_text(text, base, &neg, &b, &digits)) {
    std::string_view shown = s.size() > 200 ? s.substr(0, 200) : s;
    std::string r = is_bytes ? bytes_literal_text(shown) : str_repr_text(shown);
    return raise(th, Exc_ValueError, "invalid literal for int() with base %d: %s", base, r.c_str());
  }
  const int64_t kIntMaxStrDigits = load_relaxed(g_int_max_str_digits);
  if ((b & (b - 1)) != 0 && kIntMaxStrDigits > 0 && static_cast<int64_t>(digits.size()) > kIntMaxStrDigits)
    return raise(th, Exc_ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 static_cast<long long>(kIntMaxStrDigits), digits.size());
  if (digits.size() <= 12 || (b <= 16 && digits.size() <= 11)) {
    int64_t v = 0;
    for (char c : digits) v = v * b + digit_value(c);
    return int_from_i64(th, neg ? -v : v);
  }
  Mpz z;
  mpz_set_str(z, digits.c_str(), b);
  if (neg) mpz_neg(z, z);
  return int_from_mpz(th, z);
}

// ---------------------------------------------------------------- hash

static constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

bool int_hash(Value v, int64_t* out) {
  int64_t i;
  if (int_small_value(v, &i)) {
    *out = i == -1 ? -2 : i;  // |i| < 2**61 - 1: the hash is the value itself
    return true;
  }
  mpz_srcptr z = bigint_mpz(v.obj());
  int64_t h = static_cast<int64_t>(mpz_tdiv_ui(z, kHashModulus));
  if (mpz_sgn(z) < 0) h = -h;
  *out = h == -1 ? -2 : h;
  return true;
}

static bool int_hash_slot(Thread&, Value self, int64_t* out) { return int_hash(self, out); }

// ---------------------------------------------------------------- comparisons

static inline Value cmp_result(CmpOp op, int c) {
  switch (op) {
    case CmpOp::LT: return bool_value(c < 0);
    case CmpOp::LE: return bool_value(c <= 0);
    case CmpOp::EQ: return bool_value(c == 0);
    case CmpOp::NE: return bool_value(c != 0);
    case CmpOp::GT: return bool_value(c > 0);
    case CmpOp::GE: return bool_value(c >= 0);
    default: return g_False;
  }
}

// Exact comparison of an int with a double; 2 means unordered (NaN).
int int_cmp_double(Value i, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int64_t x;
  if (int_small_value(i, &x)) {
    double xd = static_cast<double>(x);  // exact: |x| < 2**53
    return xd < d ? -1 : (xd > d ? 1 : 0);
  }
  int c = mpz_cmp_d(bigint_mpz(i.obj()), d);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

Value num_richcmp(Thread&, Value a, Value b, CmpOp op) {
  int64_t x, y;
  if (int_small_value(a, &x)) {
    if (int_small_value(b, &y)) return cmp_result(op, x < y ? -1 : (x > y ? 1 : 0));
  }
  int c;
  if (is_int(a)) {
    if (is_int(b)) {
      MpzView va(a), vb(b);
      c = mpz_cmp(va, vb);
    } else if (is_float(b)) {
      c = int_cmp_double(a, float_value(b));
    } else {
      return g_NotImplemented;
    }
  } else if (is_float(a)) {
    double da = float_value(a);
    if (is_float(b)) {
      double db = float_value(b);
      if (std::isnan(da) || std::isnan(db)) c = 2;
      else c = da < db ? -1 : (da > db ? 1 : 0);
    } else if (is_int(b)) {
      c = int_cmp_double(b, da);
      if (c != 2) c = -c;
    } else {
      return g_NotImplemented;
    }
  } else {
    return g_NotImplemented;
  }
  if (c == 2) return bool_value(op == CmpOp::NE);
  if (c > 0) c = 1;
  if (c < 0) c = -1;
  return cmp_result(op, c);
}

// ---------------------------------------------------------------- arithmetic

#define INT_OPERANDS_OR_NOTIMPL(a, b) \
  if (!is_int(a) || !is_int(b)) return g_NotImplemented

static inline Value small_result(Thread& th, int64_t r) {
  if (Value::fits_small(r)) return Value::from_small(r);
  return int_from_i64(th, r);
}

static Value int_add(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) return small_result(th, x + y);
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  Mpz r;
  mpz_add(r, va, vb);
  return int_from_mpz(th, r);
}

static Value int_sub(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) return small_result(th, x - y);
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  Mpz r;
  mpz_sub(r, va, vb);
  return int_from_mpz(th, r);
}

static Value int_mul(Thread& th, Value a, Value b) {
  int64_t x, y, r;
  if (int_small_value(a, &x) && int_small_value(b, &y)) {
    if (!__builtin_mul_overflow(x, y, &r)) return small_result(th, r);
    return int_from_i128(th, static_cast<__int128>(x) * y);
  }
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  Mpz rr;
  mpz_mul(rr, va, vb);
  return int_from_mpz(th, rr);
}

Value int_truediv(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) {
    if (y == 0) return raise(th, Exc_ZeroDivisionError, "division by zero");
    return Value::from_double(static_cast<double>(x) / static_cast<double>(y));
  }
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  int sb = mpz_sgn(vb.get());
  if (sb == 0) return raise(th, Exc_ZeroDivisionError, "division by zero");
  if (mpz_sgn(va.get()) == 0) return Value::from_double(sb < 0 ? -0.0 : 0.0);
  if (mpz_sizeinbase(va, 2) <= 53 && mpz_sizeinbase(vb, 2) <= 53)
    return Value::from_double(mpz_get_d(va) / mpz_get_d(vb));
  bool ovf;
  double d;
  if (sb < 0) {
    Mpz na, nb;
    mpz_neg(na, va);
    mpz_neg(nb, vb);
    d = mpz_ratio_to_double(na, nb, &ovf);
  } else {
    d = mpz_ratio_to_double(va, vb, &ovf);
  }
  if (ovf) return raise(th, Exc_OverflowError, "integer division result too large for a float");
  return Value::from_double(d);
}

static Value int_floordiv(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) {
    if (y == 0) return raise(th, Exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r ^ y) < 0)) q -= 1;
    return small_result(th, q);
  }
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  if (mpz_sgn(vb.get()) == 0) return raise(th, Exc_ZeroDivisionError, "integer division or modulo by zero");
  Mpz q;
  mpz_fdiv_q(q, va, vb);
  return int_from_mpz(th, q);
}

static Value int_mod(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) {
    if (y == 0) return raise(th, Exc_ZeroDivisionError, "integer modulo by zero");
    int64_t r = x % y;
    if (r != 0 && ((r ^ y) < 0)) r += y;
    return Value::from_small(r);
  }
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  if (mpz_sgn(vb.get()) == 0) return raise(th, Exc_ZeroDivisionError, "integer modulo by zero");
  Mpz r;
  mpz_fdiv_r(r, va, vb);
  return int_from_mpz(th, r);
}

// (q, r) for ints; false: raised.
bool int_divmod(Thread& th, Value a, Value b, Value* q, Value* r) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) {
    if (y == 0) {
      raise(th, Exc_ZeroDivisionError, "integer division or modulo by zero");
      return false;
    }
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr ^ y) < 0)) {
      qq -= 1;
      rr += y;
    }
    *q = small_result(th, qq);
    *r = Value::from_small(rr);
    return true;
  }
  MpzView va(a), vb(b);
  if (mpz_sgn(vb.get()) == 0) {
    raise(th, Exc_ZeroDivisionError, "integer division or modulo by zero");
    return false;
  }
  Mpz qq, rr;
  mpz_fdiv_qr(qq, rr, va, vb);
  *q = int_from_mpz(th, qq);
  *r = int_from_mpz(th, rr);
  return true;
}

// Results beyond this many bits are refused with MemoryError instead of letting GMP
// abort the process on an impossible allocation.
static constexpr uint64_t kMaxResultBits = uint64_t(1) << 35;

Value int_pow(Thread& th, Value a, Value b) {
  INT_OPERANDS_OR_NOTIMPL(a, b);
  if (int_sign(b) < 0) {
    double x, y;
    if (!int_as_double(th, a, &x) || !int_as_double(th, b, &y)) return Value();
    return float_pow_impl(th, x, y);
  }
  int64_t x, e;
  bool e_fits = int_to_i64(b, &e);
  if (e_fits && int_small_value(a, &x)) {
    int64_t result = 1, base = x;
    uint64_t n = static_cast<uint64_t>(e);
    bool ovf = false;
    for (;;) {
      if ((n & 1) && __builtin_mul_overflow(result, base, &result)) {
        ovf = true;
        break;
      }
      n >>= 1;
      if (!n) break;
      if (__builtin_mul_overflow(base, base, &base)) {
        ovf = true;
        break;
      }
    }
    if (!ovf) return small_result(th, result);
  }
  MpzView va(a);
  if (mpz_cmpabs_ui(va, 1) <= 0) {  // 0, 1, -1: any exponent
    int s = mpz_sgn(va.get());
    if (s == 0) return Value::from_small(int_sign(b) == 0 ? 1 : 0);
    if (s > 0) return Value::from_small(1);
    MpzView vb(b);
    return Value::from_small(mpz_odd_p(vb.get()) ? -1 : 1);
  }
  uint64_t bits = mpz_sizeinbase(va, 2) - 1;  // result has more than bits * e bits
  if (!e_fits || static_cast<uint64_t>(e) > kMaxResultBits || bits * static_cast<uint64_t>(e) > kMaxResultBits)
    return raise_no_memory(th);
  Mpz r;
  mpz_pow_ui(r, va, static_cast<unsigned long>(e));
  return int_from_mpz(th, r);
}

static Value int_lshift(Thread& th, Value a, Value b) {
  INT_OPERANDS_OR_NOTIMPL(a, b);
  int64_t x, c;
  if (!int_to_i64(b, &c)) {
    if (int_sign(b) < 0) return raise(th, Exc_ValueError, "negative shift count");
    if (int_sign(a) == 0) return Value::from_small(0);
    return raise(th, Exc_OverflowError, "too many digits in integer");
  }
  if (c < 0) return raise(th, Exc_ValueError, "negative shift count");
  if (int_small_value(a, &x)) {
    if (x == 0) return Value::from_small(0);
    if (c < 16) return small_result(th, x * (int64_t(1) << c));
    if (c < 79) return int_from_i128(th, static_cast<__int128>(x) * (static_cast<__int128>(1) << c));
  }
  MpzView va(a);
  if (mpz_sgn(va.get()) == 0) return Value::from_small(0);
  if (static_cast<uint64_t>(c) > kMaxResultBits) return raise_no_memory(th);
  Mpz r;
  mpz_mul_2exp(r, va, static_cast<mp_bitcnt_t>(c));
  return int_from_mpz(th, r);
}

static Value int_rshift(Thread& th, Value a, Value b) {
  INT_OPERANDS_OR_NOTIMPL(a, b);
  int64_t x, c;
  if (!int_to_i64(b, &c)) {
    if (int_sign(b) < 0) return raise(th, Exc_ValueError, "negative shift count");
    return Value::from_small(int_sign(a) < 0 ? -1 : 0);
  }
  if (c < 0) return raise(th, Exc_ValueError, "negative shift count");
  if (int_small_value(a, &x)) return Value::from_small(c >= 63 ? (x < 0 ? -1 : 0) : (x >> c));
  MpzView va(a);
  Mpz r;
  mpz_fdiv_q_2exp(r, va, static_cast<mp_bitcnt_t>(c));
  return int_from_mpz(th, r);
}

static Value int_and(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) return Value::from_small(x & y);
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  Mpz r;
  mpz_and(r, va, vb);
  return int_from_mpz(th, r);
}

static Value int_or(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) return Value::from_small(x | y);
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  Mpz r;
  mpz_ior(r, va, vb);
  return int_from_mpz(th, r);
}

static Value int_xor(Thread& th, Value a, Value b) {
  int64_t x, y;
  if (int_small_value(a, &x) && int_small_value(b, &y)) return Value::from_small(x ^ y);
  INT_OPERANDS_OR_NOTIMPL(a, b);
  MpzView va(a), vb(b);
  Mpz r;
  mpz_xor(r, va, vb);
  return int_from_mpz(th, r);
}

// ---------------------------------------------------------------- unary

Value int_exact(Thread& th, Value v) {
  if (v.is_small() || v.obj()->type == IntType) return v;
  int64_t x;
  if (int_small_value(v, &x)) return Value::from_small(x);
  return int_from_mpz(th, bigint_mpz(v.obj()));
}

static Value int_neg(Thread& th, Value v) {
  int64_t x;
  if (int_small_value(v, &x)) return small_result(th, -x);
  Mpz r;
  mpz_neg(r, bigint_mpz(v.obj()));
  return int_from_mpz(th, r);
}

static Value int_pos(Thread& th, Value v) { return int_exact(th, v); }

static Value int_invert(Thread& th, Value v) {
  int64_t x;
  if (int_small_value(v, &x)) return Value::from_small(~x);
  Mpz r;
  mpz_com(r, bigint_mpz(v.obj()));
  return int_from_mpz(th, r);
}

static Value int_abs(Thread& th, Value v) {
  int64_t x;
  if (int_small_value(v, &x)) return small_result(th, x < 0 ? -x : x);
  Mpz r;
  mpz_abs(r, bigint_mpz(v.obj()));
  return int_from_mpz(th, r);
}

static int int_bool(Thread&, Value v) { return int_sign(v) != 0; }

static Value int_float(Thread& th, Value v) {
  double d;
  if (!int_as_double(th, v, &d)) return Value();
  return Value::from_double(d);
}

Value int_repr(Thread& th, Value v) {
  int64_t x;
  if (int_small_value(v, &x)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    return V(str_new(th, std::string_view(buf, static_cast<size_t>(r.ptr - buf))));
  }
  if (!int_check_str_digits(th, v)) return Value();
  std::string s = int_to_string(v, 10);
  return V(str_new(th, s));
}

// int.__eq__(2.0) is NotImplemented in CPython: int-float pairs are compared by float's
// slot (the reflected call), which shares num_richcmp.
static Value int_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_int(b) || !is_int(a)) return g_NotImplemented;
  return num_richcmp(th, a, b, op);
}

void int_fill_slots(Type* t) {
  t->repr = int_repr;
  t->hash = int_hash_slot;
  t->bool_ = int_bool;
  t->richcmp = int_richcmp;
  t->neg = int_neg;
  t->pos = int_pos;
  t->invert = int_invert;
  t->abs = int_abs;
  t->index = int_exact;
  t->int_ = int_exact;
  t->float_ = int_float;
  auto set = [t](BinOp op, BinaryFn f) { t->nb[static_cast<size_t>(op)] = f; };
  set(BinOp::ADD, int_add);
  set(BinOp::SUB, int_sub);
  set(BinOp::MUL, int_mul);
  set(BinOp::TRUEDIV, int_truediv);
  set(BinOp::FLOORDIV, int_floordiv);
  set(BinOp::MOD, int_mod);
  set(BinOp::POW, int_pow);
  set(BinOp::LSHIFT, int_lshift);
  set(BinOp::RSHIFT, int_rshift);
  set(BinOp::AND, int_and);
  set(BinOp::OR, int_or);
  set(BinOp::XOR, int_xor);
}

}  // namespace taipan
