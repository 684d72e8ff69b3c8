// bytes (immutable, vm/objects.h BytesObject) and bytearray (mutable, below).
//
// bytearray invariants:
// - Content lives in `buf`, a BytesObject used as a raw GC-managed buffer whose `size`
//   is the capacity; `size` here is the used length (<= capacity). Writers hold the
//   object lock, build a grown buffer fully, then publish it with a release store; the
//   old buffer is left to the collector, so a reader that loaded the old pointer keeps
//   reading valid memory until its next safepoint.
// - Lock-free readers (len, single-byte index) load size then buf (both acquire) and
//   bounds-check against the buffer's capacity too: they may see a stale combination,
//   never freed memory.
// - Every multi-byte read (methods, comparisons, repr) takes a snapshot under the lock
//   (ByteView) and works on the copy, so no Python code ever runs with the lock held.
//
// The read-only methods are written once over a (pointer, length) view and serve bytes
// and bytearray alike; results take the receiver's kind (bytes or bytearray).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/buffer.h"
#include "vm/objects.h"

namespace taipan {

struct ByteArrayObject : Object {
  std::atomic<BytesObject*> buf;  // null while capacity is 0
  std::atomic<int64_t> size;
  // Live buffer exports (memoryviews, vm/buffer.h): while nonzero, `buf` may not be
  // replaced and the size may not change (BufferError).
  std::atomic<int32_t> exports;
};

inline bool is_bytes(Value v) {
  return v.is_obj() && (v.obj()->type->flags & TF_BYTES_SUBCLASS);
}
bool is_bytearray(Value v);
inline bool is_byteslike(Value v) { return is_bytes(v) || is_bytearray(v); }

// A bytes of n zeroed bytes (exact type BytesType) for the caller to fill before
// publishing it.
BytesObject* bytes_alloc(Thread& th, int64_t n);
// A new bytearray (exact type) holding a copy of data.
ByteArrayObject* bytearray_new(Thread& th, std::string_view data);
// bytes or bytearray by kind: `bytearray_kind` picks bytearray.
Value bytes_or_bytearray(Thread& th, bool bytearray_kind, std::string_view data);
inline std::string_view bytes_view(const BytesObject* b) {
  return std::string_view(b->data, static_cast<size_t>(b->size));
}

// The bytes of a bytes-like value, readable without locks for as long as the ByteView
// lives: bytes (and memoryviews of bytes) are borrowed (the caller keeps the object
// reachable); bytearrays, arrays and views of them are copied under their lock. Any
// buffer exporter (vm/buffer.h) is accepted; a released memoryview is not bytes-like.
class ByteView {
 public:
  ByteView() = default;
  // False if v is not bytes-like (nothing raised).
  bool set(Value v);
  std::string_view view() const { return view_; }
  const char* data() const { return view_.data(); }
  int64_t size() const { return static_cast<int64_t>(view_.size()); }

 private:
  std::string copy_;
  std::string_view view_;
};

// A bytearray's content copied under its lock.
std::string bytearray_snapshot(ByteArrayObject* ba);

// Initializers called from init_strings (builtins/str.cpp).
void init_bytes_type(Thread& th);      // builtins/bytes.cpp
void init_bytearray_type(Thread& th);  // builtins/bytearray.cpp
void init_memoryview_type(Thread& th);  // builtins/memoryview.cpp, from init_bytes_type

// The read-only methods shared by bytes and bytearray (builtins/bytes.cpp), a zero-
// terminated table; bytearray adds its mutators (builtins/bytearray.cpp).
extern const NativeDef kBytesCommonMethods[];
// Shared slots.
Value bytes_common_richcmp(Thread& th, Value a, Value b, CmpOp op);
Value bytes_common_repr_body(Thread& th, Value self, const char* prefix, const char* suffix);
Value bytes_common_getitem(Thread& th, Value self, Value key);
int bytes_common_contains(Thread& th, Value self, Value item);
Value bytes_common_concat(Thread& th, Value a, Value b);
Value bytes_common_repeat(Thread& th, Value a, Value b);
Value bytes_common_mod(Thread& th, Value a, Value b);
// bytes(x) / bytearray(x) source conversion: int count, str with encoding, buffer,
// __bytes__ (bytes only), iterable of ints. Appends to *out; false: raised.
bool bytes_from_source(Thread& th, Value src, Value encoding, Value errors, bool for_bytearray,
                       std::string* out);
// A value in range(0, 256) from an int-like (via __index__): "byte must be in range(0,
// 256)" (bytearray item) or the bytes() message; -1 when raised.
int byte_from_value(Thread& th, Value v, const char* range_msg);

}  // namespace taipan
