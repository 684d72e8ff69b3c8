// Public entry points of the front end: UTF-8 source in, AST out (see parser/ast.h).
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "parser/ast.h"
#include "parser/syntax_error.h"

namespace taipan {

enum class ParseMode { Exec, Eval, Single };

// Parses UTF-8 source. Throws SyntaxErrorInfo. Returns ast::Module (Exec), ast::Expression
// (Eval) or ast::Interactive (Single, as CPython's compile(src, '<stdin>', 'single')).
std::unique_ptr<ast::Mod> parse(std::string_view source, const std::string& filename,
                                ParseMode mode);

// For the REPL: true if `source` is an incomplete statement that needs more lines (open
// brackets, trailing ':', unterminated triple-quoted string, backslash continuation, or a
// compound statement not yet ended by a blank line). False for complete input and for input
// with a real syntax error (compiling it reports the error).
bool is_incomplete_input(std::string_view source);

}  // namespace taipan
