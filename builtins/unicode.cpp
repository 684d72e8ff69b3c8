// Unicode lookups over the generated tables, UTF-8 scanning and validation, and repr
// escaping (see builtins/unicode.h for the invariants).
#include "builtins/unicode.h"

#include <algorithm>
#include <cstring>

namespace taipan::uni {

namespace detail {
uint16_t props_slow(uint32_t cp) {
  // Last run whose start <= cp.
  const PropRun* end = kPropRuns + kPropRunCount;
  const PropRun* it = std::upper_bound(kPropRuns, end, cp,
                                       [](uint32_t c, const PropRun& r) { return c < r.start; });
  return it == kPropRuns ? 0 : it[-1].flags;
}
}  // namespace detail

int decimal_value(uint32_t cp) {
  if (cp < 128) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  if (!has(cp, DECIMAL)) return -1;
  const uint32_t* end = kDecimalZeros + kDecimalZeroCount;
  const uint32_t* it = std::upper_bound(kDecimalZeros, end, cp);
  if (it == kDecimalZeros) return -1;
  uint32_t d = cp - it[-1];
  return d < 10 ? static_cast<int>(d) : -1;
}

int digit_value(uint32_t cp) {
  int d = decimal_value(cp);
  if (d >= 0 || cp < 128) return d;
  const DigitEntry* end = kDigitExtra + kDigitExtraCount;
  const DigitEntry* it = std::lower_bound(kDigitExtra, end, cp,
                                          [](const DigitEntry& e, uint32_t c) { return e.cp < c; });
  return (it != end && it->cp == cp) ? it->value : -1;
}

namespace {

int map_case(uint32_t cp, uint32_t out[3], const CaseRun* runs, size_t nruns,
             const SpecialCase* specials, size_t nspecials) {
  const SpecialCase* send = specials + nspecials;
  const SpecialCase* s = std::lower_bound(
      specials, send, cp, [](const SpecialCase& e, uint32_t c) { return e.cp < c; });
  if (s != send && s->cp == cp && s->map[0] != 0) {
    int n = 0;
    while (n < 3 && s->map[n] != 0) {
      out[n] = s->map[n];
      n++;
    }
    return n;
  }
  const CaseRun* rend = runs + nruns;
  const CaseRun* it =
      std::upper_bound(runs, rend, cp, [](uint32_t c, const CaseRun& r) { return c < r.start; });
  if (it != runs) {
    const CaseRun& r = it[-1];
    uint32_t off = cp - r.start;
    if (off % r.stride == 0 && off / r.stride < r.count) {
      out[0] = static_cast<uint32_t>(static_cast<int64_t>(cp) + r.delta);
      return 1;
    }
  }
  out[0] = cp;
  return 1;
}

}  // namespace

int to_upper(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  return map_case(cp, out, kUpperRuns, kUpperRunCount, kUpperSpecial, kUpperSpecialCount);
}
int to_lower(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return 1;
  }
  return map_case(cp, out, kLowerRuns, kLowerRunCount, kLowerSpecial, kLowerSpecialCount);
}
int to_title(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) return to_upper(cp, out);
  return map_case(cp, out, kTitleRuns, kTitleRunCount, kTitleSpecial, kTitleSpecialCount);
}
int to_fold(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) return to_lower(cp, out);
  return map_case(cp, out, kFoldRuns, kFoldRunCount, kFoldSpecial, kFoldSpecialCount);
}

// ---------------------------------------------------------------- UTF-8

int64_t count_code_points(const char* p, size_t n) {
  int64_t conts = 0;
  size_t i = 0;
  // Count continuation bytes (10xxxxxx) eight at a time: bit 7 set and bit 6 clear.
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t c = w & ~(w << 1) & 0x8080808080808080ull;
    conts += __builtin_popcountll(c);
  }
  for (; i < n; i++) conts += is_cont(static_cast<unsigned char>(p[i]));
  return static_cast<int64_t>(n) - conts;
}

bool all_ascii(const char* p, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; i++) acc |= static_cast<unsigned char>(p[i]);
  return (acc & 0x8080808080808080ull) == 0;
}

size_t offset_of(const char* p, size_t n, int64_t index) {
  size_t i = 0;
  while (index > 0 && i < n) {
    i += static_cast<size_t>(seq_len(static_cast<unsigned char>(p[i])));
    index--;
  }
  return i < n ? i : n;
}

int check_sequence(const unsigned char* p, const unsigned char* end, uint32_t* cp, int* bad,
                   const char** reason) {
  unsigned char b = p[0];
  if (b < 0x80) {
    *cp = b;
    return 1;
  }
  int len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  uint32_t v;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
    v = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    v = b & 0x0F;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    v = b & 0x07;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    *reason = "invalid start byte";
    return 0;
  }
  for (int i = 1; i < len; i++) {
    if (p + i >= end) {
      *bad = i;
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned char c = p[i];
    unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (c < l || c > h) {
      *bad = i;
      *reason = "invalid continuation byte";
      return 0;
    }
    v = (v << 6) | (c & 0x3F);
  }
  *cp = v;
  return len;
}

size_t valid_prefix(const char* p, size_t n) {
  auto* s = reinterpret_cast<const unsigned char*>(p);
  const unsigned char* end = s + n;
  size_t i = 0;
  while (i < n) {
    // ASCII runs eight at a time.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    int bad;
    const char* reason;
    int len = check_sequence(s + i, end, &cp, &bad, &reason);
    if (len == 0) return i;
    i += static_cast<size_t>(len);
  }
  return n;
}

// ---------------------------------------------------------------- repr

char choose_quote(std::string_view data) {
  bool single = data.find('\'') != std::string_view::npos;
  bool dbl = data.find('"') != std::string_view::npos;
  return (single && !dbl) ? '"' : '\'';
}

namespace {
const char kHex[] = "0123456789abcdef";
}  // namespace

void append_escape(std::string& out, uint32_t cp) {
  if (cp < 0x100) {
    out += "\\x";
    out += kHex[cp >> 4];
    out += kHex[cp & 15];
  } else if (cp < 0x10000) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(cp >> sh) & 15];
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(cp >> sh) & 15];
  }
}

std::string repr_text(std::string_view s, bool ascii_only) {
  char q = choose_quote(s);
  std::string out;
  out.reserve(s.size() + 2);
  out += q;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    unsigned char b = static_cast<unsigned char>(*p);
    if (b < 0x80) {
      p++;
      if (b == static_cast<unsigned char>(q) || b == '\\') {
        out += '\\';
        out += static_cast<char>(b);
      } else if (b == '\t') {
        out += "\\t";
      } else if (b == '\n') {
        out += "\\n";
      } else if (b == '\r') {
        out += "\\r";
      } else if (b < 0x20 || b == 0x7f) {
        append_escape(out, b);
      } else {
        out += static_cast<char>(b);
      }
      continue;
    }
    const char* start = p;
    uint32_t cp = decode(p);
    if (ascii_only || !is_printable(cp)) {
      append_escape(out, cp);
    } else {
      out.append(start, static_cast<size_t>(p - start));
    }
  }
  out += q;
  return out;
}

void bytes_repr_body(std::string& out, std::string_view data, char q) {
  for (char ch : data) {
    unsigned char b = static_cast<unsigned char>(ch);
    if (b == static_cast<unsigned char>(q) || b == '\\') {
      out += '\\';
      out += ch;
    } else if (b == '\t') {
      out += "\\t";
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b < 0x20 || b >= 0x7f) {
      append_escape(out, b);
    } else {
      out += ch;
    }
  }
}

}  // namespace taipan::uni
