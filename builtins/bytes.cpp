// bytes: the immutable byte string, and the read-only methods and slots it shares with
// bytearray (see builtins/bytes.h for the bytearray locking rules).
//
// Every shared method starts by taking a ByteView of self: bytes are borrowed (they
// never change), bytearrays are copied under their lock. From then on the method works
// on plain memory and may call Python code (__index__ of an argument) freely. Results
// take the receiver's kind: bytes methods return bytes, bytearray methods bytearray.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

namespace {

// Shared immortal objects: b'' and every one-byte bytes (indexing a slice of length
// one, iteration in bytes(...) round trips).
BytesObject* g_empty_bytes = nullptr;
BytesObject* g_byte_chars[256];

inline bool ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_alpha(unsigned char c) { return ascii_upper(c) || ascii_lower(c); }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

// ---------------------------------------------------------------- creation

BytesObject* bytes_alloc(Thread& th, int64_t n) {
  auto* b = gc_new<BytesObject>(th, BytesType, static_cast<size_t>(n));
  b->size = n;
  b->hash_cache.store(-1, std::memory_order_relaxed);
  return b;
}

BytesObject* bytes_new(Thread& th, std::string_view data) {
  if (data.size() <= 1 && g_empty_bytes) {
    if (data.empty()) return g_empty_bytes;
    return g_byte_chars[static_cast<unsigned char>(data[0])];
  }
  BytesObject* b = bytes_alloc(th, static_cast<int64_t>(data.size()));
  std::memcpy(b->data, data.data(), data.size());
  return b;
}

bool is_bytearray(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == ByteArrayType || (t != BytesType && t != StrType && is_subtype(t, ByteArrayType));
}

Value bytes_or_bytearray(Thread& th, bool bytearray_kind, std::string_view data) {
  if (bytearray_kind) return V(bytearray_new(th, data));
  return V(bytes_new(th, data));
}

std::string bytearray_snapshot(ByteArrayObject* ba) {
  CriticalSection cs{ba};
  BytesObject* buf = ba->buf.load(std::memory_order_relaxed);
  int64_t n = ba->size.load(std::memory_order_relaxed);
  return buf ? std::string(buf->data, static_cast<size_t>(n)) : std::string();
}

bool ByteView::set(Value v) {
  if (is_bytes(v)) {
    view_ = bytes_view(as<BytesObject>(v));
    return true;
  }
  if (is_bytearray(v)) {
    copy_ = bytearray_snapshot(as<ByteArrayObject>(v));
    view_ = copy_;
    return true;
  }
  if (!buffer_supported(v)) return false;
  Thread& th = current_thread();
  Value pending = th.exc;
  int r = buffer_read_all(th, v, &copy_, &view_);
  if (r < 0) th.exc = pending;  // a released memoryview: not bytes-like, nothing raised
  return r > 0;
}

namespace {

// ---------------------------------------------------------------- argument helpers

inline bool kind_ba(Value self) { return !is_bytes(self); }
inline Value result(Thread& th, Value self, std::string_view data) {
  return bytes_or_bytearray(th, kind_ba(self), data);
}

bool need_buffer(Thread& th, Value v, ByteView* out) {
  if (out->set(v)) return true;
  raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

// find/count/index/contains take a bytes-like or an int in range(256).
bool sub_arg(Thread& th, Value v, ByteView* out, std::string* one) {
  if (out->set(v)) return true;
  if (is_int(v) || type_of(v)->index) {
    int b = byte_from_value(th, v, "byte must be in range(0, 256)");
    if (b < 0) return false;
    *one = std::string(1, static_cast<char>(b));
    return true;
  }
  raise(th, Exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
        type_name(v));
  return false;
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

bool int_arg(Thread& th, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  return index_to_i64(th, v, out);
}

// ---------------------------------------------------------------- searching

// Returns the index, -1 when not found, -2 when raised.
int64_t find_impl(Thread& th, const Value* a, bool reverse) {
  ByteView self;
  self.set(a[0]);
  ByteView sub;
  std::string one;
  if (!sub_arg(th, a[1], &sub, &one)) return -2;
  std::string_view needle = one.empty() ? sub.view() : std::string_view(one);
  int64_t start, end;
  if (!slice_bounds(th, a[2], a[3], self.size(), &start, &end)) return -2;
  int64_t m = static_cast<int64_t>(needle.size());
  if (end - start < m) return -1;
  const char* base = self.data() + start;
  size_t n = static_cast<size_t>(end - start);
  const char* hit = reverse ? memrfind(base, n, needle.data(), needle.size())
                            : memfind(base, n, needle.data(), needle.size());
  return hit ? hit - self.data() : -1;
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
  if (r == -1) return raise(th, Exc_ValueError, "subsection not found");
  return r == -2 ? Value() : Value::from_small(r);
}
Value m_rindex(Thread& th, const Value* a) {
  int64_t r = find_impl(th, a, true);
  if (r == -1) return raise(th, Exc_ValueError, "subsection not found");
  return r == -2 ? Value() : Value::from_small(r);
}

Value m_count(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  ByteView sub;
  std::string one;
  if (!sub_arg(th, a[1], &sub, &one)) return Value();
  std::string_view needle = one.empty() ? sub.view() : std::string_view(one);
  int64_t start, end;
  if (!slice_bounds(th, a[2], a[3], self.size(), &start, &end)) return Value();
  int64_t m = static_cast<int64_t>(needle.size());
  if (end - start < m) return Value::from_small(0);
  if (m == 0) return Value::from_small(end - start + 1);
  const char* p = self.data() + start;
  const char* e = self.data() + end;
  int64_t n = 0;
  while (const char* hit = memfind(p, static_cast<size_t>(e - p), needle.data(), needle.size())) {
    n++;
    p = hit + m;
  }
  return Value::from_small(n);
}

Value starts_ends(Thread& th, const Value* a, bool suffix) {
  ByteView self;
  self.set(a[0]);
  int64_t start, end;
  if (!slice_bounds(th, a[2], a[3], self.size(), &start, &end)) return Value();
  auto match = [&](std::string_view sub) {
    int64_t m = static_cast<int64_t>(sub.size());
    if (end - m < start) return false;
    const char* at = suffix ? self.data() + end - m : self.data() + start;
    return std::memcmp(at, sub.data(), sub.size()) == 0;
  };
  const char* name = suffix ? "endswith" : "startswith";
  ByteView sub;
  if (sub.set(a[1])) return bool_value(match(sub.view()));
  if (is_tuple(a[1])) {
    TupleObject* t = as<TupleObject>(a[1]);
    for (int64_t i = 0; i < t->size; i++) {
      ByteView item;
      if (!item.set(t->items[i]))
        return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'",
                     type_name(t->items[i]));
      if (match(item.view())) return g_True;
    }
    return g_False;
  }
  return raise(th, Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
               type_name(a[1]));
}
Value m_startswith(Thread& th, const Value* a) { return starts_ends(th, a, false); }
Value m_endswith(Thread& th, const Value* a) { return starts_ends(th, a, true); }

// ---------------------------------------------------------------- case and classes

enum class CaseOp { Upper, Lower, Swap, Title, Capitalize };

Value case_map(Thread& th, Value selfv, CaseOp op) {
  ByteView self;
  self.set(selfv);
  std::string out(self.view());
  bool prev = false;
  for (size_t i = 0; i < out.size(); i++) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    bool up = ascii_upper(c), lo = ascii_lower(c);
    bool to_up = false, to_lo = false;
    switch (op) {
      case CaseOp::Upper: to_up = lo; break;
      case CaseOp::Lower: to_lo = up; break;
      case CaseOp::Swap: to_up = lo; to_lo = up; break;
      case CaseOp::Title:
        if (prev) to_lo = up; else to_up = lo;
        prev = up || lo;
        break;
      case CaseOp::Capitalize:
        if (i == 0) to_up = lo; else to_lo = up;
        break;
    }
    if (to_up) out[i] = static_cast<char>(c - 32);
    if (to_lo) out[i] = static_cast<char>(c + 32);
  }
  return result(th, selfv, out);
}
Value m_upper(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Upper); }
Value m_lower(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Lower); }
Value m_swapcase(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Swap); }
Value m_title(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Title); }
Value m_capitalize(Thread& th, const Value* a) { return case_map(th, a[0], CaseOp::Capitalize); }

template <bool (*P)(unsigned char)>
Value all_of(Value selfv) {
  ByteView self;
  self.set(selfv);
  if (self.size() == 0) return g_False;
  for (char c : self.view())
    if (!P(static_cast<unsigned char>(c))) return g_False;
  return g_True;
}
bool p_alnum(unsigned char c) { return ascii_alpha(c) || ascii_digit(c); }
Value m_isalnum(Thread&, const Value* a) { return all_of<p_alnum>(a[0]); }
Value m_isalpha(Thread&, const Value* a) { return all_of<ascii_alpha>(a[0]); }
Value m_isdigit(Thread&, const Value* a) { return all_of<ascii_digit>(a[0]); }
Value m_isspace(Thread&, const Value* a) { return all_of<ascii_space>(a[0]); }
Value m_isascii(Thread&, const Value* a) {
  ByteView self;
  self.set(a[0]);
  return bool_value(uni::all_ascii(self.data(), self.view().size()));
}
Value cased_check(Value selfv, bool want_upper) {
  ByteView self;
  self.set(selfv);
  bool cased = false;
  for (char ch : self.view()) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (want_upper ? ascii_lower(c) : ascii_upper(c)) return g_False;
    if (want_upper ? ascii_upper(c) : ascii_lower(c)) cased = true;
  }
  return bool_value(cased);
}
Value m_isupper(Thread&, const Value* a) { return cased_check(a[0], true); }
Value m_islower(Thread&, const Value* a) { return cased_check(a[0], false); }
Value m_istitle(Thread&, const Value* a) {
  ByteView self;
  self.set(a[0]);
  bool cased = false, prev = false;
  for (char ch : self.view()) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (ascii_upper(c)) {
      if (prev) return g_False;
      prev = cased = true;
    } else if (ascii_lower(c)) {
      if (!prev) return g_False;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return bool_value(cased);
}

// ---------------------------------------------------------------- padding

bool fill_arg(Thread& th, Value v, const char* name, char* out) {
  if (v.is_empty()) {
    *out = ' ';
    return true;
  }
  ByteView f;
  if (!f.set(v) || f.size() != 1) {
    raise(th, Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
          type_name(v));
    return false;
  }
  *out = f.data()[0];
  return true;
}

Value justify(Thread& th, const Value* a, int which, const char* name) {
  ByteView self;
  self.set(a[0]);
  int64_t width;
  if (!int_arg(th, a[1], &width)) return Value();
  char fill;
  if (!fill_arg(th, a[2], name, &fill)) return Value();
  int64_t marg = width - self.size();
  if (marg <= 0) return result(th, a[0], self.view());
  int64_t left = which == 0 ? 0 : which == 1 ? marg : marg / 2 + (marg & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += self.view();
  out.append(static_cast<size_t>(marg - left), fill);
  return result(th, a[0], out);
}
Value m_ljust(Thread& th, const Value* a) { return justify(th, a, 0, "ljust"); }
Value m_rjust(Thread& th, const Value* a) { return justify(th, a, 1, "rjust"); }
Value m_center(Thread& th, const Value* a) { return justify(th, a, 2, "center"); }

Value m_zfill(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  int64_t width;
  if (!int_arg(th, a[1], &width)) return Value();
  int64_t fill = width - self.size();
  if (fill <= 0) return result(th, a[0], self.view());
  std::string out(self.view());
  size_t at = (!out.empty() && (out[0] == '+' || out[0] == '-')) ? 1 : 0;
  out.insert(at, static_cast<size_t>(fill), '0');
  return result(th, a[0], out);
}

Value m_expandtabs(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  int64_t tab;
  if (!int_arg(th, a[1], &tab)) return Value();
  std::string out;
  int64_t col = 0;
  for (char c : self.view()) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return result(th, a[0], out);
}

// ---------------------------------------------------------------- strip / split / join

Value strip_impl(Thread& th, const Value* a, bool left, bool right) {
  ByteView self;
  self.set(a[0]);
  bool table[256] = {};
  if (a[1].is_empty() || is_none(a[1])) {
    for (unsigned c : {' ', '\t', '\n', '\r', '\x0b', '\x0c'}) table[c] = true;
  } else {
    ByteView chars;
    if (!need_buffer(th, a[1], &chars)) return Value();
    for (char c : chars.view()) table[static_cast<unsigned char>(c)] = true;
  }
  const char* b = self.data();
  const char* e = b + self.size();
  if (left)
    while (b < e && table[static_cast<unsigned char>(*b)]) b++;
  if (right)
    while (e > b && table[static_cast<unsigned char>(e[-1])]) e--;
  return result(th, a[0], std::string_view(b, static_cast<size_t>(e - b)));
}
Value m_strip(Thread& th, const Value* a) { return strip_impl(th, a, true, true); }
Value m_lstrip(Thread& th, const Value* a) { return strip_impl(th, a, true, false); }
Value m_rstrip(Thread& th, const Value* a) { return strip_impl(th, a, false, true); }

Value pieces_list(Thread& th, Value selfv, std::string_view data,
                  const std::vector<std::pair<size_t, size_t>>& pieces) {
  bool ba = kind_ba(selfv);
  ListObject* l = list_new(th, static_cast<int64_t>(pieces.size()));
  Root keep(th, V(l));
  for (auto& [x, y] : pieces) {
    Value v = bytes_or_bytearray(th, ba, data.substr(x, y - x));
    if (list_append(th, l, v) < 0) return Value();
  }
  return V(l);
}

Value split_impl(Thread& th, const Value* a, bool reverse) {
  ByteView self;
  self.set(a[0]);
  int64_t maxsplit = -1;
  if (!a[2].is_empty() && !int_arg(th, a[2], &maxsplit)) return Value();
  std::string_view s = self.view();
  size_t n = s.size();
  std::vector<std::pair<size_t, size_t>> pieces;
  if (a[1].is_empty() || is_none(a[1])) {
    auto sp = [&](size_t i) { return ascii_space(static_cast<unsigned char>(s[i])); };
    if (!reverse) {
      size_t i = 0;
      while (i < n) {
        while (i < n && sp(i)) i++;
        if (i == n) break;
        if (maxsplit == 0) {
          pieces.emplace_back(i, n);
          break;
        }
        size_t w = i;
        while (i < n && !sp(i)) i++;
        pieces.emplace_back(w, i);
        if (maxsplit > 0) maxsplit--;
      }
    } else {
      size_t e = n;
      while (e > 0) {
        while (e > 0 && sp(e - 1)) e--;
        if (e == 0) break;
        if (maxsplit == 0) {
          pieces.emplace_back(0, e);
          break;
        }
        size_t w = e;
        while (e > 0 && !sp(e - 1)) e--;
        pieces.emplace_back(e, w);
        if (maxsplit > 0) maxsplit--;
      }
      std::reverse(pieces.begin(), pieces.end());
    }
    return pieces_list(th, a[0], s, pieces);
  }
  ByteView sepv;
  if (!need_buffer(th, a[1], &sepv)) return Value();
  std::string_view sep = sepv.view();
  if (sep.empty()) return raise(th, Exc_ValueError, "empty separator");
  if (!reverse) {
    size_t pos = 0;
    while (maxsplit != 0) {
      const char* hit = memfind(s.data() + pos, n - pos, sep.data(), sep.size());
      if (!hit) break;
      size_t h = static_cast<size_t>(hit - s.data());
      pieces.emplace_back(pos, h);
      pos = h + sep.size();
      if (maxsplit > 0) maxsplit--;
    }
    pieces.emplace_back(pos, n);
  } else {
    size_t end = n;
    while (maxsplit != 0) {
      const char* hit = memrfind(s.data(), end, sep.data(), sep.size());
      if (!hit) break;
      size_t h = static_cast<size_t>(hit - s.data());
      pieces.emplace_back(h + sep.size(), end);
      end = h;
      if (maxsplit > 0) maxsplit--;
    }
    pieces.emplace_back(0, end);
    std::reverse(pieces.begin(), pieces.end());
  }
  return pieces_list(th, a[0], s, pieces);
}
Value m_split(Thread& th, const Value* a) { return split_impl(th, a, false); }
Value m_rsplit(Thread& th, const Value* a) { return split_impl(th, a, true); }

Value m_splitlines(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  int keep = 0;
  if (!a[1].is_empty()) {
    keep = truthy(th, a[1]);
    if (keep < 0) return Value();
  }
  std::string_view s = self.view();
  std::vector<std::pair<size_t, size_t>> pieces;
  size_t i = 0, line = 0, n = s.size();
  while (i < n) {
    if (s[i] == '\n' || s[i] == '\r') {
      size_t after = i + 1;
      if (s[i] == '\r' && after < n && s[after] == '\n') after++;
      pieces.emplace_back(line, keep ? after : i);
      line = i = after;
    } else {
      i++;
    }
  }
  if (line < n) pieces.emplace_back(line, n);
  return pieces_list(th, a[0], s, pieces);
}

Value m_join(Thread& th, const Value* a) {
  ByteView sepv;
  sepv.set(a[0]);
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
  Root keep(th, V(items));
  std::string out;
  for (int64_t i = 0; i < items->size; i++) {
    ByteView item;
    if (!item.set(items->items[i]))
      return raise(th, Exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                   static_cast<long long>(i), type_name(items->items[i]));
    if (i > 0) out += sepv.view();
    out += item.view();
  }
  return result(th, a[0], out);
}

Value partition_impl(Thread& th, const Value* a, bool reverse) {
  ByteView self;
  self.set(a[0]);
  ByteView sepv;
  if (!need_buffer(th, a[1], &sepv)) return Value();
  std::string_view s = self.view(), sep = sepv.view();
  if (sep.empty()) return raise(th, Exc_ValueError, "empty separator");
  const char* hit = reverse ? memrfind(s.data(), s.size(), sep.data(), sep.size())
                            : memfind(s.data(), s.size(), sep.data(), sep.size());
  bool ba = kind_ba(a[0]);
  TupleObject* t = tuple_new(th, 3);
  for (int i = 0; i < 3; i++) t->items[i] = g_None;
  Root keep(th, V(t));
  if (!hit) {
    t->items[0] = bytes_or_bytearray(th, ba, reverse ? std::string_view() : s);
    t->items[1] = bytes_or_bytearray(th, ba, std::string_view());
    t->items[2] = bytes_or_bytearray(th, ba, reverse ? s : std::string_view());
    return V(t);
  }
  size_t h = static_cast<size_t>(hit - s.data());
  t->items[0] = bytes_or_bytearray(th, ba, s.substr(0, h));
  t->items[1] = bytes_or_bytearray(th, ba, sep);
  t->items[2] = bytes_or_bytearray(th, ba, s.substr(h + sep.size()));
  return V(t);
}
Value m_partition(Thread& th, const Value* a) { return partition_impl(th, a, false); }
Value m_rpartition(Thread& th, const Value* a) { return partition_impl(th, a, true); }

Value m_replace(Thread& th, const Value* a) {
  ByteView self, oldv, newv;
  self.set(a[0]);
  if (!need_buffer(th, a[1], &oldv) || !need_buffer(th, a[2], &newv)) return Value();
  int64_t count = -1;
  if (!a[3].is_empty() && !int_arg(th, a[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string_view s = self.view(), old = oldv.view(), rep = newv.view();
  std::string out;
  int64_t done = 0;
  if (old.empty()) {
    size_t i = 0;
    for (; i <= s.size(); i++) {
      if (done < count) {
        out += rep;
        done++;
      }
      if (i < s.size()) out += s[i];
    }
    return result(th, a[0], out);
  }
  size_t pos = 0;
  while (done < count) {
    const char* hit = memfind(s.data() + pos, s.size() - pos, old.data(), old.size());
    if (!hit) break;
    size_t h = static_cast<size_t>(hit - s.data());
    out.append(s.data() + pos, h - pos);
    out += rep;
    pos = h + old.size();
    done++;
  }
  out.append(s.data() + pos, s.size() - pos);
  return result(th, a[0], out);
}

Value m_removeprefix(Thread& th, const Value* a) {
  ByteView self, p;
  self.set(a[0]);
  if (!need_buffer(th, a[1], &p)) return Value();
  std::string_view s = self.view();
  if (s.substr(0, p.view().size()) == p.view()) s.remove_prefix(p.view().size());
  return result(th, a[0], s);
}
Value m_removesuffix(Thread& th, const Value* a) {
  ByteView self, p;
  self.set(a[0]);
  if (!need_buffer(th, a[1], &p)) return Value();
  std::string_view s = self.view(), x = p.view();
  if (!x.empty() && s.size() >= x.size() && s.substr(s.size() - x.size()) == x)
    s.remove_suffix(x.size());
  return result(th, a[0], s);
}

// ---------------------------------------------------------------- translate, hex, decode

Value m_translate(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  ByteView table, del;
  bool has_table = !is_none(a[1]);
  if (has_table) {
    if (!need_buffer(th, a[1], &table)) return Value();
    if (table.size() != 256)
      return raise(th, Exc_ValueError, "translation table must be 256 characters long");
  }
  bool deleted[256] = {};
  if (!a[2].is_empty()) {
    if (!need_buffer(th, a[2], &del)) return Value();
    for (char c : del.view()) deleted[static_cast<unsigned char>(c)] = true;
  }
  std::string out;
  out.reserve(static_cast<size_t>(self.size()));
  for (char c : self.view()) {
    unsigned char u = static_cast<unsigned char>(c);
    if (deleted[u]) continue;
    out += has_table ? table.data()[u] : c;
  }
  return result(th, a[0], out);
}

Value m_maketrans(Thread& th, const Value* a) {
  ByteView from, to;
  if (!need_buffer(th, a[0], &from) || !need_buffer(th, a[1], &to)) return Value();
  if (from.size() != to.size())
    return raise(th, Exc_ValueError, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; i++) table[i] = static_cast<char>(i);
  for (int64_t i = 0; i < from.size(); i++)
    table[static_cast<unsigned char>(from.data()[i])] = to.data()[i];
  return V(bytes_new(th, std::string_view(table, 256)));
}

Value m_hex(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  static const char kHex[] = "0123456789abcdef";
  std::string sep;
  if (!a[1].is_empty()) {
    if (is_str(a[1])) {
      sep = std::string(str_view(a[1]));
      if (as<StrObject>(a[1])->length != 1)
        return raise(th, Exc_ValueError, "sep must be length 1.");
      if (!as<StrObject>(a[1])->ascii) return raise(th, Exc_ValueError, "sep must be ASCII.");
    } else {
      ByteView sv;
      if (!sv.set(a[1]))
        return raise(th, Exc_TypeError, "sep must be str or bytes.");
      if (sv.size() != 1) return raise(th, Exc_ValueError, "sep must be length 1.");
      sep = std::string(sv.view());
    }
  }
  int64_t per = 1;
  if (!a[2].is_empty() && !int_arg(th, a[2], &per)) return Value();
  std::string out;
  int64_t n = self.size();
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0 && !sep.empty() && group > 0) {
      // Positive: groups counted from the right; negative: from the left.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(self.data()[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return V(str_new_known(th, out, static_cast<int64_t>(out.size()), true));
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value m_fromhex(Thread& th, const Value* a) {
  Type* cls = as<Type>(a[0]);
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "fromhex() argument must be str, not %s", type_name(a[1]));
  StrObject* s = as<StrObject>(a[1]);
  std::string out;
  int64_t n = s->byte_length;
  int64_t i = 0;
  while (i < n) {
    while (i < n && ascii_space(static_cast<unsigned char>(s->data[i]))) i++;
    if (i >= n) break;
    int hi = hexval(s->data[i]);
    if (hi < 0 || !s->ascii)
      return raise(th, Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                   static_cast<long long>(str_cp_index(s, static_cast<size_t>(i))));
    int lo = i + 1 < n ? hexval(s->data[i + 1]) : -1;
    if (lo < 0)
      return raise(th, Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                   static_cast<long long>(i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  bool ba = cls == ByteArrayType || is_subtype(cls, ByteArrayType);
  Value r = bytes_or_bytearray(th, ba, out);
  if (cls == BytesType || cls == ByteArrayType) return r;
  Root keep(th, r);
  return call1(th, V(cls), r);
}

Value m_decode(Thread& th, const Value* a) {
  ByteView self;
  self.set(a[0]);
  return bytes_decode(th, self.view(), a[1], a[2]);
}

}  // namespace

// ---------------------------------------------------------------- shared slots

int byte_from_value(Thread& th, Value v, const char* range_msg) {
  int64_t x;
  if (v.is_small()) {
    x = v.small();
  } else {
    bool overflow = false;
    if (is_int(v)) {
      if (!int_to_i64(v, &x, &overflow)) x = -1;
    } else {
      if (!type_of(v)->index) {
        raise(th, Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return -1;
      }
      Value iv = index_value(th, v);
      if (iv.is_empty()) return -1;
      if (!int_to_i64(iv, &x)) x = -1;
    }
  }
  if (x < 0 || x > 255) {
    raise(th, Exc_ValueError, "%s", range_msg);
    return -1;
  }
  return static_cast<int>(x);
}

Value bytes_common_richcmp(Thread&, Value a, Value b, CmpOp op) {
  ByteView x, y;
  if (!is_byteslike(a) || !is_byteslike(b)) return g_NotImplemented;
  x.set(a);
  y.set(b);
  std::string_view p = x.view(), q = y.view();
  if (op == CmpOp::EQ) return bool_value(p == q);
  if (op == CmpOp::NE) return bool_value(p != q);
  int c = p.compare(q);
  switch (op) {
    case CmpOp::LT: return bool_value(c < 0);
    case CmpOp::LE: return bool_value(c <= 0);
    case CmpOp::GT: return bool_value(c > 0);
    case CmpOp::GE: return bool_value(c >= 0);
    default: return g_NotImplemented;
  }
}

Value bytes_common_repr_body(Thread& th, Value self, const char* prefix, const char* suffix) {
  ByteView v;
  v.set(self);
  char q = uni::choose_quote(v.view());
  std::string out(prefix);
  out += 'b';
  out += q;
  uni::bytes_repr_body(out, v.view(), q);
  out += q;
  out += suffix;
  return V(str_new_known(th, out, static_cast<int64_t>(out.size()), uni::all_ascii(out.data(), out.size())));
}

Value bytes_common_getitem(Thread& th, Value self, Value key) {
  bool ba = kind_ba(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (key.is_obj() && key.obj()->type == SliceType) {
    ByteView v;
    v.set(self);
    int64_t start, stop, step;
    int64_t n = slice_indices(th, as<SliceObject>(key), v.size(), &start, &stop, &step);
    if (n < 0) return Value();
    if (step == 1) return bytes_or_bytearray(th, ba, v.view().substr(static_cast<size_t>(start), static_cast<size_t>(n)));
    std::string out(static_cast<size_t>(n), '\0');
    for (int64_t k = 0, j = start; k < n; k++, j += step) out[static_cast<size_t>(k)] = v.data()[j];
    return bytes_or_bytearray(th, ba, out);
  } else if (is_int(key) || type_of(key)->index) {
    if (!sequence_index(th, key, &i)) return Value();
  } else {
    return raise(th, Exc_TypeError, "%s indices must be integers or slices, not %s",
                 ba ? "bytearray" : "byte", type_name(key));
  }
  if (!ba) {
    BytesObject* b = as<BytesObject>(self);
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) return raise(th, Exc_IndexError, "index out of range");
    return Value::from_small(static_cast<unsigned char>(b->data[i]));
  }
  // One byte of a bytearray: a lock-free read (see builtins/bytes.h).
  ByteArrayObject* arr = as<ByteArrayObject>(self);
  int64_t n = arr->size.load(std::memory_order_acquire);
  BytesObject* buf = arr->buf.load(std::memory_order_acquire);
  if (i < 0) i += n;
  if (i < 0 || i >= n || !buf || i >= buf->size)
    return raise(th, Exc_IndexError, "bytearray index out of range");
  return Value::from_small(static_cast<unsigned char>(buf->data[i]));
}

int bytes_common_contains(Thread& th, Value self, Value item) {
  ByteView v;
  v.set(self);
  ByteView sub;
  if (sub.set(item))
    return memfind(v.data(), v.view().size(), sub.data(), sub.view().size()) ? 1 : 0;
  if (is_int(item) || type_of(item)->index) {
    int b = byte_from_value(th, item, "byte must be in range(0, 256)");
    if (b < 0) return -1;
    return std::memchr(v.data(), b, v.view().size()) ? 1 : 0;
  }
  raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(item));
  return -1;
}

Value bytes_common_concat(Thread& th, Value a, Value b) {
  if (!is_byteslike(a)) return g_NotImplemented;
  ByteView x, y;
  x.set(a);
  if (!y.set(b)) {
    if (b.is_obj() && (b.obj()->type->flags & TF_HEAPTYPE)) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can't concat %s to %s", type_name(b),
                 kind_ba(a) ? "bytearray" : "bytes");
  }
  if (!kind_ba(a)) {
    BytesObject* r = bytes_alloc(th, x.size() + y.size());
    std::memcpy(r->data, x.data(), x.view().size());
    std::memcpy(r->data + x.size(), y.data(), y.view().size());
    return V(r);
  }
  std::string out(x.view());
  out += y.view();
  return V(bytearray_new(th, out));
}

Value bytes_common_repeat(Thread& th, Value a, Value b) {
  Value s = a, n = b;
  if (!is_byteslike(s)) std::swap(s, n);
  if (!is_byteslike(s)) return g_NotImplemented;
  int64_t count;
  if (n.is_small()) {
    count = n.small();
  } else if (is_int(n) || type_of(n)->index) {
    if (!index_to_i64(th, n, &count)) return Value();
  } else {
    if (n.is_obj() && (n.obj()->type->flags & TF_HEAPTYPE)) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 type_name(n));
  }
  ByteView v;
  v.set(s);
  if (count < 0) count = 0;
  if (v.size() > 0 && count > (int64_t(1) << 40) / v.size()) return raise_no_memory(th);
  size_t len = v.view().size();
  if (!kind_ba(s)) {
    if (count == 1 && s.obj()->type == BytesType) return s;
    BytesObject* r = bytes_alloc(th, v.size() * count);
    for (int64_t k = 0; k < count; k++) std::memcpy(r->data + k * static_cast<int64_t>(len), v.data(), len);
    return V(r);
  }
  std::string out;
  out.reserve(len * static_cast<size_t>(count));
  for (int64_t k = 0; k < count; k++) out += v.view();
  return V(bytearray_new(th, out));
}

Value bytes_common_mod(Thread& th, Value a, Value b) {
  if (!is_byteslike(a)) return g_NotImplemented;
  ByteView v;
  v.set(a);
  return percent_format(th, v.view(), b, kind_ba(a) ? ByteArrayType : BytesType);
}

bool bytes_from_source(Thread& th, Value src, Value encoding, Value errors, bool for_bytearray,
                       std::string* out) {
  bool has_enc = !encoding.is_empty(), has_err = !errors.is_empty();
  if (is_str(src)) {
    if (!has_enc) {
      raise(th, Exc_TypeError, "string argument without an encoding");
      return false;
    }
    Value b = str_encode(th, as<StrObject>(src), encoding, errors);
    if (b.is_empty()) return false;
    *out += bytes_view(as<BytesObject>(b));
    return true;
  }
  if (has_enc) {
    raise(th, Exc_TypeError, "encoding without a string argument");
    return false;
  }
  if (has_err) {
    raise(th, Exc_TypeError, "errors without a string argument");
    return false;
  }
  ByteView bv;
  if (bv.set(src)) {
    *out += bv.view();
    return true;
  }
  if (!for_bytearray) {
    Value r = call_special(th, src, dunder_bytes(), nullptr, 0);
    if (!r.is_empty()) {
      if (!is_bytes(r)) {
        raise(th, Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
        return false;
      }
      *out += bytes_view(as<BytesObject>(r));
      return true;
    }
    if (has_exc(th)) return false;
  }
  if (is_int(src) || type_of(src)->index) {
    int64_t n;
    if (!index_to_i64(th, src, &n)) return false;
    if (n < 0) {
      raise(th, Exc_ValueError, "negative count");
      return false;
    }
    if (n > (int64_t(1) << 40)) {
      raise_no_memory(th);
      return false;
    }
    out->append(static_cast<size_t>(n), '\0');
    return true;
  }
  const char* range_msg = for_bytearray ? "byte must be in range(0, 256)"
                                        : "bytes must be in range(0, 256)";
  // Exact types only: a subclass may override __iter__, which then decides (CPython too).
  if (type_of(src) == TupleType) {
    TupleObject* t = as<TupleObject>(src);
    for (int64_t i = 0; i < t->size; i++) {
      int b = byte_from_value(th, t->items[i], range_msg);
      if (b < 0) return false;
      *out += static_cast<char>(b);
    }
    return true;
  }
  if (type_of(src) == ListType) {
    ListObject* l = as<ListObject>(src);
    for (int64_t i = 0; i < list_size(l); i++) {
      Value x = list_get(l, i);
      if (x.is_empty()) break;
      int b = byte_from_value(th, x, range_msg);
      if (b < 0) return false;
      *out += static_cast<char>(b);
    }
    return true;
  }
  if (!type_of(src)->iter && !type_of(src)->getitem) {
    raise(th, Exc_TypeError, "cannot convert '%s' object to bytes", type_name(src));
    return false;
  }
  Value it = get_iter(th, src);
  if (it.is_empty()) return false;
  Root keep(th, it);
  for (;;) {
    Value x = iter_next(th, it);
    if (x.is_empty()) return !has_exc(th);
    int b = byte_from_value(th, x, range_msg);
    if (b < 0) return false;
    *out += static_cast<char>(b);
  }
}

// The shared read-only methods (bytes.cpp) served to both types.
const NativeDef kBytesCommonMethods[] = {
    {"capitalize(self, /)", m_capitalize},
    {"center(self, width, fillchar=?, /)", m_center},
    {"count(self, sub, start=None, end=None, /)", m_count},
    {"decode(self, /, encoding='utf-8', errors='strict')", m_decode},
    {"endswith(self, suffix, start=None, end=None, /)", m_endswith},
    {"expandtabs(self, /, tabsize=8)", m_expandtabs},
    {"find(self, sub, start=None, end=None, /)", m_find},
    {"fromhex(cls, string, /)", m_fromhex, NF_CLASSMETHOD},
    {"hex(self, /, sep=?, bytes_per_sep=1)", m_hex},
    {"index(self, sub, start=None, end=None, /)", m_index},
    {"isalnum(self, /)", m_isalnum},
    {"isalpha(self, /)", m_isalpha},
    {"isascii(self, /)", m_isascii},
    {"isdigit(self, /)", m_isdigit},
    {"islower(self, /)", m_islower},
    {"isspace(self, /)", m_isspace},
    {"istitle(self, /)", m_istitle},
    {"isupper(self, /)", m_isupper},
    {"join(self, iterable_of_bytes, /)", m_join},
    {"ljust(self, width, fillchar=?, /)", m_ljust},
    {"lower(self, /)", m_lower},
    {"lstrip(self, bytes=None, /)", m_lstrip},
    {"maketrans(frm, to, /)", m_maketrans, NF_STATICMETHOD},
    {"partition(self, sep, /)", m_partition},
    {"removeprefix(self, prefix, /)", m_removeprefix},
    {"removesuffix(self, suffix, /)", m_removesuffix},
    {"replace(self, old, new, count=-1, /)", m_replace},
    {"rfind(self, sub, start=None, end=None, /)", m_rfind},
    {"rindex(self, sub, start=None, end=None, /)", m_rindex},
    {"rjust(self, width, fillchar=?, /)", m_rjust},
    {"rpartition(self, sep, /)", m_rpartition},
    {"rsplit(self, /, sep=None, maxsplit=-1)", m_rsplit},
    {"rstrip(self, bytes=None, /)", m_rstrip},
    {"split(self, /, sep=None, maxsplit=-1)", m_split},
    {"splitlines(self, /, keepends=False)", m_splitlines},
    {"startswith(self, prefix, start=None, end=None, /)", m_startswith},
    {"strip(self, bytes=None, /)", m_strip},
    {"swapcase(self, /)", m_swapcase},
    {"title(self, /)", m_title},
    {"translate(self, table, /, delete=?)", m_translate},
    {"upper(self, /)", m_upper},
    {"zfill(self, width, /)", m_zfill},
    {},
};

// ---------------------------------------------------------------- bytes type

namespace {

Value bytes_repr(Thread& th, Value self) { return bytes_common_repr_body(th, self, "", ""); }

bool bytes_hash(Thread&, Value self, int64_t* out) {
  BytesObject* b = as<BytesObject>(self);
  int64_t h = b->hash_cache.load(std::memory_order_relaxed);
  if (h == -1 || h == 0) {
    h = hash_byte_string(b->data, static_cast<size_t>(b->size));
    b->hash_cache.store(h, std::memory_order_relaxed);
  }
  *out = h;
  return true;
}

int64_t bytes_len(Thread&, Value self) { return as<BytesObject>(self)->size; }

Value bytes_iter(Thread& th, Value self) {
  auto* it = gc_new<SeqIterObject>(th, BytesIterType);
  it->seq = self;
  return V(it);
}

Value bytes_iter_next(Thread&, Value self) {
  auto* it = as<SeqIterObject>(self);
  BytesObject* b = as<BytesObject>(it->seq);
  int64_t i = it->index.load(std::memory_order_relaxed);
  for (;;) {
    if (i >= b->size) return Value();
    if (it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed))
      return Value::from_small(static_cast<unsigned char>(b->data[i]));
  }
}

Value self_iter(Thread&, Value self) { return self; }
void seqiter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIterObject*>(o)->seq); }

Value bytes_of_type(Thread& th, Type* type, std::string_view data) {
  if (type == BytesType) return V(bytes_new(th, data));
  // Subclass instances: bytes types get no __dict__ slot (vm/typeobject.cpp), so the
  // fixed part is BytesObject's; the data follows it as always.
  size_t extra = type->basicsize > sizeof(BytesObject) ? type->basicsize - sizeof(BytesObject) : 0;
  auto* b = static_cast<BytesObject*>(gc_alloc(th, type, sizeof(BytesObject) + data.size() + extra));
  b->size = static_cast<int64_t>(data.size());
  b->hash_cache.store(-1, std::memory_order_relaxed);
  std::memcpy(b->data, data.data(), data.size());
  return V(b);
}

Value bytes_new_impl(Thread& th, const Value* a) {
  Type* type = as<Type>(a[0]);
  Value src = a[1];
  if (src.is_empty()) {
    if (!a[2].is_empty()) return raise(th, Exc_TypeError, "encoding without a string argument");
    if (!a[3].is_empty()) return raise(th, Exc_TypeError, "errors without a string argument");
    return bytes_of_type(th, type, std::string_view());
  }
  if (type == BytesType && src.is_obj() && src.obj()->type == BytesType && a[2].is_empty() &&
      a[3].is_empty())
    return src;
  std::string out;
  if (!bytes_from_source(th, src, a[2], a[3], false, &out)) return Value();
  return bytes_of_type(th, type, out);
}

const NativeDef kBytesNewDef = {"bytes(cls, source=?, encoding=?, errors=?)", bytes_new_impl};

Value bytes_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kBytesNewDef, V(type), args, nargs, kwnames);
}

Value m_getnewargs(Thread& th, const Value* a) {
  Value b = V(bytes_new(th, bytes_view(as<BytesObject>(a[0]))));
  return V(tuple_from(th, &b, 1));
}

Value m_bytes(Thread& th, const Value* a) {
  if (a[0].obj()->type == BytesType) return a[0];
  return V(bytes_new(th, bytes_view(as<BytesObject>(a[0]))));
}

const NativeDef kBytesOnlyMethods[] = {
    {"__getnewargs__(self, /)", m_getnewargs},
    {"__bytes__(self, /)", m_bytes},
    {},
};

std::vector<NativeDef>& bytes_methods() {
  static std::vector<NativeDef> v;
  return v;
}

}  // namespace

void init_bytes_type(Thread& th) {
  init_memoryview_type(th);  // the bytes family's view type, set up with it
  g_empty_bytes = bytes_alloc(th, 0);
  gc_make_immortal(g_empty_bytes);
  for (int i = 0; i < 256; i++) {
    BytesObject* b = bytes_alloc(th, 1);
    b->data[0] = static_cast<char>(i);
    gc_make_immortal(b);
    g_byte_chars[i] = b;
  }

  Type* t = BytesType;
  t->repr = bytes_repr;
  t->hash = bytes_hash;
  t->richcmp = bytes_common_richcmp;
  t->len = bytes_len;
  t->getitem = bytes_common_getitem;
  t->contains = bytes_common_contains;
  t->iter = bytes_iter;
  t->new_ = bytes_new_slot;
  t->nb[int(BinOp::ADD)] = bytes_common_concat;
  t->nb[int(BinOp::MUL)] = bytes_common_repeat;
  t->nb[int(BinOp::MOD)] = bytes_common_mod;
  std::vector<NativeDef>& m = bytes_methods();
  for (const NativeDef* d = kBytesCommonMethods; d->sig; d++) m.push_back(*d);
  for (const NativeDef* d = kBytesOnlyMethods; d->sig; d++) m.push_back(*d);
  m.push_back(NativeDef{});
  t->methods = m.data();
  t->tp_doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
      "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
      "bytes() -> empty bytes object";

  Type* it = BytesIterType;
  it->iter = self_iter;
  it->next = bytes_iter_next;
  it->trace = seqiter_trace;
}

}  // namespace taipan
