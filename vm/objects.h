// Layouts and C++ APIs of the core builtin objects that every part of the VM uses.
// Each type's implementation lives in its own file under builtins/ (one file a type);
// this header is the shared contract. Types used by one part only declare their
// layout in that part's header (vm/all_objects.h includes them all).
//
// Conventions: functions taking Thread& may allocate; functions returning Value return
// EMPTY when they raised, int-returning ones -1. Functions ending in _locked expect the
// object's lock held by the caller.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object.h"
#include "vm/runtime.h"

namespace taipan {

// ---------------------------------------------------------------- type queries
inline Type* type_of(Value v) {
  if (v.is_obj()) return v.obj()->type;
  if (v.is_small()) return IntType;
  return FloatType;  // callers never pass EMPTY
}
bool is_subtype(Type* a, Type* b);  // a is b or a subclass of b (walks a->mro)
inline bool isinstance(Value v, Type* t) {
  Type* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}
inline bool is_str(Value v) { return v.is_obj() && (v.obj()->type->flags & TF_STR_SUBCLASS); }
inline bool is_exact_str(Value v) { return v.is_obj() && v.obj()->type == StrType; }
inline bool is_tuple(Value v) { return v.is_obj() && (v.obj()->type->flags & TF_TUPLE_SUBCLASS); }
inline bool is_list(Value v) { return v.is_obj() && (v.obj()->type->flags & TF_LIST_SUBCLASS); }
inline bool is_dict(Value v) { return v.is_obj() && (v.obj()->type->flags & TF_DICT_SUBCLASS); }
inline bool is_type(Value v) { return v.is_obj() && (v.obj()->type->flags & TF_TYPE_SUBCLASS); }
inline bool is_none(Value v) { return v.is(g_None); }
// Every object struct starts with its Object header at offset 0, so these casts work
// for incomplete types too (DictObject and SetObject are opaque outside their files).
template <class T>
inline T* as(Value v) { return reinterpret_cast<T*>(v.obj()); }
template <class T>
inline Value V(const T* o) { return Value::from_obj(reinterpret_cast<const Object*>(o)); }

// ---------------------------------------------------------------- int (builtins/int.cpp)
// Ints outside the small range are BigIntObjects holding a GMP integer. bool is an int
// subclass: True and False are BigIntObjects of type bool with values 1 and 0.
struct BigIntObject : Object {
  // mpz_t, kept opaque here so that only builtins/int*.cpp include gmp.h. Layout of
  // __mpz_struct: int alloc, int size, mp_limb_t* d.
  alignas(8) unsigned char mpz[16];
};
inline bool is_int(Value v) {
  return v.is_small() || (v.is_obj() && (v.obj()->type->flags & TF_INT_SUBCLASS));
}
Value int_from_i64(Thread& th, int64_t i);  // small when it fits
Value int_from_u64(Thread& th, uint64_t u);
// Exact conversion when v is an int (bool included) within int64; false otherwise
// (not an int, or out of range: *overflow set when given).
bool int_to_i64(Value v, int64_t* out, bool* overflow = nullptr);
// Parses like int(s, base) (base 0 or 2..36; whitespace, sign, underscores). Raises
// ValueError "invalid literal for int() with base 10: 'x'".
Value int_from_string(Thread& th, std::string_view s, int base);
Value int_from_double(Thread& th, double d);      // OverflowError/ValueError for inf/nan
double int_to_double(Thread& th, Value v, bool* overflow);
std::string int_to_string(Value v, int base = 10);  // "-0x1f" style prefixes not added
bool int_hash(Value v, int64_t* out);             // CPython's hash (mod 2**61 - 1)
int int_sign(Value v);

// ---------------------------------------------------------------- float (builtins/float.cpp)
// floats are always inline doubles (Value::from_double).
std::string float_repr(double d);    // CPython's repr: shortest round-trip, '1e+16', 'inf', 'nan'
// Parses like float(s) (whitespace, '_', 'inf', 'nan', '-infinity'...); false if invalid.
bool parse_float(std::string_view s, double* out);
int64_t float_hash(double d);
inline bool is_float(Value v) {
  return v.is_double() || (v.is_obj() && (v.obj()->type->flags & TF_FLOAT_SUBCLASS));
}

// ---------------------------------------------------------------- str (builtins/str.cpp)
// Immutable UTF-8 text. `length` counts code points; `ascii` text indexes in O(1).
struct StrObject : Object {
  int64_t length;                  // code points
  int64_t byte_length;             // bytes of UTF-8, without the trailing NUL
  std::atomic<int64_t> hash_cache;  // -1 until computed (racy but idempotent)
  std::atomic<void*> index;        // non-ASCII: lazily built code point -> byte offset index
  bool ascii;
  char data[1];                    // byte_length bytes + NUL
};
StrObject* str_new(Thread& th, std::string_view utf8);  // utf8 must be valid UTF-8
StrObject* str_from_cstr(Thread& th, const char* s);
// The immortal interned string with this text (thread-safe).
StrObject* str_intern(std::string_view utf8);
StrObject* str_intern(Thread& th, StrObject* s);
inline std::string_view str_view(const StrObject* s) {
  return std::string_view(s->data, static_cast<size_t>(s->byte_length));
}
inline std::string_view str_view(Value v) { return str_view(as<StrObject>(v)); }
int64_t str_hash(StrObject* s);
inline bool str_eq(const StrObject* a, const StrObject* b) {
  return a == b || (a->byte_length == b->byte_length &&
                    std::char_traits<char>::compare(a->data, b->data, a->byte_length) == 0);
}
// repr(str) as CPython: quotes chosen like CPython, escapes non-printables.
std::string str_repr_text(std::string_view utf8);
// format() calls type(v).__format__: int, float, complex and str define __format__
// methods using builtins/format_spec.h.

// ---------------------------------------------------------------- bytes (builtins/bytes.cpp)
struct BytesObject : Object {
  int64_t size;
  std::atomic<int64_t> hash_cache;
  char data[1];  // size bytes + NUL
};
BytesObject* bytes_new(Thread& th, std::string_view data);

// ---------------------------------------------------------------- tuple (builtins/tuple.cpp)
struct TupleObject : Object {
  int64_t size;
  Value items[1];  // size entries (allocated with the object)
};
// A tuple of n EMPTY items: fill every item before anyone else can see it.
TupleObject* tuple_new(Thread& th, int64_t n);
TupleObject* tuple_from(Thread& th, const Value* items, int64_t n);
extern TupleObject* g_empty_tuple;

// ---------------------------------------------------------------- list (builtins/list.cpp)
// Readers of one slot go without the lock: writers publish a grown array with a
// release store and leave the old one to the collector (design.md).
struct ValueArray : Object {
  int64_t capacity;
  Value items[1];
};
struct ListObject : Object {
  std::atomic<ValueArray*> array;  // null when capacity is 0
  std::atomic<int64_t> size;
};
ListObject* list_new(Thread& th, int64_t capacity = 0);
int list_append(Thread& th, ListObject* l, Value v);       // locks
int list_extend(Thread& th, ListObject* l, Value iterable); // may run Python code
Value list_get(ListObject* l, int64_t i);   // lock-free; EMPTY if out of range
inline int64_t list_size(ListObject* l) { return l->size.load(std::memory_order_acquire); }
TupleObject* list_to_tuple(Thread& th, ListObject* l);  // snapshot under the lock
ListObject* list_from(Thread& th, const Value* items, int64_t n);

// ---------------------------------------------------------------- dict (builtins/dict.cpp)
// Insertion-ordered hash table. Keys' __hash__/__eq__ run without the dict's lock held.
// Layout in builtins/dict.h.
struct DictObject;
DictObject* dict_new(Thread& th);
// 1 found (*out set), 0 missing, -1 raised (unhashable key, or __eq__/__hash__ raised).
int dict_lookup(Thread& th, DictObject* d, Value key, Value* out);
int dict_set(Thread& th, DictObject* d, Value key, Value v);
int dict_del(Thread& th, DictObject* d, Value key);  // KeyError if missing
// String-keyed fast paths (no Python code can run: str hash/eq are builtin). EMPTY if missing.
Value dict_get_str(DictObject* d, StrObject* key);
void dict_set_str(Thread& th, DictObject* d, StrObject* key, Value v);
bool dict_del_str(Thread& th, DictObject* d, StrObject* key);  // false if missing (no exception)
int64_t dict_size(DictObject* d);
// Bumped on every insert/delete/replace; 0 is never used (inline caches).
uint64_t dict_version(DictObject* d);
// Iteration without holding the lock across callbacks: *pos starts at 0. Returns false
// when done. Safe against concurrent mutation (may or may not see concurrent changes).
bool dict_next(DictObject* d, int64_t* pos, Value* key, Value* value);
int dict_update(Thread& th, DictObject* d, Value other);  // mapping or iterable of pairs
DictObject* dict_copy(Thread& th, DictObject* d);

// ---------------------------------------------------------------- set (builtins/set.cpp)
struct SetObject;
SetObject* set_new(Thread& th, Type* type /* SetType or FrozenSetType */);
int set_add(Thread& th, SetObject* s, Value key);
int set_contains(Thread& th, SetObject* s, Value key);
int set_update(Thread& th, SetObject* s, Value iterable);

// ---------------------------------------------------------------- slice (builtins/slice.cpp)
struct SliceObject : Object {
  Value start, stop, step;  // None when omitted
};
Value slice_new(Thread& th, Value start, Value stop, Value step);
// Resolves against a sequence length as slice.indices(); returns the item count or -1.
int64_t slice_indices(Thread& th, SliceObject* s, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step);

// ---------------------------------------------------------------- module (vm/module.cpp)
struct ModuleObject : Object {
  DictObject* dict;
};
ModuleObject* module_new(Thread& th, StrObject* name);

// ---------------------------------------------------------------- instances
// Instances of classes defined in Python whose builtin base is object. Instances of any
// type with Type::dictoffset != 0 keep their __dict__ slot at that offset.
struct InstanceObject : Object {
  std::atomic<DictObject*> dict;  // created on first attribute store
};
// The __dict__ slot of an instance of a class with TF_HAS_DICT (null if none yet).
std::atomic<DictObject*>* instance_dict_slot(Value obj);

// ---------------------------------------------------------------- cells (vm/function.cpp)
struct CellObject : Object {
  std::atomic<uint64_t> contents;  // Value bits; 0 (EMPTY) when unbound
};
CellObject* cell_new(Thread& th, Value v);


// ---------------------------------------------------------------- iterators over sequences
// str/bytes/tuple/list iterators and the generic __getitem__ iterator share this layout.
struct SeqIterObject : Object {
  Value seq;                     // EMPTY once exhausted
  std::atomic<int64_t> index;
};

// ---------------------------------------------------------------- exceptions (builtins/exceptions.cpp)
struct ExceptionObject : Object {
  std::atomic<DictObject*> dict;  // Type::dictoffset points here
  TupleObject* args;
  Value traceback;                // a TracebackObject, or EMPTY (None to Python)
  Value cause;                    // __cause__ (EMPTY: None)
  Value context;                  // __context__ (EMPTY: None)
  bool suppress_context;
  Value notes;                    // __notes__ list or EMPTY
  // Subclass attributes by position (builtins/exceptions.h names them): e.g.
  // StopIteration.value, SystemExit.code, OSError errno/strerror/filename, SyntaxError
  // msg/filename/lineno/offset/text/end_lineno/end_offset, NameError/AttributeError name.
  Value extra[8];
};
inline bool is_exception(Value v) { return v.is_obj() && (v.obj()->type->flags & TF_EXCEPTION); }

// ---------------------------------------------------------------- tracebacks (vm/interp.cpp adds them)
struct TracebackObject : Object {
  Value next;          // the next (inner) TracebackObject, or EMPTY
  StrObject* filename;
  StrObject* name;     // the code's name ("<module>", "f")
  int32_t lineno;
  int32_t lasti;
  Value frame;         // a FrameObject when one exists, else EMPTY
};

}  // namespace taipan
