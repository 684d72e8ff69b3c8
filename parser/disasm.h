// A `python3 -m dis`-like listing of a CodeUnit tree (used by `taipan --dis FILE` and by
// the compiler's tests). The format is for people, not a stable interface.
#pragma once
#include <string>

#include "parser/code_unit.h"

namespace taipan {

// Listing of `code`, then of every code object in its constants, depth first.
std::string disassemble(const CodeUnit& code);

// Python repr() of a compile-time constant: 'str', b'bytes', 1.5, None, (1, 2), ...
std::string const_repr(const Const& c);

}  // namespace taipan
