// Internal helpers shared by the str files (str.cpp, str_methods.cpp, str_format.cpp,
// str_codecs.cpp) and bytes/bytearray. Not a contract for other parts of the VM: those
// use vm/objects.h.
//
// StrObject invariants (vm/objects.h): data holds byte_length bytes of UTF-8 plus a NUL;
// length counts code points; ascii is true iff every byte is < 0x80 (then code point i
// is byte i); hash_cache is -1 (or 0, for memory zeroed by someone else) until computed;
// index is null or a StrIndex built on first non-ASCII random access and freed by the
// type's finalize. A str never changes after it is published.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/objects.h"

namespace taipan {

// Every kIndexStride-th code point's byte offset, for O(1)-ish indexing of non-ASCII text.
inline constexpr int64_t kIndexStride = 32;
struct StrIndex {
  int64_t count;
  int64_t offsets[1];  // offsets[k] = byte offset of code point k * kIndexStride
};

// An exact str of nbytes uninitialized (zeroed) bytes: fill data, then str_set_meta.
StrObject* str_alloc(Thread& th, int64_t nbytes);
inline void str_set_meta(StrObject* s, int64_t length, bool ascii) {
  s->length = length;
  s->ascii = ascii;
}
// A str whose code point count and ASCII-ness the caller already knows.
StrObject* str_new_known(Thread& th, std::string_view utf8, int64_t length, bool ascii);
inline Value str_value(Thread& th, std::string_view utf8) { return V(str_new(th, utf8)); }
// Instances of str subclasses keep the text inline at StrObject::data like any str; the
// fields a subclass adds (the __dict__ slot, __slots__) follow the text, starting at
// this 8-aligned offset: a subclass field at byte `off` of the class's layout (off >=
// sizeof(StrObject)) lives at str_subclass_extra_offset(len) + off - sizeof(StrObject).
inline size_t str_subclass_extra_offset(int64_t byte_length) {
  return (sizeof(StrObject) + static_cast<size_t>(byte_length) + 7) & ~size_t(7);
}
// An instance of `type` (str or a subclass) with the text of src.
Value str_new_of_type(Thread& th, Type* type, StrObject* src);
// The one-character string for cp (cached immortal objects for cp < 256).
Value str_char(Thread& th, uint32_t cp);
// Byte offset of code point i (0 <= i <= length).
size_t str_offset(const StrObject* s, int64_t i);
// Code point index of byte offset off (off on a code point boundary).
int64_t str_cp_index(const StrObject* s, size_t off);
// The text as a str Value: self when exact str, else a copy (str subclasses).
Value str_exact(Thread& th, Value v);

// CPython's ADJUST_INDICES for find/count/startswith: start/end may be EMPTY or None
// (absent) or anything with __index__ (clamped). false: raised.
bool slice_bounds(Thread& th, Value start, Value end, int64_t len, int64_t* s, int64_t* e);

// The hash of a byte string: str and bytes with equal ASCII content hash alike, as in
// CPython. Never -1 or 0.
int64_t hash_byte_string(const char* p, size_t n);

// The interned name "__bytes__" (not among vm/names.def's symbols).
inline StrObject* dunder_bytes() {
  static StrObject* const name = str_intern("__bytes__");
  return name;
}

// A sequence index from an int-like key (__index__); out-of-range ints raise IndexError
// "cannot fit 'int' into an index-sized integer", as CPython's subscripts do.
bool sequence_index(Thread& th, Value key, int64_t* out);

// Type errors for methods taking a str: "must be str, not int".
Value raise_must_be_str(Thread& th, Value v);

// ---- str_methods.cpp
extern const NativeDef kStrMethods[];
// ---- str_format.cpp
// fmt % args for str (rtype null) and for bytes/bytearray (rtype BytesType/ByteArrayType).
Value percent_format(Thread& th, std::string_view fmt, Value args, Type* bytes_rtype);
Value str_format_impl(Thread& th, StrObject* fmt, TupleObject* args, Value kwargs_mapping);
Value str_dunder_format(Thread& th, const Value* a);
// ---- str_codecs.cpp
// s.encode(encoding, errors) → bytes; EMPTY/None arguments mean 'utf-8' / 'strict'.
Value str_encode(Thread& th, StrObject* s, Value encoding, Value errors);
// bytes.decode: data → str.
Value bytes_decode(Thread& th, std::string_view data, Value encoding, Value errors);

}  // namespace taipan
