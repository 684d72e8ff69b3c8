// bytearray: the mutable byte string. Layout and locking rules in builtins/bytes.h;
// the read-only methods are shared with bytes (builtins/bytes.cpp).
//
// Every mutation converts its arguments first (which may run Python code: __index__,
// iteration), then takes the object lock for the short splice itself. Buffers grow by
// allocating a new GC buffer and publishing it with a release store; the old one is
// left to the collector, so lock-free readers never touch freed memory.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/str_impl.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

inline ByteArrayObject* BA(Value v) { return as<ByteArrayObject>(v); }

int64_t size_locked(ByteArrayObject* ba) { return ba->size.load(std::memory_order_relaxed); }
char* data_locked(ByteArrayObject* ba) {
  BytesObject* b = ba->buf.load(std::memory_order_relaxed);
  return b ? b->data : nullptr;
}

// Exports (vm/buffer.h): while memoryviews export the buffer, a resize is refused. A
// _locked step returns kBlocked for "refused, nothing changed"; resize_with_retry then
// collects once outside the lock (dead views give their exports back, as CPython's
// reference counting would have done at once) and retries before raising BufferError.
constexpr int kBlocked = 1;
inline bool exported_locked(ByteArrayObject* ba) {
  return ba->exports.load(std::memory_order_relaxed) > 0;
}

// Runs step() (0 done, -1 raised, kBlocked) under the lock; returns 0 or -1.
template <class F>
int resize_with_retry(Thread& th, ByteArrayObject* ba, F step) {
  for (int attempt = 0;; attempt++) {
    int r;
    {
      CriticalSection cs{ba};
      r = step();
    }
    if (r != kBlocked) return r;
    if (attempt > 0 || buffer_reclaim_exports(th, &ba->exports) > 0)
      return buffer_raise_resize_error(th);
  }
}

// Makes room for `need` bytes, copying the first `keep` bytes into a new buffer if it
// must grow. Allocation is not a safepoint, so this is fine under the lock.
void reserve_locked(Thread& th, ByteArrayObject* ba, int64_t need) {
  BytesObject* old = ba->buf.load(std::memory_order_relaxed);
  int64_t cap = old ? old->size : 0;
  if (need <= cap) return;
  int64_t ncap = std::max(need, cap + (cap >> 1) + 8);
  BytesObject* nb = bytes_alloc(th, ncap);
  int64_t n = size_locked(ba);
  if (old && n) std::memcpy(nb->data, old->data, static_cast<size_t>(n));
  ba->buf.store(nb, std::memory_order_release);
}

// Replaces [start, start+len) with src (n bytes); src must not alias the buffer.
// kBlocked (nothing done) when the size would change while exported.
int splice_locked(Thread& th, ByteArrayObject* ba, int64_t start, int64_t len, const char* src,
                  int64_t n) {
  int64_t size = size_locked(ba);
  int64_t nsize = size - len + n;
  if (n != len && exported_locked(ba)) return kBlocked;
  if (n > len) reserve_locked(th, ba, nsize);
  char* d = data_locked(ba);
  if (d && n != len)
    std::memmove(d + start + n, d + start + len, static_cast<size_t>(size - start - len));
  if (n) std::memcpy(d + start, src, static_cast<size_t>(n));
  ba->size.store(nsize, std::memory_order_release);
  return 0;
}

int set_content(Thread& th, ByteArrayObject* ba, std::string_view data) {
  return resize_with_retry(th, ba, [&] {
    return splice_locked(th, ba, 0, size_locked(ba), data.data(),
                         static_cast<int64_t>(data.size()));
  });
}

// Bytes to assign from a slice assignment / extend source: bytes-like or an iterable
// of ints. for_extend selects extend's error wording.
bool source_bytes(Thread& th, Value v, std::string* out, bool for_extend) {
  ByteView bv;
  if (bv.set(v)) {
    *out = std::string(bv.view());
    return true;
  }
  if ((is_str(v) && !for_extend) || is_int(v) || (!type_of(v)->iter && !type_of(v)->getitem)) {
    if (for_extend) {
      raise(th, Exc_TypeError, "can't extend bytearray with %s", type_name(v));
    } else {
      raise(th, Exc_TypeError,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    return false;
  }
  if (is_str(v)) {  // extend iterates it: its first character is not an int
    if (as<StrObject>(v)->length == 0) return true;
    raise(th, Exc_TypeError, "'str' object cannot be interpreted as an integer");
    return false;
  }
  return bytes_from_source(th, v, Value(), Value(), true, out);
}

// ---------------------------------------------------------------- slots

// A slice whose fields are ints or None: resolving it runs no Python code.
bool plain_slice(SliceObject* s) {
  for (Value x : {s->start, s->stop, s->step})
    if (!is_none(x) && !is_int(x)) return false;
  return true;
}

Value ba_repr(Thread& th, Value self) {
  std::string prefix = self.obj()->type == ByteArrayType ? "bytearray" : type_name(self);
  prefix += '(';
  return bytes_common_repr_body(th, self, prefix.c_str(), ")");
}

int64_t ba_len(Thread&, Value self) { return BA(self)->size.load(std::memory_order_acquire); }

int ba_setitem(Thread& th, Value self, Value key, Value v) {
  ByteArrayObject* ba = BA(self);
  if (key.is_obj() && key.obj()->type == SliceType) {
    std::string src;
    if (!v.is_empty()) {
      if (v.is(self)) {
        src = bytearray_snapshot(ba);
      } else if (!source_bytes(th, v, &src, false)) {
        return -1;
      }
    }
    // Resolve __index__ of the slice's fields before locking: no Python code under it.
    SliceObject* sl = as<SliceObject>(key);
    Root keep_slice(th, key);
    if (!plain_slice(sl)) {
      Value f[3] = {sl->start, sl->stop, sl->step};
      for (Value& x : f) {
        if (!is_none(x) && !is_int(x)) {
          x = index_value(th, x);
          if (x.is_empty()) return -1;
        }
      }
      Value ns = slice_new(th, f[0], f[1], f[2]);
      if (ns.is_empty()) return -1;
      sl = as<SliceObject>(ns);
      keep_slice.set(ns);
    }
    return resize_with_retry(th, ba, [&]() -> int {
      int64_t size = size_locked(ba);
      int64_t start, stop, step;
      int64_t n = slice_indices(th, sl, size, &start, &stop, &step);
      if (n < 0) return -1;
      if (step == 1) {
        return splice_locked(th, ba, start, n, src.data(), static_cast<int64_t>(src.size()));
      }
      char* d = data_locked(ba);
      if (v.is_empty()) {
        // Delete every step-th byte: compact in place.
        if (n == 0) return 0;
        if (exported_locked(ba)) return kBlocked;
        if (step < 0) {
          start = start + step * (n - 1);
          step = -step;
        }
        int64_t w = start;
        for (int64_t r = start; r < size; r++) {
          if (r >= start && (r - start) % step == 0 && (r - start) / step < n) continue;
          d[w++] = d[r];
        }
        ba->size.store(size - n, std::memory_order_release);
        return 0;
      }
      if (static_cast<int64_t>(src.size()) != n) {
        raise(th, Exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
              src.size(), static_cast<long long>(n));
        return -1;
      }
      for (int64_t k = 0, j = start; k < n; k++, j += step) d[j] = src[static_cast<size_t>(k)];
      return 0;
    });
  }
  int64_t i;
  if (key.is_small()) {
    i = key.small();
  } else if (is_int(key) || type_of(key)->index) {
    if (!sequence_index(th, key, &i)) return -1;
  } else {
    raise(th, Exc_TypeError, "bytearray indices must be integers or slices, not %s",
          type_name(key));
    return -1;
  }
  int b = 0;
  if (!v.is_empty()) {
    b = byte_from_value(th, v, "byte must be in range(0, 256)");
    if (b < 0) return -1;
  }
  return resize_with_retry(th, ba, [&] {
    int64_t size = size_locked(ba);
    int64_t at = i < 0 ? i + size : i;
    if (at < 0 || at >= size) {
      raise(th, Exc_IndexError, "bytearray index out of range");
      return -1;
    }
    if (v.is_empty()) return splice_locked(th, ba, at, 1, nullptr, 0);
    data_locked(ba)[at] = static_cast<char>(b);
    return 0;
  });
}

Value ba_iter(Thread& th, Value self) {
  auto* it = gc_new<SeqIterObject>(th, ByteArrayIterType);
  it->seq = self;
  return V(it);
}

Value ba_iter_next(Thread&, Value self) {
  auto* it = as<SeqIterObject>(self);
  ByteArrayObject* ba = BA(it->seq);
  int64_t i = it->index.load(std::memory_order_relaxed);
  for (;;) {
    int64_t n = ba->size.load(std::memory_order_acquire);
    BytesObject* buf = ba->buf.load(std::memory_order_acquire);
    if (i >= n || !buf || i >= buf->size) return Value();
    unsigned char c = static_cast<unsigned char>(buf->data[i]);
    if (it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed))
      return Value::from_small(c);
  }
}

Value self_iter(Thread&, Value self) { return self; }
void seqiter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIterObject*>(o)->seq); }

void ba_trace(Object* o, Tracer& t) {
  BytesObject* b = static_cast<ByteArrayObject*>(o)->buf.load(std::memory_order_relaxed);
  if (b) t.visit(static_cast<Object*>(b));
}

Value ba_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  if (type == ByteArrayType) return V(gc_new<ByteArrayObject>(th, ByteArrayType));
  return instance_alloc(th, type);
}

Value ba_init_impl(Thread& th, const Value* a) {
  std::string out;
  if (!a[1].is_empty()) {
    if (!bytes_from_source(th, a[1], a[2], a[3], true, &out)) return Value();
  } else if (!a[2].is_empty()) {
    return raise(th, Exc_TypeError, "encoding without a string argument");
  } else if (!a[3].is_empty()) {
    return raise(th, Exc_TypeError, "errors without a string argument");
  }
  if (set_content(th, BA(a[0]), out) < 0) return Value();
  return g_None;
}

const NativeDef kBaInitDef = {"bytearray(self, source=?, encoding=?, errors=?)", ba_init_impl};

int ba_init_slot(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kBaInitDef, self, args, nargs, kwnames).is_empty() ? -1 : 0;
}

Value ba_iadd(Thread& th, Value a, Value b) {
  if (!is_bytearray(a)) return g_NotImplemented;
  ByteView bv;
  if (!bv.set(b)) {
    if (b.is_obj() && (b.obj()->type->flags & TF_HEAPTYPE)) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can't concat %s to bytearray", type_name(b));
  }
  ByteArrayObject* ba = BA(a);
  if (resize_with_retry(th, ba, [&] {
        return splice_locked(th, ba, size_locked(ba), 0, bv.data(), bv.size());
      }) < 0)
    return Value();
  return a;
}

Value ba_imul(Thread& th, Value a, Value b) {
  if (!is_bytearray(a)) return g_NotImplemented;
  int64_t count;
  if (b.is_small()) {
    count = b.small();
  } else if (is_int(b) || type_of(b)->index) {
    if (!index_to_i64(th, b, &count)) return Value();
  } else {
    if (b.is_obj() && (b.obj()->type->flags & TF_HEAPTYPE)) return g_NotImplemented;
    return raise(th, Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 type_name(b));
  }
  ByteArrayObject* ba = BA(a);
  if (count < 0) count = 0;
  // One atomic step under the lock, as under CPython's GIL.
  int r = resize_with_retry(th, ba, [&] {
    int64_t n = size_locked(ba);
    if (n > 0 && count > (int64_t(1) << 40) / n) {
      raise_no_memory(th);
      return -1;
    }
    if (count != 1 && n != 0 && exported_locked(ba)) return kBlocked;
    if (count == 0 || n == 0) {
      ba->size.store(0, std::memory_order_release);
      return 0;
    }
    reserve_locked(th, ba, n * count);
    char* d = data_locked(ba);
    for (int64_t k = 1; k < count; k++) std::memcpy(d + k * n, d, static_cast<size_t>(n));
    ba->size.store(n * count, std::memory_order_release);
    return 0;
  });
  if (r < 0) return Value();
  return a;
}

// ---------------------------------------------------------------- methods

Value m_append(Thread& th, const Value* a) {
  int b = byte_from_value(th, a[1], "byte must be in range(0, 256)");
  if (b < 0) return Value();
  ByteArrayObject* ba = BA(a[0]);
  char c = static_cast<char>(b);
  if (resize_with_retry(th, ba, [&] { return splice_locked(th, ba, size_locked(ba), 0, &c, 1); }) <
      0)
    return Value();
  return g_None;
}

Value m_extend(Thread& th, const Value* a) {
  std::string src;
  if (a[1].is(a[0])) src = bytearray_snapshot(BA(a[0]));
  else if (!source_bytes(th, a[1], &src, true)) return Value();
  ByteArrayObject* ba = BA(a[0]);
  if (resize_with_retry(th, ba, [&] {
        return splice_locked(th, ba, size_locked(ba), 0, src.data(),
                             static_cast<int64_t>(src.size()));
      }) < 0)
    return Value();
  return g_None;
}

Value m_insert(Thread& th, const Value* a) {
  int64_t i;
  if (!index_to_i64(th, a[1], &i, true)) return Value();
  int b = byte_from_value(th, a[2], "byte must be in range(0, 256)");
  if (b < 0) return Value();
  ByteArrayObject* ba = BA(a[0]);
  char c = static_cast<char>(b);
  if (resize_with_retry(th, ba, [&] {
        int64_t n = size_locked(ba);
        int64_t at = i;
        if (at < 0) {
          at += n;
          if (at < 0) at = 0;
        }
        if (at > n) at = n;
        return splice_locked(th, ba, at, 0, &c, 1);
      }) < 0)
    return Value();
  return g_None;
}

Value m_pop(Thread& th, const Value* a) {
  int64_t i = -1;
  if (!a[1].is_empty() && !index_to_i64(th, a[1], &i)) return Value();
  ByteArrayObject* ba = BA(a[0]);
  unsigned char c = 0;
  if (resize_with_retry(th, ba, [&] {
        int64_t n = size_locked(ba);
        if (n == 0) {
          raise(th, Exc_IndexError, "pop from empty bytearray");
          return -1;
        }
        int64_t at = i < 0 ? i + n : i;
        if (at < 0 || at >= n) {
          raise(th, Exc_IndexError, "pop index out of range");
          return -1;
        }
        c = static_cast<unsigned char>(data_locked(ba)[at]);
        return splice_locked(th, ba, at, 1, nullptr, 0);
      }) < 0)
    return Value();
  return Value::from_small(c);
}

Value m_remove(Thread& th, const Value* a) {
  int b = byte_from_value(th, a[1], "byte must be in range(0, 256)");
  if (b < 0) return Value();
  ByteArrayObject* ba = BA(a[0]);
  if (resize_with_retry(th, ba, [&] {
        int64_t n = size_locked(ba);
        char* d = data_locked(ba);
        const void* hit = d ? std::memchr(d, b, static_cast<size_t>(n)) : nullptr;
        if (!hit) {
          raise(th, Exc_ValueError, "value not found in bytearray");
          return -1;
        }
        return splice_locked(th, ba, static_cast<const char*>(hit) - d, 1, nullptr, 0);
      }) < 0)
    return Value();
  return g_None;
}

Value m_clear(Thread& th, const Value* a) {
  ByteArrayObject* ba = BA(a[0]);
  if (resize_with_retry(th, ba, [&] {
        if (size_locked(ba) != 0 && exported_locked(ba)) return kBlocked;
        ba->size.store(0, std::memory_order_release);
        return 0;
      }) < 0)
    return Value();
  return g_None;
}

Value m_copy(Thread& th, const Value* a) {
  return V(bytearray_new(th, bytearray_snapshot(BA(a[0]))));
}

Value m_reverse(Thread&, const Value* a) {
  ByteArrayObject* ba = BA(a[0]);
  CriticalSection cs{ba};
  char* d = data_locked(ba);
  if (d) std::reverse(d, d + size_locked(ba));
  return g_None;
}

Value m_sizeof(Thread&, const Value* a) {
  BytesObject* b = BA(a[0])->buf.load(std::memory_order_acquire);
  return Value::from_small(static_cast<int64_t>(sizeof(ByteArrayObject)) + (b ? b->size : 0));
}

Value m_alloc(Thread&, const Value* a) {
  BytesObject* b = BA(a[0])->buf.load(std::memory_order_acquire);
  return Value::from_small(b ? b->size + 1 : 0);
}

const NativeDef kByteArrayOnlyMethods[] = {
    {"append(self, item, /)", m_append},
    {"clear(self, /)", m_clear},
    {"copy(self, /)", m_copy},
    {"extend(self, iterable_of_ints, /)", m_extend},
    {"insert(self, index, item, /)", m_insert},
    {"pop(self, index=?, /)", m_pop},
    {"remove(self, value, /)", m_remove},
    {"reverse(self, /)", m_reverse},
    {"__sizeof__(self, /)", m_sizeof},
    {"__alloc__(self, /)", m_alloc},
    {},
};

std::vector<NativeDef>& ba_methods() {
  static std::vector<NativeDef> v;
  return v;
}

}  // namespace

ByteArrayObject* bytearray_new(Thread& th, std::string_view data) {
  auto* ba = gc_new<ByteArrayObject>(th, ByteArrayType);
  if (!data.empty()) {
    BytesObject* buf = bytes_alloc(th, static_cast<int64_t>(data.size()));
    std::memcpy(buf->data, data.data(), data.size());
    ba->buf.store(buf, std::memory_order_relaxed);
    ba->size.store(static_cast<int64_t>(data.size()), std::memory_order_relaxed);
  }
  return ba;
}

void init_bytearray_type(Thread&) {
  Type* t = ByteArrayType;
  t->flags |= TF_HASH_NONE;
  t->repr = ba_repr;
  t->richcmp = bytes_common_richcmp;
  t->len = ba_len;
  t->getitem = bytes_common_getitem;
  t->setitem = ba_setitem;
  t->contains = bytes_common_contains;
  t->iter = ba_iter;
  t->new_ = ba_new_slot;
  t->init = ba_init_slot;
  t->trace = ba_trace;
  t->nb[int(BinOp::ADD)] = bytes_common_concat;
  t->nb[int(BinOp::MUL)] = bytes_common_repeat;
  t->nb[int(BinOp::MOD)] = bytes_common_mod;
  t->nb_inplace[int(BinOp::ADD)] = ba_iadd;
  t->nb_inplace[int(BinOp::MUL)] = ba_imul;
  std::vector<NativeDef>& m = ba_methods();
  for (const NativeDef* d = kBytesCommonMethods; d->sig; d++) m.push_back(*d);
  for (const NativeDef* d = kByteArrayOnlyMethods; d->sig; d++) m.push_back(*d);
  m.push_back(NativeDef{});
  t->methods = m.data();
  t->tp_doc =
      "bytearray(iterable_of_ints) -> bytearray\n"
      "bytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
      "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
      "bytearray() -> empty bytes array";

  Type* it = ByteArrayIterType;
  it->iter = self_iter;
  it->next = ba_iter_next;
  it->trace = seqiter_trace;
}

}  // namespace taipan
