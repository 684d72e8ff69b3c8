// The `_struct` module under stdlib/struct.py: packing Python values into C-layout bytes
// and back (CPython 3.11's format language, results and error messages).
//
// A format string is parsed once into an immutable, reference-counted Format (C++ heap,
// never a GC object), shared by the Struct objects made from it and by a process-wide
// cache that the module-level functions use (at most kCacheMax formats, emptied when
// full, like CPython's). The cache is a plain mutex-protected map: no Python code and no
// safepoint ever run while its mutex is held. Struct can be subclassed and, as in
// CPython 3.11, its __init__ (not __new__) parses the format.
//
// Which range checks apply follows CPython on a little-endian host: native mode ('@')
// and the standard little-endian modes ('<', '=') use the native packers for every code
// whose standard size equals its native size (so '<h' reports "short format requires
// ..."), while 'l'/'L' in standard modes and everything in big-endian modes use the
// standard packers ("'h' format requires ..."). 'f' packs with an overflow check except
// in native mode, where a too-large double becomes inf as a C cast would.
//
// pack_into writes into any writable buffer (vm/buffer.h) through write_into().
#include <bit>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/int_gmp.h"
#include "builtins/numbers.h"
#include "vm/abstract.h"
#include "vm/buffer.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/native_type.h"
#include "vm/objects.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

constexpr bool kHostLittle = std::endian::native == std::endian::little;

Type g_struct_type_storage;
Type g_iter_type_storage;
Type* const StructType = &g_struct_type_storage;
Type* const UnpackIterType = &g_iter_type_storage;
Value g_error;  // struct.error, made on first import

Type* struct_error() { return as<Type>(g_error); }

// One run of a format code: `count` items of `size` bytes from `offset` ('s' and 'p':
// one item of `count` bytes).
struct Item {
  char code;
  bool native_fns;  // CPython's native packer applies (messages, 'f' overflow)
  uint8_t size;
  int64_t offset;
  int64_t count;
};

struct Format {
  std::atomic<int64_t> refs{1};
  std::string text;
  int64_t size = 0;
  int64_t nitems = 0;  // values pack() takes and unpack() returns
  bool little = kHostLittle;
  std::vector<Item> items;
};

void retain(Format* f) { f->refs.fetch_add(1, std::memory_order_relaxed); }
void release(Format* f) {
  if (f->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete f;
}

// Holds one reference for a scope.
class FormatRef {
 public:
  FormatRef() = default;
  explicit FormatRef(Format* f) : f_(f) {}
  ~FormatRef() {
    if (f_) release(f_);
  }
  FormatRef(const FormatRef&) = delete;
  FormatRef& operator=(const FormatRef&) = delete;
  Format* get() const { return f_; }
  Format* operator->() const { return f_; }
  void reset(Format* f) {
    if (f_) release(f_);
    f_ = f;
  }

 private:
  Format* f_ = nullptr;
};

// Native size and alignment of a code ('@' mode); 0: not a code.
int native_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

// Standard size ('<', '>', '=', '!'); 0: not allowed there.
int standard_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Parses a format; null with struct.error raised.
Format* parse_format(Thread& th, std::string_view text) {
  auto* f = new Format();
  f->text = std::string(text);
  size_t i = 0;
  bool native = true;
  if (!text.empty()) {
    switch (text[0]) {
      case '@': ++i; break;
      case '<': native = false; f->little = true; ++i; break;
      case '>': case '!': native = false; f->little = false; ++i; break;
      case '=': native = false; f->little = kHostLittle; ++i; break;
      default: break;
    }
  }
  auto fail = [&](const char* msg) {
    delete f;
    raise(th, struct_error(), "%s", msg);
    return nullptr;
  };
  constexpr int64_t kMax = INT64_MAX;
  int64_t size = 0;
  while (i < text.size()) {
    char c = text[i++];
    if (is_space(c)) continue;
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = c - '0';
      for (;;) {
        if (i >= text.size()) return fail("repeat count given without format specifier");
        c = text[i++];
        if (c < '0' || c > '9') break;
        if (num > (kMax - (c - '0')) / 10) return fail("total struct size too long");
        num = num * 10 + (c - '0');
      }
    }
    int sz = native ? native_size(c) : standard_size(c);
    if (sz == 0) return fail("bad char in struct format");
    if (native && size > 0) {
      int64_t extra = (sz - 1) - (size - 1) % sz;
      if (extra > kMax - size) return fail("total struct size too long");
      size += extra;
    }
    int64_t bytes;
    if (c == 's' || c == 'p' || c == 'x') {
      bytes = num;
    } else {
      if (num > (kMax - size) / sz) return fail("total struct size too long");
      bytes = num * sz;
    }
    if (bytes > kMax - size) return fail("total struct size too long");
    if (c != 'x') {
      bool native_fns = native || (f->little == kHostLittle && sz == native_size(c) &&
                                   c != 'f' && c != 'd' && c != '?');
      if (c == 's' || c == 'p') {
        f->items.push_back({c, native_fns, 1, size, num});
        f->nitems += 1;
      } else if (num > 0) {
        f->items.push_back({c, native_fns, static_cast<uint8_t>(sz), size, num});
        f->nitems += num;
      }
    }
    size += bytes;
  }
  f->size = size;
  return f;
}

// ---- the format cache

constexpr size_t kCacheMax = 100;
std::mutex& g_cache_mu = *new std::mutex;
// Looked up by string_view, so a hit allocates nothing.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
auto& g_cache = *new std::unordered_map<std::string, Format*, TextHash, std::equal_to<>>;

// The text of a format argument (str or bytes); false: TypeError raised.
bool format_text(Thread& th, Value v, std::string_view* out) {
  if (is_str(v)) {
    *out = str_view(v);
    return true;
  }
  if (is_bytes(v)) {
    *out = bytes_view(as<BytesObject>(v));
    return true;
  }
  raise(th, Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
        type_name(v));
  return false;
}

// A parsed format with one reference for the caller; null: raised.
Format* cached_format(Thread& th, Value fmt) {
  std::string_view text;
  if (!format_text(th, fmt, &text)) return nullptr;
  {
    std::lock_guard lk(g_cache_mu);
    auto it = g_cache.find(text);
    if (it != g_cache.end()) {
      retain(it->second);
      return it->second;
    }
  }
  Format* f = parse_format(th, text);
  if (!f) return nullptr;
  std::lock_guard lk(g_cache_mu);
  auto it = g_cache.find(text);
  if (it != g_cache.end()) {  // another thread parsed it meanwhile
    release(f);
    retain(it->second);
    return it->second;
  }
  if (g_cache.size() >= kCacheMax) {
    for (auto& e : g_cache) release(e.second);
    g_cache.clear();
  }
  retain(f);
  g_cache.emplace(std::string(text), f);
  return f;
}

// ---- packing

void put_uint(char* p, uint64_t x, int size, bool little) {
  for (int k = 0; k < size; ++k) {
    int idx = little ? k : size - 1 - k;
    p[idx] = static_cast<char>(x & 0xff);
    x >>= 8;
  }
}

uint64_t get_uint(const char* p, int size, bool little) {
  uint64_t x = 0;
  for (int k = 0; k < size; ++k) {
    int idx = little ? size - 1 - k : k;
    x = (x << 8) | static_cast<unsigned char>(p[idx]);
  }
  return x;
}

// CPython's get_pylong: an int, or the result of __index__. EMPTY: raised.
Value int_arg(Thread& th, Value v) {
  if (is_int(v)) return v;
  if (lookup_in_mro(type_of(v), sym::__index__).is_empty())
    return raise(th, struct_error(), "required argument is not an integer");
  return index_value(th, v);
}

// An int within int64 / uint64: 1 ok, 0 out of range, -1 raised.
int arg_i64(Thread& th, Value v, int64_t* out) {
  Value n = int_arg(th, v);
  if (n.is_empty()) return -1;
  bool overflow = false;
  return int_to_i64(n, out, &overflow) ? 1 : 0;
}

int arg_u64(Thread& th, Value v, uint64_t* out) {
  Value n = int_arg(th, v);
  if (n.is_empty()) return -1;
  if (int_sign(n) < 0) return 0;
  int64_t s;
  if (int_to_i64(n, &s)) {
    *out = static_cast<uint64_t>(s);
    return 1;
  }
  MpzView z(n);
  if (mpz_sizeinbase(z, 2) > 64) return 0;
  *out = mpz_get_ui(z);
  return 1;
}

// PyFloat_AsDouble's rules, every failure reported as struct.error.
bool arg_double(Thread& th, Value v, double* out) {
  if (is_float(v)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) {
    if (int_as_double(th, v, out)) return true;
  } else {
    Type* t = type_of(v);
    if (!lookup_in_mro(t, sym::__float__).is_empty() || !lookup_in_mro(t, sym::__index__).is_empty()) {
      Value f = number_float(th, v);
      if (!f.is_empty()) {
        *out = float_value(f);
        return true;
      }
    }
  }
  clear_exc(th);
  raise(th, struct_error(), "required argument is not a float");
  return false;
}

// IEEE 754 binary16 with round-half-even; false: OverflowError raised.
bool pack_half(Thread& th, double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  double ax = std::fabs(x);
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
  } else if (std::isinf(x)) {
    *out = sign | 0x7c00;
  } else if (ax >= 65520.0) {
    raise(th, Exc_OverflowError, "float too large to pack with e format");
    return false;
  } else if (ax < 0x1p-14) {
    // Subnormal (or rounds up to the smallest normal, which the encoding absorbs).
    *out = sign | static_cast<uint16_t>(std::nearbyint(ax * 0x1p24));
  } else {
    int e;
    double m = std::frexp(ax, &e);  // ax = m * 2^e, m in [0.5, 1)
    double frac = std::nearbyint(m * 2048.0 - 1024.0);
    int exp = e - 1 + 15;
    if (frac >= 1024.0) {
      frac = 0;
      ++exp;
    }
    *out = sign | static_cast<uint16_t>(exp << 10) | static_cast<uint16_t>(frac);
  }
  return true;
}

double unpack_half(uint16_t h) {
  int e = (h >> 10) & 0x1f;
  int m = h & 0x3ff;
  double v;
  if (e == 0) v = std::ldexp(m, -24);
  else if (e == 0x1f) v = m ? NAN : INFINITY;
  else v = std::ldexp(m + 1024, e - 25);
  return (h & 0x8000) ? -v : v;
}

// Packs one value of an int code into p. false: raised.
bool pack_int(Thread& th, const Item& it, Value v, char* p, bool little) {
  char c = it.code;
  int size = it.size;
  Type* err = struct_error();
  bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
  if (c == 'P') {
    Value n = int_arg(th, v);
    if (n.is_empty()) return false;
    int64_t s;
    uint64_t u;
    if (int_to_i64(n, &s)) {
      u = static_cast<uint64_t>(s);
    } else if (int_sign(n) < 0 || arg_u64(th, n, &u) != 1) {
      raise(th, err, "int too large to convert");
      return false;
    }
    put_uint(p, u, size, little);
    return true;
  }
  bool std_q = !it.native_fns && (c == 'q' || c == 'Q');
  // CPython's native 'B' and 'H' packers read a signed C long, so negatives get the
  // range message rather than "argument out of range".
  if (c == 'B' || (c == 'H' && it.native_fns)) {
    int64_t s;
    int r = arg_i64(th, v, &s);
    if (r < 0) return false;
    if (r == 0) {
      raise(th, err, "argument out of range");
      return false;
    }
    if (s < 0 || s >> (size * 8)) {
      raise(th, err, c == 'B' ? "ubyte format requires 0 <= number <= 255"
                              : "ushort format requires 0 <= number <= 65535");
      return false;
    }
    put_uint(p, static_cast<uint64_t>(s), size, little);
    return true;
  }
  uint64_t bits;
  if (is_unsigned) {
    uint64_t u;
    int r = arg_u64(th, v, &u);
    if (r < 0) return false;
    if (r == 0) {
      raise(th, err, std_q ? "int too large to convert" : "argument out of range");
      return false;
    }
    if (size < 8 && u >> (size * 8)) {
      uint64_t max = (uint64_t(1) << (size * 8)) - 1;
      raise(th, err, "'%c' format requires 0 <= number <= %llu", c, static_cast<unsigned long long>(max));
      return false;
    }
    bits = u;
  } else {
    int64_t s;
    int r = arg_i64(th, v, &s);
    if (r < 0) return false;
    if (r == 0) {
      raise(th, err, std_q ? "int too large to convert" : "argument out of range");
      return false;
    }
    if (size < 8) {
      int64_t max = (int64_t(1) << (size * 8 - 1)) - 1;
      if (s < -max - 1 || s > max) {
        if (c == 'b') raise(th, err, "byte format requires -128 <= number <= 127");
        else if (c == 'h' && it.native_fns) raise(th, err, "short format requires -32768 <= number <= 32767");
        else raise(th, err, "'%c' format requires %lld <= number <= %lld", c,
                   static_cast<long long>(-max - 1), static_cast<long long>(max));
        return false;
      }
    }
    bits = static_cast<uint64_t>(s);
  }
  put_uint(p, bits, size, little);
  return true;
}

// Packs args (exactly f.nitems of them) into out (f.size bytes, zeroed). false: raised.
bool pack_values(Thread& th, const Format& f, const Value* args, char* out) {
  size_t ai = 0;
  Type* err = struct_error();
  for (const Item& it : f.items) {
    char c = it.code;
    if (c == 's' || c == 'p') {
      Value v = args[ai++];
      std::string_view data;
      std::string copy;
      if (is_bytes(v)) {
        data = bytes_view(as<BytesObject>(v));
      } else if (is_bytearray(v)) {
        copy = bytearray_snapshot(as<ByteArrayObject>(v));
        data = copy;
      } else {
        raise(th, err, "argument for '%c' must be a bytes object", c);
        return false;
      }
      char* p = out + it.offset;
      int64_t n = static_cast<int64_t>(data.size());
      if (c == 's') {
        if (n > it.count) n = it.count;
        if (n) std::memcpy(p, data.data(), static_cast<size_t>(n));
      } else if (it.count > 0) {
        if (n > it.count - 1) n = it.count - 1;
        if (n > 255) n = 255;
        if (n) std::memcpy(p + 1, data.data(), static_cast<size_t>(n));
        p[0] = static_cast<char>(n);
      }
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k) {
      Value v = args[ai++];
      char* p = out + it.offset + k * it.size;
      switch (c) {
        case 'c': {
          if (!is_bytes(v) || as<BytesObject>(v)->size != 1) {
            raise(th, err, "char format requires a bytes object of length 1");
            return false;
          }
          *p = as<BytesObject>(v)->data[0];
          break;
        }
        case '?': {
          int t = truthy(th, v);
          if (t < 0) return false;
          *p = static_cast<char>(t);
          break;
        }
        case 'e': case 'f': case 'd': {
          double d;
          if (!arg_double(th, v, &d)) return false;
          if (c == 'd') {
            put_uint(p, std::bit_cast<uint64_t>(d), 8, f.little);
          } else if (c == 'f') {
            float x = static_cast<float>(d);
            if (!it.native_fns && std::isinf(x) && !std::isinf(d)) {
              raise(th, Exc_OverflowError, "float too large to pack with f format");
              return false;
            }
            put_uint(p, std::bit_cast<uint32_t>(x), 4, f.little);
          } else {
            uint16_t h;
            if (!pack_half(th, d, &h)) return false;
            put_uint(p, h, 2, f.little);
          }
          break;
        }
        default:
          if (!pack_int(th, it, v, p, f.little)) return false;
      }
    }
  }
  return true;
}

bool check_count(Thread& th, const Format& f, size_t n, const char* what) {
  if (static_cast<int64_t>(n) == f.nitems) return true;
  raise(th, struct_error(), "%s expected %lld items for packing (got %zu)", what,
        static_cast<long long>(f.nitems), n);
  return false;
}

Value pack_to_bytes(Thread& th, const Format& f, const Value* args, size_t n) {
  if (!check_count(th, f, n, "pack")) return Value();
  BytesObject* out = bytes_alloc(th, f.size);  // unpublished until filled
  Root keep(th, V(out));                         // packing may run __index__ and friends
  if (!pack_values(th, f, args, out->data)) return Value();
  return V(out);
}

// ---- unpacking

Value unpack_values(Thread& th, const Format& f, const char* data) {
  TupleObject* t = tuple_new(th, f.nitems);
  int64_t ti = 0;
  for (const Item& it : f.items) {
    char c = it.code;
    const char* base = data + it.offset;
    if (c == 's') {
      t->items[ti++] = V(bytes_new(th, std::string_view(base, static_cast<size_t>(it.count))));
      continue;
    }
    if (c == 'p') {
      int64_t n = it.count ? static_cast<unsigned char>(base[0]) : 0;
      if (n > it.count - 1) n = it.count > 0 ? it.count - 1 : 0;
      t->items[ti++] = V(bytes_new(th, std::string_view(base + 1, static_cast<size_t>(n))));
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k) {
      const char* p = base + k * it.size;
      Value v;
      switch (c) {
        case 'c': v = V(bytes_new(th, std::string_view(p, 1))); break;
        case '?': v = bool_value(*p != 0); break;
        case 'e': v = Value::from_double(unpack_half(static_cast<uint16_t>(get_uint(p, 2, f.little)))); break;
        case 'f':
          v = Value::from_double(std::bit_cast<float>(static_cast<uint32_t>(get_uint(p, 4, f.little))));
          break;
        case 'd': v = Value::from_double(std::bit_cast<double>(get_uint(p, 8, f.little))); break;
        case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
          uint64_t u = get_uint(p, it.size, f.little);
          int shift = 64 - 8 * it.size;
          int64_t s = shift ? static_cast<int64_t>(u << shift) >> shift : static_cast<int64_t>(u);
          v = int_from_i64(th, s);
          break;
        }
        default: v = int_from_u64(th, get_uint(p, it.size, f.little));
      }
      t->items[ti++] = v;
    }
  }
  return V(t);
}

bool need_buffer(Thread& th, Value v, ByteView* out) {
  if (out->set(v)) return true;
  raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

Value do_unpack(Thread& th, const Format& f, Value buffer) {
  ByteView bv;
  if (!need_buffer(th, buffer, &bv)) return Value();
  if (bv.size() != f.size)
    return raise(th, struct_error(), "unpack requires a buffer of %lld bytes", static_cast<long long>(f.size));
  return unpack_values(th, f, bv.data());
}

Value do_unpack_from(Thread& th, const Format& f, Value buffer, Value offset_v) {
  Value off = index_value(th, offset_v);
  if (off.is_empty()) return Value();
  int64_t offset;
  if (!int_to_i64(off, &offset))
    return raise(th, Exc_OverflowError, "Python int too large to convert to C ssize_t");
  ByteView bv;
  if (!need_buffer(th, buffer, &bv)) return Value();
  int64_t len = bv.size();
  if (offset < 0) {
    if (offset + len < 0)
      return raise(th, struct_error(), "offset %lld out of range for %lld-byte buffer",
                   static_cast<long long>(offset), static_cast<long long>(len));
    offset += len;
  }
  if (len - offset < f.size)
    return raise(th, struct_error(),
                 "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at "
                 "offset %lld (actual buffer size is %lld)",
                 static_cast<unsigned long long>(f.size + offset), static_cast<long long>(f.size),
                 static_cast<long long>(offset), static_cast<long long>(len));
  return unpack_values(th, f, bv.data() + offset);
}

// The writable-buffer seam for pack_into: its length now, then a write of `data` at
// `offset` (rechecked under the buffer's lock). Only bytearray is writable today.
// pack_into's target: any writable buffer (bytearray, writable memoryview, array).
bool writable_len(Thread& th, Value v, int64_t* len) {
  Buffer b;
  int rc = buffer_get(th, v, &b, BUF_SIMPLE);
  if (rc < 0) return false;
  if (rc == 0 || b.readonly) {
    raise(th, Exc_TypeError, "argument must be read-write bytes-like object, not %s", type_name(v));
    return false;
  }
  *len = b.len;
  return true;
}

// The export pins the memory (no resize meanwhile); the exporter's lock makes the copy
// atomic with respect to its own methods.
bool write_into(Thread& th, Value v, int64_t offset, std::string_view data) {
  Buffer b;
  if (buffer_get(th, v, &b, BUF_WRITABLE | BUF_EXPORT) <= 0) {
    if (!has_exc(th)) raise(th, Exc_TypeError, "argument must be read-write bytes-like object, not %s", type_name(v));
    return false;
  }
  bool fits = offset + static_cast<int64_t>(data.size()) <= b.len;
  if (fits && !data.empty()) {
    if (b.lock) {
      CriticalSection cs{b.lock};
      std::memcpy(b.data + offset, data.data(), data.size());
    } else {
      std::memcpy(b.data + offset, data.data(), data.size());
    }
  }
  buffer_release(&b);
  if (!fits) raise(th, struct_error(), "pack_into buffer shrank while packing");
  return fits;
}

// args: buffer, offset, values...
Value do_pack_into(Thread& th, const Format& f, const Value* args, size_t n) {
  Type* err = struct_error();
  if (static_cast<int64_t>(n) != f.nitems + 2) {
    if (n == 0) return raise(th, err, "pack_into expected buffer argument");
    if (n == 1) return raise(th, err, "pack_into expected offset argument");
    return raise(th, err, "pack_into expected %lld items for packing (got %zu)",
                 static_cast<long long>(f.nitems), n - 2);
  }
  int64_t len;
  if (!writable_len(th, args[0], &len)) return Value();
  Value off = index_value(th, args[1]);
  if (off.is_empty()) return Value();
  int64_t offset;
  if (!int_to_i64(off, &offset))
    return raise(th, Exc_IndexError, "cannot fit 'int' into an index-sized integer");
  if (offset < 0) {
    if (offset + f.size > 0)
      return raise(th, err, "no space to pack %lld bytes at offset %lld",
                   static_cast<long long>(f.size), static_cast<long long>(offset));
    if (offset + len < 0)
      return raise(th, err, "offset %lld out of range for %lld-byte buffer",
                   static_cast<long long>(offset), static_cast<long long>(len));
    offset += len;
  }
  if (len - offset < f.size)
    return raise(th, err,
                 "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at "
                 "offset %lld (actual buffer size is %lld)",
                 static_cast<unsigned long long>(f.size + offset), static_cast<long long>(f.size),
                 static_cast<long long>(offset), static_cast<long long>(len));
  std::string buf(static_cast<size_t>(f.size), '\0');
  if (!pack_values(th, f, args + 2, buf.data())) return Value();
  if (!write_into(th, args[0], offset, buf)) return Value();
  return g_None;
}

// ---- Struct and unpack_iterator objects

// Struct.__init__ may run again (CPython allows it), so fmt/format are published with
// release stores; a replaced Format is kept in `retired` until the object dies, because
// another thread may still be packing with it.
struct StructObject : Object {
  std::atomic<Format*> fmt;          // null until __init__ ran
  std::atomic<StrObject*> format;
  std::vector<Format*>* retired;     // guarded by the object lock
};

struct UnpackIterObject : Object {
  Format* fmt;
  Value data;  // a bytes object (a private copy when the source was mutable)
  std::atomic<int64_t> offset;
};

void struct_trace(Object* o, Tracer& t) {
  t.visit(static_cast<StructObject*>(o)->format.load(std::memory_order_relaxed));
}
void struct_finalize(Object* o) {
  auto* s = static_cast<StructObject*>(o);
  if (Format* f = s->fmt.load(std::memory_order_relaxed)) release(f);
  if (s->retired) {
    for (Format* f : *s->retired) release(f);
    delete s->retired;
  }
}
void iter_trace(Object* o, Tracer& t) { t.visit(static_cast<UnpackIterObject*>(o)->data); }
void iter_finalize(Object* o) {
  if (Format* f = static_cast<UnpackIterObject*>(o)->fmt) release(f);
}

// The format of a Struct whose __init__ never ran (a subclass that skipped it).
Format& empty_format() {
  static Format* f = new Format();
  return *f;
}

Format* format_of(Value self) {
  Format* f = as<StructObject>(self)->fmt.load(std::memory_order_acquire);
  return f ? f : &empty_format();
}
const Format& fmt_of(Value self) { return *format_of(self); }

// CPython 3.11: __new__ ignores its arguments, __init__ parses the format.
Value struct_new(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return instance_alloc(th, type);
}

int struct_init(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  Value fmt;
  if (nargs == 1 && nkw == 0) {
    fmt = args[0];
  } else if (nargs == 0 && nkw == 1 && str_view(kwnames->items[0]) == "format") {
    fmt = args[0];
  } else if (nargs + nkw == 0) {
    raise(th, Exc_TypeError, "Struct() missing required argument 'format' (pos 1)");
    return -1;
  } else {
    raise(th, Exc_TypeError, "Struct() takes at most 1 argument (%zu given)", nargs + nkw);
    return -1;
  }
  Format* f = cached_format(th, fmt);
  if (!f) return -1;
  StrObject* text = str_new(th, f->text);
  auto* s = as<StructObject>(self);
  CriticalSection cs{s};
  s->format.store(text, std::memory_order_release);
  Format* old = s->fmt.exchange(f, std::memory_order_acq_rel);
  if (old) {
    if (!s->retired) s->retired = new std::vector<Format*>();
    s->retired->push_back(old);
  }
  return 0;
}

Value s_pack(Thread& th, const Value* a) {
  auto* t = as<TupleObject>(a[1]);
  return pack_to_bytes(th, fmt_of(a[0]), t->items, static_cast<size_t>(t->size));
}
Value s_pack_into(Thread& th, const Value* a) {
  auto* t = as<TupleObject>(a[1]);
  return do_pack_into(th, fmt_of(a[0]), t->items, static_cast<size_t>(t->size));
}
Value s_unpack(Thread& th, const Value* a) { return do_unpack(th, fmt_of(a[0]), a[1]); }
Value s_unpack_from(Thread& th, const Value* a) { return do_unpack_from(th, fmt_of(a[0]), a[1], a[2]); }

Value make_iter(Thread& th, Format* f, Value buffer) {
  ByteView bv;
  if (!need_buffer(th, buffer, &bv)) return Value();
  if (f->size == 0)
    return raise(th, struct_error(), "cannot iteratively unpack with a struct of length 0");
  if (bv.size() % f->size != 0)
    return raise(th, struct_error(), "iterative unpacking requires a buffer of a multiple of %lld bytes",
                 static_cast<long long>(f->size));
  Value data = is_bytes(buffer) ? buffer : V(bytes_new(th, bv.view()));
  auto* it = gc_new<UnpackIterObject>(th, UnpackIterType);
  it->data = data;
  retain(f);
  it->fmt = f;
  return V(it);
}

Value s_iter_unpack(Thread& th, const Value* a) { return make_iter(th, format_of(a[0]), a[1]); }

Value s_get_format(Thread&, Value self) {
  StrObject* f = as<StructObject>(self)->format.load(std::memory_order_acquire);
  return f ? V(f) : V(str_intern(""));
}
Value s_get_size(Thread& th, Value self) { return int_from_i64(th, fmt_of(self).size); }

Value iter_self(Thread&, Value self) { return self; }

Value unpack_iter_next(Thread& th, Value self) {
  auto* it = as<UnpackIterObject>(self);
  const Format& f = *it->fmt;
  auto* b = as<BytesObject>(it->data);
  int64_t off = it->offset.load(std::memory_order_relaxed);
  do {
    if (off + f.size > b->size) return Value();
  } while (!it->offset.compare_exchange_weak(off, off + f.size, std::memory_order_relaxed));
  return unpack_values(th, f, b->data + off);
}

Value iter_length_hint(Thread& th, const Value* a) {
  auto* it = as<UnpackIterObject>(a[0]);
  int64_t left = as<BytesObject>(it->data)->size - it->offset.load(std::memory_order_relaxed);
  return int_from_i64(th, left / it->fmt->size);
}

Value iter_new(Thread& th, Type*, const Value*, size_t, TupleObject*) {
  return raise(th, Exc_TypeError, "Cannot create 'unpack_iterator objects");
}

const NativeDef kStructMethods[] = {
    {"pack(self, *values)", s_pack, 0,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed "
     "according to the format string S.format."},
    {"pack_into(self, *args)", s_pack_into, 0,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the "
     "format string S.format and write the packed bytes into the writable buffer buf starting "
     "at offset."},
    {"unpack(self, buffer, /)", s_unpack, 0,
     "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from(self, buffer, offset=0)", s_unpack_from, 0,
     "Return a tuple containing values unpacked according to the format string."},
    {"iter_unpack(self, buffer, /)", s_iter_unpack, 0,
     "Return an iterator yielding tuples unpacked from the buffer."},
    {},
};

const GetSetDef kStructGetSets[] = {
    {"format", s_get_format, nullptr, "struct format string"},
    {"size", s_get_size, nullptr, "struct size in bytes"},
    {},
};

const NativeDef kIterMethods[] = {
    {"__length_hint__(self)", iter_length_hint},
    {},
};

// ---- module functions

Value m_calcsize(Thread& th, const Value* a) {
  FormatRef f(cached_format(th, a[0]));
  if (!f.get()) return Value();
  return int_from_i64(th, f->size);
}

Value m_pack(Thread& th, const Value* a) {
  auto* t = as<TupleObject>(a[0]);
  if (t->size == 0) return raise(th, Exc_TypeError, "missing format argument");
  FormatRef f(cached_format(th, t->items[0]));
  if (!f.get()) return Value();
  return pack_to_bytes(th, *f.get(), t->items + 1, static_cast<size_t>(t->size - 1));
}

Value m_pack_into(Thread& th, const Value* a) {
  auto* t = as<TupleObject>(a[0]);
  if (t->size == 0) return raise(th, Exc_TypeError, "missing format argument");
  FormatRef f(cached_format(th, t->items[0]));
  if (!f.get()) return Value();
  return do_pack_into(th, *f.get(), t->items + 1, static_cast<size_t>(t->size - 1));
}

Value m_unpack(Thread& th, const Value* a) {
  FormatRef f(cached_format(th, a[0]));
  if (!f.get()) return Value();
  return do_unpack(th, *f.get(), a[1]);
}

Value m_unpack_from(Thread& th, const Value* a) {
  FormatRef f(cached_format(th, a[0]));
  if (!f.get()) return Value();
  return do_unpack_from(th, *f.get(), a[1], a[2]);
}

Value m_iter_unpack(Thread& th, const Value* a) {
  FormatRef f(cached_format(th, a[0]));
  if (!f.get()) return Value();
  return make_iter(th, f.get(), a[1]);
}

Value m_clearcache(Thread&, const Value*) {
  std::lock_guard lk(g_cache_mu);
  for (auto& e : g_cache) release(e.second);
  g_cache.clear();
  return g_None;
}

const NativeDef kFunctions[] = {
    {"calcsize(format, /)", m_calcsize, 0, "Return size in bytes of the struct described by the format string."},
    {"pack(*args)", m_pack, 0,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, "
     "... packed according to the format string."},
    {"pack_into(*args)", m_pack_into, 0,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to "
     "the format string and write the packed bytes into the writable buffer buf starting at "
     "offset."},
    {"unpack(format, buffer, /)", m_unpack, 0,
     "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from(format, /, buffer, offset=0)", m_unpack_from, 0,
     "Return a tuple containing values unpacked according to the format string."},
    {"iter_unpack(format, buffer, /)", m_iter_unpack, 0,
     "Return an iterator yielding tuples unpacked from the buffer."},
    {"_clearcache()", m_clearcache, 0, "Clear the internal cache."},
    {},
};

}  // namespace

int init_struct_module(Thread& th, ModuleObject* m) {
  if (!StructType->mro) {
    StructType->new_ = struct_new;
    StructType->init = struct_init;
    StructType->trace = struct_trace;
    StructType->finalize = struct_finalize;
    StructType->methods = kStructMethods;
    StructType->getsets = kStructGetSets;
    StructType->flags |= TF_BASETYPE;
    StructType->tp_doc =
        "Struct(fmt) --> compiled struct object\n\nReturn a new Struct object which writes and "
        "reads binary data according to the format string fmt.";
    native_type_init(th, StructType, "_struct", "Struct", sizeof(StructObject));
    UnpackIterType->new_ = iter_new;
    UnpackIterType->iter = iter_self;
    UnpackIterType->next = unpack_iter_next;
    UnpackIterType->trace = iter_trace;
    UnpackIterType->finalize = iter_finalize;
    UnpackIterType->methods = kIterMethods;
    native_type_init(th, UnpackIterType, "_struct", "unpack_iterator", sizeof(UnpackIterObject));
  }
  if (ensure_exception_class(th, &g_error, "struct", "error", Exc_Exception) < 0) return -1;
  Value name = V(str_intern("_struct"));
  add_native_functions(th, m->dict, kFunctions, name);
  dict_set_str(th, m->dict, str_intern("Struct"), V(StructType));
  dict_set_str(th, m->dict, str_intern("error"), g_error);
  dict_set_str(th, m->dict, sym::__doc__,
               V(str_intern("Functions to convert between Python values and C structs.\n"
                            "Python bytes objects are used to hold the data representing the C struct\n"
                            "and also as format strings (explained below) to describe the layout of data\n"
                            "in the C struct.")));
  return 0;
}

}  // namespace taipan
