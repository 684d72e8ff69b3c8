// Unicode support for str and bytes: UTF-8 coding, character classes, case mapping and
// the repr escaping rules. Plain C++ with no VM objects, so it is unit-tested alone.
//
// Storage invariant: str keeps its text as UTF-8. Lone surrogates (which Python allows
// in str, e.g. '\ud800') are kept in their 3-byte generalized form (ED A0..BF xx); the
// strict UTF-8 validator below rejects them, so bytes.decode never produces one and
// str.encode('utf-8') reports them.
//
// The class and case tables (builtins/unicode_tables.cpp) are generated from CPython's
// own predicates by builtins/unicode_gen.py, so answers match CPython 3.11 (Unicode 14)
// for every code point; ASCII is answered from a constant table without a search.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::uni {

// ---------------------------------------------------------------- character classes
enum Prop : uint16_t {
  ALPHA = 1 << 0,           // str.isalpha
  DECIMAL = 1 << 1,         // str.isdecimal
  DIGIT = 1 << 2,           // str.isdigit
  NUMERIC = 1 << 3,         // str.isnumeric
  SPACE = 1 << 4,           // str.isspace; str.split()/strip() whitespace
  PRINTABLE = 1 << 5,       // str.isprintable; repr() keeps these unescaped
  UPPER = 1 << 6,           // str.isupper of one character
  LOWER = 1 << 7,           // str.islower of one character
  TITLE = 1 << 8,           // titlecase letters (Lt)
  CASED = 1 << 9,           // Unicode "Cased": str.title() state
  CASE_IGNORABLE = 1 << 10, // Unicode "Case_Ignorable": final sigma context
  XID_START = 1 << 11,      // identifier start ('_' included)
  XID_CONTINUE = 1 << 12,
};

struct PropRun {
  uint32_t start;  // flags hold from start up to the next run's start
  uint16_t flags;
};
struct CaseRun {
  uint32_t start;   // code points start, start+stride, ... (count of them)
  uint16_t count;
  uint8_t stride;
  int32_t delta;    // mapped = cp + delta
};
struct SpecialCase {
  uint32_t cp;
  uint32_t map[3];  // 0-terminated when shorter than 3
};
struct DigitEntry {
  uint32_t cp;
  int32_t value;
};

namespace detail {
constexpr uint16_t ascii_props(unsigned c) {
  uint16_t f = 0;
  bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
  if (upper || lower) f |= ALPHA | CASED | XID_START | XID_CONTINUE;
  if (upper) f |= UPPER;
  if (lower) f |= LOWER;
  if (digit) f |= DECIMAL | DIGIT | NUMERIC | XID_CONTINUE;
  if (c == '_') f |= XID_START | XID_CONTINUE;
  if ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20)) f |= SPACE;
  if (c >= 0x20 && c < 0x7f) f |= PRINTABLE;
  if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') f |= CASE_IGNORABLE;
  return f;
}
struct AsciiTable {
  uint16_t v[128];
  constexpr AsciiTable() : v() {
    for (unsigned c = 0; c < 128; c++) v[c] = ascii_props(c);
  }
};
inline constexpr AsciiTable kAscii{};
uint16_t props_slow(uint32_t cp);
}  // namespace detail

inline uint16_t props(uint32_t cp) {
  return cp < 128 ? detail::kAscii.v[cp] : detail::props_slow(cp);
}
inline bool has(uint32_t cp, uint16_t p) { return (props(cp) & p) != 0; }
inline bool is_space(uint32_t cp) { return has(cp, SPACE); }
inline bool is_alpha(uint32_t cp) { return has(cp, ALPHA); }
inline bool is_printable(uint32_t cp) { return has(cp, PRINTABLE); }
inline bool is_alnum(uint32_t cp) { return has(cp, ALPHA | DECIMAL | DIGIT | NUMERIC); }
// str.splitlines boundaries: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
inline bool is_linebreak(uint32_t cp) {
  return (cp >= 10 && cp <= 13) || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}
// The value of a decimal digit (Nd) in any script, or -1: int('٣') == 3.
int decimal_value(uint32_t cp);
// The value of any isdigit() character (superscripts too), or -1.
int digit_value(uint32_t cp);

// ---------------------------------------------------------------- case mapping
// Full (possibly multi-code-point) mappings. Each writes 1..3 code points to out and
// returns how many. Lower case is context-free here; the final-sigma rule is applied by
// the string functions (lower_at).
int to_upper(uint32_t cp, uint32_t out[3]);
int to_lower(uint32_t cp, uint32_t out[3]);
int to_title(uint32_t cp, uint32_t out[3]);
int to_fold(uint32_t cp, uint32_t out[3]);

// ---------------------------------------------------------------- UTF-8
inline bool is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }
// Bytes in the sequence starting with lead byte b (1 for a stray continuation byte).
inline int seq_len(unsigned char b) {
  return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
// Decodes the code point at p (well-formed storage assumed) and advances p.
inline uint32_t decode(const char*& p) {
  auto* s = reinterpret_cast<const unsigned char*>(p);
  unsigned char b = s[0];
  if (b < 0x80) {
    p += 1;
    return b;
  }
  if (b < 0xE0) {
    p += 2;
    return ((b & 0x1Fu) << 6) | (s[1] & 0x3Fu);
  }
  if (b < 0xF0) {
    p += 3;
    return ((b & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
  }
  p += 4;
  return ((b & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}
// Decodes the code point that ends just before p and moves p back over it.
inline uint32_t decode_back(const char*& p) {
  const char* q = p - 1;
  while (is_cont(static_cast<unsigned char>(*q))) q--;
  p = q;
  const char* r = q;
  return decode(r);
}
// Encodes cp (< 0x110000; surrogates in the generalized 3-byte form); returns bytes.
inline int encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}
inline int encoded_len(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
inline void append(std::string& s, uint32_t cp) {
  char buf[4];
  s.append(buf, static_cast<size_t>(encode(cp, buf)));
}
// Code points in well-formed UTF-8 (counts non-continuation bytes, 8 at a time).
int64_t count_code_points(const char* p, size_t n);
// True if every byte is < 0x80.
bool all_ascii(const char* p, size_t n);
// Byte offset of code point `index` (0 <= index <= count) by scanning from p.
size_t offset_of(const char* p, size_t n, int64_t index);

// Strict UTF-8 (no surrogates, no overlongs) check of one sequence at p < end.
// Returns its length and sets *cp; or returns 0 and sets *bad (bytes making up the
// invalid part, >= 1) and *reason ("invalid start byte", "invalid continuation byte",
// "unexpected end of data"), worded as CPython's decoder.
int check_sequence(const unsigned char* p, const unsigned char* end, uint32_t* cp, int* bad,
                   const char** reason);
// Length of the longest valid strict-UTF-8 prefix of [p, p+n) (n when all valid).
size_t valid_prefix(const char* p, size_t n);

// ---------------------------------------------------------------- generated tables
// builtins/unicode_tables.cpp (builtins/unicode_gen.py); sorted by code point.
extern const PropRun kPropRuns[];
extern const size_t kPropRunCount;
extern const uint32_t kDecimalZeros[];  // the '0' of each block of ten decimal digits
extern const size_t kDecimalZeroCount;
extern const DigitEntry kDigitExtra[];  // isdigit() characters that are not decimal
extern const size_t kDigitExtraCount;
#define TAIPAN_CASE_TABLE(N)                 \
  extern const CaseRun k##N##Runs[];         \
  extern const size_t k##N##RunCount;        \
  extern const SpecialCase k##N##Special[];  \
  extern const size_t k##N##SpecialCount;
TAIPAN_CASE_TABLE(Upper)
TAIPAN_CASE_TABLE(Lower)
TAIPAN_CASE_TABLE(Title)
TAIPAN_CASE_TABLE(Fold)
#undef TAIPAN_CASE_TABLE

// ---------------------------------------------------------------- repr
// repr(str) text as CPython: quotes chosen as CPython does, escapes for backslash, the
// quote, \t \n \r, other controls and non-printable characters (\xNN, \uNNNN,
// \UNNNNNNNN). ascii_only: ascii() (every non-ASCII character escaped).
std::string repr_text(std::string_view utf8, bool ascii_only = false);
// Appends the body of repr(bytes) (without b and quotes) for quote character q.
void bytes_repr_body(std::string& out, std::string_view data, char q);
// The quote repr would choose for this content: '"' if it has ' and no ", else '\''.
char choose_quote(std::string_view data);
// Appends the shortest of \xNN, \uNNNN, \UNNNNNNNN for cp (repr's escapes and the
// codecs' backslashreplace).
void append_escape(std::string& out, uint32_t cp);

}  // namespace taipan::uni
