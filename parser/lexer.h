// The tokenizer: UTF-8 source in, one Token at a time out (the parser pulls tokens lazily,
// so a tokenizer error past a syntax error is never reported first, as in CPython).
//
// Invariants: positions are exact (1-based lines, 0-based byte columns); string and number
// tokens are validated here but decoded by the parser; no allocation per token. Source
// must already have "\r\n" / "\r" line endings folded to "\n" (parse() does that).
// Identifiers are not NFKC-normalized; non-ASCII identifier characters are classified by
// coarse Unicode block ranges rather than the full XID tables.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "parser/syntax_error.h"
#include "parser/token.h"

namespace taipan {

// CPython's SyntaxError.end_offset is not always a position. These end_col values for
// raise_syntax_error ask for its special cases (as documented beside each).
inline constexpr int kEndOffsetZero = -2;      // end_offset 0: "'(' was never closed", a
                                               // line continuation error, TabError
inline constexpr int kEndOffsetMinusOne = -3;  // end_offset -1: IndentationError, EOF errors
// A `col` of kOffsetZero gives offset 0 (a generic error at the end of input).
inline constexpr int kOffsetZero = -1;

// Builds and throws a SyntaxErrorInfo; columns are 0-based byte offsets and are converted
// to CPython's 1-based character offsets. end_line 0 means "ends where it starts", as
// CPython's tokenizer errors do (offset == end_offset); see kEndOffset* for the others.
[[noreturn]] void raise_syntax_error(std::string_view src, const std::string& filename,
                                     SyntaxErrorInfo::Kind kind, std::string msg, int line,
                                     int col, int end_line = 0, int end_col = 0);

// Decodes one UTF-8 code point at s[i] (advancing i); invalid bytes decode as themselves.
uint32_t decode_utf8(std::string_view s, size_t& i);
void append_utf8(std::string& out, uint32_t cp);

class Lexer {
 public:
  Lexer(std::string_view src, const std::string& filename);
  // A lexer over src[begin, end) for an f-string replacement field: no indentation and
  // newlines are plain whitespace, as inside brackets. `line`/`line_start` locate `begin`.
  Lexer(std::string_view src, const std::string& filename, uint32_t begin, uint32_t end,
        int line, uint32_t line_start);

  Token next();

  // For the REPL's incomplete-input test.
  bool inside_brackets() const { return !parens_.empty(); }
  int depth() const { return static_cast<int>(parens_.size()); }
  int innermost_bracket_line() const { return parens_.empty() ? 0 : parens_.back().line; }
  // "'(' was never closed" for the innermost open bracket.
  [[noreturn]] void unclosed_bracket_error() const;

  [[noreturn]] void error(std::string msg, int line, int col, int end_line = 0,
                          int end_col = 0) const;

 private:
  struct Paren { char ch; int line, col; };

  Token make(Tok k, uint32_t start, int line, int col) const;
  bool handle_indentation(Token& out);
  Token lex_name_or_string();
  Token lex_string(uint32_t start, int col);
  Token lex_number();
  void number_end_check(const char* kind);
  void digits_with_underscores(bool (*is_digit)(char), const char* kind);
  Token lex_operator();
  void newline_seen() { ++line_; line_start_ = pos_; }
  // The line CPython reports for the end of input: the last line that has characters.
  int eof_line_noalloc() const;
  uint32_t prev_line_start() const;

  std::string_view src_;
  const std::string& filename_;
  uint32_t pos_ = 0, end_ = 0;
  int line_ = 1;
  uint32_t line_start_ = 0;
  bool expr_mode_ = false;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
  bool eof_newline_done_ = false;
  int pending_dedents_ = 0;
  std::vector<int> indents_{0}, alt_indents_{0};
  std::vector<Paren> parens_;
};

}  // namespace taipan
