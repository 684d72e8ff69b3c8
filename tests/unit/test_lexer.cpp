// Lexer tests: token kinds and exact positions, indentation, literal forms and
// tokenizer errors.
#include <catch2/catch.hpp>

#include <vector>

#include "parser/lexer.h"

using namespace taipan;

namespace {
const std::string kFile = "<test>";

std::vector<Token> lex_all(std::string_view src) {
  Lexer lx(src, kFile);
  std::vector<Token> out;
  for (;;) {
    out.push_back(lx.next());
    if (out.back().kind == Tok::ENDMARKER) break;
  }
  return out;
}

std::vector<Tok> kinds(std::string_view src) {
  std::vector<Tok> k;
  for (const Token& t : lex_all(src)) k.push_back(t.kind);
  return k;
}

SyntaxErrorInfo lex_error(std::string_view src) {
  try {
    lex_all(src);
  } catch (const SyntaxErrorInfo& e) {
    return e;
  }
  FAIL("no error for: " << src);
  throw;  // unreachable
}
}  // namespace

TEST_CASE("lexer: simple statement with positions", "[lexer]") {
  auto t = lex_all("x = foo(1, 'a')\n");
  REQUIRE(t.size() == 10);
  CHECK(t[0].kind == Tok::NAME);
  CHECK(t[1].kind == Tok::EQUAL);
  CHECK(t[3].kind == Tok::LPAR);
  CHECK(t[4].kind == Tok::NUMBER);
  CHECK(t[6].kind == Tok::STRING);
  CHECK(t[6].col == 11);
  CHECK(t[6].end_col == 14);
  CHECK(t[8].kind == Tok::NEWLINE);
  CHECK(t[8].col == 15);
  CHECK(t[9].kind == Tok::ENDMARKER);
  CHECK(t[2].line == 1);
  CHECK(t[2].col == 4);
  CHECK(t[2].end_col == 7);
}

TEST_CASE("lexer: keywords and soft keywords", "[lexer]") {
  CHECK(kinds("if not x is None: pass") ==
        std::vector<Tok>{Tok::KW_IF, Tok::KW_NOT, Tok::NAME, Tok::KW_IS, Tok::KW_NONE,
                         Tok::COLON, Tok::KW_PASS, Tok::NEWLINE, Tok::ENDMARKER});
  CHECK(kinds("match case _")[0] == Tok::NAME);
  CHECK(keyword_kind("yield") == Tok::KW_YIELD);
  CHECK(keyword_kind("yields") == Tok::NAME);
}

TEST_CASE("lexer: operators use longest match", "[lexer]") {
  CHECK(kinds("a **= b //= c @= d := e -> ... != <<= >>=") ==
        std::vector<Tok>{Tok::NAME, Tok::DOUBLESTAREQUAL, Tok::NAME, Tok::DOUBLESLASHEQUAL,
                         Tok::NAME, Tok::ATEQUAL, Tok::NAME, Tok::COLONEQUAL, Tok::NAME,
                         Tok::RARROW, Tok::ELLIPSIS, Tok::NOTEQUAL, Tok::LEFTSHIFTEQUAL,
                         Tok::RIGHTSHIFTEQUAL, Tok::NEWLINE, Tok::ENDMARKER});
}

TEST_CASE("lexer: indentation, blank lines and comments", "[lexer]") {
  auto k = kinds("if a:\n\tb\n\n    # c\n\tif d:\n\t\te\nf\n");
  CHECK(k == std::vector<Tok>{Tok::KW_IF, Tok::NAME, Tok::COLON, Tok::NEWLINE, Tok::INDENT,
                              Tok::NAME, Tok::NEWLINE, Tok::KW_IF, Tok::NAME, Tok::COLON,
                              Tok::NEWLINE, Tok::INDENT, Tok::NAME, Tok::NEWLINE, Tok::DEDENT,
                              Tok::DEDENT, Tok::NAME, Tok::NEWLINE, Tok::ENDMARKER});
  // Implicit joining in brackets and backslash continuation produce no NEWLINE.
  CHECK(kinds("x = (1,\n  2)\ny = 1 + \\\n 2") ==
        std::vector<Tok>{Tok::NAME, Tok::EQUAL, Tok::LPAR, Tok::NUMBER, Tok::COMMA,
                         Tok::NUMBER, Tok::RPAR, Tok::NEWLINE, Tok::NAME, Tok::EQUAL,
                         Tok::NUMBER, Tok::PLUS, Tok::NUMBER, Tok::NEWLINE, Tok::ENDMARKER});
  // Dedents at end of input without a trailing newline.
  CHECK(kinds("if a:\n  b") ==
        std::vector<Tok>{Tok::KW_IF, Tok::NAME, Tok::COLON, Tok::NEWLINE, Tok::INDENT,
                         Tok::NAME, Tok::NEWLINE, Tok::DEDENT, Tok::ENDMARKER});
}

TEST_CASE("lexer: indentation errors", "[lexer]") {
  auto e = lex_error("if a:\n    b\n  c\n");
  CHECK(e.kind == SyntaxErrorInfo::Kind::IndentationError);
  CHECK(e.msg == "unindent does not match any outer indentation level");
  CHECK(e.line == 3);
  auto t = lex_error("if a:\n        b\n\tc\n");
  CHECK(t.kind == SyntaxErrorInfo::Kind::TabError);
}

TEST_CASE("lexer: numbers", "[lexer]") {
  for (const char* ok : {"0", "00", "0_0", "1_000_000", "0x_FF", "0o17", "0B1010", "1.5", ".5",
                         "5.", "1e10", "1E-5", "1_0.0_1e+1_0", "3j", "1.5J", "0e0", "012.5",
                         "09j", "1if"}) {
    INFO(ok);
    CHECK(lex_all(ok)[0].kind == Tok::NUMBER);
  }
  CHECK(lex_error("012").msg ==
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
        "octal integers");
  CHECK(lex_error("1_").msg == "invalid decimal literal");
  CHECK(lex_error("1__0").msg == "invalid decimal literal");
  CHECK(lex_error("1abc").msg == "invalid decimal literal");
  CHECK(lex_error("0x").msg == "invalid hexadecimal literal");
  CHECK(lex_error("0b2").msg == "invalid digit '2' in binary literal");
  CHECK(lex_error("0o8").msg == "invalid digit '8' in octal literal");
  CHECK(lex_error("1jx").msg == "invalid imaginary literal");
}

TEST_CASE("lexer: strings with every prefix", "[lexer]") {
  for (const char* s : {"'a'", "\"a\"", "'''a\nb'''", "\"\"\"a\"\"\"", "r'\\\\'", "b'x'", "Br'x'",
                        "rB'x'", "f'{x}'", "Rf'x'", "fR'x'", "u'x'", "U'x'", "'a\\\nb'"}) {
    INFO(s);
    auto t = lex_all(s);
    CHECK(t[0].kind == Tok::STRING);
    CHECK(t[0].end - t[0].start == std::string_view(s).size());
  }
  // `ub` is not a prefix: a NAME followed by a string.
  CHECK(kinds("ub'x'")[0] == Tok::NAME);
  auto e = lex_error("x = 'abc");
  CHECK(e.msg == "unterminated string literal (detected at line 1)");
  CHECK(e.col == 5);
  CHECK(lex_error("x = '''abc\n\n").msg ==
        "unterminated triple-quoted string literal (detected at line 2)");  // CPython 3.11: the last line
}

TEST_CASE("lexer: brackets", "[lexer]") {
  CHECK(lex_error("x = (1,").msg == "'(' was never closed");
  CHECK(lex_error("x = 1)").msg == "unmatched ')'");
  CHECK(lex_error("(1]").msg ==
        "closing parenthesis ']' does not match opening parenthesis '('");
  CHECK(lex_error("(1,\n]").msg ==
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
}

TEST_CASE("lexer: unicode identifiers and invalid characters", "[lexer]") {
  auto t = lex_all("héllo = 日本");
  CHECK(t[0].kind == Tok::NAME);
  CHECK(t[0].end_col == 6);  // byte offsets
  CHECK(t[2].kind == Tok::NAME);
  auto e = lex_error("a € b");
  CHECK(e.msg == "invalid character '\xE2\x82\xAC' (U+20AC)");
  CHECK(e.col == 3);
  CHECK(lex_error("a \xC2\xA0 b").msg == "invalid non-printable character U+00A0");
  CHECK(lex_error("a \\x").msg == "unexpected character after line continuation character");
  CHECK(lex_error("x = 1 + \\").msg == "unexpected EOF while parsing");
}
