// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type]),
// parsed once here and used by int, float, complex and str __format__ (and so by
// format(), f-strings and str.format). Implemented in builtins/format_spec.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/thread.h"

namespace taipan {

struct FormatSpec {
  uint32_t fill = ' ';   // code point
  char align = 0;        // '<', '>', '=', '^' or 0 (type's default)
  char sign = 0;         // '+', '-', ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0' before width
  int64_t width = -1;
  char grouping = 0;     // ',' or '_' or 0
  int64_t precision = -1;
  char type = 0;         // 0 when absent
};

// Parses spec; raises ValueError "Invalid format specifier '...' for object of type 'T'"
// as CPython and returns false on error.
bool parse_format_spec(Thread& th, std::string_view spec, const char* type_name, FormatSpec* out);
// Pads `body` (UTF-8, `body_len` code points) to spec.width with spec.fill/align;
// default_align is '<' for str and '>' for numbers.
std::string apply_padding(const FormatSpec& spec, std::string_view body, int64_t body_len,
                          char default_align);

}  // namespace taipan
