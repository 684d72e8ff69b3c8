// types.MappingProxyType ("mappingproxy"): a read-only view of a mapping, what
// C.__dict__ returns (builtins/mappingproxy.cpp).
//
// Immutable: `mapping` is set at creation and never changes, so it is read without a
// lock; every operation is delegated to the mapping, which locks itself.
#pragma once
#include "vm/objects.h"

namespace taipan {

struct MappingProxyObject : Object {
  Value mapping;
};

// A read-only proxy of mapping (not checked: callers pass a dict or a mapping).
Value mappingproxy_new(Thread& th, Value mapping);
void init_mappingproxy_type(Thread& th);  // called by init_object_model

}  // namespace taipan
