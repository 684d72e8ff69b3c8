// complex: an immutable pair of doubles (ComplexObject). Arithmetic with int, float and
// complex operands, repr as CPython ('1j', '(1+2j)', '(-0-1j)'), hashing consistent
// with float/int for values with a zero imaginary part, and the constructor with its
// string parser.
#include <cmath>
#include <cstring>

#include "builtins/int_internal.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

struct Cx {
  double re, im;
};

Value complex_new_value(Thread& th, double re, double im) {
  auto* c = gc_new<ComplexObject>(th, ComplexType);
  c->real = re;
  c->imag = im;
  return V(c);
}

static Value complex_new_typed(Thread& th, Type* type, double re, double im) {
  if (type == ComplexType) return complex_new_value(th, re, im);
  size_t size = type->basicsize > sizeof(ComplexObject) ? type->basicsize : sizeof(ComplexObject);
  auto* c = static_cast<ComplexObject*>(gc_alloc(th, type, size));
  c->real = re;
  c->imag = im;
  return V(c);
}

// 1 converted, 0 not a number (NotImplemented), -1 raised.
static int to_cx(Thread& th, Value v, Cx* out) {
  if (v.is_double()) {
    *out = {v.dbl(), 0.0};
    return 1;
  }
  if (v.is_small()) {
    *out = {static_cast<double>(v.small()), 0.0};
    return 1;
  }
  if (!v.is_obj()) return 0;
  if (is_complex(v)) {
    auto* c = as<ComplexObject>(v);
    *out = {c->real, c->imag};
    return 1;
  }
  if (is_float(v)) {
    *out = {float_value(v), 0.0};
    return 1;
  }
  if (is_int(v)) {
    double d;
    if (!int_as_double(th, v, &d)) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

#define CX_OPERANDS(a, b, x, y)                                   \
  Cx x, y;                                                        \
  {                                                               \
    int r1_ = to_cx(th, a, &x);                                   \
    if (r1_ <= 0) return r1_ ? Value() : g_NotImplemented;        \
    int r2_ = to_cx(th, b, &y);                                   \
    if (r2_ <= 0) return r2_ ? Value() : g_NotImplemented;        \
  }

static Value cx_value(Thread& th, Cx c) { return complex_new_value(th, c.re, c.im); }

static Value cx_add(Thread& th, Value a, Value b) {
  CX_OPERANDS(a, b, x, y);
  return cx_value(th, {x.re + y.re, x.im + y.im});
}
static Value cx_sub(Thread& th, Value a, Value b) {
  CX_OPERANDS(a, b, x, y);
  return cx_value(th, {x.re - y.re, x.im - y.im});
}
static Cx cx_mul_raw(Cx x, Cx y) { return {x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re}; }
static Value cx_mul(Thread& th, Value a, Value b) {
  CX_OPERANDS(a, b, x, y);
  return cx_value(th, cx_mul_raw(x, y));
}

// Smith's algorithm (scaled by the larger part of the divisor); false: division by 0.
static bool cx_div_raw(Cx a, Cx b, Cx* out) {
  double abr = std::fabs(b.re), abi = std::fabs(b.im);
  if (abr >= abi) {
    if (abr == 0) return false;
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abi >= abr) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    *out = {NAN, NAN};  // a NaN in the divisor
  }
  return true;
}

static Value cx_truediv(Thread& th, Value a, Value b) {
  CX_OPERANDS(a, b, x, y);
  Cx r;
  if (!cx_div_raw(x, y, &r)) return raise(th, Exc_ZeroDivisionError, "complex division by zero");
  return cx_value(th, r);
}

static Cx cx_powu(Cx x, uint64_t n) {
  Cx r = {1.0, 0.0}, p = x;
  while (n) {
    if (n & 1) r = cx_mul_raw(r, p);
    n >>= 1;
    if (n) p = cx_mul_raw(p, p);
  }
  return r;
}

Value complex_pow_impl(Thread& th, double ar, double ai, double br, double bi) {
  Cx r;
  if (br == 0 && bi == 0) {
    r = {1.0, 0.0};
  } else if (ar == 0 && ai == 0) {
    if (bi != 0 || br < 0)
      return raise(th, Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    r = {0.0, 0.0};
  } else if (bi == 0 && br == std::floor(br) && std::fabs(br) <= 100.0) {
    int64_t n = static_cast<int64_t>(br);
    if (n > 0) {
      r = cx_powu({ar, ai}, static_cast<uint64_t>(n));
    } else {
      Cx p = cx_powu({ar, ai}, static_cast<uint64_t>(-n));
      if (!cx_div_raw({1.0, 0.0}, p, &r))
        return raise(th, Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    }
  } else {
    double vabs = std::hypot(ar, ai);
    double len = std::pow(vabs, br);
    double at = std::atan2(ai, ar);
    double phase = at * br;
    if (bi != 0.0) {
      len /= std::exp(at * bi);
      phase += bi * std::log(vabs);
    }
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  if ((std::isinf(r.re) || std::isinf(r.im)) && std::isfinite(ar) && std::isfinite(ai) &&
      std::isfinite(br) && std::isfinite(bi))
    return raise(th, Exc_OverflowError, "complex exponentiation");
  return cx_value(th, r);
}

static Value cx_pow(Thread& th, Value a, Value b) {
  CX_OPERANDS(a, b, x, y);
  return complex_pow_impl(th, x.re, x.im, y.re, y.im);
}

static Cx cx_of(Value v) {
  auto* c = as<ComplexObject>(v);
  return {c->real, c->imag};
}

static Value cx_neg(Thread& th, Value v) {
  Cx c = cx_of(v);
  return cx_value(th, {-c.re, -c.im});
}
static Value cx_pos(Thread& th, Value v) {
  if (v.obj()->type == ComplexType) return v;
  return cx_value(th, cx_of(v));
}
static Value cx_abs(Thread& th, Value v) {
  Cx c = cx_of(v);
  if (std::isinf(c.re) || std::isinf(c.im)) return Value::from_double(HUGE_VAL);
  if (std::isnan(c.re) || std::isnan(c.im)) return Value::from_double(NAN);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r)) return raise(th, Exc_OverflowError, "absolute value too large");
  return Value::from_double(r);
}
static int cx_bool(Thread&, Value v) {
  Cx c = cx_of(v);
  return c.re != 0 || c.im != 0;
}

static std::string cx_repr_text(double re, double im) {
  std::string out;
  if (re == 0 && !std::signbit(re)) {
    out = float_format(im, 'r', 0, FF_NO_EXP_DOT0);
    out.push_back('j');
    return out;
  }
  out.push_back('(');
  out += float_format(re, 'r', 0, FF_NO_EXP_DOT0);
  std::string is = float_format(im, 'r', 0, FF_NO_EXP_DOT0);
  if (is[0] != '-') out.push_back('+');
  out += is;
  out.append("j)");
  return out;
}

static Value cx_repr(Thread& th, Value v) {
  Cx c = cx_of(v);
  return V(str_new(th, cx_repr_text(c.re, c.im)));
}

static bool cx_hash(Thread&, Value v, int64_t* out) {
  Cx c = cx_of(v);
  uint64_t hr = static_cast<uint64_t>(float_hash(c.re));
  uint64_t hi = static_cast<uint64_t>(float_hash(c.im));
  int64_t h = static_cast<int64_t>(hr + 1000003u * hi);
  *out = h == -1 ? -2 : h;
  return true;
}

static Value cx_richcmp(Thread&, Value a, Value b, CmpOp op) {
  if (op != CmpOp::EQ && op != CmpOp::NE) return g_NotImplemented;
  if (!is_complex(a)) std::swap(a, b);
  Cx x = cx_of(a);
  bool equal;
  if (is_complex(b)) {
    Cx y = cx_of(b);
    equal = x.re == y.re && x.im == y.im;
  } else if (is_float(b)) {
    equal = x.im == 0 && x.re == float_value(b);
  } else if (is_int(b)) {
    equal = x.im == 0 && int_cmp_double(b, x.re) == 0;
  } else {
    return g_NotImplemented;
  }
  return bool_value(op == CmpOp::EQ ? equal : !equal);
}

// ---------------------------------------------------------------- methods

static Value m_conjugate(Thread& th, const Value* a) {
  Cx c = cx_of(a[0]);
  return cx_value(th, {c.re, -c.im});
}
static Value m_complex(Thread& th, const Value* a) {
  if (a[0].obj()->type == ComplexType) return a[0];
  return cx_value(th, cx_of(a[0]));
}
static Value m_format(Thread& th, const Value* a) {
  if (!is_str(a[1])) return raise(th, Exc_TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
  Cx c = cx_of(a[0]);
  return complex_format_spec(th, c.re, c.im, str_view(a[1]));
}
static Value m_getnewargs(Thread& th, const Value* a) {
  Cx c = cx_of(a[0]);
  Value items[2] = {Value::from_double(c.re), Value::from_double(c.im)};
  return V(tuple_from(th, items, 2));
}

static const NativeDef kComplexMethods[] = {
    {"conjugate(self, /)", m_conjugate, 0, "Return the complex conjugate of its argument."},
    {"__complex__(self, /)", m_complex, 0, "Convert this value to exact type complex."},
    {"__format__(self, format_spec, /)", m_format, 0, "Convert to a string according to format_spec."},
    {"__getnewargs__(self, /)", m_getnewargs, 0, nullptr},
    {},
};

static Value g_real(Thread&, Value self) { return Value::from_double(cx_of(self).re); }
static Value g_imag(Thread&, Value self) { return Value::from_double(cx_of(self).im); }

static const GetSetDef kComplexGetSets[] = {
    {"real", g_real, nullptr, "the real part of a complex number"},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number"},
    {},
};

// ---------------------------------------------------------------- constructor

static inline bool cx_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Longest prefix of s[pos..] that parse_float accepts (no surrounding spaces).
static bool float_prefix(std::string_view s, size_t* pos, double* out) {
  size_t i = *pos, n = s.size();
  size_t start = i;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  // inf / infinity / nan
  auto word = [&](const char* w) {
    size_t l = std::strlen(w);
    if (n - i < l) return false;
    for (size_t k = 0; k < l; k++)
      if ((s[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  if (word("infinity")) i += 8;
  else if (word("inf")) i += 3;
  else if (word("nan")) i += 3;
  else {
    bool any = false;
    auto run = [&] {
      while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) {
        if (s[i] != '_') any = true;
        i++;
      }
    };
    run();
    if (i < n && s[i] == '.') {
      i++;
      run();
    }
    if (!any) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      size_t save = i;
      i++;
      if (i < n && (s[i] == '+' || s[i] == '-')) i++;
      if (i < n && s[i] >= '0' && s[i] <= '9') run();
      else i = save;
    }
  }
  if (!parse_float(s.substr(start, i - start), out)) return false;
  *pos = i;
  return true;
}

static bool parse_complex(std::string_view s, double* re, double* im) {
  size_t b = 0, e = s.size();
  while (b < e && cx_space(s[b])) b++;
  while (e > b && cx_space(s[e - 1])) e--;
  s = s.substr(b, e - b);
  if (!s.empty() && s[0] == '(') {
    if (s.size() < 2 || s.back() != ')') return false;
    s = s.substr(1, s.size() - 2);
    b = 0;
    e = s.size();
    while (b < e && cx_space(s[b])) b++;
    while (e > b && cx_space(s[e - 1])) e--;
    s = s.substr(b, e - b);
  }
  if (s.empty()) return false;
  size_t i = 0, n = s.size();
  double x;
  *re = 0;
  *im = 0;
  if (float_prefix(s, &i, &x)) {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      *re = x;
      double y;
      if (float_prefix(s, &i, &y)) {
        *im = y;
      } else {
        *im = s[i] == '-' ? -1.0 : 1.0;
        i++;
      }
      if (i >= n || (s[i] | 0x20) != 'j') return false;
      i++;
    } else if (i < n && (s[i] | 0x20) == 'j') {
      *im = x;
      i++;
    } else {
      *re = x;
    }
  } else {
    double sign = 1.0;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      sign = s[i] == '-' ? -1.0 : 1.0;
      i++;
    }
    if (i >= n || (s[i] | 0x20) != 'j') return false;
    i++;
    *im = sign;
  }
  return i == n;
}

static StrObject* g_sym_complex = nullptr;

// The complex value of a constructor argument: complex parts or a real number.
// 1 ok, 0 not a number (nothing pending), -1 raised.
static int arg_to_cx(Thread& th, Value v, Cx* out, bool* was_complex) {
  *was_complex = false;
  if (is_complex(v)) {
    *out = cx_of(v);
    *was_complex = true;
    return 1;
  }
  if (v.is_obj() && !is_int(v) && !is_float(v)) {
    Value r = call_special(th, v, g_sym_complex, nullptr, 0);
    if (!r.is_empty()) {
      if (!is_complex(r))
        return raise(th, Exc_TypeError, "__complex__ returned non-complex (type %s)", type_name(r)), -1;
      *out = cx_of(r);
      *was_complex = true;
      return 1;
    }
    if (has_exc(th)) return -1;
  }
  int k = to_cx(th, v, out);
  if (k != 0) return k;
  if (lookup_in_mro(type_of(v), sym::__float__).is_empty() &&
      lookup_in_mro(type_of(v), sym::__index__).is_empty())
    return 0;
  Value d = number_float(th, v);
  if (d.is_empty()) return -1;
  *out = {float_value(d), 0.0};
  return 1;
}

static Value complex_new_impl(Thread& th, const Value* a) {
  Type* type = static_cast<Type*>(a[0].obj());
  Value r = a[1], i = a[2];
  if (r.is_empty() && i.is_empty()) return complex_new_typed(th, type, 0.0, 0.0);
  if (!r.is_empty() && is_str(r)) {
    if (!i.is_empty()) return raise(th, Exc_TypeError, "complex() can't take second arg if first is a string");
    double re, im;
    std::string ascii;
    std::string_view text = str_view(r);
    if (numeric_text_to_ascii(text, &ascii)) text = ascii;
    if (!parse_complex(text, &re, &im))
      return raise(th, Exc_ValueError, "complex() arg is a malformed string");
    return complex_new_typed(th, type, re, im);
  }
  if (!i.is_empty() && is_str(i)) return raise(th, Exc_TypeError, "complex() second arg can't be a string");
  if (type == ComplexType && i.is_empty() && r.is_obj() && r.obj()->type == ComplexType) return r;
  Root keep_i(th, i);
  Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
  bool rc = false, ic = false;
  if (!r.is_empty()) {
    int k = arg_to_cx(th, r, &cr, &rc);
    if (k < 0) return Value();
    if (k == 0)
      return raise(th, Exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                   type_name(r));
  }
  if (!i.is_empty()) {
    int k = arg_to_cx(th, i, &ci, &ic);
    if (k < 0) return Value();
    if (k == 0)
      return raise(th, Exc_TypeError, "complex() second argument must be a number, not '%s'", type_name(i));
  }
  double re = cr.re - ci.im;
  if (!ic) re = cr.re;  // keep -0.0: add parts only where they exist (as CPython)
  double im = i.is_empty() ? cr.im : (rc ? cr.im + ci.re : ci.re);
  return complex_new_typed(th, type, re, im);
}

static const NativeDef kComplexNew = {"complex(type, real=?, imag=?)", complex_new_impl};

static Value complex_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kComplexNew, V(type), args, nargs, kwnames);
}

void init_complex_type(Thread&) {
  g_sym_complex = str_intern("__complex__");
  Type* t = ComplexType;
  t->flags |= TF_BASETYPE | TF_IMMUTABLE;
  t->repr = cx_repr;
  t->hash = cx_hash;
  t->bool_ = cx_bool;
  t->richcmp = cx_richcmp;
  t->neg = cx_neg;
  t->pos = cx_pos;
  t->abs = cx_abs;
  t->new_ = complex_new;
  auto set = [t](BinOp op, BinaryFn f) { t->nb[static_cast<size_t>(op)] = f; };
  set(BinOp::ADD, cx_add);
  set(BinOp::SUB, cx_sub);
  set(BinOp::MUL, cx_mul);
  set(BinOp::TRUEDIV, cx_truediv);
  set(BinOp::POW, cx_pow);
  t->methods = kComplexMethods;
  t->getsets = kComplexGetSets;
  t->tp_doc = "Create a complex number from a real part and an optional imaginary part.";
}

}  // namespace taipan
