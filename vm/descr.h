// Layouts of the object-model helper objects: builtin functions and method descriptors
// (vm/native.cpp), getset and member descriptors, slot wrappers, method-wrappers, super,
// property, staticmethod and classmethod (vm/descr.cpp).
//
// Invariants: every field is set when the object is made and never changes afterwards
// (these objects are immutable, so they are read without locks), except the __dict__ of
// staticmethod/classmethod, which is published with a release store like any instance
// dict.
#pragma once
#include <atomic>
#include <cstdint>

#include "vm/native.h"
#include "vm/objects.h"

namespace taipan {

// builtin_function_or_method (a module-level builtin, or a builtin method bound to
// `self`), method_descriptor (an unbound method in a builtin type's dict) and
// classmethod_descriptor.
struct NativeFunctionObject : Object {
  const NativeDef* def;
  const NativeSig* sig;  // parsed signature, cached (vm/native.cpp)
  Value self;            // the bound receiver; EMPTY for plain functions and descriptors
  Value module;          // __module__ (str) for module-level functions, else EMPTY
  Type* owner;           // the type a descriptor (or bound method) was defined on
};

// A data descriptor made from a GetSetDef on a builtin type.
struct GetSetObject : Object {
  const GetSetDef* def;
  Type* owner;
  StrObject* name;
};

// What a slot wrapper exposes: one of the slots of vm/slots.def (the same order), or one
// of the extra dunders that share a slot.
enum class SlotKind : uint8_t {
#define SLOT(field, dunder, sig) field,
#include "vm/slots.def"
#undef SLOT
  delattr,     // __delattr__ via setattr with EMPTY
  delitem,     // __delitem__ via setitem with EMPTY
  descr_del,   // __delete__ via descr_set with EMPTY
  richcmp,     // __lt__ .. __ge__ (op = CmpOp)
  binary,      // __add__ .. (op = BinOp): self is the left operand
  rbinary,     // __radd__ ..: self is the right operand
  inplace,     // __iadd__ ..
  COUNT_
};

// wrapper_descriptor: a builtin type's slot exposed as a dunder in its dict
// (int.__add__, list.__len__, object.__init__). `fn` is the slot function of `owner`
// captured when the wrapper was made (so object.__init__ stays object's even when a
// subclass overrides the slot).
struct SlotWrapperObject : Object {
  Type* owner;
  StrObject* name;
  void* fn;
  SlotKind kind;
  uint8_t op;  // BinOp or CmpOp for the kinds that need one
};

// method-wrapper: a slot wrapper bound to an instance (`(1).__add__`).
struct MethodWrapperObject : Object {
  SlotWrapperObject* descr;
  Value self;
};

// super(type, obj_or_type): attribute lookup starts after `type` in the MRO of `obj_type`.
struct SuperObject : Object {
  Type* type;       // null for an unbound super(type)
  Value obj;        // the instance or class, EMPTY when unbound
  Type* obj_type;   // type(obj), or obj itself when obj is a class; null when unbound
};

// property(fget, fset, fdel, doc)
struct PropertyObject : Object {
  Value fget, fset, fdel, doc;  // None (never EMPTY) when absent
  Value name;                   // set by __set_name__ (for messages); EMPTY until then
  bool getter_doc;              // doc was taken from fget.__doc__
};

// staticmethod(f) and classmethod(f).
struct WrapperDescrObject : Object {
  std::atomic<DictObject*> dict;  // Type::dictoffset points here (__wrapped__, __doc__)
  Value callable;
};

// member_descriptor: one name of a class's __slots__, a Value stored at a fixed offset
// of the instances (EMPTY while unset).
struct MemberDescrObject : Object {
  Type* owner;
  StrObject* name;
  int64_t offset;
};

// ---- descriptor helpers (vm/descr.cpp)
Value staticmethod_new(Thread& th, Value callable);
Value classmethod_new(Thread& th, Value callable);
Value property_new(Thread& th, Value fget, Value fset, Value fdel, Value doc);
// A getset descriptor for def on owner (finish_builtin_types uses it).
Value getset_new(Thread& th, Type* owner, const GetSetDef* def);
// A member descriptor for the __slots__ entry `name` stored at `offset` of owner's instances.
Value member_descr_new(Thread& th, Type* owner, StrObject* name, int64_t offset);
// A slot wrapper for the slot `kind` (op: BinOp/CmpOp) of owner, named `name`.
Value slot_wrapper_new(Thread& th, Type* owner, StrObject* name, SlotKind kind, uint8_t op,
                       void* fn);
// super(type, obj) made from C++ (zero-arg super resolves its arguments first).
Value super_new(Thread& th, Type* type, Value obj);
void init_descr_types(Thread& th);  // slots of the descriptor types (called by init_object_model)

// ---- builtin functions (vm/native.cpp)
// A method descriptor (or classmethod descriptor / staticmethod per def->flags) for a
// builtin type's method table entry.
Value native_method_descr_new(Thread& th, Type* owner, const NativeDef* def);
// Binds a NativeDef to self (a builtin_function_or_method with __self__).
Value native_bind(Thread& th, const NativeDef* def, Type* owner, Value self);
const NativeSig* native_sig(const NativeDef* def);  // parsed (and cached) signature
void init_native_types(Thread& th);  // slots of the builtin function types

}  // namespace taipan
