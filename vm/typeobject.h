// The type machinery (vm/typeobject.cpp): `object`, `type`, classes made by Python code
// (type(name, bases, ns), C3 MRO, layout, slot trampolines calling dunders) and the
// finishing of builtin types (dicts of descriptors, slot inheritance, slot wrappers).
//
// Invariants:
// - Type::mro is a tuple starting with the type itself and ending with `object`.
// - Type::version is nonzero for every type and changes (release store) whenever the
//   dict of the type or of any type on its MRO changes: inline caches keyed by it are
//   valid while it is unchanged.
// - A slot of a heap type is either inherited from the nearest builtin base or a
//   trampoline that looks its dunder up on the MRO at call time; trampolines are
//   re-derived whenever a dunder is assigned on the class or a base.
#pragma once
#include <string>

#include "vm/objects.h"

namespace taipan {

// type(name, bases, ns, **kw) for metatype (TypeType or a subclass): makes a class.
// kwvalues/kwnames are the class keywords passed on to __init_subclass__.
Value type_new(Thread& th, Type* metatype, StrObject* name, TupleObject* bases, DictObject* ns,
               const Value* kwvalues = nullptr, TupleObject* kwnames = nullptr);
// Allocates a bare instance of type (basicsize bytes, zeroed; dict slot empty).
Value instance_alloc(Thread& th, Type* type);
// Must be called after any change to type->dict: bumps the version of the type and of
// all its subclasses, and re-derives slots when `name` is a dunder (name may be null).
void type_modified(Thread& th, Type* type, StrObject* name);
// A fresh, never-used nonzero version number.
uint64_t type_next_version();
// "int", "C", or "mymod.C" when the class's __module__ is neither builtins nor __main__
// (as tracebacks print exception types).
std::string type_qualified_name(Type* t, bool with_main = false);
// The __module__ of a type as a str Value ('builtins' for builtin types).
Value type_module(Thread& th, Type* t);
// type->mro lookup that also reports which class defined it (nullptr if absent); in
// vm/abstract.cpp beside lookup_in_mro, which it serves.
Value lookup_in_mro_owner(Type* type, StrObject* name, Type** owner);
// Adds every descriptor for a builtin type's tables to its dict (used by
// finish_builtin_types and by modules that create types late, e.g. in stdlib/).
void finish_type(Thread& th, Type* t);
// The number of types currently registered as subclasses of t (direct ones).
size_t type_subclass_count(Type* t);
// isinstance(inst, cls) / issubclass(derived, cls) with CPython's whole protocol (exact
// type first, tuples and unions, __instancecheck__/__subclasscheck__, __bases__ and
// __class__ for class-like objects): 1, 0, or -1 raised.
int object_isinstance(Thread& th, Value inst, Value cls);
int object_issubclass(Thread& th, Value derived, Value cls);
// Slots of the module type (vm/module.cpp), called by init_object_model.
void init_module_type(Thread& th);

}  // namespace taipan
