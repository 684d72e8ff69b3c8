// The methods of str (everything in CPython 3.11's str except the format family, which
// lives in builtins/str_format.cpp, and encode, in builtins/str_codecs.cpp).
//
// Searching works on the UTF-8 bytes directly: UTF-8 is self-synchronizing, so a byte
// match of valid UTF-8 needles is a code point match. Code point positions (start/end
// arguments, find results) are converted at the edges; for ASCII text they are the byte
// positions. Results are built with one allocation where the size is known up front
// (case mapping of ASCII, join, replace, padding).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

namespace {

inline StrObject* S(Value v) { return as<StrObject>(v); }

Value make_str(Thread& th, const std::string& s, int64_t len, bool ascii) {
  return V(str_new_known(th, s, len, ascii));
}

// A piece [a, b) (byte offsets) of s as a str.
Value substr(Thread& th, StrObject* s, size_t a, size_t b) {
  if (a == 0 && b == static_cast<size_t>(s->byte_length) && s->type == StrType) return V(s);
  std::string_view v(s->data + a, b - a);
  if (s->ascii) return V(str_new_known(th, v, static_cast<int64_t>(v.size()), true));
  return V(str_new(th, v));
}

// Code point range [start, end) (already adjusted) to byte offsets.
inline void byte_range(StrObject* s, int64_t start, int64_t end, size_t* a, size_t* b) {
  *a = str_offset(s, start);
  *b = end <= start ? *a : str_offset(s, end);
}

bool int_arg(Thread& th, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  return index_to_i64(th, v, out);
}

const char* memfind(const char* hay, size_t n, const char* needle, size_t m) {
  if (m == 0) return hay;
  if (m > n) return nullptr;
  if (m == 1) return static_cast<const char*>(std::memchr(hay, needle[0], n));
  return static_cast<const char*>(memmem(hay, n, needle, m));
}

const char* memrfind(const char* hay, size_t n, const char* needle, size_t m) {
  if (m == 0) return hay + n;
  if (m > n) return nullptr;
  if (m == 1) return static_cast<const char*>(memrchr(hay, needle[0], n));
  for (const char* p = hay + n - m;; p--) {
    if (*p == needle[0] && std::memcmp(p, needle, m) == 0) return p;
    if (p == hay) return nullptr;
  }
}

// ---------------------------------------------------------------- searching

// find/rfind/index/rindex: code point index of the match or -1; -2 when raised.
int64_t find_impl(Thread& th, const Value* a, bool reverse) {
  StrObject* s = S(a[0]);
  if (!is_str(a[1])) {
    raise_must_be_str(th, a[1]);
    return -2;
  }
  StrObject* sub = S(a[1]);
  int64_t start, end;
  if (!slice_bounds(th, a[2], a[3], s->length, &start, &end)) return -2;
  if (end - start < sub->length) return -1;
  size_t ba, bb;
  byte_range(s, start, end, &ba, &bb);
  const char* hit = reverse ? memrfind(s->data + ba, bb - ba, sub->data, sub->byte_length)
                            : memfind(s->data + ba, bb - ba, sub->data, sub->byte_length);
  if (!hit) return -1;
  size_t off = static_cast<size_t>(hit - s->data);
  if (s->ascii) return static_cast<int64_t>(off);
  return start + uni::count_code_points(s->data + ba, off - ba);
}

Value m_find(Thread& th, const Value* a) {
  int64_t r = find_impl(th, a, false);
  return r == -2 ? Value() : Value::from_small(r);
}
Value m_rfind(Thread& th, const Value* a) {
  int64_t r = find_impl(th, a, true);
  return r == -2 ? Value() : Value::from_small(r);
}
Value m_index(Thread& th, const Value* a) {
  int64_t r = find_impl(th, a, false);
  if (r == -1) return raise(th, Exc_ValueError, "substring not found");
  return r == -2 ? Value() : Value::from_small(r);
}
Value m_rindex(Thread& th, const Value* a) {
  int64_t r = find_impl(th, a, true);
  if (r == -1) return raise(th, Exc_ValueError, "substring not found");
  return r == -2 ? Value() : Value::from_small(r);
}

Value m_count(Thread& th, const Value* a) {
  StrObject* s = S(a[0]);
  if (!is_str(a[1])) return raise_must_be_str(th, a[1]);
  StrObject* sub = S(a[1]);
  int64_t start, end;
  if (!slice_bounds(th, a[2], a[3], s->length, &start, &end)) return Value();
  if (end - start < sub->length) return Value::from_small(0);
  if (sub->length == 0) return Value::from_small(end - start + 1);
  size_t ba, bb;
  byte_range(s, start, end, &ba, &bb);
  int64_t n = 0;
  const char* p = s->data + ba;
  const char* e = s->data + bb;
  size_t m = static_cast<size_t>(sub->byte_length);
  while (const char* hit = memfind(p, static_cast<size_t>(e - p), sub->data, m)) {
    n++;
    p = hit + m;
  }
  return Value::from_small(n);
}

// startswith/endswith for one candidate (code point bounds already adjusted).
bool tail_match(StrObject* s, StrObject* sub, int64_t start, int64_t end, bool suffix) {
  if (end - sub->length < start) return false;
  if (sub->length == 0) return true;
  size_t m = static_cast<size_t>(sub->byte_length);
  if (!suffix) {
    size_t off = str_offset(s, start);
    return off + m <= static_cast<size_t>(s->byte_length) &&
           std::memcmp(s->data + off, sub->data, m) == 0;
  }
  size_t off = str_offset(s, end);
  return off >= m && std::memcmp(s->data + off - m, sub->data, m) == 0;
}

Value starts_ends(Thread& th, const Value* a, bool suffix) {
  StrObject* s = S(a[0]);
  int64_t start, end;
  if (!slice_bounds(th, a[2], a[3], s->length, &start, &end)) return Value();
  Value x = a[1];
  if (is_str(x)) return bool_value(tail_match(s, S(x), start, end, suffix));
  if (is_tuple(x)) {
    TupleObject* t = as<TupleObject>(x);
    for (int64_t i = 0; i < t->size; i++) {
      if (!is_str(t->items[i]))
        return raise(th, Exc_TypeError, "tuple for %s must only contain str, not %s",
                     suffix ? "endswith" : "startswith", type_name(t->items[i]));
      if (tail_match(s, S(t->items[i]), start, end, suffix)) return g_True;
    }
    return g_False;
  }
  return raise(th, Exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
               suffix ? "endswith" : "startswith", type_name(x));
}
Value m_startswith(Thread& th, const Value* a) { return starts_ends(th, a, false); }
Value m_endswith(Thread& th, const Value* a) { return starts_ends(th, a, true); }

// ---------------------------------------------------------------- case mapping

enum class CaseOp { Upper, Lower, Fold, Swap, Title, Capitalize };

// Lower case of the code point at byte offset off, with the final sigma rule.
int lower_at(StrObject* s, size_t off, uint32_t cp, uint32_t out[3]) {
  if (cp != 0x3A3) return uni::to_lower(cp, out);
  // Final form when a cased letter precedes (skipping case-ignorables) and none follows.
  const char* base = s->data;
  const char* p = base + off;
  bool before = false;
  while (p > base) {
    uint32_t c = uni::decode_back(p);
    uint16_t f = uni::props(c);
    if (f & uni::CASE_IGNORABLE) continue;
    before = (f & uni::CASED) != 0;
    break;
  }
  bool after = false;
  const char* q = base + off + 2;
  const char* end = base + s->byte_length;
  while (q < end) {
    uint32_t c = uni::decode(q);
    uint16_t f = uni::props(c);
    if (f & uni::CASE_IGNORABLE) continue;
    after = (f & uni::CASED) != 0;
    break;
  }
  out[0] = (before && !after) ? 0x3C2 : 0x3C3;
  return 1;
}

Value case_map(Thread& th, Value self, CaseOp op) {
  StrObject* s = S(self);
  int64_t n = s->byte_length;
  if (s->ascii) {
    StrObject* r = str_alloc(th, n);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
      unsigned char c = static_cast<unsigned char>(s->data[i]);
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      bool to_up = false, to_lo = false;
      switch (op) {
        case CaseOp::Upper: to_up = lo; break;
        case CaseOp::Lower:
        case CaseOp::Fold: to_lo = up; break;
        case CaseOp::Swap: to_up = lo; to_lo = up; break;
        case CaseOp::Title:
          if (prev_cased) to_lo = up; else to_up = lo;
          prev_cased = up || lo;
          break;
        case CaseOp::Capitalize:
          if (i == 0) to_up = lo; else to_lo = up;
          break;
      }
      r->data[i] = static_cast<char>(to_up ? c - 32 : to_lo ? c + 32 : c);
    }
    str_set_meta(r, n, true);
    return V(r);
  }
  std::string out;
  out.reserve(static_cast<size_t>(n) + 8);
  int64_t len = 0;
  bool ascii = true;
  bool prev_cased = false;
  const char* p = s->data;
  const char* end = p + n;
  bool first = true;
  while (p < end) {
    size_t off = static_cast<size_t>(p - s->data);
    uint32_t cp = uni::decode(p);
    uint32_t m[3];
    int k = 1;
    uint16_t f = uni::props(cp);
    switch (op) {
      case CaseOp::Upper: k = uni::to_upper(cp, m); break;
      case CaseOp::Lower: k = lower_at(s, off, cp, m); break;
      case CaseOp::Fold: k = uni::to_fold(cp, m); break;
      case CaseOp::Swap:
        if (f & uni::UPPER) k = lower_at(s, off, cp, m);
        else if (f & uni::LOWER) k = uni::to_upper(cp, m);
        else m[0] = cp;
        break;
      case CaseOp::Title:
        k = prev_cased ? lower_at(s, off, cp, m) : uni::to_title(cp, m);
        prev_cased = (f & uni::CASED) != 0;
        break;
      case CaseOp::Capitalize:
        k = first ? uni::to_title(cp, m) : lower_at(s, off, cp, m);
        break;
    }
    first = false;
    for (int j = 0; j < k; j++) {
      if (m[j] >= 128) ascii = false;
      uni::append(out, m[j]);
    }
    len += k;
  }
  return make_str(th, out, len, ascii);
}

Value m_upper(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Upper); }
Value m_lower(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Lower); }
Value m_casefold(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Fold); }
Value m_swapcase(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Swap); }
Value m_title(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Title); }
Value m_capitalize(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Capitalize); }

// ---------------------------------------------------------------- predicates

// True when every code point has one of `flags` (and the string is not empty).
Value all_have(Value self, uint16_t flags) {
  StrObject* s = S(self);
  if (s->length == 0) return g_False;
  const char* p = s->data;
  const char* end = p + s->byte_length;
  while (p < end) {
    if (!(uni::props(uni::decode(p)) & flags)) return g_False;
  }
  return g_True;
}

Value m_isalpha(Thread&, const Value* a) { return all_have(a[0], uni::ALPHA); }
Value m_isdecimal(Thread&, const Value* a) { return all_have(a[0], uni::DECIMAL); }
Value m_isdigit(Thread&, const Value* a) { return all_have(a[0], uni::DIGIT); }
Value m_isnumeric(Thread&, const Value* a) { return all_have(a[0], uni::NUMERIC); }
Value m_isspace(Thread&, const Value* a) { return all_have(a[0], uni::SPACE); }
Value m_isalnum(Thread&, const Value* a) {
  return all_have(a[0], uni::ALPHA | uni::DECIMAL | uni::DIGIT | uni::NUMERIC);
}
Value m_isprintable(Thread&, const Value* a) {
  StrObject* s = S(a[0]);
  if (s->length == 0) return g_True;
  return all_have(a[0], uni::PRINTABLE);
}
Value m_isascii(Thread&, const Value* a) { return bool_value(S(a[0])->ascii); }

// islower/isupper: some character has the `want` case and none has an `other` case.
Value all_cased_as(Value str, uint16_t want, uint16_t other) {
  StrObject* s = S(str);
  const char* p = s->data;
  const char* end = p + s->byte_length;
  bool cased = false;
  while (p < end) {
    uint16_t f = uni::props(uni::decode(p));
    if (f & other) return g_False;
    if (f & want) cased = true;
  }
  return bool_value(cased);
}

Value m_islower(Thread&, const Value* a) {
  return all_cased_as(a[0], uni::LOWER, uni::UPPER | uni::TITLE);
}

Value m_isupper(Thread&, const Value* a) {
  return all_cased_as(a[0], uni::UPPER, uni::LOWER | uni::TITLE);
}

Value m_istitle(Thread&, const Value* a) {
  StrObject* s = S(a[0]);
  const char* p = s->data;
  const char* end = p + s->byte_length;
  bool cased = false, prev = false;
  while (p < end) {
    uint16_t f = uni::props(uni::decode(p));
    if (f & (uni::UPPER | uni::TITLE)) {
      if (prev) return g_False;
      prev = cased = true;
    } else if (f & uni::LOWER) {
      if (!prev) return g_False;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return bool_value(cased);
}

Value m_isidentifier(Thread&, const Value* a) {
  StrObject* s = S(a[0]);
  if (s->length == 0) return g_False;
  const char* p = s->data;
  const char* end = p + s->byte_length;
  if (!(uni::props(uni::decode(p)) & uni::XID_START)) return g_False;
  while (p < end) {
    if (!(uni::props(uni::decode(p)) & uni::XID_CONTINUE)) return g_False;
  }
  return g_True;
}

// ---------------------------------------------------------------- padding

// The fill character argument: one code point, or -1 when raised.
int64_t fill_arg(Thread& th, Value v, const char* method) {
  if (v.is_empty()) return ' ';
  (void)method;
  if (!is_str(v)) {
    raise(th, Exc_TypeError, "The fill character must be a unicode character, not %s",
          type_name(v));
    return -1;
  }
  StrObject* f = S(v);
  if (f->length != 1) {
    raise(th, Exc_TypeError, "The fill character must be exactly one character long");
    return -1;
  }
  const char* p = f->data;
  return uni::decode(p);
}

Value pad(Thread& th, StrObject* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return str_exact(th, V(s));
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  char fb[4];
  int fl = uni::encode(fill, fb);
  int64_t total = s->byte_length + (left + right) * fl;
  StrObject* r = str_alloc(th, total);
  char* o = r->data;
  for (int64_t i = 0; i < left; i++, o += fl) std::memcpy(o, fb, static_cast<size_t>(fl));
  std::memcpy(o, s->data, static_cast<size_t>(s->byte_length));
  o += s->byte_length;
  for (int64_t i = 0; i < right; i++, o += fl) std::memcpy(o, fb, static_cast<size_t>(fl));
  str_set_meta(r, s->length + left + right, s->ascii && fill < 128);
  return V(r);
}

Value justify(Thread& th, const Value* a, int which, const char* name) {
  StrObject* s = S(a[0]);
  int64_t width;
  if (!int_arg(th, a[1], &width)) return Value();
  int64_t fill = fill_arg(th, a[2], name);
  if (fill < 0) return Value();
  int64_t marg = width - s->length;
  if (marg <= 0) return str_exact(th, a[0]);
  uint32_t f = static_cast<uint32_t>(fill);
  if (which == 0) return pad(th, s, 0, marg, f);            // ljust
  if (which == 1) return pad(th, s, marg, 0, f);            // rjust
  int64_t left = marg / 2 + (marg & width & 1);             // center, as CPython
  return pad(th, s, left, marg - left, f);
}
Value m_ljust(Thread& th, const Value* a) { return justify(th, a, 0, "ljust"); }
Value m_rjust(Thread& th, const Value* a) { return justify(th, a, 1, "rjust"); }
Value m_center(Thread& th, const Value* a) { return justify(th, a, 2, "center"); }

Value m_zfill(Thread& th, const Value* a) {
  StrObject* s = S(a[0]);
  int64_t width;
  if (!int_arg(th, a[1], &width)) return Value();
  int64_t fill = width - s->length;
  if (fill <= 0) return str_exact(th, a[0]);
  StrObject* r = str_alloc(th, s->byte_length + fill);
  bool sign = s->byte_length > 0 && (s->data[0] == '+' || s->data[0] == '-');
  char* o = r->data;
  if (sign) *o++ = s->data[0];
  std::memset(o, '0', static_cast<size_t>(fill));
  o += fill;
  std::memcpy(o, s->data + sign, static_cast<size_t>(s->byte_length - sign));
  str_set_meta(r, s->length + fill, s->ascii);
  return V(r);
}

Value m_expandtabs(Thread& th, const Value* a) {
  StrObject* s = S(a[0]);
  int64_t tab;
  if (!int_arg(th, a[1], &tab)) return Value();
  if (std::memchr(s->data, '\t', static_cast<size_t>(s->byte_length)) == nullptr)
    return str_exact(th, a[0]);
  std::string out;
  int64_t col = 0, len = 0;
  const char* p = s->data;
  const char* end = p + s->byte_length;
  while (p < end) {
    const char* q = p;
    uint32_t cp = uni::decode(q);
    if (cp == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
        len += n;
      }
    } else {
      out.append(p, static_cast<size_t>(q - p));
      len++;
      col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
    p = q;
  }
  return make_str(th, out, len, s->ascii);
}

// ---------------------------------------------------------------- strip

// Which characters to strip: whitespace (chars EMPTY/None) or the code points of chars.
struct StripSet {
  bool whitespace = true;
  bool ascii_table[128] = {};
  std::vector<uint32_t> others;
  bool has(uint32_t cp) const {
    if (whitespace) return uni::is_space(cp);
    if (cp < 128) return ascii_table[cp];
    for (uint32_t o : others)
      if (o == cp) return true;
    return false;
  }
};

Value strip_impl(Thread& th, const Value* a, bool left, bool right, const char* name) {
  StrObject* s = S(a[0]);
  StripSet set;
  Value chars = a[1];
  if (!chars.is_empty() && !is_none(chars)) {
    if (!is_str(chars))
      return raise(th, Exc_TypeError, "%s arg must be None or str", name);
    set.whitespace = false;
    const char* p = S(chars)->data;
    const char* e = p + S(chars)->byte_length;
    while (p < e) {
      uint32_t cp = uni::decode(p);
      if (cp < 128) set.ascii_table[cp] = true; else set.others.push_back(cp);
    }
  }
  const char* b = s->data;
  const char* e = b + s->byte_length;
  if (left) {
    while (b < e) {
      const char* q = b;
      if (!set.has(uni::decode(q))) break;
      b = q;
    }
  }
  if (right) {
    while (e > b) {
      const char* q = e;
      if (!set.has(uni::decode_back(q))) break;
      e = q;
    }
  }
  return substr(th, s, static_cast<size_t>(b - s->data), static_cast<size_t>(e - s->data));
}
Value m_strip(Thread& th, const Value* a) { return strip_impl(th, a, true, true, "strip"); }
Value m_lstrip(Thread& th, const Value* a) { return strip_impl(th, a, true, false, "lstrip"); }
Value m_rstrip(Thread& th, const Value* a) { return strip_impl(th, a, false, true, "rstrip"); }

Value m_removeprefix(Thread& th, const Value* a) {
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "removeprefix() argument must be str, not %s", type_name(a[1]));
  std::string_view s = str_view(a[0]), p = str_view(a[1]);
  if (!p.empty() && s.substr(0, p.size()) == p) return substr(th, S(a[0]), p.size(), s.size());
  return str_exact(th, a[0]);
}
Value m_removesuffix(Thread& th, const Value* a) {
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "removesuffix() argument must be str, not %s", type_name(a[1]));
  std::string_view s = str_view(a[0]), p = str_view(a[1]);
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return substr(th, S(a[0]), 0, s.size() - p.size());
  return str_exact(th, a[0]);
}

// ---------------------------------------------------------------- split / join

bool maxsplit_arg(Thread& th, Value v, int64_t* out) {
  if (v.is_empty()) {
    *out = -1;
    return true;
  }
  return int_arg(th, v, out);
}

// Whitespace split from the left; pieces are byte ranges.
void split_ws(StrObject* s, int64_t maxsplit, std::vector<std::pair<size_t, size_t>>& out) {
  const char* base = s->data;
  const char* p = base;
  const char* end = base + s->byte_length;
  auto space_at = [&](const char* q, const char** next) {
    uint32_t cp = uni::decode(q);
    *next = q;
    return uni::is_space(cp);
  };
  const char* nx;
  while (p < end) {
    while (p < end && space_at(p, &nx)) p = nx;
    if (p == end) break;
    if (maxsplit == 0) {
      out.emplace_back(p - base, end - base);  // the rest keeps its trailing whitespace
      return;
    }
    const char* w = p;
    while (p < end && !space_at(p, &nx)) p = nx;
    out.emplace_back(w - base, p - base);
    if (maxsplit > 0) maxsplit--;
  }
}

void rsplit_ws(StrObject* s, int64_t maxsplit, std::vector<std::pair<size_t, size_t>>& out) {
  const char* base = s->data;
  const char* e = base + s->byte_length;
  while (e > base) {
    while (e > base) {
      const char* q = e;
      if (!uni::is_space(uni::decode_back(q))) break;
      e = q;
    }
    if (e == base) break;
    if (maxsplit == 0) {
      out.emplace_back(0, e - base);  // the rest keeps its leading whitespace
      break;
    }
    const char* w = e;
    while (e > base) {
      const char* q = e;
      if (uni::is_space(uni::decode_back(q))) break;
      e = q;
    }
    out.emplace_back(e - base, w - base);
    if (maxsplit > 0) maxsplit--;
  }
  std::reverse(out.begin(), out.end());
}

Value pieces_to_list(Thread& th, StrObject* s, const std::vector<std::pair<size_t, size_t>>& v) {
  ListObject* l = list_new(th, static_cast<int64_t>(v.size()));
  Root keep(th, V(l));
  for (auto& [a, b] : v) {
    Value piece = substr(th, s, a, b);
    if (list_append(th, l, piece) < 0) return Value();
  }
  return V(l);
}

Value split_impl(Thread& th, const Value* a, bool reverse) {
  StrObject* s = S(a[0]);
  int64_t maxsplit;
  if (!maxsplit_arg(th, a[2], &maxsplit)) return Value();
  std::vector<std::pair<size_t, size_t>> pieces;
  Value sep = a[1];
  if (sep.is_empty() || is_none(sep)) {
    if (reverse) rsplit_ws(s, maxsplit, pieces); else split_ws(s, maxsplit, pieces);
    return pieces_to_list(th, s, pieces);
  }
  if (!is_str(sep)) return raise(th, Exc_TypeError, "must be str or None, not %s", type_name(sep));
  size_t m = static_cast<size_t>(S(sep)->byte_length);
  if (m == 0) return raise(th, Exc_ValueError, "empty separator");
  const char* base = s->data;
  size_t n = static_cast<size_t>(s->byte_length);
  if (!reverse) {
    size_t pos = 0;
    while (maxsplit != 0) {
      const char* hit = memfind(base + pos, n - pos, S(sep)->data, m);
      if (!hit) break;
      size_t h = static_cast<size_t>(hit - base);
      pieces.emplace_back(pos, h);
      pos = h + m;
      if (maxsplit > 0) maxsplit--;
    }
    pieces.emplace_back(pos, n);
  } else {
    size_t end = n;
    while (maxsplit != 0) {
      const char* hit = memrfind(base, end, S(sep)->data, m);
      if (!hit) break;
      size_t h = static_cast<size_t>(hit - base);
      pieces.emplace_back(h + m, end);
      end = h;
      if (maxsplit > 0) maxsplit--;
    }
    pieces.emplace_back(0, end);
    std::reverse(pieces.begin(), pieces.end());
  }
  return pieces_to_list(th, s, pieces);
}
Value m_split(Thread& th, const Value* a) { return split_impl(th, a, false); }
Value m_rsplit(Thread& th, const Value* a) { return split_impl(th, a, true); }

Value m_splitlines(Thread& th, const Value* a) {
  StrObject* s = S(a[0]);
  int keep = 0;
  if (!a[1].is_empty()) {
    keep = truthy(th, a[1]);
    if (keep < 0) return Value();
  }
  std::vector<std::pair<size_t, size_t>> pieces;
  const char* base = s->data;
  const char* p = base;
  const char* end = base + s->byte_length;
  const char* line = p;
  while (p < end) {
    const char* q = p;
    uint32_t cp = uni::decode(q);
    if (uni::is_linebreak(cp)) {
      const char* after = q;
      if (cp == '\r' && after < end && *after == '\n') after++;
      pieces.emplace_back(line - base, (keep ? after : p) - base);
      line = p = after;
    } else {
      p = q;
    }
  }
  if (line < end) pieces.emplace_back(line - base, end - base);
  return pieces_to_list(th, s, pieces);
}

Value m_join(Thread& th, const Value* a) {
  StrObject* sep = S(a[0]);
  Value iterable = a[1];
  TupleObject* items;
  if (is_tuple(iterable)) {
    items = as<TupleObject>(iterable);
  } else if (is_list(iterable)) {
    items = list_to_tuple(th, as<ListObject>(iterable));
  } else {
    if (!type_of(iterable)->iter && !type_of(iterable)->getitem)
      return raise(th, Exc_TypeError, "can only join an iterable");
    Value it = get_iter(th, iterable);
    if (it.is_empty()) return Value();
    Root keep_it(th, it);
    ListObject* l = list_new(th);
    Root keep_l(th, V(l));
    for (;;) {
      Value x = iter_next(th, it);
      if (x.is_empty()) {
        if (has_exc(th)) return Value();
        break;
      }
      if (list_append(th, l, x) < 0) return Value();
    }
    items = list_to_tuple(th, l);
  }
  int64_t n = items->size;
  if (n == 0) return V(sym::empty);
  int64_t total = sep->byte_length * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < n; i++) {
    Value x = items->items[i];
    if (!is_str(x))
      return raise(th, Exc_TypeError, "sequence item %lld: expected str instance, %s found",
                   static_cast<long long>(i), type_name(x));
    total += S(x)->byte_length;
    length += S(x)->length;
    ascii = ascii && S(x)->ascii;
  }
  if (n == 1 && is_exact_str(items->items[0])) return items->items[0];
  StrObject* r = str_alloc(th, total);
  char* o = r->data;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) {
      std::memcpy(o, sep->data, static_cast<size_t>(sep->byte_length));
      o += sep->byte_length;
    }
    StrObject* x = S(items->items[i]);
    std::memcpy(o, x->data, static_cast<size_t>(x->byte_length));
    o += x->byte_length;
  }
  str_set_meta(r, length, ascii);
  return V(r);
}

Value partition_impl(Thread& th, const Value* a, bool reverse) {
  StrObject* s = S(a[0]);
  if (!is_str(a[1])) return raise_must_be_str(th, a[1]);
  StrObject* sep = S(a[1]);
  if (sep->byte_length == 0) return raise(th, Exc_ValueError, "empty separator");
  size_t n = static_cast<size_t>(s->byte_length), m = static_cast<size_t>(sep->byte_length);
  const char* hit = reverse ? memrfind(s->data, n, sep->data, m) : memfind(s->data, n, sep->data, m);
  TupleObject* t = tuple_new(th, 3);
  for (int i = 0; i < 3; i++) t->items[i] = V(sym::empty);
  Root keep(th, V(t));
  if (!hit) {
    t->items[reverse ? 2 : 0] = str_exact(th, a[0]);
    return V(t);
  }
  size_t h = static_cast<size_t>(hit - s->data);
  t->items[0] = substr(th, s, 0, h);
  t->items[1] = str_exact(th, a[1]);
  t->items[2] = substr(th, s, h + m, n);
  return V(t);
}
Value m_partition(Thread& th, const Value* a) { return partition_impl(th, a, false); }
Value m_rpartition(Thread& th, const Value* a) { return partition_impl(th, a, true); }

// ---------------------------------------------------------------- replace / translate

Value m_replace(Thread& th, const Value* a) {
  StrObject* s = S(a[0]);
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "replace() argument 1 must be str, not %s", type_name(a[1]));
  if (!is_str(a[2]))
    return raise(th, Exc_TypeError, "replace() argument 2 must be str, not %s", type_name(a[2]));
  StrObject* old = S(a[1]);
  StrObject* rep = S(a[2]);
  int64_t count = -1;
  if (!a[3].is_empty() && !int_arg(th, a[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  size_t n = static_cast<size_t>(s->byte_length), m = static_cast<size_t>(old->byte_length);
  std::vector<size_t> hits;
  if (m == 0) {
    // Insert before every code point and at the end.
    const char* p = s->data;
    const char* end = p + n;
    while (static_cast<int64_t>(hits.size()) < count) {
      hits.push_back(static_cast<size_t>(p - s->data));
      if (p == end) break;
      p += uni::seq_len(static_cast<unsigned char>(*p));
    }
  } else {
    size_t pos = 0;
    while (static_cast<int64_t>(hits.size()) < count) {
      const char* hit = memfind(s->data + pos, n - pos, old->data, m);
      if (!hit) break;
      size_t h = static_cast<size_t>(hit - s->data);
      hits.push_back(h);
      pos = h + m;
    }
  }
  if (hits.empty()) return str_exact(th, a[0]);
  int64_t k = static_cast<int64_t>(hits.size());
  int64_t total = s->byte_length + k * (rep->byte_length - old->byte_length);
  StrObject* r = str_alloc(th, total);
  char* o = r->data;
  size_t pos = 0;
  for (size_t h : hits) {
    std::memcpy(o, s->data + pos, h - pos);
    o += h - pos;
    std::memcpy(o, rep->data, static_cast<size_t>(rep->byte_length));
    o += rep->byte_length;
    pos = h + m;
  }
  std::memcpy(o, s->data + pos, n - pos);
  str_set_meta(r, s->length + k * (rep->length - old->length),
               rep->ascii && (s->ascii || uni::all_ascii(r->data, static_cast<size_t>(total))));
  return V(r);
}

Value m_translate(Thread& th, const Value* a) {
  StrObject* s = S(a[0]);
  Value table = a[1];
  std::string out;
  out.reserve(static_cast<size_t>(s->byte_length));
  int64_t len = 0;
  bool ascii = true;
  // Per-call cache of ASCII lookups: 0 unknown, 1 delete, 2 keep, 3+c maps to c < 128.
  uint8_t cache[128] = {};
  const char* p = s->data;
  const char* end = p + s->byte_length;
  while (p < end) {
    const char* start = p;
    uint32_t cp = uni::decode(p);
    if (cp < 128 && cache[cp]) {
      uint8_t c = cache[cp];
      if (c == 2) {
        out += static_cast<char>(cp);
        len++;
      } else if (c >= 3) {
        out += static_cast<char>(c - 3);
        len++;
      }
      continue;
    }
    Value r = getitem(th, table, Value::from_small(cp));
    if (r.is_empty()) {
      if (!exc_matches(th, Exc_LookupError)) return Value();
      clear_exc(th);
      out.append(start, static_cast<size_t>(p - start));
      len++;
      if (cp >= 128) ascii = false; else cache[cp] = 2;
      continue;
    }
    if (is_none(r)) {
      if (cp < 128) cache[cp] = 1;
      continue;
    }
    if (is_int(r)) {
      int64_t c;
      if (!int_to_i64(r, &c) || c < 0 || c > 0x10FFFF)
        return raise(th, Exc_ValueError, "character mapping must be in range(0x110000)");
      uni::append(out, static_cast<uint32_t>(c));
      len++;
      if (c >= 128) ascii = false; else if (cp < 128) cache[cp] = static_cast<uint8_t>(3 + c);
      continue;
    }
    if (is_str(r)) {
      StrObject* rs = S(r);
      out.append(rs->data, static_cast<size_t>(rs->byte_length));
      len += rs->length;
      ascii = ascii && rs->ascii;
      if (cp < 128 && rs->length == 1 && rs->ascii)
        cache[cp] = static_cast<uint8_t>(3 + static_cast<unsigned char>(rs->data[0]));
      continue;
    }
    return raise(th, Exc_TypeError, "character mapping must return integer, None or str");
  }
  return make_str(th, out, len, ascii);
}

Value m_maketrans(Thread& th, const Value* a) {
  Value x = a[0], y = a[1], z = a[2];
  DictObject* d = dict_new(th);
  Root keep(th, reinterpret_cast<Object*>(d));
  if (y.is_empty()) {
    if (!is_dict(x))
      return raise(th, Exc_TypeError,
                   "if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    Value k, v;
    while (dict_next(reinterpret_cast<DictObject*>(x.obj()), &pos, &k, &v)) {
      Value key;
      if (is_str(k)) {
        if (S(k)->length != 1)
          return raise(th, Exc_ValueError, "string keys in translate table must be of length 1");
        const char* p = S(k)->data;
        key = Value::from_small(uni::decode(p));
      } else if (is_int(k)) {
        key = k;
      } else {
        return raise(th, Exc_TypeError, "keys in translate table must be strings or integers");
      }
      if (dict_set(th, d, key, v) < 0) return Value();
    }
    return V(reinterpret_cast<Object*>(d));
  }
  if (!is_str(x))
    return raise(th, Exc_TypeError, "maketrans() argument 1 must be str, not %s", type_name(x));
  if (!is_str(y))
    return raise(th, Exc_TypeError, "maketrans() argument 2 must be str, not %s", type_name(y));
  if (S(x)->length != S(y)->length)
    return raise(th, Exc_ValueError, "the first two maketrans arguments must have equal length");
  const char* p = S(x)->data;
  const char* q = S(y)->data;
  for (int64_t i = 0; i < S(x)->length; i++) {
    uint32_t c1 = uni::decode(p), c2 = uni::decode(q);
    if (dict_set(th, d, Value::from_small(c1), Value::from_small(c2)) < 0) return Value();
  }
  if (!z.is_empty()) {
    if (!is_str(z))
      return raise(th, Exc_TypeError, "maketrans() argument 3 must be str, not %s", type_name(z));
    const char* r = S(z)->data;
    for (int64_t i = 0; i < S(z)->length; i++) {
      if (dict_set(th, d, Value::from_small(uni::decode(r)), g_None) < 0) return Value();
    }
  }
  return V(reinterpret_cast<Object*>(d));
}

// ---------------------------------------------------------------- the rest

Value m_encode(Thread& th, const Value* a) { return str_encode(th, S(a[0]), a[1], a[2]); }

Value m_format(Thread& th, const Value* a) {
  return str_format_impl(th, S(a[0]), as<TupleObject>(a[1]), a[2]);
}

Value m_format_map(Thread& th, const Value* a) {
  return str_format_impl(th, S(a[0]), g_empty_tuple, a[1]);
}

Value m_getnewargs(Thread& th, const Value* a) {
  Value s = str_exact(th, a[0]);
  return V(tuple_from(th, &s, 1));
}

Value m_sizeof(Thread&, const Value* a) {
  return Value::from_small(static_cast<int64_t>(sizeof(StrObject)) + S(a[0])->byte_length);
}

}  // namespace

const NativeDef kStrMethods[] = {
    {"capitalize(self, /)", m_capitalize},
    {"casefold(self, /)", m_casefold},
    {"center(self, width, fillchar=?, /)", m_center},
    {"count(self, sub, start=None, end=None, /)", m_count},
    {"encode(self, /, encoding='utf-8', errors='strict')", m_encode},
    {"endswith(self, suffix, start=None, end=None, /)", m_endswith},
    {"expandtabs(self, /, tabsize=8)", m_expandtabs},
    {"find(self, sub, start=None, end=None, /)", m_find},
    {"format(self, /, *args, **kwargs)", m_format},
    {"format_map(self, mapping, /)", m_format_map},
    {"index(self, sub, start=None, end=None, /)", m_index},
    {"isalnum(self, /)", m_isalnum},
    {"isalpha(self, /)", m_isalpha},
    {"isascii(self, /)", m_isascii},
    {"isdecimal(self, /)", m_isdecimal},
    {"isdigit(self, /)", m_isdigit},
    {"isidentifier(self, /)", m_isidentifier},
    {"islower(self, /)", m_islower},
    {"isnumeric(self, /)", m_isnumeric},
    {"isprintable(self, /)", m_isprintable},
    {"isspace(self, /)", m_isspace},
    {"istitle(self, /)", m_istitle},
    {"isupper(self, /)", m_isupper},
    {"join(self, iterable, /)", m_join},
    {"ljust(self, width, fillchar=?, /)", m_ljust},
    {"lower(self, /)", m_lower},
    {"lstrip(self, chars=None, /)", m_lstrip},
    {"maketrans(x, y=?, z=?, /)", m_maketrans, NF_STATICMETHOD},
    {"partition(self, sep, /)", m_partition},
    {"removeprefix(self, prefix, /)", m_removeprefix},
    {"removesuffix(self, suffix, /)", m_removesuffix},
    {"replace(self, old, new, count=-1, /)", m_replace},
    {"rfind(self, sub, start=None, end=None, /)", m_rfind},
    {"rindex(self, sub, start=None, end=None, /)", m_rindex},
    {"rjust(self, width, fillchar=?, /)", m_rjust},
    {"rpartition(self, sep, /)", m_rpartition},
    {"rsplit(self, /, sep=None, maxsplit=-1)", m_rsplit},
    {"rstrip(self, chars=None, /)", m_rstrip},
    {"split(self, /, sep=None, maxsplit=-1)", m_split},
    {"splitlines(self, /, keepends=False)", m_splitlines},
    {"startswith(self, prefix, start=None, end=None, /)", m_startswith},
    {"strip(self, chars=None, /)", m_strip},
    {"swapcase(self, /)", m_swapcase},
    {"title(self, /)", m_title},
    {"translate(self, table, /)", m_translate},
    {"upper(self, /)", m_upper},
    {"zfill(self, width, /)", m_zfill},
    {"__format__(self, format_spec, /)", str_dunder_format},
    {"__getnewargs__(self, /)", m_getnewargs},
    {"__sizeof__(self, /)", m_sizeof},
    {},
};

}  // namespace taipan
