// Literals: numbers, string/bytes escapes, implicit concatenation and f-strings.
//
// f-strings follow 3.11's rules: the lexer has already found the closing quote, so a
// replacement field cannot reuse the enclosing quote character; its expression text may
// not contain a backslash or '#'; it is parsed by a sub-parser over the same source bytes,
// so nested nodes get exact source positions. Format specs nest at most two levels deep.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "parser/parser_impl.h"

namespace taipan {

using namespace ast;

struct Parser::StrPiece {
  bool is_expr = false;
  std::string text;  // literal text (UTF-8)
  ExprPtr expr;      // FormattedValue
};

void Parser::string_error(const Token& t, std::string msg) {
  raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError, std::move(msg),
                     t.end_line, t.end_col);
}

// ---- numbers ----

static std::string big_from_base(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian base 1e9
  for (char c : digits) {
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * static_cast<uint64_t>(base) + carry;
      l = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

// Python's float(): from_chars leaves the value alone on overflow/underflow, so decide
// from the exponent's sign which one it was.
static double parse_double(std::string_view s) {
  double d = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), d);
  if (r.ec == std::errc::result_out_of_range) {
    size_t e = s.find_first_of("eE");
    bool neg_exp = e != std::string_view::npos && e + 1 < s.size() && s[e + 1] == '-';
    d = neg_exp ? 0.0 : HUGE_VAL;
  }
  return d;
}

ExprPtr Parser::number(const Token& t) {
  auto c = make<Constant>(t);
  std::string_view raw = text(t);
  std::string s;
  s.reserve(raw.size());
  for (char ch : raw)
    if (ch != '_') s += ch;
  char last = static_cast<char>(s.back() | 0x20);
  bool prefixed = s.size() > 1 && s[0] == '0' &&
                  ((s[1] | 0x20) == 'x' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'b');
  if (!prefixed && last == 'j') {
    c->value.v = ConstValue::Imag{parse_double(std::string_view(s).substr(0, s.size() - 1))};
  } else if (prefixed) {
    int base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
    uint64_t v = 0;
    auto r = std::from_chars(s.data() + 2, s.data() + s.size(), v, base);
    if (r.ec == std::errc() && v <= static_cast<uint64_t>(INT64_MAX))
      c->value.v = static_cast<int64_t>(v);
    else
      c->value.v = ConstValue::BigInt{big_from_base(std::string_view(s).substr(2), base)};
  } else if (s.find_first_of(".eE") != std::string::npos) {
    c->value.v = parse_double(s);
  } else {
    int64_t v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v, 10);
    if (r.ec == std::errc()) {
      c->value.v = v;
    } else {
      size_t nz = s.find_first_not_of('0');
      c->value.v = ConstValue::BigInt{nz == std::string::npos ? "0" : s.substr(nz)};
    }
  }
  return ExprPtr(finish(std::move(c)).release());
}

// ---- escapes ----

namespace {
struct NamedChar { const char* name; uint32_t cp; };
// A small table of names for \N{...}; the full Unicode name database is not embedded.
const NamedChar kNamedChars[] = {
    {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"NBSP", 0xA0}, {"BULLET", 0x2022},
    {"EM DASH", 0x2014}, {"EN DASH", 0x2013}, {"HORIZONTAL ELLIPSIS", 0x2026},
    {"DEGREE SIGN", 0xB0}, {"COPYRIGHT SIGN", 0xA9}, {"REGISTERED SIGN", 0xAE},
    {"TRADE MARK SIGN", 0x2122}, {"EURO SIGN", 0x20AC}, {"POUND SIGN", 0xA3},
    {"YEN SIGN", 0xA5}, {"CENT SIGN", 0xA2}, {"SECTION SIGN", 0xA7}, {"PILCROW SIGN", 0xB6},
    {"MICRO SIGN", 0xB5}, {"MIDDLE DOT", 0xB7}, {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7}, {"PLUS-MINUS SIGN", 0xB1}, {"NOT SIGN", 0xAC},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"ZERO WIDTH SPACE", 0x200B}, {"ZERO WIDTH JOINER", 0x200D},
    {"ZERO WIDTH NON-JOINER", 0x200C}, {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"REPLACEMENT CHARACTER", 0xFFFD},
    {"INFINITY", 0x221E}, {"RIGHTWARDS ARROW", 0x2192}, {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191}, {"DOWNWARDS ARROW", 0x2193}, {"CHECK MARK", 0x2713},
    {"BLACK STAR", 0x2605}, {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"LINE FEED", 0x0A}, {"LF", 0x0A},
    {"CARRIAGE RETURN", 0x0D}, {"CR", 0x0D}, {"CHARACTER TABULATION", 0x09}, {"TAB", 0x09},
    {"NULL", 0x00}, {"NUL", 0x00}, {"ESCAPE", 0x1B}, {"ESC", 0x1B}, {"DELETE", 0x7F},
    {"BELL", 0x07}, {"BACKSPACE", 0x08}, {"FORM FEED", 0x0C}, {"LINE TABULATION", 0x0B},
    {"LINE SEPARATOR", 0x2028}, {"PARAGRAPH SEPARATOR", 0x2029},
    {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7}, {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"SNAKE", 0x1F40D}, {"GRINNING FACE", 0x1F600}, {"PILE OF POO", 0x1F4A9},
    {"HEAVY BLACK HEART", 0x2764}, {"WHITE SMILING FACE", 0x263A},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"FULL BLOCK", 0x2588}, {"BLACK SQUARE", 0x25A0}, {"WHITE SQUARE", 0x25A1},
    {"EMPTY SET", 0x2205}, {"ELEMENT OF", 0x2208}, {"NOT EQUAL TO", 0x2260},
    {"LESS-THAN OR EQUAL TO", 0x2264}, {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"SQUARE ROOT", 0x221A}, {"N-ARY SUMMATION", 0x2211}, {"DOLLAR SIGN", 0x24},
    {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27}, {"QUOTATION MARK", 0x22},
    {"REVERSE SOLIDUS", 0x5C}, {"SOLIDUS", 0x2F}, {"NUMBER SIGN", 0x23},
    {"LEFT CURLY BRACKET", 0x7B}, {"RIGHT CURLY BRACKET", 0x7D},
    {"LESS-THAN SIGN", 0x3C}, {"GREATER-THAN SIGN", 0x3E}, {"EQUALS SIGN", 0x3D},
    {"NARROW NO-BREAK SPACE", 0x202F}, {"EN SPACE", 0x2002}, {"EM SPACE", 0x2003},
    {"THIN SPACE", 0x2009}, {"SOFT HYPHEN", 0xAD}, {"IDEOGRAPHIC SPACE", 0x3000},
    {"ETHIOPIC SYLLABLE SEE", 0x1230}, {"KEYCAP NUMBER SIGN", 0x1F1A6},
    {"THAI DIGIT SIX", 0xE56}, {"SUBSCRIPT TWO", 0x2082}, {"SUPERSCRIPT TWO", 0xB2},
    {"ROMAN NUMERAL SIX", 0x2165}, {"LONG RIGHTWARDS SQUIGGLE ARROW", 0x27FF},
    {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF}, {"LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177},
    {"LATIN SMALL LETTER O WITH HORN", 0x1A1}, {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6}, {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC},
    {"HIRAGANA LETTER A", 0x3042}, {"HANGZHOU NUMERAL TWENTY", 0x3039},
    {"GREEK SMALL LETTER ZETA", 0x3B6}, {"GREEK SMALL LETTER ETA", 0x3B7},
    {"GREEK SMALL LETTER THETA", 0x3B8}, {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GREEK SMALL LETTER PHI", 0x3C6}, {"GREEK SMALL LETTER CHI", 0x3C7},
    {"GREEK SMALL LETTER PSI", 0x3C8}, {"GREEK CAPITAL LETTER PI", 0x3A0},
    {"FULLWIDTH DIGIT ZERO", 0xFF10}, {"CYRILLIC SMALL LETTER ZHE", 0x436},
    {"CYRILLIC CAPITAL LETTER A", 0x410}, {"CYRILLIC SMALL LETTER A", 0x430},
    {"HEBREW LETTER ALEF", 0x5D0}, {"ARABIC LETTER ALEF", 0x627},
    {"DEVANAGARI LETTER A", 0x905}, {"EXCLAMATION MARK", 0x21}, {"QUESTION MARK", 0x3F},
    {"COMMA", 0x2C}, {"FULL STOP", 0x2E}, {"COLON", 0x3A}, {"SEMICOLON", 0x3B},
    {"HYPHEN-MINUS", 0x2D}, {"PLUS SIGN", 0x2B}, {"ASTERISK", 0x2A}, {"PERCENT SIGN", 0x25},
    {"LOW LINE", 0x5F}, {"VERTICAL LINE", 0x7C}, {"TILDE", 0x7E}, {"GRAVE ACCENT", 0x60},
    {"COMMERCIAL AT", 0x40}, {"CIRCUMFLEX ACCENT", 0x5E}, {"LEFT PARENTHESIS", 0x28},
    {"RIGHT PARENTHESIS", 0x29}, {"LEFT SQUARE BRACKET", 0x5B}, {"RIGHT SQUARE BRACKET", 0x5D},
    {"OBJECT REPLACEMENT CHARACTER", 0xFFFC}, {"HYPHEN", 0x2010},
    {"NON-BREAKING HYPHEN", 0x2011}, {"FIGURE DASH", 0x2012},
};

bool lookup_char_name(std::string_view name, uint32_t& cp) {
  std::string up;
  for (char c : name) up += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  for (const auto& nc : kNamedChars)
    if (up == nc.name) { cp = nc.cp; return true; }
  // Algorithmic families: LATIN SMALL/CAPITAL LETTER X, DIGIT N, CJK UNIFIED IDEOGRAPH-XXXX.
  auto tail1 = [&](const char* prefix) -> int {
    size_t n = std::strlen(prefix);
    if (up.size() == n + 1 && up.compare(0, n, prefix) == 0) return up[n];
    return -1;
  };
  int ch;
  if ((ch = tail1("LATIN SMALL LETTER ")) >= 'A' && ch <= 'Z') { cp = static_cast<uint32_t>(ch + 32); return true; }
  if ((ch = tail1("LATIN CAPITAL LETTER ")) >= 'A' && ch <= 'Z') { cp = static_cast<uint32_t>(ch); return true; }
  static const char* const digits[] = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
  for (int i = 0; i < 10; ++i)
    if (up == std::string("DIGIT ") + digits[i]) { cp = static_cast<uint32_t>('0' + i); return true; }
  const char* cjk = "CJK UNIFIED IDEOGRAPH-";
  if (up.compare(0, std::strlen(cjk), cjk) == 0) {
    uint32_t v = 0;
    auto r = std::from_chars(up.data() + std::strlen(cjk), up.data() + up.size(), v, 16);
    if (r.ec == std::errc() && r.ptr == up.data() + up.size() &&
        ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF))) {
      cp = v;
      return true;
    }
  }
  return false;
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
}  // namespace

std::string Parser::decode_escapes(const Token& t, uint32_t begin, uint32_t end, bool raw,
                                   bool is_bytes) {
  std::string out;
  out.reserve(end - begin);
  if (is_bytes) {
    for (uint32_t i = begin; i < end; ++i)
      if (static_cast<unsigned char>(src_[i]) >= 0x80) {
        raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError,
                           "bytes can only contain ASCII literal characters", t.line, t.col,
                           t.end_line, t.end_col);
      }
  }
  if (raw) {
    out.append(src_.substr(begin, end - begin));
    return out;
  }
  uint32_t i = begin;
  auto unicode_err = [&](uint32_t from, uint32_t to, const char* what) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s",
                  from - begin, to - begin, what);
    string_error(t, buf);
  };
  while (i < end) {
    uint32_t seg = i;
    while (i < end && src_[i] != '\\') ++i;
    out.append(src_.substr(seg, i - seg));
    if (i >= end) break;
    uint32_t bs = i;
    ++i;  // backslash
    if (i >= end) {
      out += '\\';
      break;
    }
    char c = src_[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(c - '0');
        for (int k = 0; k < 2 && i < end && src_[i] >= '0' && src_[i] <= '7'; ++k)
          v = v * 8 + static_cast<uint32_t>(src_[i++] - '0');
        if (is_bytes) out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if ((c == 'u' || c == 'U') && is_bytes) {
          out += '\\';
          out += c;
          break;
        }
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < n && i < end && hexval(src_[i]) >= 0; ++k) v = v * 16 + static_cast<uint32_t>(hexval(src_[i++]));
        if (k < n) {
          if (is_bytes) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %u", bs - begin);
            string_error(t, buf);
          }
          unicode_err(bs, i - 1, c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        }
        if (is_bytes) {
          out += static_cast<char>(v);
        } else {
          if (v > 0x10FFFF) unicode_err(bs, i - 1, "illegal Unicode character");
          append_utf8(out, v);
        }
        break;
      }
      case 'N': {
        if (is_bytes) {
          out += "\\N";
          break;
        }
        if (i >= end || src_[i] != '{') unicode_err(bs, i - 1, "malformed \\N character escape");
        uint32_t close = i;
        while (close < end && src_[close] != '}') ++close;
        if (close >= end) unicode_err(bs, end - 1, "malformed \\N character escape");
        uint32_t cp = 0;
        if (close == i + 1 || !lookup_char_name(src_.substr(i + 1, close - i - 1), cp))
          unicode_err(bs, close, "unknown Unicode character name");
        append_utf8(out, cp);
        i = close + 1;
        break;
      }
      default:
        // Invalid escapes are kept as written (CPython warns; we do not).
        out += '\\';
        i = static_cast<uint32_t>(i - 1);
        {
          size_t j = i;
          decode_utf8(src_, j);
          out.append(src_.substr(i, j - i));
          i = static_cast<uint32_t>(j);
        }
        break;
    }
  }
  return out;
}

// ---- string tokens ----

void Parser::decode_string_token(const Token& t, std::vector<StrPiece>& out, bool& is_bytes,
                                 bool& is_f, bool& u_prefix) {
  uint32_t p = t.start;
  bool raw = false;
  is_bytes = is_f = u_prefix = false;
  for (; src_[p] != '\'' && src_[p] != '"'; ++p) {
    switch (src_[p] | 0x20) {
      case 'r': raw = true; break;
      case 'b': is_bytes = true; break;
      case 'f': is_f = true; break;
      case 'u': u_prefix = true; break;
      default: break;
    }
  }
  char q = src_[p];
  uint32_t qlen = (t.end - p >= 6 && src_[p + 1] == q && src_[p + 2] == q) ? 3 : 1;
  uint32_t begin = p + qlen, end = t.end - qlen;
  if (is_f) {
    parse_fstring_body(t, begin, end, raw, 0, out);
    return;
  }
  std::string s = decode_escapes(t, begin, end, raw, is_bytes);
  if (!out.empty() && !out.back().is_expr) out.back().text += s;
  else {
    StrPiece piece;
    piece.text = std::move(s);
    out.push_back(std::move(piece));
  }
}

// Parses f-string text in [begin, end) into pieces; at depth > 0 (a format spec) it stops
// at the '}' that closes the field and returns its position.
uint32_t Parser::parse_fstring_body(const Token& t, uint32_t begin, uint32_t end, bool raw,
                                    int depth, std::vector<StrPiece>& out) {
  auto add_literal = [&](std::string s) {
    if (s.empty()) return;
    if (!out.empty() && !out.back().is_expr) out.back().text += s;
    else {
      StrPiece piece;
      piece.text = std::move(s);
      out.push_back(std::move(piece));
    }
  };
  uint32_t i = begin;
  while (i < end) {
    uint32_t seg = i;
    while (i < end) {
      char c = src_[i];
      if (c == '\\' && !raw && i + 1 < end) {
        if (src_[i + 1] == 'N' && i + 2 < end && src_[i + 2] == '{') {
          while (i < end && src_[i] != '}') ++i;
          if (i < end) ++i;
        } else {
          i += 2;
        }
        continue;
      }
      if (c == '{' || c == '}') break;
      ++i;
    }
    add_literal(decode_escapes(t, seg, i, raw, false));
    if (i >= end) break;
    char c = src_[i];
    if (depth == 0 && i + 1 < end && src_[i + 1] == c) {
      add_literal(std::string(1, c));
      i += 2;
      continue;
    }
    if (c == '}') {
      if (depth > 0) return i;
      string_error(t, "f-string: single '}' is not allowed");
    }
    i = parse_replacement_field(t, i, end, raw, depth, out);
  }
  if (depth > 0) string_error(t, "f-string: expecting '}'");
  return i;
}

uint32_t Parser::parse_replacement_field(const Token& t, uint32_t i, uint32_t end, bool raw,
                                         int depth, std::vector<StrPiece>& out) {
  if (depth >= 2) string_error(t, "f-string: expressions nested too deeply");
  uint32_t expr_begin = i + 1, j = expr_begin;
  std::vector<char> brackets;
  char quote = 0;
  bool triple = false;
  bool self_doc = false;
  for (; j < end; ++j) {
    char ch = src_[j];
    if (ch == '\\') string_error(t, "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote) {
        if (!triple) quote = 0;
        else if (j + 2 < end && src_[j + 1] == quote && src_[j + 2] == quote) {
          quote = 0;
          j += 2;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      quote = ch;
      triple = j + 2 < end && src_[j + 1] == ch && src_[j + 2] == ch;
      if (triple) j += 2;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{') {
      brackets.push_back(ch);
      continue;
    }
    if (ch == ')' || ch == ']' || ch == '}') {
      if (brackets.empty()) {
        if (ch == '}') break;
        char buf[48];
        std::snprintf(buf, sizeof buf, "f-string: unmatched '%c'", ch);
        string_error(t, buf);
      }
      char open = brackets.back();
      if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}')) {
        char buf[96];
        std::snprintf(buf, sizeof buf,
                      "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                      ch, open);
        string_error(t, buf);
      }
      brackets.pop_back();
      continue;
    }
    if (ch == '#') string_error(t, "f-string expression part cannot include '#'");
    if (!brackets.empty()) continue;
    char next = j + 1 < end ? src_[j + 1] : 0;
    if (ch == '!') {
      if (next == '=') { ++j; continue; }
      break;
    }
    if (ch == ':') break;
    if (ch == '=' || ch == '<' || ch == '>') {
      if (next == '=') { ++j; continue; }
      if (ch == '=') {
        self_doc = true;
        break;
      }
    }
  }
  if (quote) string_error(t, "f-string: unterminated string");
  if (j >= end) {
    if (!brackets.empty()) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "f-string: unmatched '%c'", brackets.back());
      string_error(t, buf);
    }
    string_error(t, "f-string: expecting '}'");
  }
  uint32_t expr_end = j;
  bool blank = true;
  for (uint32_t k = expr_begin; k < expr_end; ++k)
    if (src_[k] != ' ' && src_[k] != '\t' && src_[k] != '\n' && src_[k] != '\f') blank = false;
  if (blank) string_error(t, "f-string: empty expression not allowed");

  // Locate expr_begin's line for exact positions of the nested nodes.
  int line = t.line;
  uint32_t line_start = t.start - static_cast<uint32_t>(t.col);
  for (uint32_t k = t.start; k < expr_begin; ++k)
    if (src_[k] == '\n') { ++line; line_start = k + 1; }
  Loc braces;
  braces.lineno = line;
  braces.col_offset = static_cast<int>(expr_begin - 1 - line_start);
  braces.end_lineno = line;
  uint32_t end_line_start = line_start;
  for (uint32_t k = expr_begin; k < expr_end; ++k)
    if (src_[k] == '\n') { ++braces.end_lineno; end_line_start = k + 1; }
  braces.end_col_offset = static_cast<int>(expr_end + 1 - end_line_start);
  Parser sub(src_, filename_, expr_begin, expr_end, line, line_start, depth + 1);
  ExprPtr value = sub.fstring_replacement_expr(braces);

  auto fv = make<FormattedValue>(t);
  fv->end_lineno = t.end_line;
  fv->end_col_offset = t.end_col;
  if (self_doc) {
    ++j;
    while (j < end && (src_[j] == ' ' || src_[j] == '\t' || src_[j] == '\n' || src_[j] == '\f')) ++j;
    StrPiece piece;
    piece.text.assign(src_.substr(expr_begin, j - expr_begin));
    if (!out.empty() && !out.back().is_expr) out.back().text += piece.text;
    else out.push_back(std::move(piece));
  }
  bool has_conv = false;
  if (j < end && src_[j] == '!') {
    ++j;
    char cv = j < end ? src_[j] : 0;
    if (cv != 's' && cv != 'r' && cv != 'a')
      string_error(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    fv->conversion = cv;
    has_conv = true;
    ++j;
  }
  bool has_spec = false;
  if (j < end && src_[j] == ':') {
    has_spec = true;
    std::vector<StrPiece> spec;
    j = parse_fstring_body(t, j + 1, end, raw, depth + 1, spec);
    auto js = make<JoinedStr>(t);
    js->end_lineno = t.end_line;
    js->end_col_offset = t.end_col;
    for (auto& p : spec) {
      if (p.is_expr) {
        js->values.push_back(std::move(p.expr));
      } else {
        auto c = make<Constant>(t);
        c->end_lineno = t.end_line;
        c->end_col_offset = t.end_col;
        c->value.v = std::move(p.text);
        js->values.push_back(ExprPtr(c.release()));
      }
    }
    fv->format_spec = ExprPtr(js.release());
  }
  if (j >= end || src_[j] != '}') string_error(t, "f-string: expecting '}'");
  ++j;
  if (self_doc && !has_conv && !has_spec) fv->conversion = 'r';
  fv->value = std::move(value);
  StrPiece piece;
  piece.is_expr = true;
  piece.expr = ExprPtr(fv.release());
  out.push_back(std::move(piece));
  return j;
}

ExprPtr Parser::strings() {
  const Token first = peek();
  std::vector<StrPiece> pieces;
  bool any_bytes = false, any_str = false, any_f = false, u_first = false;
  bool first_tok = true;
  while (at(Tok::STRING)) {
    const Token t = advance();
    bool b, f, u;
    decode_string_token(t, pieces, b, f, u);
    if (first_tok) u_first = u;
    first_tok = false;
    (b ? any_bytes : any_str) = true;
    any_f |= f;
    if (any_bytes && any_str)
      raise_syntax_error(src_, filename_, SyntaxErrorInfo::Kind::SyntaxError,
                         "cannot mix bytes and nonbytes literals", last_.end_line,
                         last_.end_col);
  }
  if (!any_f) {
    auto c = make<Constant>(first);
    std::string s = pieces.empty() ? std::string() : std::move(pieces[0].text);
    if (any_bytes) c->value.v = ConstValue::Bytes{std::move(s)};
    else c->value.v = std::move(s);
    c->u_prefix = u_first;
    return ExprPtr(finish(std::move(c)).release());
  }
  auto js = make<JoinedStr>(first);
  finish(js.get());
  for (auto& p : pieces) {
    if (p.is_expr) {
      // CPython places each top-level FormattedValue at the whole concatenation.
      static_cast<Loc&>(*p.expr) = static_cast<const Loc&>(*js);
      js->values.push_back(std::move(p.expr));
    } else if (!p.text.empty()) {
      auto c = make<Constant>(first);
      finish(c.get());
      c->value.v = std::move(p.text);
      js->values.push_back(ExprPtr(c.release()));
    }
  }
  return ExprPtr(js.release());
}

}  // namespace taipan
