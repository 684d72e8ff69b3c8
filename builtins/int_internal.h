// Functions shared between the number files (int*.cpp, bool.cpp, float.cpp,
// complex.cpp, format_spec.cpp) and nothing else. No GMP here (that is int_gmp.h).
#pragma once
#include <string>
#include <string_view>

#include "builtins/numbers.h"

namespace taipan {

// ---- int.cpp
Value int_from_i128(Thread& th, __int128 v);
Value int_exact(Thread& th, Value v);  // the exact-int value of any int (bool, subclass)
Value int_repr(Thread& th, Value v);
Value int_truediv(Thread& th, Value a, Value b);
Value int_pow(Thread& th, Value a, Value b);
// int_from_string; is_bytes: the error message shows the text as a bytes literal.
Value int_from_text(Thread& th, std::string_view s, int base, bool is_bytes);
bool int_divmod(Thread& th, Value a, Value b, Value* q, Value* r);
// Raises CPython's ValueError when |v| has more than 4300 decimal digits. false: raised.
bool int_check_str_digits(Thread& th, Value v);
// Python int-literal text -> sign, effective base, digits without '_'; false if invalid.
bool int_parse_text(std::string_view text, int base, bool* neg, int* out_base, std::string* digits);
// int()/float()/complex() of a str: false when s is ASCII (parse it as is); else writes
// to out the text with non-ASCII whitespace as ' ', Unicode decimal digits (any script)
// as '0'..'9' and any other non-ASCII character as '?', as CPython does before parsing.
bool numeric_text_to_ascii(std::string_view s, std::string* out);
// repr() of bytes with this content (b'...'), for the conversion error messages.
std::string bytes_literal_text(std::string_view data);
// Exact comparison (-1, 0, 1; 2 when d is NaN).
int int_cmp_double(Value i, double d);
// richcmp of any int/float pair (NotImplemented otherwise).
Value num_richcmp(Thread& th, Value a, Value b, CmpOp op);
void int_fill_slots(Type* t);

// ---- float.cpp
Value float_pow_impl(Thread& th, double x, double y);
// Python's float floor division/modulo; false: raised (ZeroDivisionError with `what`).
bool float_divmod_impl(Thread& th, double x, double y, double* q, double* r, const char* what);
// float.__round__ logic: ndigits absent -> int; else a float.
Value float_round_impl(Thread& th, double x, Value ndigits);

// ---- complex.cpp
Value complex_pow_impl(Thread& th, double ar, double ai, double br, double bi);

}  // namespace taipan
