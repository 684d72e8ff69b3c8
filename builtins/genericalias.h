// types.GenericAlias (`list[int]`) and types.UnionType (`int | str`), PEP 585 and 604
// (builtins/genericalias.cpp holds both: a union's members and substitution share the
// alias code).
//
// Both are immutable: every field is set before the object is shared, except the
// lazily computed __parameters__ tuple, which is published once with a release store
// (racing computations produce equal tuples; either may win).
#pragma once
#include <atomic>

#include "vm/objects.h"

namespace taipan {

struct GenericAliasObject : Object {
  Value origin;
  TupleObject* args;
  std::atomic<uint64_t> parameters;  // Value bits of the __parameters__ tuple; 0 until computed
  bool starred;                      // *tuple[int] (PEP 646)
};

struct UnionObject : Object {
  TupleObject* args;                 // flattened, deduplicated, None replaced by NoneType
  std::atomic<uint64_t> parameters;  // as in GenericAliasObject
};

// origin[args]: args is a tuple (the items) or any single value (one item).
Value generic_alias_new(Thread& th, Value origin, Value args);
// a | b for type.__or__/__ror__ and the alias types: a UnionType (or the single member
// left after deduplication), or NotImplemented when either operand cannot be a member.
Value union_or(Thread& th, Value a, Value b);
inline bool is_union(Value v) { return v.is_obj() && v.obj()->type == UnionType; }
// Slots and tables of GenericAliasType and UnionType (called by init_object_model).
void init_genericalias_types(Thread& th);

}  // namespace taipan
