// The buffer protocol: how bytes, bytearray, array.array and memoryview expose their
// contiguous memory to consumers (memoryview, ByteView in builtins/bytes.h, and every
// native module reading bytes-like arguments).
//
// Invariants:
// - `data` stays valid while `keep` is reachable: the memory lives inside a GC object
//   (the bytes itself, or a mutable exporter's current buffer object), and the collector
//   neither moves nor frees it while something references it.
// - A mutable exporter (bytearray, array) publishes a new buffer object when it grows
//   (no GIL: see builtins/bytes.h). An *exported* buffer (BUF_EXPORT) is therefore
//   pinned: the exporter counts it in `*exports` and refuses to resize ("BufferError:
//   Existing exports of data: object cannot be re-sized") until buffer_release().
//   Without BUF_EXPORT the pointer is only a snapshot: consumers copy under `lock`.
// - Writes and multi-byte reads of a mutable exporter's memory take `lock` (the
//   exporter's object lock), so they are atomic with respect to its own methods.
//
// Trade-off: taipan has no reference counting, so an export ends at release() (or the
// `with` block's end), or when the collector finds the memoryview dead. A resize that
// meets exports collects once before it gives up (buffer_reclaim_exports), so code that
// drops a temporary memoryview and then grows the bytearray works as in CPython, at the
// price of a full collection in that (rare) path.
//
// Implemented in builtins/memoryview.cpp.
#pragma once
#include <atomic>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/object.h"

namespace taipan {

enum BufferFlags : int {
  BUF_SIMPLE = 0,
  BUF_WRITABLE = 1,  // fail with TypeError when the exporter is read-only
  BUF_EXPORT = 2,    // pin the memory: the exporter may not resize until buffer_release
};

struct Buffer {
  Value obj;                               // the exporting object
  Value keep;                              // GC object owning `data` (EMPTY when len is 0)
  char* data = nullptr;                    // never null (points at a static byte when empty)
  int64_t len = 0;                         // bytes
  int32_t itemsize = 1;
  bool readonly = true;
  const char* format = "B";                // struct-module format of one item (static string)
  Object* lock = nullptr;                  // taken for writes / multi-byte reads; null: immutable
  std::atomic<int32_t>* exports = nullptr;  // set when BUF_EXPORT was counted
};

// An exporter's get function: fills *out (under the exporter's lock when it has one),
// counting the export when flags has BUF_EXPORT. false: raised.
using GetBufferFn = bool (*)(Thread& th, Value self, Buffer* out, int flags);

// Registers a native type (and so its subclasses) as an exporter. bytes, bytearray and
// memoryview are built in; array.array registers itself when its module loads.
void buffer_register(Type* t, GetBufferFn fn);
// True when v's type exports buffers.
bool buffer_supported(Value v);
// 1 filled, 0 not a buffer (nothing raised), -1 raised (e.g. released memoryview,
// read-only with BUF_WRITABLE).
int buffer_get(Thread& th, Value v, Buffer* out, int flags);
// As buffer_get, but raises "a bytes-like object is required, not 'str'" for non-buffers.
bool buffer_get_required(Thread& th, Value v, Buffer* out, int flags);
// Ends a BUF_EXPORT export (no-op otherwise). No allocation, no Python code.
void buffer_release(Buffer* b);

// Called by a mutable exporter about to resize while *exports > 0: collects once so that
// dead memoryviews give their exports back. The caller must hold no lock and be at a
// point where a collection is allowed (its own values rooted). Returns the export count
// left afterwards.
int32_t buffer_reclaim_exports(Thread& th, std::atomic<int32_t>* exports);

// The shared exception for a resize refused because of exports; returns -1.
int buffer_raise_resize_error(Thread& th);

// All the bytes of a buffer (memoryview of any layout, in logical C order, or a
// registered exporter): *view borrows immutable memory (valid while v is reachable) or
// points into *copy, taken under the exporter's lock. 1 done, 0 not a buffer, -1 raised.
int buffer_read_all(Thread& th, Value v, std::string* copy, std::string_view* view);

// Native struct formats shared by memoryview and array: the size of one item of a
// single-character format code, 0 if unsupported; the Python value of one item.
int buffer_code_size(char code);
Value buffer_unpack_item(Thread& th, char code, const char* p);

// Item-wise access to a mutable exporter's memory. Single items are read without the
// exporter's lock, so every store into memory that readers may see is a relaxed atomic
// store per naturally aligned 1/2/4/8-byte item, and lock-free readers load items the
// same way: an item is never seen torn (CPython's GIL gives the same guarantee), and
// ThreadSanitizer sees no race. Unaligned items (views cut at odd offsets) fall back to
// plain copies.
inline bool buffer_item_atomic(const void* p, int itemsize) {
  return (itemsize == 1 || itemsize == 2 || itemsize == 4 || itemsize == 8) &&
         reinterpret_cast<uintptr_t>(p) % static_cast<uintptr_t>(itemsize) == 0;
}

inline void buffer_load_item(char* out, const char* p, int itemsize) {
  if (!buffer_item_atomic(p, itemsize)) {
    std::memcpy(out, p, static_cast<size_t>(itemsize));
    return;
  }
  switch (itemsize) {
    case 1: *out = static_cast<char>(__atomic_load_n(reinterpret_cast<const uint8_t*>(p), __ATOMIC_RELAXED)); break;
    case 2: { uint16_t v = __atomic_load_n(reinterpret_cast<const uint16_t*>(p), __ATOMIC_RELAXED); std::memcpy(out, &v, 2); break; }
    case 4: { uint32_t v = __atomic_load_n(reinterpret_cast<const uint32_t*>(p), __ATOMIC_RELAXED); std::memcpy(out, &v, 4); break; }
    default: { uint64_t v = __atomic_load_n(reinterpret_cast<const uint64_t*>(p), __ATOMIC_RELAXED); std::memcpy(out, &v, 8); break; }
  }
}

// n items from src to dst (memmove semantics: they may overlap), each stored atomically.
// The caller holds the exporter's lock.
inline void buffer_store_items(char* dst, const char* src, int64_t n, int itemsize) {
  if (n <= 0 || dst == src) return;
  if (!buffer_item_atomic(dst, itemsize)) {
    std::memmove(dst, src, static_cast<size_t>(n * itemsize));
    return;
  }
  auto copy = [&](auto tag) {
    using T = decltype(tag);
    T* d = reinterpret_cast<T*>(dst);
    uintptr_t d0 = reinterpret_cast<uintptr_t>(dst), s0 = reinterpret_cast<uintptr_t>(src);
    bool backward = d0 > s0 && d0 < s0 + static_cast<uintptr_t>(n * itemsize);
    for (int64_t k = 0; k < n; k++) {
      int64_t i = backward ? n - 1 - k : k;
      T v;
      std::memcpy(&v, src + i * itemsize, sizeof v);
      __atomic_store_n(d + i, v, __ATOMIC_RELAXED);
    }
  };
  switch (itemsize) {
    case 1: copy(uint8_t()); break;
    case 2: copy(uint16_t()); break;
    case 4: copy(uint32_t()); break;
    default: copy(uint64_t()); break;
  }
}

// memoryview (builtins/memoryview.cpp). A view of ndim dimensions over an exporter's
// memory: item k of dimension d is `strides[d]` bytes from item k-1; `data` points at
// the first item (negative strides walk backwards). The view holds one export of its
// exporter from creation until release() or until the collector finalizes it.
struct MemoryViewObject : Object {
  Value obj;                                // the exporter (memoryview.obj)
  Value keep;                               // owns the memory (see Buffer::keep)
  char* data;
  Object* lock;                             // the exporter's lock; null when immutable
  std::atomic<int32_t>* exports;            // the exporter's export count, or null
  std::atomic<uint8_t> released;
  bool readonly;
  char format[4];                           // "B", "@i", ...: NUL-terminated
  int32_t itemsize;
  int32_t ndim;
  int64_t nbytes;
  std::atomic<int64_t> hash_cache;          // -1 until computed
  int64_t dims[2];                          // shape[ndim], then strides[ndim] (allocated to fit)
  int64_t* shape() { return dims; }
  int64_t* strides() { return dims + ndim; }
};

}  // namespace taipan
