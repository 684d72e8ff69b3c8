// Tokens produced by the lexer. A token holds only its kind and its source span; the
// parser reads identifier, number and string text straight from the source, so lexing
// allocates nothing per token.
#pragma once
#include <cstdint>
#include <string_view>

namespace taipan {

enum class Tok : uint8_t {
#define TOKEN(name, doc) name,
#define OP(name, text) name,
#define KEYWORD(name, text) KW_##name,
#include "parser/token.def"
  COUNT_
};

struct Token {
  Tok kind = Tok::ENDMARKER;
  uint32_t start = 0, end = 0;  // byte offsets into the source
  int line = 1, col = 0;         // 1-based line, 0-based UTF-8 byte column (as ast col_offset)
  int end_line = 1, end_col = 0;
};

// "NAME", "LPAR", "KW_IF", ...
const char* token_name(Tok k);
// The fixed spelling of an operator or keyword ("(", "if"), or "" for variable tokens.
const char* token_text(Tok k);
// The keyword kind for an identifier, or Tok::NAME if it is not a hard keyword.
Tok keyword_kind(std::string_view ident);

}  // namespace taipan
