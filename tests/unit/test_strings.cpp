// Unit tests for the runtime-free string helpers (builtins/unicode.h): UTF-8 coding and
// validation, character classes, case mapping and the repr escaping rules. The str and
// bytes types themselves are covered by the golden tests (tests/py/core/str_*.py).
#include <catch2/catch.hpp>

#include <string>

#include "builtins/unicode.h"

using namespace taipan;

namespace {
std::string map_str(int (*fn)(uint32_t, uint32_t*), uint32_t cp) {
  uint32_t out[3];
  int n = fn(cp, out);
  std::string s;
  for (int i = 0; i < n; i++) uni::append(s, out[i]);
  return s;
}
}  // namespace

TEST_CASE("utf8 encode/decode round trip", "[strings]") {
  for (uint32_t cp : {0x0u, 0x41u, 0x7Fu, 0x80u, 0xE9u, 0x7FFu, 0x800u, 0x20ACu, 0xFFFFu, 0x10000u,
                      0x1F600u, 0x10FFFFu}) {
    char buf[4];
    int n = uni::encode(cp, buf);
    REQUIRE(n == uni::encoded_len(cp));
    const char* p = buf;
    REQUIRE(uni::decode(p) == cp);
    REQUIRE(p == buf + n);
    const char* q = buf + n;
    REQUIRE(uni::decode_back(q) == cp);
    REQUIRE(q == buf);
  }
}

TEST_CASE("code point counting and offsets", "[strings]") {
  std::string s = "h\xC3\xA9llo \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80!";  // "héllo 日本 😀!"
  REQUIRE(uni::count_code_points(s.data(), s.size()) == 11);
  REQUIRE_FALSE(uni::all_ascii(s.data(), s.size()));
  REQUIRE(uni::all_ascii("plain ascii text", 16));
  REQUIRE(uni::offset_of(s.data(), s.size(), 0) == 0);
  REQUIRE(uni::offset_of(s.data(), s.size(), 2) == 3);
  REQUIRE(uni::offset_of(s.data(), s.size(), 11) == s.size());
  std::string longer;
  for (int i = 0; i < 100; i++) longer += "\xC3\xA9x";
  REQUIRE(uni::count_code_points(longer.data(), longer.size()) == 200);
}

TEST_CASE("strict utf8 validation reports CPython's reasons", "[strings]") {
  auto check = [](std::string s, int* bad, std::string* reason) {
    auto* p = reinterpret_cast<const unsigned char*>(s.data());
    uint32_t cp;
    const char* r = "";
    int n = uni::check_sequence(p, p + s.size(), &cp, bad, &r);
    *reason = r;
    return n;
  };
  int bad;
  std::string reason;
  REQUIRE(check("\xFF", &bad, &reason) == 0);
  REQUIRE(reason == "invalid start byte");
  REQUIRE(check("\xE2\x82\x28", &bad, &reason) == 0);
  REQUIRE((bad == 2 && reason == "invalid continuation byte"));
  REQUIRE(check("\xE2\x82", &bad, &reason) == 0);
  REQUIRE((bad == 2 && reason == "unexpected end of data"));
  REQUIRE(check("\xED\xA0\x80", &bad, &reason) == 0);  // surrogate
  REQUIRE((bad == 1 && reason == "invalid continuation byte"));
  REQUIRE(check("\xC0\x80", &bad, &reason) == 0);  // overlong
  REQUIRE(reason == "invalid start byte");
  REQUIRE(check("\xF0\x9F\x98\x80", &bad, &reason) == 4);
  REQUIRE(uni::valid_prefix("abc\xC3\xA9\xFF", 6) == 5);
  REQUIRE(uni::valid_prefix("abcdefghijk", 11) == 11);
}

TEST_CASE("character classes match CPython", "[strings]") {
  for (unsigned c = 0; c < 128; c++) REQUIRE(uni::props(c) == uni::detail::props_slow(c));
  REQUIRE(uni::is_space(0x3000));
  REQUIRE(uni::is_space(0x1C));
  REQUIRE_FALSE(uni::is_space(0x200B));
  REQUIRE(uni::is_alpha(0xE9));
  REQUIRE(uni::is_alpha(0x65E5));
  REQUIRE_FALSE(uni::is_printable(0x200B));
  REQUIRE_FALSE(uni::is_printable(0xA0));
  REQUIRE(uni::is_printable(0xE9));
  REQUIRE(uni::decimal_value(0x663) == 3);   // ARABIC-INDIC DIGIT THREE
  REQUIRE(uni::decimal_value(0xB2) == -1);   // superscript two is a digit, not decimal
  REQUIRE(uni::digit_value(0xB2) == 2);
  REQUIRE(uni::has(0xBD, uni::NUMERIC));     // ½
  REQUIRE_FALSE(uni::has(0xBD, uni::DIGIT));
  REQUIRE(uni::has(0x1C5, uni::TITLE));      // ǅ
  REQUIRE(uni::has('_', uni::XID_START));
  REQUIRE_FALSE(uni::has('1', uni::XID_START));
  REQUIRE(uni::is_linebreak(0x2028));
}

TEST_CASE("full case mappings", "[strings]") {
  REQUIRE(map_str(uni::to_upper, 'a') == "A");
  REQUIRE(map_str(uni::to_upper, 0xDF) == "SS");              // ß
  REQUIRE(map_str(uni::to_lower, 0x130) == "i\xCC\x87");      // İ -> i̇
  REQUIRE(map_str(uni::to_title, 0x1C6) == "\xC7\x85");       // ǆ -> ǅ
  REQUIRE(map_str(uni::to_fold, 0xDF) == "ss");
  REQUIRE(map_str(uni::to_upper, 0x3B1) == "\xCE\x91");       // α -> Α
  REQUIRE(map_str(uni::to_lower, 0x416) == "\xD0\xB6");       // Ж -> ж
  REQUIRE(map_str(uni::to_upper, 0x1F600) == "\xF0\x9F\x98\x80");
}

TEST_CASE("repr text follows CPython", "[strings]") {
  REQUIRE(uni::repr_text("it's") == "\"it's\"");
  REQUIRE(uni::repr_text("say \"hi\"") == "'say \"hi\"'");
  REQUIRE(uni::repr_text("both ' and \"") == "'both \\' and \"'");
  REQUIRE(uni::repr_text("tab\there\n\\") == "'tab\\there\\n\\\\'");
  REQUIRE(uni::repr_text(std::string("\x00\x07\x1b\x7f", 4)) == "'\\x00\\x07\\x1b\\x7f'");
  REQUIRE(uni::repr_text("\xC3\xA9") == "'\xC3\xA9'");
  REQUIRE(uni::repr_text("\xE2\x80\x8B") == "'\\u200b'");
  REQUIRE(uni::repr_text("\xC2\xA0") == "'\\xa0'");
  REQUIRE(uni::repr_text("caf\xC3\xA9", true) == "'caf\\xe9'");
  REQUIRE(uni::repr_text("\xF0\x9F\x98\x80", true) == "'\\U0001f600'");
  std::string body;
  uni::bytes_repr_body(body, std::string("\t\n\r\\'\"\x80z", 8), '\'');
  REQUIRE(body == "\\t\\n\\r\\\\\\'\"\\x80z");
  REQUIRE(uni::choose_quote("a'b") == '"');
  REQUIRE(uni::choose_quote("a'b\"") == '\'');
}
