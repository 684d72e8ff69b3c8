// memoryview, and the buffer protocol it consumes (vm/buffer.h): the exporter registry,
// the built-in exporters (bytes, bytearray, memoryview), and the item codecs shared
// with array.array.
//
// Invariants:
// - A view never outlives its memory: `keep` references the GC object holding it.
// - A view of a mutable exporter holds one export (its `exports` counter) until
//   release() or finalization, so the exporter keeps the same buffer object and `data`
//   stays the exporter's live memory. release() never clears `keep`: a thread racing
//   with release() reads valid (if no longer shared) memory, never freed memory.
// - Single-item reads go without a lock, with the item-wise atomic loads of
//   vm/buffer.h; writes (item-wise atomic stores) and whole-view reads (tobytes,
//   tolist, comparisons, ByteView) take the exporter's lock. Values are packed before
//   the lock is taken, since packing may run __index__.
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/int_gmp.h"
#include "builtins/iterators.h"
#include "builtins/numbers.h"
#include "builtins/str_impl.h"
#include "vm/abstract.h"
#include "vm/buffer.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

namespace {

char g_empty_byte[8];

// ---------------------------------------------------------------- exporter registry

struct Exporter {
  Type* type;
  GetBufferFn fn;
};
constexpr int kMaxExporters = 16;
Exporter g_exporters[kMaxExporters];
std::atomic<int> g_exporter_count{0};
std::mutex g_exporter_mu;

GetBufferFn find_exporter(Type* t) {
  int n = g_exporter_count.load(std::memory_order_acquire);
  for (int i = 0; i < n; i++)
    if (t == g_exporters[i].type || is_subtype(t, g_exporters[i].type)) return g_exporters[i].fn;
  return nullptr;
}

inline MemoryViewObject* MV(Value v) { return as<MemoryViewObject>(v); }
inline bool is_memoryview(Value v) { return v.is_obj() && v.obj()->type == MemoryViewType; }

Value raise_released(Thread& th) {
  return raise(th, Exc_ValueError, "operation forbidden on released memoryview object");
}
inline bool released(MemoryViewObject* mv) {
  return mv->released.load(std::memory_order_acquire) != 0;
}

inline char fmt_code(const char* f) { return f[0] == '@' ? f[1] : f[0]; }

// ---------------------------------------------------------------- built-in exporters

bool bytes_getbuffer(Thread&, Value self, Buffer* out, int flags) {
  (void)flags;
  auto* b = as<BytesObject>(self);
  out->obj = self;
  out->keep = self;
  out->data = b->data;
  out->len = b->size;
  out->itemsize = 1;
  out->format = "B";
  out->readonly = true;
  out->lock = nullptr;
  out->exports = nullptr;
  return true;
}

bool bytearray_getbuffer(Thread&, Value self, Buffer* out, int flags) {
  auto* ba = as<ByteArrayObject>(self);
  CriticalSection cs{ba};
  BytesObject* buf = ba->buf.load(std::memory_order_relaxed);
  out->obj = self;
  out->keep = buf ? V(buf) : Value();
  out->data = buf ? buf->data : g_empty_byte;
  out->len = ba->size.load(std::memory_order_relaxed);
  out->itemsize = 1;
  out->format = "B";
  out->readonly = false;
  out->lock = ba;
  out->exports = nullptr;
  if (flags & BUF_EXPORT) {
    ba->exports.fetch_add(1, std::memory_order_acq_rel);
    out->exports = &ba->exports;
  }
  return true;
}

bool view_c_contiguous(MemoryViewObject* mv) {
  int64_t expect = mv->itemsize;
  for (int d = mv->ndim - 1; d >= 0; d--) {
    int64_t n = mv->shape()[d];
    if (n == 0) return true;
    if (n != 1 && mv->strides()[d] != expect) return false;
    expect *= n;
  }
  return true;
}

bool view_f_contiguous(MemoryViewObject* mv) {
  int64_t expect = mv->itemsize;
  for (int d = 0; d < mv->ndim; d++) {
    int64_t n = mv->shape()[d];
    if (n == 0) return true;
    if (n != 1 && mv->strides()[d] != expect) return false;
    expect *= n;
  }
  return true;
}

// A generic consumer sees a memoryview's memory only when it is contiguous.
bool memoryview_getbuffer(Thread& th, Value self, Buffer* out, int flags) {
  MemoryViewObject* mv = MV(self);
  if (released(mv)) {
    raise_released(th);
    return false;
  }
  if (!view_c_contiguous(mv)) {
    raise(th, Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    return false;
  }
  out->obj = self;
  out->keep = mv->keep;
  out->data = mv->data;
  out->len = mv->nbytes;
  out->itemsize = mv->itemsize;
  // Formats live in the view; consumers want a static string, so map the code.
  static const char kCodes[] = "cbB?hHiIlLqQnNfdePwu";
  static const char* kStrs[] = {"c", "b", "B", "?", "h", "H", "i", "I", "l", "L",
                                "q", "Q", "n", "N", "f", "d", "e", "P", "w", "u"};
  const char* p = std::strchr(kCodes, fmt_code(mv->format));
  out->format = p && *p ? kStrs[p - kCodes] : "B";
  out->readonly = mv->readonly;
  out->lock = mv->lock;
  out->exports = nullptr;
  if ((flags & BUF_EXPORT) && mv->exports) {
    mv->exports->fetch_add(1, std::memory_order_acq_rel);
    out->exports = mv->exports;
  }
  return true;
}

void register_builtin_exporters() {
  static std::once_flag once;
  std::call_once(once, [] {
    buffer_register(BytesType, bytes_getbuffer);
    buffer_register(ByteArrayType, bytearray_getbuffer);
    buffer_register(MemoryViewType, memoryview_getbuffer);
  });
}

}  // namespace

void buffer_register(Type* t, GetBufferFn fn) {
  std::lock_guard lk(g_exporter_mu);
  int n = g_exporter_count.load(std::memory_order_relaxed);
  for (int i = 0; i < n; i++)
    if (g_exporters[i].type == t) return;
  if (n == kMaxExporters) return;
  g_exporters[n] = {t, fn};
  g_exporter_count.store(n + 1, std::memory_order_release);
}

bool buffer_supported(Value v) { return v.is_obj() && find_exporter(v.obj()->type) != nullptr; }

int buffer_get(Thread& th, Value v, Buffer* out, int flags) {
  if (!v.is_obj()) return 0;
  GetBufferFn fn = find_exporter(v.obj()->type);
  if (!fn) return 0;
  if (!fn(th, v, out, flags)) return -1;
  if ((flags & BUF_WRITABLE) && out->readonly) {
    buffer_release(out);
    raise(th, Exc_TypeError, "argument must be read-write bytes-like object, not %s",
          type_name(v));
    return -1;
  }
  return 1;
}

bool buffer_get_required(Thread& th, Value v, Buffer* out, int flags) {
  int r = buffer_get(th, v, out, flags);
  if (r == 0) raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return r > 0;
}

void buffer_release(Buffer* b) {
  if (b->exports) {
    b->exports->fetch_sub(1, std::memory_order_acq_rel);
    b->exports = nullptr;
  }
}

int32_t buffer_reclaim_exports(Thread& th, std::atomic<int32_t>* exports) {
  gc_collect(th);
  return exports->load(std::memory_order_acquire);
}

int buffer_raise_resize_error(Thread& th) {
  raise(th, Exc_BufferError, "Existing exports of data: object cannot be re-sized");
  return -1;
}

int buffer_code_size(char code) {
  switch (code) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

Value buffer_unpack_item(Thread& th, char code, const char* p) {
  auto load = [p](auto x) {
    std::memcpy(&x, p, sizeof x);
    return x;
  };
  switch (code) {
    case 'B': return Value::from_small(load(uint8_t()));
    case 'b': return Value::from_small(load(int8_t()));
    case 'h': return Value::from_small(load(int16_t()));
    case 'H': return Value::from_small(load(uint16_t()));
    case 'i': return Value::from_small(load(int32_t()));
    case 'I': return Value::from_small(load(uint32_t()));
    case 'l': case 'q': case 'n': return int_from_i64(th, load(int64_t()));
    case 'L': case 'Q': case 'N': case 'P': return int_from_u64(th, load(uint64_t()));
    case 'f': return Value::from_double(load(float()));
    case 'd': return Value::from_double(load(double()));
    case '?': return bool_value(*p != 0);
    case 'c': return V(bytes_new(th, std::string_view(p, 1)));
    default:
      return raise(th, Exc_NotImplementedError, "memoryview: format %c not supported", code);
  }
}

namespace {

// ---------------------------------------------------------------- views

MemoryViewObject* view_alloc(Thread& th, int ndim) {
  size_t extra = ndim > 1 ? static_cast<size_t>(2 * ndim - 2) * sizeof(int64_t) : 0;
  auto* mv = gc_new<MemoryViewObject>(th, MemoryViewType, extra);
  mv->ndim = ndim;
  mv->hash_cache.store(-1, std::memory_order_relaxed);
  return mv;
}

// A new view sharing src's exporter (one more export), with ndim dimensions to fill.
MemoryViewObject* view_like(Thread& th, MemoryViewObject* src, int ndim) {
  MemoryViewObject* mv = view_alloc(th, ndim);
  mv->obj = src->obj;
  mv->keep = src->keep;
  mv->data = src->data;
  mv->lock = src->lock;
  mv->readonly = src->readonly;
  std::memcpy(mv->format, src->format, sizeof mv->format);
  mv->itemsize = src->itemsize;
  mv->nbytes = src->nbytes;
  if (src->exports) {
    src->exports->fetch_add(1, std::memory_order_acq_rel);
    mv->exports = src->exports;
  }
  return mv;
}

MemoryViewObject* view_copy(Thread& th, MemoryViewObject* src) {
  MemoryViewObject* mv = view_like(th, src, src->ndim);
  for (int d = 0; d < src->ndim; d++) {
    mv->shape()[d] = src->shape()[d];
    mv->strides()[d] = src->strides()[d];
  }
  return mv;
}

Value view_from_object(Thread& th, Value obj) {
  if (is_memoryview(obj)) {
    if (released(MV(obj))) return raise_released(th);
    return V(view_copy(th, MV(obj)));
  }
  Buffer b;
  int r = buffer_get(th, obj, &b, BUF_EXPORT);
  if (r < 0) return Value();
  if (r == 0)
    return raise(th, Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                 type_name(obj));
  MemoryViewObject* mv = view_alloc(th, 1);
  mv->obj = b.obj;
  mv->keep = b.keep;
  mv->data = b.data;
  mv->lock = b.lock;
  mv->exports = b.exports;
  mv->readonly = b.readonly;
  std::snprintf(mv->format, sizeof mv->format, "%s", b.format);
  mv->itemsize = b.itemsize;
  mv->nbytes = b.len;
  mv->shape()[0] = b.itemsize ? b.len / b.itemsize : 0;
  mv->strides()[0] = b.itemsize;
  return V(mv);
}

void view_release(MemoryViewObject* mv) {
  if (mv->released.exchange(1, std::memory_order_acq_rel)) return;
  if (mv->exports) mv->exports->fetch_sub(1, std::memory_order_acq_rel);
}

// Copies the items in logical C order; the caller holds the exporter's lock if any.
void gather_locked(MemoryViewObject* mv, int d, const char* p, std::string* out) {
  if (d == mv->ndim) {
    out->append(p, static_cast<size_t>(mv->itemsize));
    return;
  }
  int64_t n = mv->shape()[d], st = mv->strides()[d];
  if (d == mv->ndim - 1 && st == mv->itemsize) {
    out->append(p, static_cast<size_t>(n * st));
    return;
  }
  for (int64_t i = 0; i < n; i++) gather_locked(mv, d + 1, p + i * st, out);
}

std::string view_snapshot(MemoryViewObject* mv) {
  std::string out;
  out.reserve(static_cast<size_t>(mv->nbytes));
  if (mv->lock) {
    CriticalSection cs{mv->lock};
    gather_locked(mv, 0, mv->data, &out);
  } else {
    gather_locked(mv, 0, mv->data, &out);
  }
  return out;
}

// ---------------------------------------------------------------- item codec (writes)

Value invalid_type(Thread& th, MemoryViewObject* mv) {
  return raise(th, Exc_TypeError, "memoryview: invalid type for format '%s'", mv->format);
}
Value invalid_value(Thread& th, MemoryViewObject* mv) {
  return raise(th, Exc_ValueError, "memoryview: invalid value for format '%s'", mv->format);
}

// Packs v into out (itemsize bytes) per the view's format; may run Python code.
bool pack_item(Thread& th, MemoryViewObject* mv, Value v, char* out) {
  char code = fmt_code(mv->format);
  auto store = [out](auto x) { std::memcpy(out, &x, sizeof x); };
  switch (code) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I':
    case 'l': case 'q': case 'n': case 'L': case 'Q': case 'N': case 'P': {
      Value iv = v;
      if (!is_int(v)) {
        if (!type_of(v)->index) {
          invalid_type(th, mv);
          return false;
        }
        iv = index_value(th, v);
        if (iv.is_empty()) return false;
      }
      MpzView z(iv);
      bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' ||
                         code == 'Q' || code == 'N' || code == 'P';
      if (is_unsigned) {
        if (mpz_sgn(z.get()) < 0 || !mpz_fits_ulong_p(z)) {
          invalid_value(th, mv);
          return false;
        }
        uint64_t u = mpz_get_ui(z);
        uint64_t max = code == 'B' ? 0xFF : code == 'H' ? 0xFFFF : code == 'I' ? 0xFFFFFFFFu : ~0ull;
        if (u > max) {
          invalid_value(th, mv);
          return false;
        }
        switch (code) {
          case 'B': store(static_cast<uint8_t>(u)); break;
          case 'H': store(static_cast<uint16_t>(u)); break;
          case 'I': store(static_cast<uint32_t>(u)); break;
          default: store(u); break;
        }
        return true;
      }
      if (!mpz_fits_slong_p(z)) {
        invalid_value(th, mv);
        return false;
      }
      int64_t i = mpz_get_si(z);
      int64_t lo = code == 'b' ? -128 : code == 'h' ? -32768 : code == 'i' ? INT32_MIN : INT64_MIN;
      int64_t hi = code == 'b' ? 127 : code == 'h' ? 32767 : code == 'i' ? INT32_MAX : INT64_MAX;
      if (i < lo || i > hi) {
        invalid_value(th, mv);
        return false;
      }
      switch (code) {
        case 'b': store(static_cast<int8_t>(i)); break;
        case 'h': store(static_cast<int16_t>(i)); break;
        case 'i': store(static_cast<int32_t>(i)); break;
        default: store(i); break;
      }
      return true;
    }
    case 'f': case 'd': {
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
        invalid_type(th, mv);
        return false;
      }
      if (code == 'f') store(static_cast<float>(d));
      else store(d);
      return true;
    }
    case '?': {
      int t = truthy(th, v);
      if (t < 0) return false;
      *out = static_cast<char>(t);
      return true;
    }
    case 'c':
      if (!is_bytes(v)) {
        invalid_type(th, mv);
        return false;
      }
      if (as<BytesObject>(v)->size != 1) {
        invalid_value(th, mv);
        return false;
      }
      *out = as<BytesObject>(v)->data[0];
      return true;
    default:
      raise(th, Exc_NotImplementedError, "memoryview: format %s not supported", mv->format);
      return false;
  }
}

// ---------------------------------------------------------------- slots

// A view that the caller may use: raises on a released one.
MemoryViewObject* live(Thread& th, Value self) {
  MemoryViewObject* mv = MV(self);
  if (released(mv)) {
    raise_released(th);
    return nullptr;
  }
  return mv;
}

Value mv_new_impl(Thread& th, const Value* a) { return view_from_object(th, a[0]); }
const NativeDef kNewImplDef = {"memoryview(object)", mv_new_impl};

Value mv_new(Thread& th, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kNewImplDef, Value(), args, nargs, kwnames);
}

Value mv_repr(Thread& th, Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", released(MV(self)) ? "released " : "",
                static_cast<void*>(self.obj()));
  return V(str_new(th, buf));
}

int64_t mv_len(Thread& th, Value self) {
  MemoryViewObject* mv = live(th, self);
  if (!mv) return -1;
  if (mv->ndim == 0) {
    raise(th, Exc_TypeError, "0-dim memory has no length");
    return -1;
  }
  return mv->shape()[0];
}

// Resolves an index on dimension d (0-based) to a byte offset; false: raised.
bool dim_offset(Thread& th, MemoryViewObject* mv, int d, Value key, int64_t* off) {
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (!index_to_i64(th, key, &i)) {
    if (exc_matches(th, Exc_OverflowError)) {
      clear_exc(th);
      raise(th, Exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return false;
  }
  int64_t n = mv->shape()[d];
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(th, Exc_IndexError, "index out of bounds on dimension %d", d + 1);
    return false;
  }
  *off = i * mv->strides()[d];
  return true;
}

inline bool is_index_key(Value k) {
  return is_int(k) || (k.is_obj() && type_of(k)->index && !is_tuple(k));
}

// The item pointer for a full multi-index (a tuple of ndim ints); null: raised or
// `*multi_slice` set when the tuple holds slices.
char* tuple_item(Thread& th, MemoryViewObject* mv, TupleObject* t, bool* has_slice) {
  *has_slice = false;
  for (int64_t k = 0; k < t->size; k++)
    if (t->items[k].is_obj() && t->items[k].obj()->type == SliceType) *has_slice = true;
  if (*has_slice) return nullptr;
  for (int64_t k = 0; k < t->size; k++) {
    if (!is_index_key(t->items[k])) {
      raise(th, Exc_TypeError, "memoryview: invalid slice key");
      return nullptr;
    }
  }
  if (t->size != mv->ndim) {
    if (t->size < mv->ndim)
      raise(th, Exc_NotImplementedError, "sub-views are not implemented");
    else
      raise(th, Exc_TypeError, "cannot index %d-dimension view with %lld-element tuple", mv->ndim,
            static_cast<long long>(t->size));
    return nullptr;
  }
  char* p = mv->data;
  for (int d = 0; d < mv->ndim; d++) {
    int64_t off;
    if (!dim_offset(th, mv, d, t->items[d], &off)) return nullptr;
    p += off;
  }
  return p;
}

// One item, read without the exporter's lock (vm/buffer.h: never torn).
Value read_item(Thread& th, MemoryViewObject* mv, const char* p) {
  char tmp[16];
  buffer_load_item(tmp, p, mv->itemsize);
  return buffer_unpack_item(th, fmt_code(mv->format), tmp);
}

Value mv_getitem(Thread& th, Value self, Value key) {
  MemoryViewObject* mv = live(th, self);
  if (!mv) return Value();
  if (mv->ndim == 0) {
    if (key.is(g_Ellipsis)) return self;
    if (is_tuple(key) && as<TupleObject>(key)->size == 0) return read_item(th, mv, mv->data);
    return raise(th, Exc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (is_index_key(key)) {
    if (mv->ndim != 1)
      return raise(th, Exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    int64_t off;
    if (!dim_offset(th, mv, 0, key, &off)) return Value();
    return read_item(th, mv, mv->data + off);
  }
  if (key.is_obj() && key.obj()->type == SliceType) {
    Root keep(th, key);
    int64_t start, stop, step;
    int64_t n = slice_indices(th, as<SliceObject>(key), mv->shape()[0], &start, &stop, &step);
    if (n < 0) return Value();
    if (released(mv)) return raise_released(th);  // __index__ of the bounds ran Python code
    MemoryViewObject* r = view_copy(th, mv);
    r->data = mv->data + start * mv->strides()[0];
    r->shape()[0] = n;
    r->strides()[0] = mv->strides()[0] * step;
    r->nbytes = mv->itemsize;
    for (int d = 0; d < r->ndim; d++) r->nbytes *= r->shape()[d];
    return V(r);
  }
  if (is_tuple(key)) {
    bool has_slice;
    char* p = tuple_item(th, mv, as<TupleObject>(key), &has_slice);
    if (has_slice)
      return raise(th, Exc_NotImplementedError, "multi-dimensional slicing is not implemented");
    if (!p) return Value();
    return read_item(th, mv, p);
  }
  return raise(th, Exc_TypeError, "memoryview: invalid slice key");
}

// Source of a slice assignment: its bytes in logical order, format code and item count.
bool assign_source(Thread& th, Value v, std::string* bytes, char* code, int64_t* count,
                   int* ndim) {
  if (is_memoryview(v)) {
    MemoryViewObject* src = live(th, v);
    if (!src) return false;
    *bytes = view_snapshot(src);
    *code = fmt_code(src->format);
    *ndim = src->ndim;
    *count = src->ndim ? src->shape()[0] : 1;
    return true;
  }
  Buffer b;
  int r = buffer_get(th, v, &b, BUF_SIMPLE);
  if (r < 0) return false;
  if (r == 0) {
    raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
  }
  std::string_view view;
  if (buffer_read_all(th, v, bytes, &view) < 0) return false;
  if (view.data() != bytes->data()) bytes->assign(view);
  *code = fmt_code(b.format);
  *ndim = 1;
  *count = b.itemsize ? static_cast<int64_t>(bytes->size()) / b.itemsize : 0;
  return true;
}

int mv_setitem(Thread& th, Value self, Value key, Value v) {
  MemoryViewObject* mv = live(th, self);
  if (!mv) return -1;
  if (mv->readonly) {
    raise(th, Exc_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "cannot delete memory");
    return -1;
  }
  char item[16];
  if (mv->ndim == 0) {
    if (!key.is(g_Ellipsis) && !(is_tuple(key) && as<TupleObject>(key)->size == 0)) {
      raise(th, Exc_TypeError, "invalid indexing of 0-dim memory");
      return -1;
    }
    if (!pack_item(th, mv, v, item)) return -1;
    CriticalSection cs{mv->lock ? mv->lock : self.obj()};
    buffer_store_items(mv->data, item, 1, mv->itemsize);
    return 0;
  }
  if (is_index_key(key)) {
    if (mv->ndim != 1) {
      raise(th, Exc_NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    if (!pack_item(th, mv, v, item)) return -1;
    int64_t off;
    if (!dim_offset(th, mv, 0, key, &off)) return -1;
    CriticalSection cs{mv->lock ? mv->lock : self.obj()};
    buffer_store_items(mv->data + off, item, 1, mv->itemsize);
    return 0;
  }
  if (key.is_obj() && key.obj()->type == SliceType) {
    if (mv->ndim != 1) {
      raise(th, Exc_NotImplementedError,
            "memoryview slice assignments are currently restricted to ndim = 1");
      return -1;
    }
    Root keep_key(th, key);
    std::string src;
    char code;
    int64_t count;
    int ndim;
    if (!assign_source(th, v, &src, &code, &count, &ndim)) return -1;
    int64_t start, stop, step;
    int64_t n = slice_indices(th, as<SliceObject>(key), mv->shape()[0], &start, &stop, &step);
    if (n < 0) return -1;
    if (code != fmt_code(mv->format) || ndim != 1 || count != n) {
      raise(th, Exc_ValueError,
            "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    CriticalSection cs{mv->lock ? mv->lock : self.obj()};
    char* p = mv->data + start * mv->strides()[0];
    int64_t st = mv->strides()[0] * step;
    if (st == mv->itemsize) {
      buffer_store_items(p, src.data(), n, mv->itemsize);
      return 0;
    }
    for (int64_t k = 0; k < n; k++, p += st)
      buffer_store_items(p, src.data() + k * mv->itemsize, 1, mv->itemsize);
    return 0;
  }
  if (is_tuple(key)) {
    bool has_slice;
    Root keep_key(th, key);
    if (!pack_item(th, mv, v, item)) return -1;
    char* p = tuple_item(th, mv, as<TupleObject>(key), &has_slice);
    if (has_slice) {
      raise(th, Exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
      return -1;
    }
    if (!p) return -1;
    CriticalSection cs{mv->lock ? mv->lock : self.obj()};
    buffer_store_items(p, item, 1, mv->itemsize);
    return 0;
  }
  raise(th, Exc_TypeError, "memoryview: invalid slice key");
  return -1;
}

Value mv_iter(Thread& th, Value self) {
  MemoryViewObject* mv = live(th, self);
  if (!mv) return Value();
  if (mv->ndim == 0) return raise(th, Exc_TypeError, "invalid indexing of 0-dim memory");
  if (mv->ndim != 1)
    return raise(th, Exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  return seq_iter_new(th, self);
}

// The items of any buffer as a flat list of values plus its shape; false: raised,
// or *unsupported when a format cannot be unpacked (such views compare unequal).
struct Flat {
  std::string bytes;
  char code = 'B';
  int itemsize = 1;
  std::vector<int64_t> shape;
};

int flat_of(Thread& th, Value v, Flat* out) {
  if (is_memoryview(v)) {
    MemoryViewObject* mv = MV(v);
    out->bytes = view_snapshot(mv);
    out->code = fmt_code(mv->format);
    out->itemsize = mv->itemsize;
    out->shape.assign(mv->shape(), mv->shape() + mv->ndim);
    return 1;
  }
  std::string_view view;
  Buffer b;
  int r = buffer_get(th, v, &b, BUF_SIMPLE);
  if (r <= 0) return r;
  r = buffer_read_all(th, v, &out->bytes, &view);
  if (r <= 0) return r;
  if (view.data() != out->bytes.data()) out->bytes.assign(view);
  out->code = fmt_code(b.format);
  out->itemsize = b.itemsize;
  out->shape.assign(1, b.itemsize ? static_cast<int64_t>(out->bytes.size()) / b.itemsize : 0);
  return 1;
}

Value mv_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (op != CmpOp::EQ && op != CmpOp::NE) return g_NotImplemented;
  if (!is_memoryview(a)) std::swap(a, b);
  if (!is_memoryview(a)) return g_NotImplemented;
  bool equal;
  if (a.is(b)) {
    equal = true;
  } else if (released(MV(a)) || (is_memoryview(b) && released(MV(b)))) {
    equal = false;
  } else {
    if (!is_memoryview(b) && !buffer_supported(b)) return g_NotImplemented;
    Root ka(th, a), kb(th, b);
    Flat x, y;
    int r = flat_of(th, a, &x);
    if (r < 0) return Value();
    r = flat_of(th, b, &y);
    if (r < 0) return Value();
    if (r == 0) return g_NotImplemented;
    equal = x.shape == y.shape;
    if (equal && (!buffer_code_size(x.code) || !buffer_code_size(y.code))) equal = false;
    if (equal && x.code == y.code && x.code != 'f' && x.code != 'd' && x.code != 'e') {
      equal = x.bytes == y.bytes;
    } else if (equal) {
      int64_t n = x.itemsize ? static_cast<int64_t>(x.bytes.size()) / x.itemsize : 0;
      for (int64_t i = 0; i < n && equal; i++) {
        Value u = buffer_unpack_item(th, x.code, x.bytes.data() + i * x.itemsize);
        if (u.is_empty()) return Value();
        Root ku(th, u);
        Value w = buffer_unpack_item(th, y.code, y.bytes.data() + i * y.itemsize);
        if (w.is_empty()) return Value();
        int e = eq(th, u, w);
        if (e < 0) return Value();
        // eq() treats identical objects as equal; NaN items must not be.
        if (e && u.is_double() && u.dbl() != u.dbl()) e = 0;
        equal = e != 0;
      }
    }
  }
  return bool_value(op == CmpOp::EQ ? equal : !equal);
}

bool mv_hash(Thread& th, Value self, int64_t* out) {
  MemoryViewObject* mv = live(th, self);
  if (!mv) return false;
  int64_t h = mv->hash_cache.load(std::memory_order_relaxed);
  if (h != -1) {
    *out = h;
    return true;
  }
  if (!mv->readonly) {
    raise(th, Exc_ValueError, "cannot hash writable memoryview object");
    return false;
  }
  char c = fmt_code(mv->format);
  if (c != 'B' && c != 'b' && c != 'c') {
    raise(th, Exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return false;
  }
  std::string bytes = view_snapshot(mv);
  h = hash_byte_string(bytes.data(), bytes.size());
  mv->hash_cache.store(h, std::memory_order_relaxed);
  *out = h;
  return true;
}

void mv_trace(Object* o, Tracer& t) {
  auto* mv = static_cast<MemoryViewObject*>(o);
  t.visit(mv->obj);
  t.visit(mv->keep);
}

// Runs at sweep with the world stopped, before anything is freed: the exporter's
// memory is still there even when it dies in the same cycle.
void mv_finalize(Object* o) { view_release(static_cast<MemoryViewObject*>(o)); }

// ---------------------------------------------------------------- methods

Value list_of(Thread& th, MemoryViewObject* mv, const std::string& bytes, int d, size_t* pos) {
  char code = fmt_code(mv->format);
  if (d == mv->ndim) {
    Value v = buffer_unpack_item(th, code, bytes.data() + *pos);
    *pos += static_cast<size_t>(mv->itemsize);
    return v;
  }
  int64_t n = mv->shape()[d];
  ListObject* l = list_new(th, n);
  Root keep(th, l);
  for (int64_t i = 0; i < n; i++) {
    Value item = list_of(th, mv, bytes, d + 1, pos);
    if (item.is_empty()) return Value();
    list_append(th, l, item);
  }
  return V(l);
}

Value m_tolist(Thread& th, const Value* a) {
  MemoryViewObject* mv = live(th, a[0]);
  if (!mv) return Value();
  char code = fmt_code(mv->format);
  if (!buffer_code_size(code))
    return raise(th, Exc_NotImplementedError, "memoryview: format %s not supported", mv->format);
  std::string bytes = view_snapshot(mv);
  size_t pos = 0;
  return list_of(th, mv, bytes, 0, &pos);
}

Value m_tobytes(Thread& th, const Value* a) {
  MemoryViewObject* mv = live(th, a[0]);
  if (!mv) return Value();
  if (!a[1].is_empty() && !is_none(a[1])) {
    if (!is_str(a[1]))
      return raise(th, Exc_TypeError, "tobytes() argument 'order' must be str or None, not %s",
                   type_name(a[1]));
    std::string_view o = str_view(a[1]);
    if (o != "C" && o != "F" && o != "A")
      return raise(th, Exc_ValueError, "order must be 'C', 'F' or 'A'");
  }
  return V(bytes_new(th, view_snapshot(mv)));
}

Value m_hex(Thread& th, const Value* a) {
  MemoryViewObject* mv = live(th, a[0]);
  if (!mv) return Value();
  Value b = V(bytes_new(th, view_snapshot(mv)));
  Root keep(th, b);
  Value args[2];
  size_t n = 0;
  if (!a[1].is_empty()) args[n++] = a[1];
  if (!a[2].is_empty()) args[n++] = a[2];
  static StrObject* const hex = str_intern("hex");
  return call_method(th, b, hex, args, n);
}

Value m_release(Thread&, const Value* a) {
  view_release(MV(a[0]));
  return g_None;
}

Value m_enter(Thread& th, const Value* a) {
  if (!live(th, a[0])) return Value();
  return a[0];
}

Value m_exit(Thread&, const Value* a) {
  view_release(MV(a[0]));
  return g_None;
}

Value m_toreadonly(Thread& th, const Value* a) {
  MemoryViewObject* mv = live(th, a[0]);
  if (!mv) return Value();
  MemoryViewObject* r = view_copy(th, mv);
  r->readonly = true;
  return V(r);
}

Value m_cast(Thread& th, const Value* a) {
  MemoryViewObject* mv = live(th, a[0]);
  if (!mv) return Value();
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "cast() argument 'format' must be str, not %s", type_name(a[1]));
  if (!view_c_contiguous(mv))
    return raise(th, Exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  bool has_shape = !a[2].is_empty();
  std::vector<int64_t> shape;
  if (has_shape) {
    Value s = a[2];
    if (!is_list(s) && !is_tuple(s))
      return raise(th, Exc_TypeError, "shape must be a list or a tuple");
    TupleObject* t = is_tuple(s) ? as<TupleObject>(s) : list_to_tuple(th, as<ListObject>(s));
    if (t->size > 64)
      return raise(th, Exc_ValueError, "memoryview: number of dimensions must not exceed 64");
    if (mv->ndim != 1 && t->size != 1)
      return raise(th, Exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    for (int64_t k = 0; k < t->size; k++) {
      int64_t n;
      if (!int_to_i64(t->items[k], &n) || n <= 0)
        return raise(th, Exc_ValueError,
                     "memoryview.cast(): elements of shape must be integers > 0");
      shape.push_back(n);
    }
  }
  for (int d = 0; d < mv->ndim; d++)
    if (mv->shape()[d] == 0 && (has_shape || mv->ndim != 1))
      return raise(th, Exc_TypeError,
                   "memoryview: cannot cast view with zeros in shape or strides");
  std::string_view f = str_view(a[1]);
  std::string_view code_part = !f.empty() && f[0] == '@' ? f.substr(1) : f;
  if (code_part.size() != 1 || !buffer_code_size(code_part[0]) ||
      (code_part[0] == 'e'))
    return raise(th, Exc_ValueError,
                 "memoryview: destination format must be a native single character format "
                 "prefixed with an optional '@'");
  char dst = code_part[0], src = fmt_code(mv->format);
  auto bytefmt = [](char c) { return c == 'B' || c == 'b' || c == 'c'; };
  if (!bytefmt(src) && !bytefmt(dst))
    return raise(th, Exc_TypeError, "memoryview: cannot cast between two non-byte formats");
  int itemsize = buffer_code_size(dst);
  if (!has_shape) {
    if (mv->nbytes % itemsize)
      return raise(th, Exc_TypeError, "memoryview: length is not a multiple of itemsize");
    shape.assign(1, mv->nbytes / itemsize);
  } else {
    int64_t prod = itemsize;
    for (int64_t n : shape) prod *= n;
    if (prod != mv->nbytes)
      return raise(th, Exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  }
  MemoryViewObject* r = view_like(th, mv, static_cast<int>(shape.size()));
  std::snprintf(r->format, sizeof r->format, "%.*s", static_cast<int>(f.size()), f.data());
  r->itemsize = itemsize;
  int64_t stride = itemsize;
  for (int d = r->ndim - 1; d >= 0; d--) {
    r->shape()[d] = shape[static_cast<size_t>(d)];
    r->strides()[d] = stride;
    stride *= shape[static_cast<size_t>(d)];
  }
  return V(r);
}

// ---------------------------------------------------------------- attributes

#define MV_GETTER(fn, expr)                    \
  Value fn(Thread& th, Value self) {           \
    MemoryViewObject* mv = live(th, self);     \
    if (!mv) return Value();                   \
    return expr;                               \
  }

Value dims_tuple(Thread& th, const int64_t* p, int n) {
  TupleObject* t = tuple_new(th, n);
  for (int i = 0; i < n; i++) t->items[i] = int_from_i64(th, p[i]);
  return V(t);
}

MV_GETTER(g_obj, mv->obj)
MV_GETTER(g_nbytes, int_from_i64(th, mv->nbytes))
MV_GETTER(g_readonly, bool_value(mv->readonly))
MV_GETTER(g_itemsize, Value::from_small(mv->itemsize))
MV_GETTER(g_format, V(str_new(th, mv->format)))
MV_GETTER(g_ndim, Value::from_small(mv->ndim))
MV_GETTER(g_shape, dims_tuple(th, mv->shape(), mv->ndim))
MV_GETTER(g_strides, dims_tuple(th, mv->strides(), mv->ndim))
MV_GETTER(g_suboffsets, V(g_empty_tuple))
MV_GETTER(g_c_contiguous, bool_value(view_c_contiguous(mv)))
MV_GETTER(g_f_contiguous, bool_value(view_f_contiguous(mv)))
MV_GETTER(g_contiguous, bool_value(view_c_contiguous(mv) || view_f_contiguous(mv)))

const NativeDef kMemoryViewMethods[] = {
    {"tobytes(self, order=None)", m_tobytes, 0,
     "Return the data in the buffer as a byte string."},
    {"tolist(self, /)", m_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"hex(self, sep=?, bytes_per_sep=?)", m_hex, 0,
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"cast(self, format, shape=?)", m_cast, 0, "Cast a memoryview to a new format or shape."},
    {"toreadonly(self, /)", m_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"release(self, /)", m_release, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"__enter__(self, /)", m_enter},
    {"__exit__(self, *args)", m_exit},
    {},
};

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", g_obj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", g_nbytes},
    {"readonly", g_readonly},
    {"itemsize", g_itemsize},
    {"format", g_format},
    {"ndim", g_ndim},
    {"shape", g_shape},
    {"strides", g_strides},
    {"suboffsets", g_suboffsets},
    {"c_contiguous", g_c_contiguous},
    {"f_contiguous", g_f_contiguous},
    {"contiguous", g_contiguous},
    {},
};

}  // namespace

int buffer_read_all(Thread& th, Value v, std::string* copy, std::string_view* view) {
  if (is_memoryview(v)) {
    MemoryViewObject* mv = live(th, v);
    if (!mv) return -1;
    if (!mv->lock && view_c_contiguous(mv)) {
      *view = std::string_view(mv->data, static_cast<size_t>(mv->nbytes));
      return 1;
    }
    *copy = view_snapshot(mv);
    *view = *copy;
    return 1;
  }
  Buffer b;
  int r = buffer_get(th, v, &b, BUF_EXPORT);
  if (r <= 0) return r;
  if (b.lock) {
    CriticalSection cs{b.lock};
    copy->assign(b.data, static_cast<size_t>(b.len));
    *view = *copy;
  } else {
    *view = std::string_view(b.data, static_cast<size_t>(b.len));
  }
  buffer_release(&b);
  return 1;
}

void init_memoryview_type(Thread&) {
  register_builtin_exporters();
  Type* t = MemoryViewType;
  t->new_ = mv_new;
  t->repr = mv_repr;
  t->len = mv_len;
  t->getitem = mv_getitem;
  t->setitem = mv_setitem;
  t->iter = mv_iter;
  t->richcmp = mv_richcmp;
  t->hash = mv_hash;
  t->trace = mv_trace;
  t->finalize = mv_finalize;
  t->methods = kMemoryViewMethods;
  t->getsets = kMemoryViewGetSets;
  t->tp_doc = "Create a new memoryview object which references the given object.";
}

}  // namespace taipan
