// Runtime support for match statements (the MATCH_* opcodes of vm/opcodes.def).
// Functions returning Value return EMPTY when they raised; int ones -1.
#pragma once
#include "vm/objects.h"

namespace taipan {

// MATCH_MAPPING / MATCH_SEQUENCE: the collections.abc-style type tests of match.
bool match_is_mapping(Value subject);
bool match_is_sequence(Value subject);
// MATCH_KEYS: the tuple of values for `keys` (a tuple), or None if one is missing.
Value match_keys(Thread& th, Value subject, Value keys);
// MATCH_CLASS: the tuple of nargs positional + len(names) keyword attributes, or None.
Value match_class(Thread& th, Value subject, Value cls, Value names, uint32_t nargs);

}  // namespace taipan
