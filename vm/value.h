// Value: one 64-bit word holding any Python value.
//
// Layout (pointer-favouring NaN-boxing, as in JavaScriptCore):
//   0x0000_pppp_pppp_pppp  heap object pointer (48-bit); the all-zero word is EMPTY
//   0xFFFC_iiii_iiii_iiii  small int, 48-bit two's complement payload
//   anything else          a double, stored as its IEEE bits + 2^49
// Object pointers need no masking (the hottest path: attribute access, calls). Doubles
// cost one add/sub to box/unbox, and NaNs are canonicalized so that no double can
// collide with the pointer or int ranges. Neither small-int nor float arithmetic
// allocates.
//
// Invariant: an int that fits in the small range is always small, never a BigInt
// object; so two ints are equal iff their words are equal when both are small.
//
// EMPTY is not a Python value: it marks "no value" (an unset local, a missing dict
// entry, a call sequence marker) and "an exception is pending" as a return value.
#pragma once
#include <bit>
#include <cstdint>
#include <cstring>

namespace taipan {

struct Object;

class Value {
 public:
  static constexpr uint64_t kTagMask = 0xFFFF000000000000ull;
  static constexpr uint64_t kIntTag = 0xFFFC000000000000ull;
  static constexpr uint64_t kDoubleOffset = 1ull << 49;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;
  static constexpr int64_t kSmallMax = (int64_t(1) << 47) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 47);

  constexpr Value() : bits_(0) {}
  static constexpr Value empty() { return Value(); }
  static Value from_obj(const Object* p) {
    return Value(reinterpret_cast<uint64_t>(p));
  }
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  // Precondition: fits_small(i). Use int_from_i64() (vm/objects.h) when it may not.
  static constexpr Value from_small(int64_t i) {
    return Value(kIntTag | (static_cast<uint64_t>(i) & 0x0000FFFFFFFFFFFFull));
  }
  static Value from_double(double d) {
    uint64_t b = std::bit_cast<uint64_t>(d);
    if (d != d) b = kCanonicalNaN;
    return Value(b + kDoubleOffset);
  }
  static constexpr Value from_bits(uint64_t b) { return Value(b); }

  constexpr bool is_empty() const { return bits_ == 0; }
  // A heap object (never EMPTY).
  constexpr bool is_obj() const { return (bits_ & kTagMask) == 0 && bits_ != 0; }
  constexpr bool is_small() const { return (bits_ & kTagMask) == kIntTag; }
  constexpr bool is_double() const {
    uint64_t top = bits_ >> 48;
    return top != 0 && top < 0xFFFC;
  }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  constexpr int64_t small() const { return static_cast<int64_t>(bits_ << 16) >> 16; }
  double dbl() const { return std::bit_cast<double>(bits_ - kDoubleOffset); }
  constexpr uint64_t bits() const { return bits_; }

  // Identity (Python `is`), not equality.
  constexpr bool is(Value o) const { return bits_ == o.bits_; }
  constexpr bool operator==(const Value& o) const = default;

 private:
  constexpr explicit Value(uint64_t b) : bits_(b) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace taipan
