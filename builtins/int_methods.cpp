// int: the constructor, methods and attributes, the number helpers builtins call
// (number_divmod, number_pow3, number_round), and init_numbers, which sets up int,
// bool, float and complex.
//
// Instances of int subclasses are BigIntObjects of the subclass holding any value
// (bigint_new); every result of arithmetic is an exact int.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "builtins/int_gmp.h"
#include "builtins/int_internal.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

static StrObject* g_sym_divmod = nullptr;
static StrObject* g_sym_rdivmod = nullptr;
static StrObject* g_sym_pow = nullptr;

// ---------------------------------------------------------------- constructor

static Value int_new_impl(Thread& th, const Value* a) {
  Type* type = static_cast<Type*>(a[0].obj());
  Value x = a[1], base_v = a[2];
  Value res;
  if (x.is_empty()) {
    if (!base_v.is_empty()) return raise(th, Exc_TypeError, "int() missing string argument");
    res = Value::from_small(0);
  } else if (base_v.is_empty()) {
    if (is_int(x)) res = int_exact(th, x);
    else if (x.is_double()) res = int_from_double(th, x.dbl());
    else if (is_str(x)) res = int_from_text(th, str_view(x), 10, false);
    else if (x.is_obj() && x.obj()->type == BytesType) {
      auto* b = as<BytesObject>(x);
      res = int_from_text(th, std::string_view(b->data, static_cast<size_t>(b->size)), 10, true);
    } else {
      res = number_int(th, x);
    }
  } else {
    int64_t base;
    if (!index_to_i64(th, base_v, &base, true)) return Value();
    if (base != 0 && (base < 2 || base > 36))
      return raise(th, Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) {
      res = int_from_text(th, str_view(x), static_cast<int>(base), false);
    } else if (x.is_obj() && x.obj()->type == BytesType) {
      auto* b = as<BytesObject>(x);
      res = int_from_text(th, std::string_view(b->data, static_cast<size_t>(b->size)), static_cast<int>(base), true);
    } else if (x.is_obj() && x.obj()->type == ByteArrayType) {
      Value bytes = call1(th, V(BytesType), x);
      if (bytes.is_empty()) return bytes;
      auto* b = as<BytesObject>(bytes);
      res = int_from_text(th, std::string_view(b->data, static_cast<size_t>(b->size)), static_cast<int>(base), true);
    } else {
      return raise(th, Exc_TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (res.is_empty() || type == IntType) return res;
  MpzView v(res);
  return V(bigint_new(th, type, v));
}

static const NativeDef kIntNew = {"int(type, x=?, /, base=?)", int_new_impl};

static Value int_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (type == IntType && nargs == 1 && !kwnames) {
    Value x = args[0];
    if (x.is_small()) return x;
    if (x.is_double()) return int_from_double(th, x.dbl());
  }
  return call_native(th, &kIntNew, V(type), args, nargs, kwnames);
}

// ---------------------------------------------------------------- rounding

static Value int_round_impl(Thread& th, Value v, Value ndigits) {
  if (ndigits.is_empty() || is_none(ndigits)) return int_exact(th, v);
  int64_t n;
  if (!index_to_i64(th, ndigits, &n, true)) return Value();
  if (n >= 0) return int_exact(th, v);
  MpzView z(v);
  uint64_t k = n == INT64_MIN ? UINT64_MAX : static_cast<uint64_t>(-n);
  if (k > mpz_sizeinbase(z, 10) + 1) return Value::from_small(0);
  Mpz p, q, r;
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(k));
  mpz_fdiv_qr(q, r, z, p);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return int_from_mpz(th, q);
}

Value number_round(Thread& th, Value x, Value ndigits) {
  if (x.is_small() || (x.is_obj() && x.obj()->type == IntType)) return int_round_impl(th, x, ndigits);
  if (x.is_double()) return float_round_impl(th, x.dbl(), ndigits);
  Value args[1] = {ndigits};
  size_t n = (ndigits.is_empty() || is_none(ndigits)) ? 0 : 1;
  Value r = call_special(th, x, sym::__round__, args, n);
  if (r.is_empty() && !has_exc(th))
    return raise(th, Exc_TypeError, "type %s doesn't define __round__ method", type_name(x));
  return r;
}

// ---------------------------------------------------------------- divmod / pow

static Value pair(Thread& th, Value a, Value b) {
  Value items[2] = {a, b};
  return V(tuple_from(th, items, 2));
}

// 1 done (*out), 0 not handled (NotImplemented), -1 raised.
static int num_divmod(Thread& th, Value a, Value b, Value* out) {
  if (is_int(a) && is_int(b)) {
    Value q, r;
    if (!int_divmod(th, a, b, &q, &r)) return -1;
    *out = pair(th, q, r);
    return 1;
  }
  if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) {
    double x, y, q, r;
    if (!number_as_double(th, a, &x) || !number_as_double(th, b, &y)) return -1;
    if (!float_divmod_impl(th, x, y, &q, &r, "float divmod()")) return -1;
    *out = pair(th, Value::from_double(q), Value::from_double(r));
    return 1;
  }
  return 0;
}

Value number_divmod(Thread& th, Value a, Value b) {
  bool a_builtin = a.is_small() || a.is_double() || (a.is_obj() && (a.obj()->type == IntType || a.obj()->type == BoolType));
  bool b_builtin = b.is_small() || b.is_double() || (b.is_obj() && (b.obj()->type == IntType || b.obj()->type == BoolType));
  if (a_builtin && b_builtin) {
    Value out;
    int k = num_divmod(th, a, b, &out);
    if (k != 0) return k > 0 ? out : Value();
  }
  Root ka(th, a), kb(th, b);
  Value r = call_special(th, a, g_sym_divmod, &b, 1);
  if (r.is_empty() && has_exc(th)) return r;
  if (!r.is_empty() && !r.is(g_NotImplemented)) return r;
  if (type_of(a) != type_of(b)) {
    r = call_special(th, b, g_sym_rdivmod, &a, 1);
    if (r.is_empty() && has_exc(th)) return r;
    if (!r.is_empty() && !r.is(g_NotImplemented)) return r;
  }
  return raise(th, Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a),
               type_name(b));
}

static Value int_pow3(Thread& th, Value base, Value exp, Value mod) {
  MpzView b(base), e(exp), m(mod);
  if (mpz_sgn(m.get()) == 0) return raise(th, Exc_ValueError, "pow() 3rd argument cannot be 0");
  Mpz am, bb, r;
  mpz_abs(am, m);
  if (mpz_cmp_ui(am.get(), 1) == 0) return Value::from_small(0);
  if (mpz_sgn(e.get()) < 0) {
    if (!mpz_invert(bb, b, am)) return raise(th, Exc_ValueError, "base is not invertible for the given modulus");
    Mpz ne;
    mpz_neg(ne, e);
    mpz_powm(r, bb, ne, am);
  } else {
    mpz_powm(r, b, e, am);
  }
  if (mpz_sgn(m.get()) < 0 && mpz_sgn(r.get()) != 0) mpz_add(r, r, m);
  return int_from_mpz(th, r);
}

// Three-argument pow asks each distinct operand type in turn, as CPython's ternary
// dispatch does: int declines unless all three are ints, float refuses any modulus,
// complex refuses one once base and exponent are numbers, and a class's own __pow__ is
// asked only when it is the base's (there is no reflected three-argument form).
Value number_pow3(Thread& th, Value base, Value exp, Value mod) {
  auto exact_int = [](Value v) {
    return v.is_small() || (v.is_obj() && (v.obj()->type == IntType || v.obj()->type == BoolType));
  };
  if (exact_int(base) && exact_int(exp) && exact_int(mod)) return int_pow3(th, base, exp, mod);
  auto numeric = [](Value v) { return is_int(v) || is_float(v) || is_complex(v); };
  Value ops[3] = {base, exp, mod};
  RootSpan keep(th, ops, 3);
  Type* tried[3];
  int ntried = 0;
  for (int i = 0; i < 3; ++i) {
    Type* t = type_of(ops[i]);
    if (std::find(tried, tried + ntried, t) != tried + ntried) continue;
    tried[ntried++] = t;
    Value own = lookup_in_mro(t, g_sym_pow);
    if (own.is_empty()) continue;
    if (own.is(lookup_in_mro(IntType, g_sym_pow))) {
      if (is_int(base) && is_int(exp) && is_int(mod)) return int_pow3(th, base, exp, mod);
      continue;
    }
    if (own.is(lookup_in_mro(FloatType, g_sym_pow)))
      return raise(th, Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (own.is(lookup_in_mro(ComplexType, g_sym_pow))) {
      if (numeric(base) && numeric(exp)) return raise(th, Exc_ValueError, "complex modulo");
      continue;
    }
    if (i != 0) continue;
    Value r = call_special(th, base, g_sym_pow, ops + 1, 2);
    if (r.is_empty() && has_exc(th)) return r;
    if (!r.is_empty() && !r.is(g_NotImplemented)) return r;
  }
  return raise(th, Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(base), type_name(exp), type_name(mod));
}

// ---------------------------------------------------------------- methods

static Value m_bit_length(Thread&, const Value* a) {
  int64_t x;
  if (int_small_value(a[0], &x)) {
    uint64_t u = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return Value::from_small(u ? 64 - __builtin_clzll(u) : 0);
  }
  mpz_srcptr z = bigint_mpz(a[0].obj());
  return Value::from_small(mpz_sgn(z) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(z, 2)));
}

static Value m_bit_count(Thread&, const Value* a) {
  int64_t x;
  if (int_small_value(a[0], &x)) {
    uint64_t u = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return Value::from_small(__builtin_popcountll(u));
  }
  mpz_srcptr z = bigint_mpz(a[0].obj());
  int n = z->_mp_size < 0 ? -z->_mp_size : z->_mp_size;
  return Value::from_small(static_cast<int64_t>(mpn_popcount(z->_mp_d, n)));
}

// 1 big, 0 little, -1 raised.
static int byteorder_of(Thread& th, Value v) {
  if (!is_str(v)) {
    raise(th, Exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(v));
    return -1;
  }
  std::string_view s = str_view(v);
  if (s == "big") return 1;
  if (s == "little") return 0;
  raise(th, Exc_ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

static Value m_to_bytes(Thread& th, const Value* a) {
  int64_t length;
  if (!index_to_i64(th, a[1], &length)) return Value();
  if (length < 0) return raise(th, Exc_ValueError, "length argument must be non-negative");
  int big = byteorder_of(th, a[2]);
  if (big < 0) return Value();
  int sgn = truthy(th, a[3]);
  if (sgn < 0) return Value();
  MpzView v(a[0]);
  int s = mpz_sgn(v.get());
  if (s < 0 && !sgn) return raise(th, Exc_OverflowError, "can't convert negative int to unsigned");
  Mpz u;
  mpz_set(u, v);
  uint64_t nbits = static_cast<uint64_t>(length) * 8;
  // Range check: unsigned [0, 2**nbits); signed [-2**(nbits-1), 2**(nbits-1)).
  bool ok;
  if (s == 0) {
    ok = true;
  } else if (!sgn) {
    ok = mpz_sizeinbase(u, 2) <= nbits;
  } else if (nbits == 0) {
    ok = false;
  } else if (s > 0) {
    ok = mpz_sizeinbase(u, 2) <= nbits - 1;
  } else {
    Mpz t;
    mpz_neg(t, u);
    mpz_sub_ui(t, t, 1);  // -v - 1 < 2**(nbits-1)
    ok = mpz_sgn(t.get()) == 0 || mpz_sizeinbase(t, 2) <= nbits - 1;
  }
  if (!ok) return raise(th, Exc_OverflowError, "int too big to convert");
  if (s < 0) {
    Mpz p;
    mpz_setbit(p, static_cast<mp_bitcnt_t>(nbits));
    mpz_add(u, u, p);  // two's complement
  }
  std::string buf(static_cast<size_t>(length), '\0');
  if (length > 0 && mpz_sgn(u.get()) != 0) {
    size_t count = 0;
    std::string tmp((mpz_sizeinbase(u, 2) + 7) / 8, '\0');
    mpz_export(tmp.data(), &count, 1, 1, 1, 0, u);
    std::memcpy(buf.data() + (buf.size() - count), tmp.data(), count);  // big-endian
  }
  if (!big) std::reverse(buf.begin(), buf.end());
  return V(bytes_new(th, buf));
}

static Value m_from_bytes(Thread& th, const Value* a) {
  Value cls = a[0];
  Value data = a[1];
  Root keep(th, cls);
  if (!(data.is_obj() && data.obj()->type == BytesType)) {
    data = call1(th, V(BytesType), data);
    if (data.is_empty()) return data;
  }
  Root keep_d(th, data);
  int big = byteorder_of(th, a[2]);
  if (big < 0) return Value();
  int sgn = truthy(th, a[3]);
  if (sgn < 0) return Value();
  auto* b = as<BytesObject>(data);
  Mpz z;
  if (b->size > 0) mpz_import(z, static_cast<size_t>(b->size), big ? 1 : -1, 1, 1, 0, b->data);
  if (sgn && b->size > 0) {
    unsigned char top = static_cast<unsigned char>(big ? b->data[0] : b->data[b->size - 1]);
    if (top & 0x80) {
      Mpz p;
      mpz_setbit(p, static_cast<mp_bitcnt_t>(b->size * 8));
      mpz_sub(z, z, p);
    }
  }
  Value r = int_from_mpz(th, z);
  if (r.is_empty() || cls.is(V(IntType))) return r;
  return call1(th, cls, r);
}

static Value m_as_integer_ratio(Thread& th, const Value* a) {
  Value v = int_exact(th, a[0]);
  return pair(th, v, Value::from_small(1));
}
static Value m_exact(Thread& th, const Value* a) { return int_exact(th, a[0]); }
static Value m_round(Thread& th, const Value* a) { return int_round_impl(th, a[0], a[1]); }
static Value m_format(Thread& th, const Value* a) {
  if (!is_str(a[1])) return raise(th, Exc_TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
  return int_format(th, a[0], str_view(a[1]));
}
static Value m_divmod(Thread& th, const Value* a) {
  if (!is_int(a[1])) return g_NotImplemented;
  Value out;
  int k = num_divmod(th, a[0], a[1], &out);
  return k > 0 ? out : (k == 0 ? g_NotImplemented : Value());
}
static Value m_rdivmod(Thread& th, const Value* a) {
  if (!is_int(a[1])) return g_NotImplemented;
  Value out;
  int k = num_divmod(th, a[1], a[0], &out);
  return k > 0 ? out : (k == 0 ? g_NotImplemented : Value());
}
static Value m_getnewargs(Thread& th, const Value* a) {
  Value v = int_exact(th, a[0]);
  return V(tuple_from(th, &v, 1));
}
static const NativeDef kIntMethods[] = {
    {"bit_length(self, /)", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count(self, /)", m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes(self, /, length=1, byteorder='big', *, signed=False)", m_to_bytes, 0,
     "Return an array of bytes representing an integer."},
    {"from_bytes(type, /, bytes, byteorder='big', *, signed=False)", m_from_bytes, NF_CLASSMETHOD,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio(self, /)", m_as_integer_ratio, 0, "Return integer ratio."},
    {"conjugate(self, /)", m_exact, 0, "Returns self, the complex conjugate of any int."},
    {"__trunc__(self, /)", m_exact, 0, "Truncating an Integral returns itself."},
    {"__floor__(self, /)", m_exact, 0, "Flooring an Integral returns itself."},
    {"__ceil__(self, /)", m_exact, 0, "Ceiling of an Integral returns itself."},
    {"__round__(self, ndigits=None, /)", m_round, 0, "Rounding an Integral returns itself."},
    {"__format__(self, format_spec, /)", m_format, 0, "Convert to a string according to format_spec."},
    {"__divmod__(self, value, /)", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__(self, value, /)", m_rdivmod, 0, "Return divmod(value, self)."},
    {"__getnewargs__(self, /)", m_getnewargs, 0, nullptr},
    {},
};

static Value g_exact(Thread& th, Value self) { return int_exact(th, self); }
static Value g_zero(Thread&, Value) { return Value::from_small(0); }
static Value g_one(Thread&, Value) { return Value::from_small(1); }

static const GetSetDef kIntGetSets[] = {
    {"real", g_exact, nullptr, "the real part of a complex number"},
    {"imag", g_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", g_exact, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", g_one, nullptr, "the denominator of a rational number in lowest terms"},
    {},
};

void init_numbers(Thread& th) {
  g_sym_divmod = str_intern("__divmod__");
  g_sym_rdivmod = str_intern("__rdivmod__");
  g_sym_pow = str_intern("__pow__");
  Type* t = IntType;
  t->flags |= TF_BASETYPE | TF_INT_SUBCLASS | TF_IMMUTABLE;
  int_fill_slots(t);
  t->new_ = int_new;
  t->methods = kIntMethods;
  t->getsets = kIntGetSets;
  t->tp_doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
      "Convert a number or string to an integer, or return 0 if no arguments are given.";
  init_bool_type(th);
  init_float_type(th);
  init_complex_type(th);
}

}  // namespace taipan
