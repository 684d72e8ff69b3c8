// The `array` module: array.array, a typed, compact sequence of numbers (or UCS-4
// characters for 'u'), and _array_reconstructor for pickling.
//
// Invariants (as bytearray's, builtins/bytes.h):
// - Items live in `buf`, a GC BytesObject whose size is the capacity in bytes; `size`
//   counts items. Writers hold the object lock and publish a grown buffer with a release
//   store before publishing a larger size, so lock-free readers (len, a[i], iteration)
//   that load size then buf and bounds-check against the buffer's capacity read valid
//   memory, possibly stale, never freed.
// - Arguments are converted (which may run __index__/__float__/iteration) before the
//   lock is taken; multi-item reads copy under the lock and work on the copy.
// - While memoryviews export the buffer (`exports` > 0, vm/buffer.h) the array may not
//   resize: BufferError "cannot resize an array that is exporting buffers". A refused
//   resize collects once first, so views that are already garbage let go (CPython's
//   reference counting would have released them at once).
// - Items in a published buffer are written and read item by item with relaxed atomics
//   (vm/buffer.h), so a lock-free reader never sees a torn item.
// Items are stored in native byte order; 'u' items are 4-byte code points (wchar_t on
// Linux, as CPython), exported with format 'w'.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/int_gmp.h"
#include "builtins/numbers.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/buffer.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

struct ArrayObject : Object {
  std::atomic<BytesObject*> buf;  // null while capacity is 0
  std::atomic<int64_t> size;      // items
  std::atomic<int32_t> exports;
  char typecode;
  int8_t itemsize;
};

Type g_array_type_storage;
Type g_array_iter_type_storage;
Type* const ArrayType = &g_array_type_storage;
Type* const ArrayIterType = &g_array_iter_type_storage;
Value g_reconstructor;  // array._array_reconstructor, for __reduce_ex__

constexpr const char kTypecodes[] = "bBuhHiIlLqQfd";
constexpr int kBlocked = 1;

int typecode_size(char tc) {
  switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

inline ArrayObject* A(Value v) { return as<ArrayObject>(v); }
inline bool is_array(Value v) {
  return v.is_obj() && (v.obj()->type == ArrayType || is_subtype(v.obj()->type, ArrayType));
}
inline int64_t size_locked(ArrayObject* a) { return a->size.load(std::memory_order_relaxed); }
inline char* data_locked(ArrayObject* a) {
  BytesObject* b = a->buf.load(std::memory_order_relaxed);
  return b ? b->data : nullptr;
}
inline bool exported_locked(ArrayObject* a) {
  return a->exports.load(std::memory_order_relaxed) > 0;
}

int raise_exported(Thread& th) {
  raise(th, Exc_BufferError, "cannot resize an array that is exporting buffers");
  return -1;
}

// Runs step() (0 done, -1 raised, kBlocked: refused for exports, nothing changed) under
// the lock; a refusal collects once and retries. Returns 0 or -1.
template <class F>
int resize_with_retry(Thread& th, ArrayObject* a, F step) {
  for (int attempt = 0;; attempt++) {
    int r;
    {
      CriticalSection cs{a};
      r = step();
    }
    if (r != kBlocked) return r;
    if (attempt > 0 || buffer_reclaim_exports(th, &a->exports) > 0) return raise_exported(th);
  }
}

// Room for `need` items; allocation is not a safepoint, so fine under the lock.
void reserve_locked(Thread& th, ArrayObject* a, int64_t need) {
  BytesObject* old = a->buf.load(std::memory_order_relaxed);
  int64_t cap = old ? old->size / a->itemsize : 0;
  if (need <= cap) return;
  int64_t ncap = std::max(need, cap + (cap >> 1) + 4);
  BytesObject* nb = bytes_alloc(th, ncap * a->itemsize);
  int64_t n = size_locked(a);
  if (old && n) std::memcpy(nb->data, old->data, static_cast<size_t>(n * a->itemsize));
  a->buf.store(nb, std::memory_order_release);
}

// Replaces items [start, start+len) with n items from src (not aliasing the buffer).
int splice_locked(Thread& th, ArrayObject* a, int64_t start, int64_t len, const char* src,
                  int64_t n) {
  if (n != len && exported_locked(a)) return kBlocked;
  int64_t size = size_locked(a), isz = a->itemsize;
  int64_t nsize = size - len + n;
  if (n > len) reserve_locked(th, a, nsize);
  char* d = data_locked(a);
  if (d && n != len)
    buffer_store_items(d + (start + n) * isz, d + (start + len) * isz, size - start - len,
                       a->itemsize);
  if (n) buffer_store_items(d + start * isz, src, n, a->itemsize);
  a->size.store(nsize, std::memory_order_release);
  return 0;
}

int append_bytes(Thread& th, ArrayObject* a, const std::string& src) {
  int64_t n = static_cast<int64_t>(src.size()) / a->itemsize;
  if (n == 0) return 0;
  return resize_with_retry(th, a, [&] { return splice_locked(th, a, size_locked(a), 0, src.data(), n); });
}

std::string snapshot(ArrayObject* a) {
  CriticalSection cs{a};
  char* d = data_locked(a);
  return d ? std::string(d, static_cast<size_t>(size_locked(a) * a->itemsize)) : std::string();
}

// ---------------------------------------------------------------- item codec

Value overflow(Thread& th, const char* msg) { return raise(th, Exc_OverflowError, "%s", msg); }

// Packs v as one item of typecode tc into out; may run Python code.
bool pack(Thread& th, char tc, Value v, char* out) {
  auto store = [out](auto x) { std::memcpy(out, &x, sizeof x); };
  if (tc == 'u') {
    if (!is_str(v) || as<StrObject>(v)->length != 1) {
      raise(th, Exc_TypeError, "array item must be unicode character");
      return false;
    }
    const char* p = as<StrObject>(v)->data;
    store(static_cast<uint32_t>(uni::decode(p)));
    return true;
  }
  if (tc == 'f' || tc == 'd') {
    double d;
    if (is_float(v)) {
      d = float_value(v);
    } else if (is_int(v)) {
      if (!int_as_double(th, v, &d)) return false;
    } else if (type_of(v)->float_ || type_of(v)->index) {
      Value f = number_float(th, v);
      if (f.is_empty()) return false;
      d = float_value(f);
    } else {
      raise(th, Exc_TypeError, "must be real number, not %s", type_name(v));
      return false;
    }
    if (tc == 'f') store(static_cast<float>(d));
    else store(d);
    return true;
  }
  Value iv = v;
  if (!is_int(v)) {
    iv = index_value(th, v);
    if (iv.is_empty()) return false;
  }
  MpzView z(iv);
  int sign = mpz_sgn(z.get());
  switch (tc) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'l': {
      if (!mpz_fits_slong_p(z)) return !overflow(th, "Python int too large to convert to C long").is_empty();
      int64_t x = mpz_get_si(z);
      // CPython parses 'b' as a C short and 'H' as a C int first, then narrows: two
      // range checks, each with its own message.
      struct Range { char tc; int64_t lo, hi; const char* name; };
      static const Range kRanges[] = {
          {'b', -32768, 32767, "signed short integer"},
          {'b', -128, 127, "signed char"},
          {'B', 0, 255, "unsigned byte integer"},
          {'h', -32768, 32767, "signed short integer"},
          {'H', INT32_MIN, INT32_MAX, "signed integer"},
          {'H', 0, 65535, "unsigned short"},
          {'i', INT32_MIN, INT32_MAX, "signed integer"},
      };
      for (const Range& r : kRanges) {
        if (r.tc != tc) continue;
        if (x < r.lo || x > r.hi) {
          raise(th, Exc_OverflowError, "%s is %s", r.name,
                x < r.lo ? "less than minimum" : "greater than maximum");
          return false;
        }
      }
      switch (tc) {
        case 'b': store(static_cast<int8_t>(x)); break;
        case 'B': store(static_cast<uint8_t>(x)); break;
        case 'h': store(static_cast<int16_t>(x)); break;
        case 'H': store(static_cast<uint16_t>(x)); break;
        case 'i': store(static_cast<int32_t>(x)); break;
        default: store(x); break;
      }
      return true;
    }
    case 'I': case 'L':
      if (sign < 0) return !overflow(th, "can't convert negative value to unsigned int").is_empty();
      if (!mpz_fits_ulong_p(z))
        return !overflow(th, "Python int too large to convert to C unsigned long").is_empty();
      if (tc == 'I') {
        uint64_t u = mpz_get_ui(z);
        if (u > UINT32_MAX) return !overflow(th, "unsigned int is greater than maximum").is_empty();
        store(static_cast<uint32_t>(u));
      } else {
        store(static_cast<uint64_t>(mpz_get_ui(z)));
      }
      return true;
    case 'q':
      if (!mpz_fits_slong_p(z)) return !overflow(th, "int too big to convert").is_empty();
      store(static_cast<int64_t>(mpz_get_si(z)));
      return true;
    case 'Q':
      if (sign < 0) return !overflow(th, "can't convert negative int to unsigned").is_empty();
      if (!mpz_fits_ulong_p(z)) return !overflow(th, "int too big to convert").is_empty();
      store(static_cast<uint64_t>(mpz_get_ui(z)));
      return true;
  }
  return false;
}

Value unpack(Thread& th, char tc, const char* p) {
  if (tc == 'u') {
    uint32_t cp;
    std::memcpy(&cp, p, 4);
    if (cp > 0x10FFFF)
      return raise(th, Exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
    return str_char(th, cp);
  }
  return buffer_unpack_item(th, tc, p);
}

// Item i read without the lock; EMPTY with nothing raised when out of range.
Value item_at(Thread& th, ArrayObject* a, int64_t i) {
  int64_t n = a->size.load(std::memory_order_acquire);
  BytesObject* b = a->buf.load(std::memory_order_acquire);
  if (i < 0 || i >= n || !b || (i + 1) * a->itemsize > b->size) return Value();
  char tmp[8];
  buffer_load_item(tmp, b->data + i * a->itemsize, a->itemsize);
  return unpack(th, a->typecode, tmp);
}

// Packs every item of an iterable into out.
bool pack_iterable(Thread& th, char tc, Value src, std::string* out) {
  int isz = typecode_size(tc);
  char tmp[8];
  if (is_list(src) || is_tuple(src)) {
    Root keep(th, src);
    for (int64_t i = 0;; i++) {
      Value v;
      if (is_list(src)) {
        v = list_get(as<ListObject>(src), i);
        if (v.is_empty()) break;
      } else {
        if (i >= as<TupleObject>(src)->size) break;
        v = as<TupleObject>(src)->items[i];
      }
      if (!pack(th, tc, v, tmp)) return false;
      out->append(tmp, static_cast<size_t>(isz));
    }
    return true;
  }
  Value it = get_iter(th, src);
  if (it.is_empty()) return false;
  Root keep(th, it);
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return !has_exc(th);
    if (!pack(th, tc, v, tmp)) return false;
    out->append(tmp, static_cast<size_t>(isz));
  }
}

ArrayObject* array_alloc(Thread& th, Type* type, char tc) {
  ArrayObject* a;
  if (type == ArrayType) {
    a = gc_new<ArrayObject>(th, ArrayType);
  } else {
    Value v = instance_alloc(th, type);
    a = A(v);
  }
  a->typecode = tc;
  a->itemsize = static_cast<int8_t>(typecode_size(tc));
  return a;
}

ArrayObject* array_from_bytes(Thread& th, Type* type, char tc, std::string_view data) {
  ArrayObject* a = array_alloc(th, type, tc);
  int64_t n = static_cast<int64_t>(data.size()) / a->itemsize;
  if (n) {
    BytesObject* b = bytes_alloc(th, n * a->itemsize);
    std::memcpy(b->data, data.data(), static_cast<size_t>(n * a->itemsize));
    a->buf.store(b, std::memory_order_relaxed);
    a->size.store(n, std::memory_order_relaxed);
  }
  return a;
}

// The text of a 'u' array's items; false: raised (invalid code point).
bool items_to_utf8(Thread& th, std::string_view bytes, std::string* out) {
  for (size_t k = 0; k + 4 <= bytes.size(); k += 4) {
    uint32_t cp;
    std::memcpy(&cp, bytes.data() + k, 4);
    if (cp > 0x10FFFF) {
      raise(th, Exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
      return false;
    }
    uni::append(*out, cp);
  }
  return true;
}

std::string utf8_to_items(std::string_view s) {
  std::string out;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    uint32_t cp = uni::decode(p);
    out.append(reinterpret_cast<const char*>(&cp), 4);
  }
  return out;
}

// ---------------------------------------------------------------- creation

Value array_new_impl(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(th, Exc_TypeError, "array.array() takes no keyword arguments");
  if (nargs < 1) return raise(th, Exc_TypeError, "array() takes at least 1 argument (0 given)");
  if (nargs > 2)
    return raise(th, Exc_TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
  Value tcv = args[0];
  if (!is_str(tcv) || as<StrObject>(tcv)->length != 1)
    return raise(th, Exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                 type_name(tcv));
  char tc = str_view(tcv)[0];
  if (!typecode_size(tc) || as<StrObject>(tcv)->byte_length != 1)
    return raise(th, Exc_ValueError,
                 "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  if (nargs == 1) return V(array_alloc(th, type, tc));
  Value init = args[1];
  if (is_str(init)) {
    if (tc != 'u')
      return raise(th, Exc_TypeError,
                   "cannot use a str to initialize an array with typecode '%c'", tc);
    return V(array_from_bytes(th, type, tc, utf8_to_items(str_view(init))));
  }
  if (is_array(init) && A(init)->typecode == 'u' && tc != 'u')
    return raise(th, Exc_TypeError,
                 "cannot use a unicode array to initialize an array with typecode '%c'", tc);
  if (is_bytes(init) || is_bytearray(init)) {
    ByteView bv;
    bv.set(init);
    if (bv.size() % typecode_size(tc))
      return raise(th, Exc_ValueError, "bytes length not a multiple of item size");
    return V(array_from_bytes(th, type, tc, bv.view()));
  }
  if (is_array(init) && A(init)->typecode == tc)
    return V(array_from_bytes(th, type, tc, snapshot(A(init))));
  std::string items;
  if (!pack_iterable(th, tc, init, &items)) return Value();
  return V(array_from_bytes(th, type, tc, items));
}

// ---------------------------------------------------------------- slots

Value array_repr(Thread& th, Value self) {
  ArrayObject* a = A(self);
  std::string name(self.obj()->type->name ? str_view(self.obj()->type->name) : "array");
  std::string out = name + "('" + a->typecode + "'";
  if (a->size.load(std::memory_order_acquire) == 0) return V(str_new(th, out + ")"));
  Value body;
  if (a->typecode == 'u') {
    std::string text;
    if (!items_to_utf8(th, snapshot(a), &text)) return Value();
    body = V(str_new(th, text));
  } else {
    std::string bytes = snapshot(a);
    ListObject* l = list_new(th, static_cast<int64_t>(bytes.size()) / a->itemsize);
    Root keep(th, l);
    for (size_t k = 0; k < bytes.size(); k += static_cast<size_t>(a->itemsize)) {
      Value v = unpack(th, a->typecode, bytes.data() + k);
      if (v.is_empty()) return Value();
      list_append(th, l, v);
    }
    body = V(l);
  }
  Root keep(th, body);
  Value r = repr(th, body);
  if (r.is_empty()) return Value();
  out += ", ";
  out += str_view(r);
  out += ")";
  return V(str_new(th, out));
}

int64_t array_len(Thread&, Value self) { return A(self)->size.load(std::memory_order_acquire); }

// An index key to int64 (IndexError-free); false: raised TypeError "array indices...".
bool index_key(Thread& th, Value key, int64_t* out) {
  if (key.is_small()) {
    *out = key.small();
    return true;
  }
  if (is_int(key) || type_of(key)->index) return sequence_index(th, key, out);
  raise(th, Exc_TypeError, "array indices must be integers");
  return false;
}

// Resolves a slice (running __index__ on its bounds) against the current length.
bool resolve_slice(Thread& th, Value key, int64_t len, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* n) {
  Root keep(th, key);
  *n = slice_indices(th, as<SliceObject>(key), len, start, stop, step);
  return *n >= 0;
}

Value array_getitem(Thread& th, Value self, Value key) {
  ArrayObject* a = A(self);
  if (key.is_obj() && key.obj()->type == SliceType) {
    std::string bytes = snapshot(a);
    int64_t isz = a->itemsize;
    int64_t start, stop, step, n;
    if (!resolve_slice(th, key, static_cast<int64_t>(bytes.size()) / isz, &start, &stop, &step, &n))
      return Value();
    std::string out;
    out.reserve(static_cast<size_t>(n * isz));
    for (int64_t k = 0, i = start; k < n; k++, i += step)
      out.append(bytes.data() + i * isz, static_cast<size_t>(isz));
    return V(array_from_bytes(th, ArrayType, a->typecode, out));
  }
  int64_t i;
  if (!index_key(th, key, &i)) return Value();
  if (i < 0) i += a->size.load(std::memory_order_acquire);
  Value v = item_at(th, a, i);
  if (v.is_empty() && !has_exc(th)) return raise(th, Exc_IndexError, "array index out of range");
  return v;
}

int array_setitem(Thread& th, Value self, Value key, Value v) {
  ArrayObject* a = A(self);
  int64_t isz = a->itemsize;
  if (key.is_obj() && key.obj()->type == SliceType) {
    std::string src;
    if (!v.is_empty()) {
      if (!is_array(v)) {
        raise(th, Exc_TypeError, "can only assign array (not \"%s\") to array slice", type_name(v));
        return -1;
      }
      if (A(v)->typecode != a->typecode) {
        raise(th, Exc_TypeError, "bad argument type for built-in operation");
        return -1;
      }
      src = snapshot(A(v));
    }
    // Resolve the bounds' __index__ first: no Python code under the lock.
    SliceObject* sl = as<SliceObject>(key);
    Value f[3] = {sl->start, sl->stop, sl->step};
    for (Value& x : f) {
      if (!is_none(x) && !is_int(x)) {
        x = index_value(th, x);
        if (x.is_empty()) return -1;
      }
    }
    Value ns = slice_new(th, f[0], f[1], f[2]);
    if (ns.is_empty()) return -1;
    Root keep(th, ns);
    int64_t m = static_cast<int64_t>(src.size()) / isz;
    return resize_with_retry(th, a, [&]() -> int {
      int64_t size = size_locked(a);
      int64_t start, stop, step;
      int64_t n = slice_indices(th, as<SliceObject>(ns), size, &start, &stop, &step);
      if (n < 0) return -1;
      if (step == 1) return splice_locked(th, a, start, n, src.data(), v.is_empty() ? 0 : m);
      char* d = data_locked(a);
      if (v.is_empty()) {
        if (n == 0) return 0;
        if (exported_locked(a)) return kBlocked;
        if (step < 0) {
          start = start + step * (n - 1);
          step = -step;
        }
        int64_t w = start;
        for (int64_t r = start; r < size; r++) {
          if ((r - start) % step == 0 && (r - start) / step < n) continue;
          buffer_store_items(d + w * isz, d + r * isz, 1, a->itemsize);
          w++;
        }
        a->size.store(size - n, std::memory_order_release);
        return 0;
      }
      if (m != n) {
        raise(th, Exc_ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
              static_cast<long long>(m), static_cast<long long>(n));
        return -1;
      }
      for (int64_t k = 0, j = start; k < n; k++, j += step)
        buffer_store_items(d + j * isz, src.data() + k * isz, 1, a->itemsize);
      return 0;
    });
  }
  int64_t i;
  if (!index_key(th, key, &i)) return -1;
  char tmp[8];
  if (!v.is_empty() && !pack(th, a->typecode, v, tmp)) return -1;
  return resize_with_retry(th, a, [&] {
    int64_t size = size_locked(a);
    int64_t at = i < 0 ? i + size : i;
    if (at < 0 || at >= size) {
      raise(th, Exc_IndexError, "array assignment index out of range");
      return -1;
    }
    if (v.is_empty()) return splice_locked(th, a, at, 1, nullptr, 0);
    buffer_store_items(data_locked(a) + at * isz, tmp, 1, a->itemsize);
    return 0;
  });
}

int array_contains(Thread& th, Value self, Value item) {
  ArrayObject* a = A(self);
  for (int64_t i = 0;; i++) {
    Value v = item_at(th, a, i);
    if (v.is_empty()) return has_exc(th) ? -1 : 0;
    int e = eq(th, v, item);
    if (e != 0) return e;
  }
}

Value array_iter(Thread& th, Value self) {
  auto* it = gc_new<SeqIterObject>(th, ArrayIterType);
  it->seq = self;
  return V(it);
}

Value array_iter_next(Thread& th, Value self) {
  auto* it = as<SeqIterObject>(self);
  Value seq = it->seq;  // read once: another thread may clear it at exhaustion
  if (seq.is_empty()) return Value();
  int64_t i = it->index.fetch_add(1, std::memory_order_relaxed);
  Value v = item_at(th, A(seq), i);
  if (v.is_empty() && !has_exc(th)) it->seq = Value();
  return v;
}

Value self_iter(Thread&, Value self) { return self; }
void seqiter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIterObject*>(o)->seq); }

void array_trace(Object* o, Tracer& t) {
  BytesObject* b = static_cast<ArrayObject*>(o)->buf.load(std::memory_order_relaxed);
  if (b) t.visit(static_cast<Object*>(b));
}

Value array_richcmp(Thread& th, Value x, Value y, CmpOp op) {
  if (!is_array(x) || !is_array(y)) return g_NotImplemented;
  ArrayObject* a = A(x);
  ArrayObject* b = A(y);
  std::string sa = snapshot(a), sb = snapshot(b);
  int64_t na = static_cast<int64_t>(sa.size()) / a->itemsize;
  int64_t nb = static_cast<int64_t>(sb.size()) / b->itemsize;
  if ((op == CmpOp::EQ || op == CmpOp::NE) && na != nb) return bool_value(op == CmpOp::NE);
  Root kx(th, x), ky(th, y);
  int64_t i = 0;
  for (; i < na && i < nb; i++) {
    Value u = unpack(th, a->typecode, sa.data() + i * a->itemsize);
    if (u.is_empty()) return Value();
    Root ku(th, u);
    Value w = unpack(th, b->typecode, sb.data() + i * b->itemsize);
    if (w.is_empty()) return Value();
    Root kw(th, w);
    int e = richcmp_bool(th, u, w, CmpOp::EQ);
    if (e < 0) return Value();
    if (!e) {
      if (op == CmpOp::EQ) return g_False;
      if (op == CmpOp::NE) return g_True;
      return richcmp(th, u, w, op);
    }
  }
  bool r;
  switch (op) {
    case CmpOp::LT: r = na < nb; break;
    case CmpOp::LE: r = na <= nb; break;
    case CmpOp::EQ: r = na == nb; break;
    case CmpOp::NE: r = na != nb; break;
    case CmpOp::GT: r = na > nb; break;
    default: r = na >= nb; break;
  }
  return bool_value(r);
}

Value array_concat(Thread& th, Value x, Value y) {
  if (!is_array(x)) return g_NotImplemented;
  if (!is_array(y))
    return raise(th, Exc_TypeError, "can only append array (not \"%s\") to array", type_name(y));
  if (A(x)->typecode != A(y)->typecode)
    return raise(th, Exc_TypeError, "bad argument type for built-in operation");
  std::string s = snapshot(A(x));
  s += snapshot(A(y));
  return V(array_from_bytes(th, ArrayType, A(x)->typecode, s));
}

bool repeat_count(Thread& th, Value n, int64_t* count) {
  if (n.is_small()) {
    *count = n.small();
    return true;
  }
  if (is_int(n) || type_of(n)->index) return index_to_i64(th, n, count);
  raise(th, Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
  return false;
}

Value array_repeat(Thread& th, Value x, Value y) {
  Value s = x, n = y;
  if (!is_array(s)) std::swap(s, n);
  if (!is_array(s)) return g_NotImplemented;
  if (!n.is_small() && !is_int(n) && !type_of(n)->index && n.is_obj() &&
      (n.obj()->type->flags & TF_HEAPTYPE))
    return g_NotImplemented;
  int64_t count;
  if (!repeat_count(th, n, &count)) return Value();
  std::string one = snapshot(A(s));
  if (count < 0) count = 0;
  if (!one.empty() && count > (int64_t(1) << 40) / static_cast<int64_t>(one.size()))
    return raise_no_memory(th);
  std::string out;
  out.reserve(one.size() * static_cast<size_t>(count));
  for (int64_t k = 0; k < count; k++) out += one;
  return V(array_from_bytes(th, ArrayType, A(s)->typecode, out));
}

Value array_iadd(Thread& th, Value x, Value y) {
  if (!is_array(x)) return g_NotImplemented;
  if (!is_array(y))
    return raise(th, Exc_TypeError, "can only extend array with array (not \"%s\")", type_name(y));
  if (A(x)->typecode != A(y)->typecode)
    return raise(th, Exc_TypeError, "can only extend with array of same kind");
  if (append_bytes(th, A(x), snapshot(A(y))) < 0) return Value();
  return x;
}

Value array_imul(Thread& th, Value x, Value y) {
  if (!is_array(x)) return g_NotImplemented;
  int64_t count;
  if (!repeat_count(th, y, &count)) return Value();
  ArrayObject* a = A(x);
  if (count < 0) count = 0;
  int r = resize_with_retry(th, a, [&] {
    int64_t n = size_locked(a), isz = a->itemsize;
    if (n > 0 && count > (int64_t(1) << 40) / (n * isz)) {
      raise_no_memory(th);
      return -1;
    }
    if (count != 1 && n != 0 && exported_locked(a)) return kBlocked;
    if (count == 0 || n == 0) {
      a->size.store(0, std::memory_order_release);
      return 0;
    }
    reserve_locked(th, a, n * count);
    char* d = data_locked(a);
    for (int64_t k = 1; k < count; k++) buffer_store_items(d + k * n * isz, d, n, a->itemsize);
    a->size.store(n * count, std::memory_order_release);
    return 0;
  });
  if (r < 0) return Value();
  return x;
}

// ---------------------------------------------------------------- buffer export

bool array_getbuffer(Thread&, Value self, Buffer* out, int flags) {
  ArrayObject* a = A(self);
  static const char* const kFormats[] = {"b", "B", "w", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"};
  CriticalSection cs{a};
  BytesObject* b = a->buf.load(std::memory_order_relaxed);
  static char empty[8];
  out->obj = self;
  out->keep = b ? V(b) : Value();
  out->data = b ? b->data : empty;
  out->len = size_locked(a) * a->itemsize;
  out->itemsize = a->itemsize;
  out->format = kFormats[std::strchr(kTypecodes, a->typecode) - kTypecodes];
  out->readonly = false;
  out->lock = a;
  out->exports = nullptr;
  if (flags & BUF_EXPORT) {
    a->exports.fetch_add(1, std::memory_order_acq_rel);
    out->exports = &a->exports;
  }
  return true;
}

// ---------------------------------------------------------------- methods

Value m_append(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  char tmp[8];
  if (!pack(th, arr->typecode, a[1], tmp)) return Value();
  if (resize_with_retry(th, arr, [&] { return splice_locked(th, arr, size_locked(arr), 0, tmp, 1); }) < 0)
    return Value();
  return g_None;
}

Value m_extend(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  Value src = a[1];
  if (is_array(src)) {
    if (A(src)->typecode != arr->typecode)
      return raise(th, Exc_TypeError, "can only extend with array of same kind");
    if (append_bytes(th, arr, snapshot(A(src))) < 0) return Value();
    return g_None;
  }
  // Item by item, as CPython: items before a bad one stay appended.
  Value it = get_iter(th, src);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  char tmp[8];
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return has_exc(th) ? Value() : g_None;
    if (!pack(th, arr->typecode, v, tmp)) return Value();
    if (resize_with_retry(th, arr, [&] { return splice_locked(th, arr, size_locked(arr), 0, tmp, 1); }) < 0)
      return Value();
  }
}

Value m_insert(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t i;
  if (!index_to_i64(th, a[1], &i, true)) return Value();
  char tmp[8];
  if (!pack(th, arr->typecode, a[2], tmp)) return Value();
  if (resize_with_retry(th, arr, [&] {
        int64_t n = size_locked(arr);
        int64_t at = i < 0 ? std::max<int64_t>(i + n, 0) : std::min(i, n);
        return splice_locked(th, arr, at, 0, tmp, 1);
      }) < 0)
    return Value();
  return g_None;
}

Value m_pop(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t i = -1;
  if (!a[1].is_empty() && !index_to_i64(th, a[1], &i)) return Value();
  char tmp[8];
  if (resize_with_retry(th, arr, [&] {
        int64_t n = size_locked(arr);
        if (n == 0) {
          raise(th, Exc_IndexError, "pop from empty array");
          return -1;
        }
        int64_t at = i < 0 ? i + n : i;
        if (at < 0 || at >= n) {
          raise(th, Exc_IndexError, "pop index out of range");
          return -1;
        }
        std::memcpy(tmp, data_locked(arr) + at * arr->itemsize, static_cast<size_t>(arr->itemsize));
        return splice_locked(th, arr, at, 1, nullptr, 0);
      }) < 0)
    return Value();
  return unpack(th, arr->typecode, tmp);
}

// The first index in [start, stop) whose item equals v; -1 none, -2 raised.
int64_t find(Thread& th, ArrayObject* arr, Value v, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop; i++) {
    Value item = item_at(th, arr, i);
    if (item.is_empty()) return has_exc(th) ? -2 : -1;
    int e = eq(th, item, v);
    if (e < 0) return -2;
    if (e) return i;
  }
  return -1;
}

Value m_index(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t n = arr->size.load(std::memory_order_acquire);
  int64_t start = 0, stop = INT64_MAX;
  if (!a[2].is_empty() && !index_to_i64(th, a[2], &start, true)) return Value();
  if (!a[3].is_empty() && !index_to_i64(th, a[3], &stop, true)) return Value();
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
  int64_t i = find(th, arr, a[1], start, stop);
  if (i == -2) return Value();
  if (i < 0) return raise(th, Exc_ValueError, "array.index(x): x not in array");
  return Value::from_small(i);
}

Value m_count(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t c = 0;
  for (int64_t i = 0;; i++) {
    Value item = item_at(th, arr, i);
    if (item.is_empty()) {
      if (has_exc(th)) return Value();
      break;
    }
    int e = eq(th, item, a[1]);
    if (e < 0) return Value();
    c += e;
  }
  return Value::from_small(c);
}

Value m_remove(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t i = find(th, arr, a[1], 0, INT64_MAX);
  if (i == -2) return Value();
  if (i < 0) return raise(th, Exc_ValueError, "array.remove(x): x not in array");
  if (resize_with_retry(th, arr, [&] {
        if (i >= size_locked(arr)) return 0;  // shrunk meanwhile: a lost race, as without a GIL
        return splice_locked(th, arr, i, 1, nullptr, 0);
      }) < 0)
    return Value();
  return g_None;
}

Value m_reverse(Thread&, const Value* a) {
  ArrayObject* arr = A(a[0]);
  CriticalSection cs{arr};
  char* d = data_locked(arr);
  int64_t n = size_locked(arr), isz = arr->itemsize;
  char tmp[8];
  for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
    std::memcpy(tmp, d + i * isz, static_cast<size_t>(isz));
    buffer_store_items(d + i * isz, d + j * isz, 1, arr->itemsize);
    buffer_store_items(d + j * isz, tmp, 1, arr->itemsize);
  }
  return g_None;
}

Value m_byteswap(Thread&, const Value* a) {
  ArrayObject* arr = A(a[0]);
  CriticalSection cs{arr};
  char* d = data_locked(arr);
  int64_t n = size_locked(arr), isz = arr->itemsize;
  char tmp[8];
  for (int64_t i = 0; i < n; i++) {
    std::memcpy(tmp, d + i * isz, static_cast<size_t>(isz));
    std::reverse(tmp, tmp + isz);
    buffer_store_items(d + i * isz, tmp, 1, arr->itemsize);
  }
  return g_None;
}

Value m_buffer_info(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  CriticalSection cs{arr};
  Value items[2] = {int_from_u64(th, reinterpret_cast<uintptr_t>(data_locked(arr))),
                    int_from_i64(th, size_locked(arr))};
  return V(tuple_from(th, items, 2));
}

Value m_frombytes(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  ByteView bv;
  if (!bv.set(a[1]))
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
  if (bv.size() % arr->itemsize)
    return raise(th, Exc_ValueError, "bytes length not a multiple of item size");
  if (append_bytes(th, arr, std::string(bv.view())) < 0) return Value();
  return g_None;
}

Value m_tobytes(Thread& th, const Value* a) { return V(bytes_new(th, snapshot(A(a[0])))); }

Value m_fromlist(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  if (!is_list(a[1])) return raise(th, Exc_TypeError, "arg must be list");
  std::string items;
  if (!pack_iterable(th, arr->typecode, a[1], &items)) return Value();
  if (append_bytes(th, arr, items) < 0) return Value();
  return g_None;
}

Value m_tolist(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  std::string bytes = snapshot(arr);
  ListObject* l = list_new(th, static_cast<int64_t>(bytes.size()) / arr->itemsize);
  Root keep(th, l);
  for (size_t k = 0; k < bytes.size(); k += static_cast<size_t>(arr->itemsize)) {
    Value v = unpack(th, arr->typecode, bytes.data() + k);
    if (v.is_empty()) return Value();
    list_append(th, l, v);
  }
  return V(l);
}

Value m_fromunicode(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "fromunicode() argument must be str, not %s", type_name(a[1]));
  if (arr->typecode != 'u')
    return raise(th, Exc_ValueError, "fromunicode() may only be called on unicode type arrays");
  if (append_bytes(th, arr, utf8_to_items(str_view(a[1]))) < 0) return Value();
  return g_None;
}

Value m_tounicode(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  if (arr->typecode != 'u')
    return raise(th, Exc_ValueError, "tounicode() may only be called on unicode type arrays");
  std::string text;
  if (!items_to_utf8(th, snapshot(arr), &text)) return Value();
  return V(str_new(th, text));
}

Value m_tofile(Thread& th, const Value* a) {
  Value b = V(bytes_new(th, snapshot(A(a[0]))));
  Root keep(th, b);
  static StrObject* const write = str_intern("write");
  Value r = call_method(th, a[1], write, &b, 1);
  return r.is_empty() ? Value() : g_None;
}

Value m_fromfile(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t n;
  if (!index_to_i64(th, a[2], &n)) return Value();
  if (n < 0) return raise(th, Exc_ValueError, "negative count");
  Value want = int_from_i64(th, n * arr->itemsize);
  static StrObject* const read = str_intern("read");
  Value data = call_method(th, a[1], read, &want, 1);
  if (data.is_empty()) return Value();
  if (!is_bytes(data)) return raise(th, Exc_TypeError, "read() didn't return bytes");
  std::string_view d = bytes_view(as<BytesObject>(data));
  int64_t whole = static_cast<int64_t>(d.size()) / arr->itemsize * arr->itemsize;
  if (append_bytes(th, arr, std::string(d.substr(0, static_cast<size_t>(whole)))) < 0)
    return Value();
  if (static_cast<int64_t>(d.size()) != n * arr->itemsize)
    return raise(th, Exc_EOFError, "read() didn't return enough bytes");
  return g_None;
}

Value m_copy(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  return V(array_from_bytes(th, ArrayType, arr->typecode, snapshot(arr)));
}

Value m_deepcopy(Thread& th, const Value* a) { return m_copy(th, a); }

// The machine format code of a typecode (CPython's enum, used by pickles).
int mformat_code(char tc) {
  switch (tc) {
    case 'b': return 1;
    case 'B': return 0;
    case 'u': return 20;
    case 'h': return 4;
    case 'H': return 2;
    case 'i': return 8;
    case 'I': return 6;
    case 'l': case 'q': return 12;
    case 'L': case 'Q': return 10;
    case 'f': return 14;
    case 'd': return 16;
  }
  return -1;
}

Value m_reduce_ex(Thread& th, const Value* a) {
  ArrayObject* arr = A(a[0]);
  int64_t proto;
  if (!index_to_i64(th, a[1], &proto)) return Value();
  Value dict = g_None;
  if (std::atomic<DictObject*>* slot = instance_dict_slot(a[0])) {
    DictObject* d = slot->load(std::memory_order_acquire);
    dict = d ? V(d) : V(dict_new(th));
  }
  Root kd(th, dict);
  Value tc = V(str_new(th, std::string_view(&arr->typecode, 1)));
  Root ktc(th, tc);
  Value cls = V(a[0].obj()->type);
  if (proto < 3) {
    Value list = m_tolist(th, a);
    if (list.is_empty()) return Value();
    Root kl(th, list);
    Value args[2] = {tc, list};
    Value targs = V(tuple_from(th, args, 2));
    Root ka(th, targs);
    Value r[3] = {cls, targs, dict};
    return V(tuple_from(th, r, 3));
  }
  Value bytes = V(bytes_new(th, snapshot(arr)));
  Root kb(th, bytes);
  Value args[4] = {cls, tc, Value::from_small(mformat_code(arr->typecode)), bytes};
  Value targs = V(tuple_from(th, args, 4));
  Root ka(th, targs);
  Value r[3] = {g_reconstructor, targs, dict};
  return V(tuple_from(th, r, 3));
}

Value m_sizeof(Thread&, const Value* a) {
  BytesObject* b = A(a[0])->buf.load(std::memory_order_acquire);
  return Value::from_small(static_cast<int64_t>(sizeof(ArrayObject)) + (b ? b->size : 0));
}

Value g_typecode(Thread& th, Value self) {
  return V(str_new(th, std::string_view(&A(self)->typecode, 1)));
}
Value g_itemsize(Thread&, Value self) { return Value::from_small(A(self)->itemsize); }

const NativeDef kArrayMethods[] = {
    {"append(self, v, /)", m_append, 0, "Append new value v to the end of the array."},
    {"buffer_info(self, /)", m_buffer_info, 0,
     "Return a tuple (address, length) giving the current memory address and the length in "
     "items of the buffer used to hold array's contents."},
    {"byteswap(self, /)", m_byteswap, 0, "Byteswap all items of the array."},
    {"count(self, v, /)", m_count, 0, "Return number of occurrences of v in the array."},
    {"extend(self, bb, /)", m_extend, 0, "Append items to the end of the array."},
    {"frombytes(self, buffer, /)", m_frombytes, 0,
     "Appends items from the string, interpreting it as an array of machine values."},
    {"fromfile(self, f, n, /)", m_fromfile, 0,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist(self, list, /)", m_fromlist, 0, "Append items to array from list."},
    {"fromunicode(self, ustr, /)", m_fromunicode, 0,
     "Extends this array with data from the unicode string ustr."},
    {"index(self, v, start=?, stop=?, /)", m_index, 0,
     "Return index of first occurrence of v in the array."},
    {"insert(self, i, v, /)", m_insert, 0,
     "Insert a new item v into the array before position i."},
    {"pop(self, i=?, /)", m_pop, 0, "Return the i-th element and delete it from the array."},
    {"remove(self, v, /)", m_remove, 0, "Remove the first occurrence of v in the array."},
    {"reverse(self, /)", m_reverse, 0, "Reverse the order of the items in the array."},
    {"tobytes(self, /)", m_tobytes, 0,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile(self, f, /)", m_tofile, 0, "Write all items (as machine values) to the file object f."},
    {"tolist(self, /)", m_tolist, 0, "Convert array to an ordinary list with the same items."},
    {"tounicode(self, /)", m_tounicode, 0, "Extends this array with data from the unicode string ustr."},
    {"__copy__(self, /)", m_copy, 0, "Return a copy of the array."},
    {"__deepcopy__(self, unused, /)", m_deepcopy, 0, "Return a copy of the array."},
    {"__reduce_ex__(self, protocol, /)", m_reduce_ex, 0, "Return state information for pickling."},
    {"__sizeof__(self, /)", m_sizeof, 0, "Size of the array in memory, in bytes."},
    {},
};

const GetSetDef kArrayGetSets[] = {
    {"typecode", g_typecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", g_itemsize, nullptr, "the size, in bytes, of one array item"},
    {},
};

// ---------------------------------------------------------------- _array_reconstructor

struct MachineFormat {
  int size;
  bool is_signed;
  bool big_endian;
  char kind;  // 'i' integer, 'f' float, 'u' UTF-16/32 text
};

bool machine_format(int64_t code, MachineFormat* out) {
  static const MachineFormat kFormats[] = {
      {1, false, false, 'i'}, {1, true, false, 'i'},  {2, false, false, 'i'}, {2, false, true, 'i'},
      {2, true, false, 'i'},  {2, true, true, 'i'},   {4, false, false, 'i'}, {4, false, true, 'i'},
      {4, true, false, 'i'},  {4, true, true, 'i'},   {8, false, false, 'i'}, {8, false, true, 'i'},
      {8, true, false, 'i'},  {8, true, true, 'i'},   {4, true, false, 'f'},  {4, true, true, 'f'},
      {8, true, false, 'f'},  {8, true, true, 'f'},   {2, false, false, 'u'}, {2, false, true, 'u'},
      {4, false, false, 'u'}, {4, false, true, 'u'},
  };
  if (code < 0 || code >= static_cast<int64_t>(std::size(kFormats))) return false;
  *out = kFormats[code];
  return true;
}

Value reconstructor_impl(Thread& th, const Value* a) {
  if (!is_type(a[0]))
    return raise(th, Exc_TypeError, "first argument must be a type object, not %s", type_name(a[0]));
  Type* cls = as<Type>(a[0]);
  if (cls != ArrayType && !is_subtype(cls, ArrayType))
    return raise(th, Exc_TypeError, "%s is not a subtype of array.array", str_view(cls->name).data());
  if (!is_str(a[1]) || as<StrObject>(a[1])->byte_length != 1 || !typecode_size(str_view(a[1])[0]))
    return raise(th, Exc_ValueError, "second argument must be a valid type code");
  char tc = str_view(a[1])[0];
  int64_t code;
  MachineFormat mf;
  if (!index_to_i64(th, a[2], &code)) return Value();
  if (!machine_format(code, &mf))
    return raise(th, Exc_ValueError, "third argument must be a valid machine format code.");
  if (!is_bytes(a[3]))
    return raise(th, Exc_TypeError, "fourth argument should be bytes, not %s", type_name(a[3]));
  std::string_view data = bytes_view(as<BytesObject>(a[3]));
  if (data.size() % static_cast<size_t>(mf.size))
    return raise(th, Exc_ValueError, "string length not a multiple of item size");
  if (code == mformat_code(tc)) return V(array_from_bytes(th, cls, tc, data));
  if (mf.kind == 'i') {
    // As CPython: an integer layout picks the first typecode of its size and sign.
    for (char c : std::string_view("bBhHiIlLqQ")) {
      bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q';
      if (typecode_size(c) == mf.size && is_signed == mf.is_signed) {
        tc = c;
        break;
      }
    }
  }
  // A foreign layout: decode each item to a Python value, then pack it natively.
  std::string items;
  char tmp[8];
  for (size_t k = 0; k < data.size(); k += static_cast<size_t>(mf.size)) {
    unsigned char b[8];
    for (int j = 0; j < mf.size; j++)
      b[j] = static_cast<unsigned char>(data[k + static_cast<size_t>(mf.big_endian ? mf.size - 1 - j : j)]);
    uint64_t u = 0;
    for (int j = mf.size - 1; j >= 0; j--) u = (u << 8) | b[j];
    Value v;
    if (mf.kind == 'f') {
      if (mf.size == 4) {
        uint32_t w = static_cast<uint32_t>(u);
        float f;
        std::memcpy(&f, &w, 4);
        v = Value::from_double(f);
      } else {
        double d;
        std::memcpy(&d, &u, 8);
        v = Value::from_double(d);
      }
    } else if (mf.kind == 'u') {
      v = str_char(th, static_cast<uint32_t>(u));
    } else if (mf.is_signed) {
      int shift = 64 - 8 * mf.size;
      v = int_from_i64(th, static_cast<int64_t>(u << shift) >> shift);
    } else {
      v = int_from_u64(th, u);
    }
    if (v.is_empty() || !pack(th, tc, v, tmp)) return Value();
    items.append(tmp, static_cast<size_t>(typecode_size(tc)));
  }
  return V(array_from_bytes(th, cls, tc, items));
}

const NativeDef kReconstructorDef = {
    "_array_reconstructor(arraytype, typecode, mformat_code, items, /)", reconstructor_impl, 0,
    "Internal. Used for pickling support."};

void init_types_once(Thread& th) {
  static std::once_flag once;
  std::call_once(once, [&th] {
    // The type's name, its __module__ and the module's own name are distinct string
    // objects, as in CPython: pickle memoizes strings by identity, so sharing one
    // object would change the bytes of a pickled array.
    auto immortal_str = [&th](const char* text) {
      StrObject* s = str_new(th, text);
      gc_make_immortal(s);
      return s;
    };
    Value mod = V(immortal_str("array"));
    Type* t = ArrayType;
    t->type = TypeType;
    t->base = ObjectType;
    t->basicsize = sizeof(ArrayObject);
    t->name = immortal_str("array");
    t->module = mod;
    t->flags |= TF_BASETYPE | TF_HASH_NONE;
    gc_register_static(t);
    t->new_ = array_new_impl;
    t->repr = array_repr;
    t->len = array_len;
    t->getitem = array_getitem;
    t->setitem = array_setitem;
    t->contains = array_contains;
    t->iter = array_iter;
    t->richcmp = array_richcmp;
    t->trace = array_trace;
    t->nb[int(BinOp::ADD)] = array_concat;
    t->nb[int(BinOp::MUL)] = array_repeat;
    t->nb_inplace[int(BinOp::ADD)] = array_iadd;
    t->nb_inplace[int(BinOp::MUL)] = array_imul;
    t->methods = kArrayMethods;
    t->getsets = kArrayGetSets;
    t->tp_doc =
        "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are "
        "restricted by typecode, and\ninitialized from the optional initializer value, which "
        "must be a list,\nstring or iterable over elements of the appropriate type.";
    finish_type(th, t);

    Type* it = ArrayIterType;
    it->type = TypeType;
    it->base = ObjectType;
    it->basicsize = sizeof(SeqIterObject);
    it->name = str_intern("arrayiterator");
    it->module = mod;
    gc_register_static(it);
    it->iter = self_iter;
    it->next = array_iter_next;
    it->trace = seqiter_trace;
    finish_type(th, it);

    buffer_register(ArrayType, array_getbuffer);
    gc_add_root(&g_reconstructor);
  });
}

}  // namespace

int init_array_module(Thread& th, ModuleObject* m) {
  init_types_once(th);
  Value mod = V(str_intern("array"));
  g_reconstructor = make_native_function(th, &kReconstructorDef, mod);
  dict_set_str(th, m->dict, str_intern("_array_reconstructor"), g_reconstructor);
  dict_set_str(th, m->dict, str_intern("array"), V(ArrayType));
  dict_set_str(th, m->dict, str_intern("ArrayType"), V(ArrayType));
  dict_set_str(th, m->dict, str_intern("typecodes"), V(str_intern(kTypecodes)));
  dict_set_str(th, m->dict, sym::__doc__,
               V(str_intern("This module defines an object type which can efficiently represent\n"
                            "an array of basic values: characters, integers, floating point\n"
                            "numbers.  Arrays are sequence types and behave very much like lists,\n"
                            "except that the type of objects stored in them is constrained.\n")));
  return 0;
}

}  // namespace taipan
