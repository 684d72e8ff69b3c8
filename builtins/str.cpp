// str: creation, interning, hashing, the code point index, the type's slots and its
// iterator, and init_strings (which also sets up bytes and bytearray).
//
// Invariants (more in builtins/str_impl.h):
// - Text is UTF-8; a str is immutable once published, so it is read without locks.
// - Interned strings are immortal and unique per text; Object::reserved32 bit 0 marks
//   them, so interning an interned string is a flag test.
// - The lazy code point index is published with a release store; a racing builder that
//   loses the compare-exchange frees its own copy, so a published index is never freed
//   before its string.
// - One-character strings below U+0100 are shared immortal objects (indexing and
//   iteration do not allocate for Latin-1 text).
#include <mimalloc.h>

#include <cstring>
#include <mutex>
#include <unordered_set>

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

constexpr uint32_t kInternedBit = 1;

// ---------------------------------------------------------------- hashing
// A wyhash-style multiply-fold hash: 16 bytes per step, one 128-bit multiply each.
// Fast on short keys (attribute names, dict keys) and well distributed in all bits.
inline uint64_t fold_mul(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull,
                   kP2 = 0x8ebc6af09c88c6e3ull, kP3 = 0x589965cc75374cc3ull;

uint64_t hash_bytes(const char* p, size_t n) {
  uint64_t seed = kP0 ^ fold_mul(n ^ kP1, kP2);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      a = (load32(p) << 32) | load32(p + ((n >> 3) << 2));
      b = (load32(p + n - 4) << 32) | load32(p + n - 4 - ((n >> 3) << 2));
    } else if (n > 0) {
      auto* u = reinterpret_cast<const unsigned char*>(p);
      a = (uint64_t(u[0]) << 16) | (uint64_t(u[n >> 1]) << 8) | u[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = fold_mul(load64(p) ^ kP1, load64(p + 8) ^ seed);
        s1 = fold_mul(load64(p + 16) ^ kP2, load64(p + 24) ^ s1);
        s2 = fold_mul(load64(p + 32) ^ kP3, load64(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = fold_mul(load64(p) ^ kP1, load64(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = load64(p + i - 16);
    b = load64(p + i - 8);
  }
  return fold_mul(kP1 ^ n, fold_mul(a ^ kP1, b ^ seed));
}

// ---------------------------------------------------------------- interning
struct SvHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return hash_bytes(s.data(), s.size()); }
  size_t operator()(const StrObject* s) const { return operator()(str_view(s)); }
};
struct SvEq {
  using is_transparent = void;
  static std::string_view v(std::string_view s) { return s; }
  static std::string_view v(const StrObject* s) { return str_view(s); }
  template <class A, class B>
  bool operator()(const A& a, const B& b) const { return v(a) == v(b); }
};
struct InternShard {
  std::mutex mu;
  std::unordered_set<StrObject*, SvHash, SvEq> set;
};
constexpr size_t kShards = 64;
InternShard* intern_shards() {
  static InternShard* shards = new InternShard[kShards];
  return shards;
}
InternShard& shard_for(uint64_t h) { return intern_shards()[(h >> 58) & (kShards - 1)]; }

// ---------------------------------------------------------------- single characters
std::atomic<StrObject*> g_chars[256];

}  // namespace

// ---------------------------------------------------------------- creation

StrObject* str_alloc(Thread& th, int64_t nbytes) {
  auto* s = gc_new<StrObject>(th, StrType, static_cast<size_t>(nbytes));
  s->byte_length = nbytes;
  s->hash_cache.store(-1, std::memory_order_relaxed);
  return s;
}

StrObject* str_new_known(Thread& th, std::string_view utf8, int64_t length, bool ascii) {
  if (length <= 1) {
    if (length == 0 && sym::empty) return sym::empty;
    if (length == 1) {
      const char* p = utf8.data();
      uint32_t cp = uni::decode(p);
      if (cp < 256) {
        if (StrObject* c = g_chars[cp].load(std::memory_order_acquire)) return c;
      }
    }
  }
  StrObject* s = str_alloc(th, static_cast<int64_t>(utf8.size()));
  std::memcpy(s->data, utf8.data(), utf8.size());
  str_set_meta(s, length, ascii);
  return s;
}

StrObject* str_new(Thread& th, std::string_view utf8) {
  bool ascii = uni::all_ascii(utf8.data(), utf8.size());
  int64_t length = ascii ? static_cast<int64_t>(utf8.size())
                         : uni::count_code_points(utf8.data(), utf8.size());
  return str_new_known(th, utf8, length, ascii);
}

StrObject* str_from_cstr(Thread& th, const char* s) { return str_new(th, std::string_view(s)); }

Value str_char(Thread& th, uint32_t cp) {
  if (cp < 256) {
    if (StrObject* c = g_chars[cp].load(std::memory_order_acquire)) return V(c);
  }
  char buf[4];
  int n = uni::encode(cp, buf);
  return V(str_new_known(th, std::string_view(buf, static_cast<size_t>(n)), 1, cp < 128));
}

Value str_exact(Thread& th, Value v) {
  if (is_exact_str(v)) return v;
  StrObject* s = as<StrObject>(v);
  return V(str_new_known(th, str_view(s), s->length, s->ascii));
}

Value str_new_of_type(Thread& th, Type* type, StrObject* src) {
  if (type == StrType) return str_exact(th, V(src));
  // A subclass instance keeps the text inline as always; the subclass's extra fields
  // (its __dict__ slot, __slots__) follow the text at str_subclass_extra_offset().
  size_t n = static_cast<size_t>(src->byte_length);
  size_t extra = type->basicsize > sizeof(StrObject) ? type->basicsize - sizeof(StrObject) : 0;
  size_t size = str_subclass_extra_offset(src->byte_length) + extra;
  auto* s = static_cast<StrObject*>(gc_alloc(th, type, size));
  s->byte_length = src->byte_length;
  s->hash_cache.store(-1, std::memory_order_relaxed);
  std::memcpy(s->data, src->data, n);
  str_set_meta(s, src->length, src->ascii);
  return V(s);
}

StrObject* str_intern(std::string_view utf8) {
  uint64_t h = hash_bytes(utf8.data(), utf8.size());
  InternShard& sh = shard_for(h);
  {
    std::lock_guard<std::mutex> g(sh.mu);
    auto it = sh.set.find(utf8);
    if (it != sh.set.end()) return *it;
  }
  // Allocate outside the shard lock; a racing interner may win, then ours is garbage.
  Thread& th = current_thread();
  StrObject* s = str_alloc(th, static_cast<int64_t>(utf8.size()));
  std::memcpy(s->data, utf8.data(), utf8.size());
  bool ascii = uni::all_ascii(utf8.data(), utf8.size());
  str_set_meta(s, ascii ? static_cast<int64_t>(utf8.size())
                        : uni::count_code_points(utf8.data(), utf8.size()),
               ascii);
  int64_t hv = static_cast<int64_t>(h);
  if (hv == -1 || hv == 0) hv = -2;
  s->hash_cache.store(hv, std::memory_order_relaxed);
  std::lock_guard<std::mutex> g(sh.mu);
  auto [it, inserted] = sh.set.insert(s);
  if (inserted) {
    s->reserved32 |= kInternedBit;
    gc_make_immortal(s);
  }
  return *it;
}

StrObject* str_intern(Thread& th, StrObject* s) {
  (void)th;
  if (s->reserved32 & kInternedBit) return s;
  return str_intern(str_view(s));
}

int64_t hash_byte_string(const char* p, size_t n) {
  int64_t h = static_cast<int64_t>(hash_bytes(p, n));
  return (h == -1 || h == 0) ? -2 : h;
}

int64_t str_hash(StrObject* s) {
  int64_t h = s->hash_cache.load(std::memory_order_relaxed);
  if (h != -1 && h != 0) return h;
  h = hash_byte_string(s->data, static_cast<size_t>(s->byte_length));
  s->hash_cache.store(h, std::memory_order_relaxed);
  return h;
}

std::string str_repr_text(std::string_view utf8) { return uni::repr_text(utf8); }

// ---------------------------------------------------------------- code point index

namespace {

const StrIndex* get_index(const StrObject* s) {
  auto& slot = const_cast<StrObject*>(s)->index;
  if (void* p = slot.load(std::memory_order_acquire)) return static_cast<const StrIndex*>(p);
  int64_t count = s->length / kIndexStride + 1;
  auto* idx = static_cast<StrIndex*>(
      mi_malloc(sizeof(StrIndex) + sizeof(int64_t) * static_cast<size_t>(count)));
  idx->count = count;
  const char* p = s->data;
  const char* end = p + s->byte_length;
  int64_t k = 0, cp = 0;
  while (p < end) {
    if ((cp & (kIndexStride - 1)) == 0) idx->offsets[k++] = p - s->data;
    p += uni::seq_len(static_cast<unsigned char>(*p));
    cp++;
  }
  if (k < count) idx->offsets[k++] = p - s->data;
  void* expected = nullptr;
  if (!slot.compare_exchange_strong(expected, idx, std::memory_order_acq_rel)) {
    mi_free(idx);
    return static_cast<const StrIndex*>(expected);
  }
  return idx;
}

void str_finalize(Object* o) {
  auto* s = static_cast<StrObject*>(o);
  if (void* p = s->index.load(std::memory_order_relaxed)) mi_free(p);
}

}  // namespace

size_t str_offset(const StrObject* s, int64_t i) {
  if (s->ascii) return static_cast<size_t>(i);
  if (i >= s->length) return static_cast<size_t>(s->byte_length);
  if (s->byte_length <= 64)
    return uni::offset_of(s->data, static_cast<size_t>(s->byte_length), i);
  const StrIndex* idx = get_index(s);
  size_t off = static_cast<size_t>(idx->offsets[i / kIndexStride]);
  for (int64_t r = i % kIndexStride; r > 0; r--)
    off += static_cast<size_t>(uni::seq_len(static_cast<unsigned char>(s->data[off])));
  return off;
}

int64_t str_cp_index(const StrObject* s, size_t off) {
  if (s->ascii) return static_cast<int64_t>(off);
  return uni::count_code_points(s->data, off);
}

bool slice_bounds(Thread& th, Value start, Value end, int64_t len, int64_t* s, int64_t* e) {
  int64_t a = 0, b = len;
  for (int k = 0; k < 2; k++) {
    Value v = k == 0 ? start : end;
    if (v.is_empty() || is_none(v)) continue;
    int64_t x;
    if (v.is_small()) {
      x = v.small();
    } else {
      if (!is_int(v) && !type_of(v)->index) {
        raise(th, Exc_TypeError,
              "slice indices must be integers or None or have an __index__ method");
        return false;
      }
      if (!index_to_i64(th, v, &x, true)) return false;
    }
    (k == 0 ? a : b) = x;
  }
  if (b > len) {
    b = len;
  } else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  *s = a;
  *e = b;
  return true;
}

bool sequence_index(Thread& th, Value key, int64_t* out) {
  if (index_to_i64(th, key, out)) return true;
  if (exc_matches(th, Exc_OverflowError)) {
    clear_exc(th);
    raise(th, Exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(key));
  }
  return false;
}

Value raise_must_be_str(Thread& th, Value v) {
  return raise(th, Exc_TypeError, "must be str, not %s", type_name(v));
}

// ---------------------------------------------------------------- slots

namespace {

Value str_repr(Thread& th, Value self) {
  return str_value(th, uni::repr_text(str_view(self)));
}

Value str_str(Thread& th, Value self) { return str_exact(th, self); }

bool str_hash_slot(Thread&, Value self, int64_t* out) {
  *out = str_hash(as<StrObject>(self));
  return true;
}

int str_compare(StrObject* a, StrObject* b) {
  int64_t n = a->byte_length < b->byte_length ? a->byte_length : b->byte_length;
  int c = std::memcmp(a->data, b->data, static_cast<size_t>(n));
  if (c != 0) return c;
  return a->byte_length < b->byte_length ? -1 : a->byte_length > b->byte_length ? 1 : 0;
}

Value str_richcmp(Thread&, Value a, Value b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return g_NotImplemented;
  StrObject* x = as<StrObject>(a);
  StrObject* y = as<StrObject>(b);
  switch (op) {
    case CmpOp::EQ: return bool_value(str_eq(x, y));
    case CmpOp::NE: return bool_value(!str_eq(x, y));
    case CmpOp::LT: return bool_value(str_compare(x, y) < 0);
    case CmpOp::LE: return bool_value(str_compare(x, y) <= 0);
    case CmpOp::GT: return bool_value(str_compare(x, y) > 0);
    case CmpOp::GE: return bool_value(str_compare(x, y) >= 0);
    default: return g_NotImplemented;
  }
}

int64_t str_len(Thread&, Value self) { return as<StrObject>(self)->length; }

Value str_item(Thread& th, StrObject* s, int64_t i) {
  if (s->ascii) return str_char(th, static_cast<unsigned char>(s->data[i]));
  const char* p = s->data + str_offset(s, i);
  return str_char(th, uni::decode(p));
}

Value str_slice(Thread& th, StrObject* s, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return V(sym::empty);
  if (step == 1) {
    if (count == s->length && s->type == StrType) return V(s);
    size_t a = str_offset(s, start);
    size_t b = s->ascii ? a + static_cast<size_t>(count) : str_offset(s, start + count);
    std::string_view v(s->data + a, b - a);
    return V(str_new_known(th, v, count, s->ascii || uni::all_ascii(v.data(), v.size())));
  }
  if (s->ascii) {
    StrObject* r = str_alloc(th, count);
    const char* src = s->data + start;
    for (int64_t k = 0; k < count; k++, src += step) r->data[k] = *src;
    str_set_meta(r, count, true);
    return V(r);
  }
  std::string out;
  const char* p = s->data + str_offset(s, start);
  const char* base = s->data;
  bool ascii = true;
  for (int64_t k = 0; k < count; k++) {
    const char* q = p;
    uint32_t cp = uni::decode(q);
    if (cp >= 128) ascii = false;
    out.append(p, static_cast<size_t>(q - p));
    if (k + 1 == count) break;
    if (step > 0) {
      p = q;
      for (int64_t r = step - 1; r > 0; r--) p += uni::seq_len(static_cast<unsigned char>(*p));
    } else {
      for (int64_t r = -step; r > 0 && p > base; r--) uni::decode_back(p);
    }
  }
  return V(str_new_known(th, out, count, ascii));
}

Value str_getitem(Thread& th, Value self, Value key) {
  StrObject* s = as<StrObject>(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (key.is_obj() && key.obj()->type == SliceType) {
    int64_t start, stop, step;
    int64_t n = slice_indices(th, as<SliceObject>(key), s->length, &start, &stop, &step);
    if (n < 0) return Value();
    return str_slice(th, s, start, step, n);
  } else if (is_int(key) || type_of(key)->index) {
    if (!sequence_index(th, key, &i)) return Value();
  } else {
    return raise(th, Exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) return raise(th, Exc_IndexError, "string index out of range");
  return str_item(th, s, i);
}

int str_contains(Thread& th, Value self, Value item) {
  if (!is_str(item)) {
    raise(th, Exc_TypeError, "'in <string>' requires string as left operand, not %s",
          type_name(item));
    return -1;
  }
  std::string_view hay = str_view(self), needle = str_view(item);
  return hay.find(needle) != std::string_view::npos ? 1 : 0;
}

Value str_iter(Thread& th, Value self) {
  auto* it = gc_new<SeqIterObject>(th, StrIterType);
  it->seq = self;
  it->index.store(0, std::memory_order_relaxed);
  return V(it);
}

// The iterator's index is a byte offset; a compare-exchange claims each character so
// that threads sharing one iterator each get distinct characters.
Value str_iter_next(Thread& th, Value self) {
  auto* it = as<SeqIterObject>(self);
  StrObject* s = as<StrObject>(it->seq);
  int64_t off = it->index.load(std::memory_order_relaxed);
  for (;;) {
    if (off >= s->byte_length) return Value();
    unsigned char b = static_cast<unsigned char>(s->data[off]);
    int n = uni::seq_len(b);
    if (it->index.compare_exchange_weak(off, off + n, std::memory_order_relaxed)) {
      if (b < 0x80) return str_char(th, b);
      const char* p = s->data + off;
      return str_char(th, uni::decode(p));
    }
  }
}

Value self_iter(Thread&, Value self) { return self; }

void seqiter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIterObject*>(o)->seq); }

Value str_concat(Thread& th, StrObject* a, StrObject* b) {
  if (a->byte_length == 0 && b->type == StrType) return V(b);
  if (b->byte_length == 0 && a->type == StrType) return V(a);
  int64_t n = a->byte_length + b->byte_length;
  StrObject* r = str_alloc(th, n);
  std::memcpy(r->data, a->data, static_cast<size_t>(a->byte_length));
  std::memcpy(r->data + a->byte_length, b->data, static_cast<size_t>(b->byte_length));
  str_set_meta(r, a->length + b->length, a->ascii && b->ascii);
  return V(r);
}

Value str_add(Thread& th, Value a, Value b) {
  if (!is_str(a)) return g_NotImplemented;
  if (!is_str(b)) {
    if (b.is_obj() && (b.obj()->type->flags & TF_HEAPTYPE)) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
  }
  return str_concat(th, as<StrObject>(a), as<StrObject>(b));
}

Value str_repeat(Thread& th, StrObject* s, int64_t n) {
  if (n <= 0 || s->byte_length == 0) return V(sym::empty);
  if (n == 1 && s->type == StrType) return V(s);
  if (s->byte_length > INT64_MAX / n) return raise(th, Exc_OverflowError, "repeated string is too long");
  int64_t total = s->byte_length * n;
  if (total > (int64_t(1) << 40)) return raise_no_memory(th);
  StrObject* r = str_alloc(th, total);
  size_t len = static_cast<size_t>(s->byte_length);
  if (len == 1) {
    std::memset(r->data, s->data[0], static_cast<size_t>(total));
  } else {
    std::memcpy(r->data, s->data, len);
    size_t done = len;
    while (done < static_cast<size_t>(total)) {  // doubling copies
      size_t chunk = std::min(done, static_cast<size_t>(total) - done);
      std::memcpy(r->data + done, r->data, chunk);
      done += chunk;
    }
  }
  str_set_meta(r, s->length * n, s->ascii);
  return V(r);
}

Value str_mul(Thread& th, Value a, Value b) {
  Value s = a, n = b;
  if (!is_str(s)) std::swap(s, n);
  if (!is_str(s)) return g_NotImplemented;
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
  return str_repeat(th, as<StrObject>(s), count);
}

Value str_mod(Thread& th, Value a, Value b) {
  if (!is_str(a)) return g_NotImplemented;
  return percent_format(th, str_view(a), b, nullptr);
}

Value str_new_impl(Thread& th, const Value* a) {
  Type* type = as<Type>(a[0]);
  Value obj = a[1], encoding = a[2], errors = a[3];
  Value r;
  if (obj.is_empty()) {
    if (!encoding.is_empty() || !errors.is_empty()) {
      // str(encoding='x') decodes b''.
      r = bytes_decode(th, std::string_view(), encoding, errors);
    } else {
      r = V(sym::empty);
    }
  } else if (encoding.is_empty() && errors.is_empty()) {
    r = str_of(th, obj);
  } else {
    if (is_str(obj)) return raise(th, Exc_TypeError, "decoding str is not supported");
    ByteView bv;
    if (!bv.set(obj))
      return raise(th, Exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name(obj));
    r = bytes_decode(th, bv.view(), encoding, errors);
  }
  if (r.is_empty() || type == StrType) return r;
  return str_new_of_type(th, type, as<StrObject>(r));
}

const NativeDef kStrNewDef = {"str(cls, object=?, encoding=?, errors=?)", str_new_impl};

Value str_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  // Fast path: str(x) with one positional argument.
  if (type == StrType && nargs == 1 && !kwnames) return str_of(th, args[0]);
  return call_native(th, &kStrNewDef, V(type), args, nargs, kwnames);
}

}  // namespace

// ---------------------------------------------------------------- init

void init_strings(Thread& th) {
  Type* t = StrType;
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash_slot;
  t->richcmp = str_richcmp;
  t->len = str_len;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->new_ = str_new_slot;
  t->nb[int(BinOp::ADD)] = str_add;
  t->nb[int(BinOp::MUL)] = str_mul;
  t->nb[int(BinOp::MOD)] = str_mod;
  t->finalize = str_finalize;
  t->methods = kStrMethods;
  t->tp_doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
      "Create a new string object from the given object.";
  // str subclasses: instances are allocated by str_new_of_type, the subclass's extra
  // fields after the text (str_subclass_extra_offset).

  Type* it = StrIterType;
  it->iter = self_iter;
  it->next = str_iter_next;
  it->trace = seqiter_trace;

  for (uint32_t cp = 0; cp < 256; cp++) {
    char buf[4];
    int n = uni::encode(cp, buf);
    g_chars[cp].store(str_intern(std::string_view(buf, static_cast<size_t>(n))),
                      std::memory_order_release);
  }
  (void)th;
  init_bytes_type(th);
  init_bytearray_type(th);
}

}  // namespace taipan
