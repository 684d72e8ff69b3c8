// Value encoding: inline small ints and doubles, pointers, EMPTY.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "vm/value.h"

using taipan::Value;

TEST_CASE("small ints round-trip and stay distinct from doubles", "[value]") {
  for (int64_t i : {int64_t(0), int64_t(1), int64_t(-1), int64_t(42), Value::kSmallMax, Value::kSmallMin}) {
    Value v = Value::from_small(i);
    REQUIRE(v.is_small());
    REQUIRE_FALSE(v.is_double());
    REQUIRE_FALSE(v.is_obj());
    REQUIRE_FALSE(v.is_empty());
    REQUIRE(v.small() == i);
  }
  REQUIRE(Value::fits_small(Value::kSmallMax));
  REQUIRE_FALSE(Value::fits_small(Value::kSmallMax + 1));
  REQUIRE_FALSE(Value::fits_small(Value::kSmallMin - 1));
}

TEST_CASE("doubles round-trip bit-exactly, NaN is canonical", "[value]") {
  const double cases[] = {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324,
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity()};
  for (double d : cases) {
    Value v = Value::from_double(d);
    REQUIRE(v.is_double());
    REQUIRE_FALSE(v.is_small());
    REQUIRE_FALSE(v.is_obj());
    REQUIRE(std::signbit(v.dbl()) == std::signbit(d));
    REQUIRE(v.dbl() == d);
  }
  Value n1 = Value::from_double(std::nan(""));
  Value n2 = Value::from_double(-std::nan("1"));
  REQUIRE(n1.is_double());
  REQUIRE(n2.is_double());
  REQUIRE(std::isnan(n1.dbl()));
  REQUIRE(n1.bits() == n2.bits());
}

TEST_CASE("EMPTY and pointers", "[value]") {
  Value e;
  REQUIRE(e.is_empty());
  REQUIRE_FALSE(e.is_obj());
  REQUIRE_FALSE(e.is_double());
  REQUIRE_FALSE(e.is_small());
  alignas(16) static char storage[64];
  auto* p = reinterpret_cast<taipan::Object*>(storage);
  Value v = Value::from_obj(p);
  REQUIRE(v.is_obj());
  REQUIRE(v.obj() == p);
  REQUIRE_FALSE(v.is_double());
  REQUIRE(v.is(Value::from_obj(p)));
}
