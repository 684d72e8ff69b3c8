// The `_pcre` module's object types (builtins/re_module.cpp): a compiled PCRE2 pattern
// and re.Match. Their layouts are here only because vm/types.def needs them.
#pragma once
#include "vm/object.h"

namespace taipan {

struct PcreCode;  // the pcre2_code variants, outside the GC heap (freed by finalize)

// Immutable once made: threads share it without locks (the lazily compiled anchored
// variants are published with a compare-and-swap).
struct PcreCodeObject : Object {
  PcreCode* impl;
  Value groupindex;  // dict: group name -> number (the Pattern's groupindex)
  Value names;       // tuple: group number -> name or None
  Value close;       // tuple: group number -> rank of its ')' in the pattern (lastindex)
};

// re.Match: immutable. spans holds 2 * (groups + 1) code point offsets (-1: unset), then
// as many byte offsets into `text` (equal to the former for bytes and ASCII text).
struct PcreMatchObject : Object {
  Value pattern;  // the re.Pattern
  Value code;     // its PcreCodeObject
  Value string;   // the subject as passed in
  Value text;     // the subject as str or bytes (what groups are sliced from)
  int64_t pos, endpos;
  int64_t groups;
  int64_t spans[1];
};

}  // namespace taipan
