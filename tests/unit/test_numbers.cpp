// Unit tests for the number helpers: float repr/format/parse, hashing, int parsing and
// conversions (builtins/int*.cpp, float.cpp, format_spec.cpp).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "builtins/format_spec.h"
#include "builtins/int_internal.h"
#include "builtins/numbers.h"
#include "runtime_fixture.h"
#include "vm/error.h"

using namespace taipan;

TEST_CASE("float_repr uses Python's layout", "[numbers]") {
  CHECK(float_repr(1.0) == "1.0");
  CHECK(float_repr(1.5) == "1.5");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1e15) == "1000000000000000.0");
  CHECK(float_repr(1e-5) == "1e-05");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(1.5e300) == "1.5e+300");
  CHECK(float_repr(5e-324) == "5e-324");
  CHECK(float_repr(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(float_repr(HUGE_VAL) == "inf");
  CHECK(float_repr(-HUGE_VAL) == "-inf");
  CHECK(float_repr(NAN) == "nan");
}

TEST_CASE("float_format modes", "[numbers]") {
  CHECK(float_format(0.1, 'e', 3, 0) == "1.000e-01");
  CHECK(float_format(1234567.891, 'f', 2, 0) == "1234567.89");
  CHECK(float_format(2.675, 'f', 2, 0) == "2.67");  // exact binary value is below .675
  CHECK(float_format(1e-5, 'g', 6, 0) == "1e-05");
  CHECK(float_format(123456789.0, 'g', 6, 0) == "1.23457e+08");
  CHECK(float_format(1.0, 'g', 6, FF_ALT) == "1.00000");
  CHECK(float_format(123456.0, 'g', 6, FF_ALT) == "123456.");
  CHECK(float_format(1.5, 'f', 0, FF_ALT) == "2.");
  CHECK(float_format(1.0, 'g', 3, FF_ADD_DOT_0) == "1.0");
  CHECK(float_format(1.0, 'g', 1, FF_ADD_DOT_0) == "1e+00");
  CHECK(float_format(1e16, 'g', 17, FF_ADD_DOT_0) == "1e+16");
  CHECK(float_format(2.0, 'r', 0, FF_NO_EXP_DOT0) == "2");
  CHECK(float_format(HUGE_VAL, 'f', 2, FF_UPPER) == "INF");
}

TEST_CASE("parse_float follows float()", "[numbers]") {
  double d;
  REQUIRE(parse_float("  1_0.5_5 ", &d));
  CHECK(d == 10.55);
  REQUIRE(parse_float("-iNFinity", &d));
  CHECK(d == -HUGE_VAL);
  REQUIRE(parse_float("nan", &d));
  CHECK(std::isnan(d));
  REQUIRE(parse_float("1e500", &d));
  CHECK(d == HUGE_VAL);
  REQUIRE(parse_float("1e-500", &d));
  CHECK(d == 0.0);
  REQUIRE(parse_float(".5", &d));
  CHECK(d == 0.5);
  REQUIRE(parse_float("+1.", &d));
  CHECK(d == 1.0);
  REQUIRE(parse_float("1e1_0", &d));
  CHECK(d == 1e10);
  for (const char* bad : {"", " ", ".", "1__0", "_1", "1_", "1_.5", "1e", "e5", "0x10", "infx", "1 2"})
    CHECK_FALSE(parse_float(bad, &d));
}

TEST_CASE("float_hash matches CPython", "[numbers]") {
  CHECK(float_hash(0.5) == 1152921504606846976);
  CHECK(float_hash(1.5) == 1152921504606846977);
  CHECK(float_hash(-0.5) == -1152921504606846976);
  CHECK(float_hash(1e100) == 1822893315824342674);
  CHECK(float_hash(HUGE_VAL) == 314159);
  CHECK(float_hash(1.0) == 1);
  CHECK(float_hash(-1.0) == -2);
}

TEST_CASE("int literal text parsing", "[numbers]") {
  bool neg;
  int base;
  std::string digits;
  CHECK(int_parse_text("  -12_3 ", 10, &neg, &base, &digits));
  CHECK((neg && base == 10 && digits == "123"));
  CHECK(int_parse_text("0x_1f", 0, &neg, &base, &digits));
  CHECK((base == 16 && digits == "1f"));
  CHECK(int_parse_text("0b1", 16, &neg, &base, &digits));
  CHECK((base == 16 && digits == "0b1"));
  CHECK(int_parse_text("0_0", 0, &neg, &base, &digits));
  CHECK_FALSE(int_parse_text("012", 0, &neg, &base, &digits));
  CHECK_FALSE(int_parse_text("1__0", 10, &neg, &base, &digits));
  CHECK_FALSE(int_parse_text("_1", 10, &neg, &base, &digits));
  CHECK_FALSE(int_parse_text("0x", 16, &neg, &base, &digits));
  CHECK_FALSE(int_parse_text("-", 10, &neg, &base, &digits));
  CHECK_FALSE(int_parse_text("z", 35, &neg, &base, &digits));
}

TEST_CASE("int conversions through the runtime", "[numbers]") {
  Thread& th = test_runtime();
  Value big = int_from_string(th, "-123456789012345678901234567890", 10);
  REQUIRE(big.is_obj());
  CHECK(int_to_string(big) == "-123456789012345678901234567890");
  CHECK(int_to_string(big, 16) == "-18ee90ff6c373e0ee4e3f0ad2");
  CHECK(int_sign(big) == -1);
  int64_t i;
  CHECK_FALSE(int_to_i64(big, &i));
  Value small = int_from_string(th, " 0x7f ", 0);
  REQUIRE(small.is_small());
  CHECK(small.small() == 127);
  // Results that fit are always small.
  CHECK(int_from_i64(th, Value::kSmallMax).is_small());
  CHECK(int_from_i64(th, Value::kSmallMax + 1).is_obj());
  CHECK(int_from_u64(th, UINT64_MAX).is_obj());
  int64_t h;
  REQUIRE(int_hash(int_from_string(th, "2305843009213693951", 10), &h));  // 2**61 - 1
  CHECK(h == 0);
  REQUIRE(int_hash(Value::from_small(-1), &h));
  CHECK(h == -2);
  bool ovf;
  CHECK(int_to_double(th, int_from_string(th, "9007199254740993", 10), &ovf) == 9007199254740992.0);
  CHECK_FALSE(ovf);
  Value inv = int_from_string(th, "12x", 10);
  CHECK(inv.is_empty());
  CHECK(has_exc(th));
  clear_exc(th);
}

TEST_CASE("format spec parsing and padding", "[numbers]") {
  Thread& th = test_runtime();
  FormatSpec s;
  REQUIRE(parse_format_spec(th, "*^+#012_.3f", "float", &s));
  CHECK(s.fill == '*');
  CHECK(s.align == '^');
  CHECK(s.sign == '+');
  CHECK(s.alternate);
  CHECK(s.zero_pad);
  CHECK(s.width == 12);
  CHECK(s.grouping == '_');
  CHECK(s.precision == 3);
  CHECK(s.type == 'f');
  REQUIRE(parse_format_spec(th, "\xe2\x80\xa2^5", "str", &s));
  CHECK(s.fill == 0x2022);
  CHECK(apply_padding(s, "ab", 2, '<') == "\xe2\x80\xa2" "ab" "\xe2\x80\xa2\xe2\x80\xa2");
  CHECK_FALSE(parse_format_spec(th, "abc", "int", &s));
  clear_exc(th);
  CHECK_FALSE(parse_format_spec(th, ",_", "int", &s));
  clear_exc(th);
  CHECK_FALSE(parse_format_spec(th, ".", "int", &s));
  clear_exc(th);
}
