// int, bool, float and complex: instance layouts and the helpers other parts call
// (builtins, format(), round(), pow(), divmod()). The core int/float conversions
// (int_from_i64, float_repr, parse_float, ...) are declared in vm/objects.h.
//
// Layouts:
// - int: small ints are inline Values; bigger ones are BigIntObjects (vm/objects.h)
//   whose GMP limbs live inside the object itself, right after the type's basicsize
//   (rounded to 8), so an int is one allocation and needs no finalizer. The mpz is
//   read-only: it is never passed to GMP as a destination. Instances of int
//   subclasses (and True/False) use the same layout and may hold small values.
// - float: plain floats are inline doubles; FloatObject exists only for instances of
//   float subclasses.
// - complex: always a ComplexObject (immutable).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>

#include "vm/objects.h"

namespace taipan {

struct FloatObject : Object {
  double value;
};

struct ComplexObject : Object {
  double real;
  double imag;
};

inline bool is_complex(Value v) {
  return v.is_obj() && (v.obj()->type == ComplexType || is_subtype(v.obj()->type, ComplexType));
}
// The double held by a float (inline or subclass instance). Precondition: is_float(v).
inline double float_value(Value v) {
  return v.is_double() ? v.dbl() : static_cast<FloatObject*>(v.obj())->value;
}

// divmod(a, b) for ints and floats (NotImplemented for other types).
Value number_divmod(Thread& th, Value a, Value b);
// pow(base, exp, mod) with mod not None: ints only (negative exponents use the modular
// inverse, as 3.8+); otherwise calls base.__pow__(exp, mod).
Value number_pow3(Thread& th, Value base, Value exp, Value mod);
// round(x, ndigits); ndigits EMPTY or None means absent. Calls __round__ for other types.
Value number_round(Thread& th, Value x, Value ndigits);

// CPython 3.11's limit on decimal digits in int<->str conversions (4300; 0 means no
// limit). sys.set_int_max_str_digits()/get_int_max_str_digits() read and write it.
extern std::atomic<int64_t> g_int_max_str_digits;

Value complex_new_value(Thread& th, double re, double im);
Value float_new_value(Thread& th, Type* type, double d);  // a float (subclass) instance
// The value of an int (bool, subclass) as a C double, raising OverflowError "int too
// large to convert to float". false: raised.
bool int_as_double(Thread& th, Value v, double* out);
// Any int or float (subclass) as a double; false with TypeError-free failure when v is
// neither (nothing pending), false with OverflowError pending for huge ints (check
// has_exc).
bool number_as_double(Thread& th, Value v, double* out);

// Float formatting core shared by repr, str % and __format__. `mode`: 'r' (repr:
// shortest round-trip, Python's layout), 'e', 'f', 'g' (precision as printf), and
// flags: add ".0" to integral fixed results (repr-style), keep trailing zeros and the
// point ('#'), upper-case. Infinities and NaN give "inf"/"nan" (upper with the flag).
enum FloatFmtFlags : unsigned {
  FF_ADD_DOT_0 = 1,
  FF_ALT = 2,
  FF_UPPER = 4,
  FF_NO_EXP_DOT0 = 8,  // repr layout without the '.0' for integral values (complex repr)
};
std::string float_format(double d, char mode, int precision, unsigned flags);

// ---- internal: init functions of the number files, called by init_numbers (int.cpp)
void init_bool_type(Thread& th);     // builtins/bool.cpp
void init_float_type(Thread& th);    // builtins/float.cpp
void init_complex_type(Thread& th);  // builtins/complex.cpp
// __format__ implementations (builtins/format_spec.cpp). spec is the UTF-8 spec text.
Value int_format(Thread& th, Value v, std::string_view spec);
Value float_format_spec(Thread& th, double d, std::string_view spec);
Value complex_format_spec(Thread& th, double re, double im, std::string_view spec);

}  // namespace taipan
