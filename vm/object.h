// The object header every heap object starts with, and Type, the class of classes.
//
// Header invariants:
// - `type` is set at allocation; only `obj.__class__ = C` changes it afterwards (vm/
//   typeobject.cpp), with one atomic store and only between classes of identical
//   layout, so a reader that loaded the old type still reads the object correctly.
// - `gc_next` links the object into its allocating thread's registry (vm/gc.cpp); only
//   the collector reads it, with the world stopped.
// - `lock` is this object's own lock (vm/lock.h). Immutable objects never take it.
//   Mutable containers take it for every write and every multi-step read.
// - The collector never runs while any thread is between two safepoints, so a pointer
//   read from a live object stays valid until the reader's next safepoint.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

#include "vm/lock.h"
#include "vm/opcodes.h"
#include "vm/value.h"

namespace taipan {

struct Thread;
struct Type;
struct StrObject;
struct TupleObject;
struct DictObject;
struct NativeDef;
struct GetSetDef;

// GC header flags.
enum GcFlags : uint8_t {
  GC_IMMORTAL = 1,   // static or permanent: never swept, never traced through the registry
  GC_FINALIZED = 2,  // its __del__ was queued once; freed the next time it is found dead
  GC_DEAD = 4,       // found unreachable by the running collection (vm/gc.cpp only)
};

struct Object {
  Type* type;
  Object* gc_next;
  std::atomic<uint8_t> gc_mark;  // mark bit, set by the collector only
  ObjLock lock;
  uint8_t gc_flags;
  uint8_t reserved8;
  uint32_t reserved32;  // free for the type's use (e.g. small flags); zero at allocation
};
static_assert(sizeof(Object) == 24);

// The collector's visitor: a type's trace function reports every Value and Object* it
// holds. Tracing must not allocate, lock, or run Python code.
class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void visit(Object* o) = 0;
  void visit(Value v) {
    if (v.is_obj()) visit(v.obj());
  }
};

// Slot signatures. The convention everywhere in the VM: a function returning Value
// returns EMPTY when it raised (the exception is pending on the Thread); one returning
// int returns -1 when it raised. (Slot `next` may also return EMPTY with nothing
// pending: exhaustion.)
using UnaryFn = Value (*)(Thread&, Value self);
using BinaryFn = Value (*)(Thread&, Value a, Value b);
using HashFn = bool (*)(Thread&, Value self, int64_t* out);  // false: raised
using InquiryFn = int (*)(Thread&, Value self);               // 1 true, 0 false, -1 raised
using LenFn = int64_t (*)(Thread&, Value self);               // -1 raised
// args[0..nargs) positional, then len(kwnames) keyword values; kwnames is a tuple of str
// or nullptr.
using CallFn = Value (*)(Thread&, Value callable, const Value* args, size_t nargs,
                         TupleObject* kwnames);
using GetAttrFn = Value (*)(Thread&, Value self, StrObject* name);
using SetAttrFn = int (*)(Thread&, Value self, StrObject* name, Value v);  // v EMPTY: delete
using SetItemFn = int (*)(Thread&, Value self, Value key, Value v);        // v EMPTY: delete
using ContainsFn = int (*)(Thread&, Value self, Value item);
using DescrGetFn = Value (*)(Thread&, Value descr, Value obj, Value type);  // obj EMPTY: via class
using DescrSetFn = int (*)(Thread&, Value descr, Value obj, Value v);       // v EMPTY: delete
// Called as cls.__new__(cls, *args, **kw): `type` is the class being instantiated.
using NewFn = Value (*)(Thread&, Type* type, const Value* args, size_t nargs,
                        TupleObject* kwnames);
using InitFn = int (*)(Thread&, Value self, const Value* args, size_t nargs,
                       TupleObject* kwnames);
// Returns the result or NotImplemented (vm/runtime.h: g_NotImplemented); EMPTY on error.
using RichCmpFn = Value (*)(Thread&, Value a, Value b, CmpOp op);
using TraceFn = void (*)(Object* self, Tracer& t);
using FinalizeFn = void (*)(Object* self);  // frees C++-side memory at sweep; no Python code

enum TypeFlags : uint32_t {
  TF_BASETYPE = 1u << 0,      // may be subclassed
  TF_HEAPTYPE = 1u << 1,      // created by a class statement / type(); collectable
  TF_HAS_DICT = 1u << 2,      // instances have a __dict__ (InstanceObject::dict)
  TF_EXCEPTION = 1u << 3,     // a BaseException subclass
  TF_IMMUTABLE = 1u << 4,     // instances never change after creation: no locking
  TF_INT_SUBCLASS = 1u << 5,  // fast subclass checks for the common builtins
  TF_FLOAT_SUBCLASS = 1u << 6,
  TF_STR_SUBCLASS = 1u << 7,
  TF_TUPLE_SUBCLASS = 1u << 8,
  TF_LIST_SUBCLASS = 1u << 9,
  TF_DICT_SUBCLASS = 1u << 10,
  TF_TYPE_SUBCLASS = 1u << 11,
  TF_BYTES_SUBCLASS = 1u << 12,
  TF_HASH_NONE = 1u << 13,    // __hash__ = None: instances are unhashable
};

// A class. Builtin types are immortal statics set up at startup (vm/runtime.cpp);
// classes made by Python code are heap objects (TF_HEAPTYPE).
struct Type : Object {
  StrObject* name;        // __name__
  StrObject* qualname;    // __qualname__
  Value module;           // __module__ (str) or EMPTY for builtins (reported as 'builtins')
  Type* base;             // __base__ (null only for object)
  TupleObject* bases;     // __bases__
  TupleObject* mro;       // __mro__, this type first
  DictObject* dict;       // the class namespace; writes bump `version`
  Value doc;
  size_t basicsize;       // bytes of an instance (header included)
  int32_t dictoffset;     // byte offset of the instances' std::atomic<DictObject*> __dict__ slot; 0: none
  uint32_t flags;
  // Bumped (release) on every change to this type's dict or any base's: inline caches
  // keyed by it stay valid only while it is unchanged. 0 means "do not cache".
  std::atomic<uint64_t> version;

  TraceFn trace;        // null: the object holds no references
  FinalizeFn finalize;  // null: nothing to free

#define SLOT(field, dunder, sig) sig field;
#include "vm/slots.def"
#undef SLOT
  RichCmpFn richcmp;
  BinaryFn nb[static_cast<size_t>(BinOp::COUNT_)];
  BinaryFn nb_inplace[static_cast<size_t>(BinOp::COUNT_)];

  // Builtin types declare methods and attributes in tables; the setup code turns them
  // into descriptors in `dict` (vm/typeobject.cpp).
  const NativeDef* methods;   // terminated by a zero entry; may be null
  const GetSetDef* getsets;   // terminated by a zero entry; may be null
  const char* tp_doc;
};

}  // namespace taipan
