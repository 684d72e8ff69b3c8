// Entry points, token plumbing and error reporting for the parser.
#include "parser/parser.h"

#include <cctype>
#include <cstdio>

#include "parser/parser_impl.h"

namespace taipan {

using namespace ast;

Parser::Parser(std::string_view src, const std::string& filename)
    : src_(src), filename_(filename), lex_(src, filename) {}

Parser::Parser(std::string_view src, const std::string& filename, uint32_t begin, uint32_t end,
               int line, uint32_t line_start, int fstring_depth)
    : src_(src), filename_(filename), lex_(src, filename, begin, end, line, line_start),
      fstring_depth_(fstring_depth) {}

std::string Parser::name_str(const Token& t) const {
  std::string_view s = text(t);
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return std::string(s);
  // The compatibility mappings that matter in practice; full NFKC needs Unicode tables.
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = decode_utf8(s, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // fullwidth ASCII
    else if (cp == 0xB5) cp = 0x3BC;                 // MICRO SIGN -> GREEK SMALL LETTER MU
    else if (cp == 0x17F) cp = 's';                  // LATIN SMALL LETTER LONG S
    else if (cp == 0xAA) cp = 'a';
    else if (cp == 0xBA) cp = 'o';
    append_utf8(out, cp);
  }
  return out;
}

void Parser::pull_token() {
  try {
    toks_.push_back(lex_.next());
  } catch (const SyntaxErrorInfo&) {
    lexer_failed_ = true;
    throw;
  }
  levels_.push_back(lex_.depth());
}

const Token& Parser::advance() {
  const Token& t = peek();
  ++pos_;
  if (t.kind != Tok::NEWLINE && t.kind != Tok::INDENT && t.kind != Tok::DEDENT &&
      t.kind != Tok::ENDMARKER)
    last_ = t;
  return t;
}

const Token& Parser::expect(Tok k) {
  if (kind() != k) {
    if (k == Tok::COLON) error_at(peek(), "expected ':'");
    invalid_syntax();
  }
  return advance();
}

// CPython's INDENT, DEDENT and ENDMARKER tokens have no columns: an error there is placed
// where the tokenizer stands (just past the indentation, or past the end of the last line)
// and has end_offset -1. A NEWLINE error ends where it starts.
void Parser::error_at(const Token& t, std::string msg) {
  int el = t.end_line, ec = t.end_col;
  if (t.kind == Tok::NEWLINE) {
    el = t.line;
    ec = t.col;
  } else if (t.kind == Tok::ENDMARKER || t.kind == Tok::DEDENT || t.kind == Tok::INDENT) {
    indentation_error(t, std::move(msg), SyntaxErrorInfo::Kind::SyntaxError);
  }
  raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, std::move(msg), t.line,
                     t.col, el, ec);
}

void Parser::error_node(const Loc& n, std::string msg) {
  raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, std::move(msg),
                     n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
}

void Parser::error_range(const Token& a, const Loc& b, std::string msg) {
  raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, std::move(msg), a.line,
                     a.col, b.end_lineno, b.end_col_offset);
}

void Parser::error_range(const Token& a, const Token& b, std::string msg) {
  raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, std::move(msg), a.line,
                     a.col, b.end_line, b.end_col);
}

void Parser::indentation_error(const Token& t, std::string msg, SyntaxErrorInfo::Kind kind) {
  int col = t.col, el = t.end_line, ec = t.end_col;
  bool at_eof = t.start >= src_.size();
  if (t.kind == Tok::INDENT || (t.kind == Tok::DEDENT && !at_eof)) {
    // Offset = the indentation's width (an INDENT token spans it; a DEDENT starts after it).
    int width = t.kind == Tok::INDENT ? t.end_col : t.col;
    col = width > 0 ? width - 1 : kOffsetZero;
    el = t.line;
    ec = kEndOffsetMinusOne;
  } else if (t.kind == Tok::DEDENT || t.kind == Tok::ENDMARKER) {
    el = t.line;
    ec = kEndOffsetMinusOne;  // the lexer put the token just past the last line's end
  }
  raise_syntax_error(src_, filename_, kind, std::move(msg), t.line, col, el, ec);
}

void Parser::invalid_syntax() {
  // A copy: the helpers below may pull more tokens, which can reallocate toks_.
  const Token t = peek();
  if (t.kind == Tok::INDENT) indentation_error(t, "unexpected indent");
  if (t.kind == Tok::DEDENT && pos_ > 0 && t.start < src_.size())
    indentation_error(t, "unexpected unindent");
  two_expressions_hint();
  if (fstring_depth_ > 0) {
    if (t.kind == Tok::ENDMARKER) error_at(t, "f-string: expecting '}'");
    error_at(t, "f-string: invalid syntax");
  }
  if (t.kind == Tok::ENDMARKER || t.kind == Tok::DEDENT)  // CPython: offset 0, end_offset 0
    raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, "invalid syntax",
                       t.line, kOffsetZero, t.line, kEndOffsetZero);
  error_at(t, "invalid syntax");
}

void Parser::two_expressions_hint() {
  // An expression must have ended right here and another must start here.
  if (disj_end_ != pos_ || disj_begin_ >= disj_end_ || pos_ >= toks_.size()) return;
  Tok next = toks_[pos_].kind;
  if (!starts_expression(next) || next == Tok::STAR) return;
  const Token a = toks_[disj_begin_];
  bool one_name = a.kind == Tok::NAME && disj_end_ == disj_begin_ + 1;
  std::string_view a_text = text(a);
  bool legacy = one_name && (a_text == "print" || a_text == "exec");
  if (!legacy) {
    if (a.kind == Tok::NAME && disj_begin_ + 1 < toks_.size() &&
        toks_[disj_begin_ + 1].kind == Tok::STRING)
      return;
    if (a.kind == Tok::NAME && (a_text == "match" || a_text == "case" || a_text == "_")) return;
  }
  // Parse the second expression on trial; a parser error there means no hint.
  size_t save = pos_;
  Token save_last = last_;
  size_t save_begin = disj_begin_, save_end = disj_end_;
  bool ok = true;
  try {
    if (legacy) star_expressions();
    else expression();
  } catch (const SyntaxErrorInfo&) {
    if (lexer_failed_) throw;
    ok = false;
  }
  size_t b_end = pos_;
  Token b_last = last_;
  pos_ = save;
  last_ = save_last;
  disj_begin_ = save_begin;
  disj_end_ = save_end;
  if (!ok) return;
  Loc b;
  b.end_lineno = b_last.end_line;
  b.end_col_offset = b_last.end_col;
  if (legacy) {
    std::string name(a_text);
    error_range(a, b, "Missing parentheses in call to '" + name + "'. Did you mean " + name +
                          "(...)?");
  }
  if (levels_[b_end - 1] != 0) error_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
}

void Parser::check_rest_of_source() {
  if (lexer_failed_ || fstring_depth_ > 0) return;
  if (!toks_.empty() && toks_.back().kind == Tok::ENDMARKER) return;
  int err_line = toks_.empty() ? 1 : toks_.back().line;
  try {
    while (lex_.next().kind != Tok::ENDMARKER) {
    }
  } catch (const SyntaxErrorInfo& e) {
    // Errors CPython's tokenizer only signals with a state code (no exception of its own)
    // keep the parser's error, unless a bracket opened before it is still open.
    bool state_only = e.kind != SyntaxErrorInfo::Kind::SyntaxError ||
                      e.msg == "unexpected EOF while parsing" ||
                      e.msg == "unexpected character after line continuation character" ||
                      e.msg.find("was never closed") != std::string::npos;
    if (!state_only) throw;
    if (lex_.inside_brackets() && err_line > lex_.innermost_bracket_line())
      lex_.unclosed_bracket_error();
  }
}

std::unique_ptr<Module> Parser::file_input() {
  auto m = std::make_unique<Module>();
  while (!at(Tok::ENDMARKER)) {
    if (accept(Tok::NEWLINE)) continue;
    statement(m->body);
  }
  return m;
}

std::unique_ptr<Expression> Parser::eval_input() {
  auto e = std::make_unique<Expression>();
  if (at(Tok::INDENT)) indentation_error(peek(), "unexpected indent");
  e->body = star_expressions();
  while (accept(Tok::NEWLINE)) {
  }
  if (!at(Tok::ENDMARKER)) invalid_syntax();
  return e;
}

std::unique_ptr<Interactive> Parser::single_input() {
  auto m = std::make_unique<Interactive>();
  while (accept(Tok::NEWLINE)) {
  }
  if (at(Tok::ENDMARKER)) return m;
  statement(m->body);
  while (accept(Tok::NEWLINE)) {
  }
  if (!at(Tok::ENDMARKER))
    error_at(peek(), "multiple statements found while compiling a single statement");
  return m;
}

ExprPtr Parser::fstring_replacement_expr(const Loc& braces) {
  ExprPtr e;
  if (at(Tok::KW_YIELD)) {
    e = yield_expr();
  } else {
    e = star_expression();
    if (at(Tok::COMMA)) {
      // CPython 3.11 parses the field as "(" + text + ")", so a bare tuple spans the braces.
      auto t = make<Tuple>(peek());
      t->elts.push_back(std::move(e));
      while (accept(Tok::COMMA)) {
        if (!starts_expression(kind())) break;
        t->elts.push_back(star_expression());
      }
      static_cast<Loc&>(*t) = braces;
      e = ExprPtr(t.release());
    }
  }
  if (!at(Tok::ENDMARKER)) invalid_syntax();
  return e;
}

// CPython reads source in universal-newline mode: fold \r\n and \r to \n once up front so
// the lexer only ever sees \n.
static std::string_view normalize_newlines(std::string_view src, std::string& storage) {
  if (src.find('\r') == std::string_view::npos) return src;
  storage.reserve(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\r') {
      storage += '\n';
      if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
    } else {
      storage += src[i];
    }
  }
  return storage;
}

// The PEP 263 coding cookie, if any, from the first two lines ("" if none).
static std::string coding_cookie(std::string_view src) {
  size_t p = 0;
  for (int line = 0; line < 2 && p < src.size(); ++line) {
    size_t e = src.find('\n', p);
    if (e == std::string_view::npos) e = src.size();
    std::string_view l = src.substr(p, e - p);
    size_t k = l.find_first_not_of(" \t\f");
    if (k != std::string_view::npos && l[k] == '#') {
      size_t c = l.find("coding", k);
      if (c != std::string_view::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) {
        size_t b = c + 7;
        while (b < l.size() && (l[b] == ' ' || l[b] == '\t')) ++b;
        size_t x = b;
        while (x < l.size() && (std::isalnum(static_cast<unsigned char>(l[x])) || l[x] == '-' ||
                                l[x] == '_' || l[x] == '.'))
          ++x;
        std::string name(l.substr(b, x - b));
        for (char& ch : name) ch = ch == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return name;
      }
    } else if (k != std::string_view::npos) {
      break;  // only comment or blank lines may carry the cookie
    }
    p = e + 1;
  }
  return {};
}

// Source must end up as UTF-8: Latin-1 sources (by cookie) are transcoded; anything else
// that is not valid UTF-8 is rejected as CPython rejects undeclared non-UTF-8 source.
static std::string_view prepare_source(std::string_view src, std::string& storage,
                                       const std::string& filename) {
  size_t i = 0;
  while (i < src.size() && static_cast<unsigned char>(src[i]) < 0x80) ++i;
  if (i == src.size()) return src;
  std::string cookie = coding_cookie(src);
  if (cookie == "latin-1" || cookie == "iso-8859-1" || cookie == "iso-latin-1" ||
      cookie == "latin1" || cookie == "l1" || cookie == "iso8859-1") {
    storage.reserve(src.size() + src.size() / 8);
    for (char c : src) append_utf8(storage, static_cast<unsigned char>(c));
    return storage;
  }
  if (!cookie.empty() && cookie != "utf-8" && cookie != "utf8" && cookie.rfind("utf-8-", 0) != 0)
    raise_syntax_error(src, filename, SyntaxErrorInfo::Kind::SyntaxError,
                       "encoding problem: " + cookie + " is not supported", 1, 0);
  for (; i < src.size();) {
    size_t j = i;
    unsigned char c = static_cast<unsigned char>(src[i]);
    uint32_t cp = decode_utf8(src, j);
    bool bad = c >= 0x80 && (j == i + 1 || (c == 0xE0 && cp < 0x800) || (c == 0xF0 && cp < 0x10000) ||
                             c == 0xC0 || c == 0xC1 || cp > 0x10FFFF);
    if (bad) {
      int line = 1;
      for (size_t k = 0; k < i; ++k)
        if (src[k] == '\n') ++line;
      char buf[200];
      std::snprintf(buf, sizeof buf,
                    "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                    "encoding declared; see https://peps.python.org/pep-0263/ for details",
                    c, filename.c_str(), line);
      throw SyntaxErrorInfo(SyntaxErrorInfo::Kind::SyntaxError, buf, filename, line, 0, "");
    }
    i = j;
  }
  return src;
}

std::unique_ptr<Mod> parse(std::string_view source, const std::string& filename,
                           ParseMode mode) {
  std::string storage, storage2;
  std::string_view src = normalize_newlines(prepare_source(source, storage2, filename), storage);
  Parser p(src, filename);
  try {
    switch (mode) {
      case ParseMode::Exec: return p.file_input();
      case ParseMode::Eval: return p.eval_input();
      case ParseMode::Single: return p.single_input();
    }
  } catch (const SyntaxErrorInfo&) {
    p.check_rest_of_source();
    throw;
  }
  return nullptr;
}

bool is_incomplete_input(std::string_view source) {
  std::string storage;
  std::string_view src = normalize_newlines(source, storage);
  static const std::string kFile = "<stdin>";
  // 1. Tokenize everything: open brackets, open triple-quoted strings and a trailing
  //    backslash all end in a tokenizer error at end of input.
  bool compound = false;
  bool first = true;
  try {
    Lexer lex(src, kFile);
    for (;;) {
      Token t = lex.next();
      if (t.kind == Tok::ENDMARKER) break;
      if (first && t.kind != Tok::NEWLINE) {
        first = false;
        switch (t.kind) {
          case Tok::KW_IF: case Tok::KW_WHILE: case Tok::KW_FOR: case Tok::KW_TRY:
          case Tok::KW_WITH: case Tok::KW_DEF: case Tok::KW_CLASS: case Tok::KW_ASYNC:
          case Tok::AT:
            compound = true;
            break;
          case Tok::NAME:
            compound = src.substr(t.start, t.end - t.start) == "match";
            break;
          default:
            break;
        }
      }
    }
  } catch (const SyntaxErrorInfo& e) {
    const std::string& m = e.msg;
    if (m.find("was never closed") != std::string::npos ||
        m.find("unterminated triple-quoted") != std::string::npos ||
        m == "unexpected EOF while parsing")
      return true;
    return false;
  }
  // 2. A compound statement stays open until a blank line ends it.
  bool ends_blank = false;
  {
    size_t n = src.size();
    while (n > 0 && (src[n - 1] == ' ' || src[n - 1] == '\t')) --n;
    ends_blank = n >= 2 && src[n - 1] == '\n' && src[n - 2] == '\n';
    if (!ends_blank && n >= 1 && src[n - 1] == '\n') {
      // Last line blank but with spaces: "...\n   \n" also ends it.
      size_t k = n - 1;
      while (k > 0 && (src[k - 1] == ' ' || src[k - 1] == '\t')) --k;
      ends_blank = k > 0 && src[k - 1] == '\n' && k != n - 1;
    }
  }
  try {
    parse(src, kFile, ParseMode::Single);
  } catch (const SyntaxErrorInfo& e) {
    // An indented block still expected at the very end: more lines will come.
    if (e.msg.rfind("expected an indented block", 0) == 0 && !ends_blank) return true;
    if (compound && !ends_blank && e.msg == "invalid syntax") {
      // An error on the last line of an unfinished compound statement (`@dec` alone, a
      // `match x:` without cases yet) means it is not finished, not that it is wrong.
      int lines = 1;
      for (size_t i = 0; i + 1 < src.size(); ++i)
        if (src[i] == '\n') ++lines;
      return e.line >= lines;
    }
    return false;
  }
  if (compound && !ends_blank) return true;
  return false;
}

}  // namespace taipan
