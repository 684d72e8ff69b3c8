// The bytecode compiler: AST (parser/ast.h) in, a tree of CodeUnits (parser/code_unit.h)
// out, following CPython 3.11's compile.c instruction for instruction where the opcode
// set allows (see vm/opcodes.def; each opcode's doc line is the contract with the VM).
// Scopes come from parser/symtable.h; instruction layout, stack depth and the exception
// table from parser/code_builder.h. The compiler is reentrant and keeps no global state,
// so any thread may compile.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "parser/ast.h"
#include "parser/code_unit.h"
#include "parser/parser.h"
#include "parser/syntax_error.h"

namespace taipan {

// Parses and compiles. Throws SyntaxErrorInfo for syntax and compile-time errors
// (including "<feature> is not supported yet" for match, async and except*).
std::shared_ptr<const CodeUnit> compile_source(std::string_view source,
                                               const std::string& filename, ParseMode mode);

// Compiles a parsed tree. `source` is only used for the text line of error reports and for
// string annotations under `from __future__ import annotations`.
std::shared_ptr<const CodeUnit> compile_ast(const ast::Mod& mod, const std::string& filename,
                                            ParseMode mode, std::string_view source);

}  // namespace taipan
