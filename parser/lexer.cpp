// Tokenizer. See lexer.h for the invariants. Hot paths are ASCII switch statements; the
// slow paths (errors, non-ASCII identifiers) are out of line.
#include "parser/lexer.h"

#include <cstdio>
#include <cstring>

namespace taipan {

// ---- token names ----

const char* token_name(Tok k) {
  static const char* const names[] = {
#define TOKEN(name, doc) #name,
#define OP(name, text) #name,
#define KEYWORD(name, text) "KW_" #name,
#include "parser/token.def"
  };
  return names[static_cast<int>(k)];
}

const char* token_text(Tok k) {
  static const char* const texts[] = {
#define TOKEN(name, doc) "",
#define OP(name, text) text,
#define KEYWORD(name, text) text,
#include "parser/token.def"
  };
  return texts[static_cast<int>(k)];
}

Tok keyword_kind(std::string_view s) {
  // Keywords are 2..8 lowercase letters (or True/False/None): a length and first-letter
  // filter keeps the common identifier path to a couple of compares.
  if (s.size() < 2 || s.size() > 8) return Tok::NAME;
  switch (s[0]) {
#define KW(str, tok) if (s == str) return Tok::tok;
    case 'F': KW("False", KW_FALSE) break;
    case 'N': KW("None", KW_NONE) break;
    case 'T': KW("True", KW_TRUE) break;
    case 'a': KW("and", KW_AND) KW("as", KW_AS) KW("assert", KW_ASSERT) KW("async", KW_ASYNC)
              KW("await", KW_AWAIT) break;
    case 'b': KW("break", KW_BREAK) break;
    case 'c': KW("class", KW_CLASS) KW("continue", KW_CONTINUE) break;
    case 'd': KW("def", KW_DEF) KW("del", KW_DEL) break;
    case 'e': KW("elif", KW_ELIF) KW("else", KW_ELSE) KW("except", KW_EXCEPT) break;
    case 'f': KW("finally", KW_FINALLY) KW("for", KW_FOR) KW("from", KW_FROM) break;
    case 'g': KW("global", KW_GLOBAL) break;
    case 'i': KW("if", KW_IF) KW("import", KW_IMPORT) KW("in", KW_IN) KW("is", KW_IS) break;
    case 'l': KW("lambda", KW_LAMBDA) break;
    case 'n': KW("nonlocal", KW_NONLOCAL) KW("not", KW_NOT) break;
    case 'o': KW("or", KW_OR) break;
    case 'p': KW("pass", KW_PASS) break;
    case 'r': KW("raise", KW_RAISE) KW("return", KW_RETURN) break;
    case 't': KW("try", KW_TRY) break;
    case 'w': KW("while", KW_WHILE) KW("with", KW_WITH) break;
    case 'y': KW("yield", KW_YIELD) break;
#undef KW
    default: break;
  }
  return Tok::NAME;
}

// ---- UTF-8 and errors ----

uint32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (n == 0 || i + n >= s.size()) { ++i; return c; }
  uint32_t cp = c & (0x3F >> n);
  for (int k = 1; k <= n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) { ++i; return c; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += n + 1;
  return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

static std::string_view line_text(std::string_view src, int line) {
  size_t p = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', p);
    if (nl == std::string_view::npos) return {};
    p = nl + 1;
  }
  size_t e = src.find('\n', p);
  if (e == std::string_view::npos) e = src.size();
  return src.substr(p, e - p);
}

static int char_col(std::string_view line, int byte_col) {
  int n = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
  if (byte_col > static_cast<int>(line.size())) n += byte_col - static_cast<int>(line.size());
  return n + 1;
}

void raise_syntax_error(std::string_view src, const std::string& filename,
                        SyntaxErrorInfo::Kind kind, std::string msg, int line, int col,
                        int end_line, int end_col) {
  std::string_view text = line_text(src, line);
  int c = col == kOffsetZero ? 0 : char_col(text, col);
  int el = end_line, ec;
  if (el == 0) {
    el = line;
    ec = c;
  } else if (end_col == kEndOffsetZero) {
    ec = 0;
  } else if (end_col == kEndOffsetMinusOne) {
    ec = -1;
  } else {
    ec = char_col(el == line ? text : line_text(src, el), end_col);
  }
  throw SyntaxErrorInfo(kind, std::move(msg), filename, line, c, std::string(text), el, ec);
}

// ---- character classes ----

static inline bool is_ascii_id_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static inline bool is_ascii_id_char(char c) {
  return is_ascii_id_start(c) || (c >= '0' && c <= '9');
}

// Coarse approximation of XID_Start/XID_Continue for non-ASCII code points: the letter
// blocks of the major scripts are accepted, symbol/punctuation/emoji blocks rejected.
static bool is_unicode_id_char(uint32_t cp, bool start) {
  if (cp < 0x80) return false;
  if (cp < 0x100)
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (!start && cp == 0xB7) ||
           (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
  if (cp >= 0x300 && cp <= 0x36F) return !start;  // combining marks
  if (cp == 0x37E || cp == 0x387 || cp == 0x589 || cp == 0x5BE || cp == 0x5C0 ||
      cp == 0x5C3 || cp == 0x5C6 || (cp >= 0x5F3 && cp <= 0x5FF) ||
      (cp >= 0x600 && cp <= 0x61F && cp != 0x610) || cp == 0x66A || cp == 0x66B ||
      cp == 0x66C || cp == 0x66D || cp == 0x6D4 || cp == 0x964 || cp == 0x965 || cp == 0x970)
    return false;
  if (cp < 0x2000) return true;
  if (cp >= 0x2070 && cp <= 0x209F) return cp == 0x2071 || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C);
  if (cp == 0x2102 || cp == 0x2107 || (cp >= 0x210A && cp <= 0x2113) || cp == 0x2115 ||
      (cp >= 0x2119 && cp <= 0x211D) || cp == 0x2124 || cp == 0x2126 || cp == 0x2128 ||
      (cp >= 0x212A && cp <= 0x212D) || (cp >= 0x212F && cp <= 0x2139) ||
      (cp >= 0x2160 && cp <= 0x2188))
    return true;
  if (cp < 0x2C00) return false;  // punctuation, symbols, arrows, math, boxes, dingbats
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;
  if (cp >= 0x3000 && cp <= 0x3040) return cp == 0x3005 || cp == 0x3006 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3031 && cp <= 0x3035) || (cp >= 0x3038 && cp <= 0x303C);
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;  // surrogates, private use
  if (cp >= 0xFD3E && cp <= 0xFD3F) return false;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return !start;
  if (cp >= 0xFE10 && cp <= 0xFE6F) return cp >= 0xFE33 && cp <= 0xFE34 ? !start : (cp >= 0xFE4D && cp <= 0xFE4F ? !start : false);
  if (cp >= 0xFEFF && cp <= 0xFF20) return !start && cp >= 0xFF10 && cp <= 0xFF19;
  if (cp >= 0xFF3B && cp <= 0xFF40) return cp == 0xFF3F && !start;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
  if (cp >= 0xE0000) return cp >= 0xE0100 && cp <= 0xE01EF && !start;
  return true;
}

static bool is_printable(uint32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD) return false;
  if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || cp == 0x1680 ||
      (cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp > 0x10FFFF ||
      (cp >= 0xE0000 && cp <= 0xE007F) || cp >= 0xF0000)
    return false;
  return true;
}

// ---- lexer ----

Lexer::Lexer(std::string_view src, const std::string& filename)
    : src_(src), filename_(filename), end_(static_cast<uint32_t>(src.size())) {
  if (src_.size() >= 3 && src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
}

Lexer::Lexer(std::string_view src, const std::string& filename, uint32_t begin, uint32_t end,
             int line, uint32_t line_start)
    : src_(src), filename_(filename), pos_(begin), end_(end), line_(line),
      line_start_(line_start), expr_mode_(true), at_line_start_(false) {}

int Lexer::eof_line_noalloc() const {
  // A final "\n" ends the last line rather than starting an empty one.
  if (line_ > 1 && line_start_ == src_.size() && src_.size() > 0 && src_.back() == '\n')
    return line_ - 1;
  return line_;
}

uint32_t Lexer::prev_line_start() const {
  uint32_t p = line_start_ - 1;  // the '\n' that ends the previous line
  while (p > 0 && src_[p - 1] != '\n') --p;
  return p;
}

void Lexer::unclosed_bracket_error() const {
  const Paren& p = parens_.back();
  char buf[64];
  std::snprintf(buf, sizeof buf, "'%c' was never closed", p.ch);
  error(buf, p.line, p.col, p.line, kEndOffsetZero);
}

void Lexer::error(std::string msg, int line, int col, int end_line, int end_col) const {
  raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, std::move(msg), line,
                     col, end_line, end_col);
}

Token Lexer::make(Tok k, uint32_t start, int line, int col) const {
  Token t;
  t.kind = k;
  t.start = start;
  t.end = pos_;
  t.line = line;
  t.col = col;
  t.end_line = line_;
  t.end_col = static_cast<int>(pos_ - line_start_);
  return t;
}

// At the start of a logical line: measures the indentation and produces INDENT / DEDENT
// when it changes. Returns false for blank and comment-only lines (which it consumes) and
// when there is nothing to emit.
bool Lexer::handle_indentation(Token& out) {
  int col = 0, alt = 0;
  while (pos_ < end_) {
    char c = src_[pos_];
    if (c == ' ') { ++col; ++alt; }
    else if (c == '\t') { col = (col / 8 + 1) * 8; ++alt; }
    else if (c == '\f') { col = alt = 0; }
    else break;
    ++pos_;
  }
  if (pos_ >= end_) { at_line_start_ = false; return false; }
  char c = src_[pos_];
  if (c == '#' || c == '\n') {
    // Blank line: no NEWLINE, no indentation change.
    while (pos_ < end_ && src_[pos_] != '\n') ++pos_;
    if (pos_ < end_) { ++pos_; newline_seen(); }
    return false;
  }
  at_line_start_ = false;
  int cur_col = static_cast<int>(pos_ - line_start_);
  auto tab_error = [&] {
    raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::TabError,
                       "inconsistent use of tabs and spaces in indentation", line_, 0, line_,
                       kEndOffsetZero);
  };
  if (col == indents_.back()) {
    if (alt != alt_indents_.back()) tab_error();
    return false;
  }
  if (col > indents_.back()) {
    if (indents_.size() >= 100)
      raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::IndentationError,
                         "too many levels of indentation", line_, 0, line_, kEndOffsetZero);
    if (alt <= alt_indents_.back()) tab_error();
    indents_.push_back(col);
    alt_indents_.push_back(alt);
    out.kind = Tok::INDENT;
    out.start = line_start_;
    out.end = pos_;
    out.line = out.end_line = line_;
    out.col = 0;
    out.end_col = cur_col;
    return true;
  }
  int n = 0;
  while (indents_.size() > 1 && col < indents_.back()) {
    indents_.pop_back();
    alt_indents_.pop_back();
    ++n;
  }
  if (col != indents_.back()) {
    size_t e = src_.find('\n', pos_);
    if (e == std::string_view::npos) e = src_.size();
    raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::IndentationError,
                       "unindent does not match any outer indentation level", line_,
                       static_cast<int>(e - line_start_), line_, kEndOffsetMinusOne);
  }
  if (alt != alt_indents_.back()) tab_error();
  pending_dedents_ = n - 1;
  out = make(Tok::DEDENT, pos_, line_, cur_col);
  return true;
}

Token Lexer::next() {
  if (pending_dedents_ > 0) {
    --pending_dedents_;
    return make(Tok::DEDENT, pos_, line_, static_cast<int>(pos_ - line_start_));
  }
  for (;;) {
    if (at_line_start_ && parens_.empty() && !expr_mode_) {
      Token t;
      if (handle_indentation(t)) return t;
      if (at_line_start_) continue;  // a blank line was consumed
    }
    while (pos_ < end_ && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\f'))
      ++pos_;
    if (pos_ >= end_) {
      if (expr_mode_) return make(Tok::ENDMARKER, pos_, line_, static_cast<int>(pos_ - line_start_));
      if (!parens_.empty()) unclosed_bracket_error();
      int col = static_cast<int>(pos_ - line_start_);
      if (line_has_tokens_ && !eof_newline_done_) {
        eof_newline_done_ = true;
        line_has_tokens_ = false;
        Token t = make(Tok::NEWLINE, pos_, line_, col);
        t.end_col = col + 1;
        return t;
      }
      // CPython puts the end of input on the last line, just past its last character.
      int eof_line = eof_line_noalloc();
      int eof_col = static_cast<int>(src_.size() - line_start_);
      if (eof_line != line_) eof_col = static_cast<int>(line_start_ - 1 - prev_line_start());
      Token t = make(indents_.size() > 1 ? Tok::DEDENT : Tok::ENDMARKER, pos_, eof_line, eof_col);
      t.end_line = eof_line;
      t.end_col = eof_col;
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
      }
      return t;
    }
    char c = src_[pos_];
    switch (c) {
      case '#':
        while (pos_ < end_ && src_[pos_] != '\n') ++pos_;
        continue;
      case '\n': {
        uint32_t start = pos_;
        int col = static_cast<int>(pos_ - line_start_);
        int ln = line_;
        ++pos_;
        newline_seen();
        if (!parens_.empty() || expr_mode_) continue;
        at_line_start_ = true;
        if (!line_has_tokens_) continue;
        line_has_tokens_ = false;
        Token t;
        t.kind = Tok::NEWLINE;
        t.start = start;
        t.end = pos_;
        t.line = t.end_line = ln;
        t.col = col;
        t.end_col = col + 1;
        return t;
      }
      case '\\':
        if (pos_ + 1 >= end_ || (src_[pos_ + 1] == '\n' && pos_ + 2 >= end_ && !expr_mode_))
          error("unexpected EOF while parsing", line_, static_cast<int>(pos_ - line_start_) + 1,
                line_, kEndOffsetMinusOne);
        if (src_[pos_ + 1] == '\n') {
          pos_ += 2;
          newline_seen();
          continue;
        }
        error("unexpected character after line continuation character", line_,
              static_cast<int>(pos_ - line_start_) + 1, line_, kEndOffsetZero);
      default:
        break;
    }
    line_has_tokens_ = true;
    if (is_ascii_id_start(c) || static_cast<unsigned char>(c) >= 0x80) return lex_name_or_string();
    if ((c >= '0' && c <= '9') ||
        (c == '.' && pos_ + 1 < end_ && src_[pos_ + 1] >= '0' && src_[pos_ + 1] <= '9'))
      return lex_number();
    if (c == '"' || c == '\'') return lex_string(pos_, static_cast<int>(pos_ - line_start_));
    return lex_operator();
  }
}

Token Lexer::lex_name_or_string() {
  uint32_t start = pos_;
  int col = static_cast<int>(pos_ - line_start_);
  bool ascii = true;
  while (pos_ < end_) {
    char c = src_[pos_];
    if (is_ascii_id_char(c)) { ++pos_; continue; }
    if (static_cast<unsigned char>(c) < 0x80) break;
    size_t i = pos_;
    uint32_t cp = decode_utf8(src_.substr(0, end_), i);
    if (!is_unicode_id_char(cp, pos_ == start)) {
      if (pos_ > start) break;
      char buf[80];
      std::string ch;
      append_utf8(ch, cp);
      if (is_printable(cp))
        std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
      else
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
      error(buf, line_, col);
    }
    ascii = false;
    pos_ = static_cast<uint32_t>(i);
  }
  size_t len = pos_ - start;
  if (ascii && len <= 2 && pos_ < end_ && (src_[pos_] == '"' || src_[pos_] == '\'')) {
    // A string prefix: r, u, b, f, br, rb, fr, rf in any case.
    char a = static_cast<char>(src_[start] | 0x20);
    char b = len == 2 ? static_cast<char>(src_[start + 1] | 0x20) : 0;
    bool ok = len == 1 ? (a == 'r' || a == 'u' || a == 'b' || a == 'f')
                       : ((a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f')));
    if (ok) return lex_string(start, col);
  }
  Tok k = ascii ? keyword_kind(src_.substr(start, len)) : Tok::NAME;
  return make(k, start, line_, col);
}

Token Lexer::lex_string(uint32_t start, int col) {
  int line = line_;
  char q = src_[pos_];
  bool triple = pos_ + 2 < end_ && src_[pos_ + 1] == q && src_[pos_ + 2] == q;
  pos_ += triple ? 3 : 1;
  for (;;) {
    if (pos_ >= end_) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unterminated %sstring literal (detected at line %d)",
                    triple ? "triple-quoted " : "", eof_line_noalloc());
      error(buf, line, col, line, col);
    }
    char c = src_[pos_];
    if (c == q) {
      if (!triple) { ++pos_; break; }
      if (pos_ + 2 < end_ && src_[pos_ + 1] == q && src_[pos_ + 2] == q) { pos_ += 3; break; }
      ++pos_;
    } else if (c == '\\') {
      ++pos_;
      if (pos_ < end_) {
        if (src_[pos_] == '\n') { ++pos_; newline_seen(); }
        else ++pos_;
      }
    } else if (c == '\n') {
      if (!triple) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "unterminated string literal (detected at line %d)", line_);
        error(buf, line, col, line, col);
      }
      ++pos_;
      newline_seen();
    } else {
      ++pos_;
    }
  }
  Token t = make(Tok::STRING, start, line, col);
  return t;
}

static bool is_dec(char c) { return c >= '0' && c <= '9'; }
static bool is_hex(char c) { return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_oct(char c) { return c >= '0' && c <= '7'; }
static bool is_bin(char c) { return c == '0' || c == '1'; }

// After a number: an identifier character right after it is an error, except for the
// keywords CPython tolerates there (`1if x else y`, deprecated but valid in 3.11).
void Lexer::number_end_check(const char* kind) {
  if (pos_ >= end_) return;
  char c = src_[pos_];
  if (!is_ascii_id_char(c) && static_cast<unsigned char>(c) < 0x80) return;
  static const char* const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (const char* kw : kws) {
    size_t n = std::strlen(kw);
    if (src_.substr(pos_, n) == kw) return;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "invalid %s literal", kind);
  // CPython points at the number's last character.
  error(buf, line_, static_cast<int>(pos_ - line_start_) - 1);
}

// Digits with single underscores between them; pos_ is at the first digit.
void Lexer::digits_with_underscores(bool (*is_digit)(char), const char* kind) {
  for (;;) {
    while (pos_ < end_ && is_digit(src_[pos_])) ++pos_;
    if (pos_ < end_ && src_[pos_] == '_') {
      ++pos_;
      if (pos_ >= end_ || !is_digit(src_[pos_])) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid %s literal", kind);
        error(buf, line_, static_cast<int>(pos_ - line_start_) - 1);
      }
      continue;
    }
    return;
  }
}

Token Lexer::lex_number() {
  uint32_t start = pos_;
  int col = static_cast<int>(pos_ - line_start_);
  auto colnow = [&] { return static_cast<int>(pos_ - line_start_); };
  char c = src_[pos_];
  if (c == '0' && pos_ + 1 < end_) {
    char x = static_cast<char>(src_[pos_ + 1] | 0x20);
    if (x == 'x' || x == 'o' || x == 'b') {
      pos_ += 2;
      bool (*dig)(char) = x == 'x' ? is_hex : x == 'o' ? is_oct : is_bin;
      const char* kind = x == 'x' ? "hexadecimal" : x == 'o' ? "octal" : "binary";
      do {
        if (pos_ < end_ && src_[pos_] == '_') ++pos_;
        if (pos_ >= end_ || !dig(src_[pos_])) {
          if (pos_ < end_ && x != 'x' && is_dec(src_[pos_])) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", src_[pos_], kind);
            error(buf, line_, colnow());
          }
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid %s literal", kind);
          error(buf, line_, colnow() - 1);
        }
        while (pos_ < end_ && dig(src_[pos_])) ++pos_;
      } while (pos_ < end_ && src_[pos_] == '_');
      if (pos_ < end_ && x != 'x' && is_dec(src_[pos_])) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", src_[pos_], kind);
        error(buf, line_, colnow());
      }
      number_end_check(kind);
      return make(Tok::NUMBER, start, line_, col);
    }
  }
  bool is_float = false;
  if (c != '.') {
    digits_with_underscores(is_dec, "decimal");
  }
  if (pos_ < end_ && src_[pos_] == '.') {
    is_float = true;
    ++pos_;
    if (pos_ < end_ && is_dec(src_[pos_])) digits_with_underscores(is_dec, "decimal");
  }
  if (pos_ < end_ && (src_[pos_] | 0x20) == 'e') {
    uint32_t save = pos_;
    ++pos_;
    if (pos_ < end_ && (src_[pos_] == '+' || src_[pos_] == '-')) {
      ++pos_;
      if (pos_ >= end_ || !is_dec(src_[pos_])) error("invalid decimal literal", line_, colnow() - 1);
    } else if (pos_ >= end_ || !is_dec(src_[pos_])) {
      pos_ = save;
      number_end_check("decimal");
      goto done;
    }
    is_float = true;
    digits_with_underscores(is_dec, "decimal");
  }
  if (pos_ < end_ && (src_[pos_] | 0x20) == 'j') {
    ++pos_;
    number_end_check("imaginary");
    return make(Tok::NUMBER, start, line_, col);
  }
  if (!is_float && src_[start] == '0') {
    // Only zeros are allowed after a leading zero in a decimal integer. CPython's range
    // ends just past the first nonzero digit.
    for (uint32_t i = start; i < pos_; ++i) {
      if (src_[i] != '0' && src_[i] != '_')
        error("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
              "for octal integers",
              line_, col, line_, static_cast<int>(i - line_start_));
    }
  }
  number_end_check("decimal");
done:
  return make(Tok::NUMBER, start, line_, col);
}

Token Lexer::lex_operator() {
  uint32_t start = pos_;
  int col = static_cast<int>(pos_ - line_start_);
  char c = src_[pos_];
  char c1 = pos_ + 1 < end_ ? src_[pos_ + 1] : 0;
  char c2 = pos_ + 2 < end_ ? src_[pos_ + 2] : 0;
  Tok k;
  int n = 1;
  switch (c) {
    case '(': case '[': case '{':
      parens_.push_back({c, line_, col});
      k = c == '(' ? Tok::LPAR : c == '[' ? Tok::LSQB : Tok::LBRACE;
      break;
    case ')': case ']': case '}': {
      char buf[128];
      if (parens_.empty()) {
        if (expr_mode_ && c == '}') { k = Tok::RBRACE; break; }
        std::snprintf(buf, sizeof buf, "unmatched '%c'", c);
        error(buf, line_, col);
      }
      Paren p = parens_.back();
      char want = p.ch == '(' ? ')' : p.ch == '[' ? ']' : '}';
      if (c != want) {
        if (p.line != line_)
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                        c, p.ch, p.line);
        else
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c, p.ch);
        error(buf, line_, col);
      }
      parens_.pop_back();
      k = c == ')' ? Tok::RPAR : c == ']' ? Tok::RSQB : Tok::RBRACE;
      break;
    }
    case ':': if (c1 == '=') { k = Tok::COLONEQUAL; n = 2; } else k = Tok::COLON; break;
    case ',': k = Tok::COMMA; break;
    case ';': k = Tok::SEMI; break;
    case '+': if (c1 == '=') { k = Tok::PLUSEQUAL; n = 2; } else k = Tok::PLUS; break;
    case '-':
      if (c1 == '=') { k = Tok::MINEQUAL; n = 2; }
      else if (c1 == '>') { k = Tok::RARROW; n = 2; }
      else k = Tok::MINUS;
      break;
    case '*':
      if (c1 == '*') {
        if (c2 == '=') { k = Tok::DOUBLESTAREQUAL; n = 3; } else { k = Tok::DOUBLESTAR; n = 2; }
      } else if (c1 == '=') { k = Tok::STAREQUAL; n = 2; }
      else k = Tok::STAR;
      break;
    case '/':
      if (c1 == '/') {
        if (c2 == '=') { k = Tok::DOUBLESLASHEQUAL; n = 3; } else { k = Tok::DOUBLESLASH; n = 2; }
      } else if (c1 == '=') { k = Tok::SLASHEQUAL; n = 2; }
      else k = Tok::SLASH;
      break;
    case '|': if (c1 == '=') { k = Tok::VBAREQUAL; n = 2; } else k = Tok::VBAR; break;
    case '&': if (c1 == '=') { k = Tok::AMPEREQUAL; n = 2; } else k = Tok::AMPER; break;
    case '^': if (c1 == '=') { k = Tok::CIRCUMFLEXEQUAL; n = 2; } else k = Tok::CIRCUMFLEX; break;
    case '%': if (c1 == '=') { k = Tok::PERCENTEQUAL; n = 2; } else k = Tok::PERCENT; break;
    case '@': if (c1 == '=') { k = Tok::ATEQUAL; n = 2; } else k = Tok::AT; break;
    case '~': k = Tok::TILDE; break;
    case '=': if (c1 == '=') { k = Tok::EQEQUAL; n = 2; } else k = Tok::EQUAL; break;
    case '!': if (c1 == '=') { k = Tok::NOTEQUAL; n = 2; } else k = Tok::EXCLAMATION; break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') { k = Tok::LEFTSHIFTEQUAL; n = 3; } else { k = Tok::LEFTSHIFT; n = 2; }
      } else if (c1 == '=') { k = Tok::LESSEQUAL; n = 2; }
      else if (c1 == '>') { k = Tok::NOTEQUAL; n = 2; }  // PEP 401's `<>`; the parser rejects it
      else k = Tok::LESS;
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '=') { k = Tok::RIGHTSHIFTEQUAL; n = 3; } else { k = Tok::RIGHTSHIFT; n = 2; }
      } else if (c1 == '=') { k = Tok::GREATEREQUAL; n = 2; }
      else k = Tok::GREATER;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') { k = Tok::ELLIPSIS; n = 3; } else k = Tok::DOT;
      break;
    default: {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                      static_cast<unsigned>(c));
        error(buf, line_, col);
      }
      // `$`, `?`, a backquote: CPython's tokenizer lets them through as an operator that no
      // grammar rule accepts, so the parser reports "invalid syntax" there. EXCLAMATION
      // plays that part (the parser never consumes a bare `!` token).
      k = Tok::EXCLAMATION;
      break;
    }
  }
  pos_ += n;
  return make(k, start, line_, col);
}

}  // namespace taipan
