// The format-spec mini-language: parse_format_spec and apply_padding (used by str's
// __format__ too), and the number formatters behind int/float/complex __format__.
//
// A formatted number is assembled from parts: sign, prefix ('0x'), integer digits
// (the only part that takes ',' or '_' separators), and the rest (fraction, exponent,
// '%', 'j'). '=' alignment pads between prefix and digits; a '0' fill with '='
// alignment and grouping pads with grouped zeros ('00,001,234'), as CPython does.
#include <cmath>
#include <cstring>

#include "builtins/format_spec.h"
#include "builtins/int_internal.h"
#include "vm/abstract.h"
#include "vm/error.h"

namespace taipan {

// ---------------------------------------------------------------- parsing

static inline bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Length of the UTF-8 sequence starting with byte c.
static inline size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

static uint32_t utf8_decode(std::string_view s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  size_t n = utf8_len(c);
  if (n == 1 || s.size() < n) return c;
  uint32_t cp = c & (0x7F >> n);
  for (size_t i = 1; i < n; i++) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

static void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

static bool read_number(Thread& th, std::string_view s, size_t* i, int64_t* out) {
  int64_t v = 0;
  size_t start = *i;
  while (*i < s.size() && s[*i] >= '0' && s[*i] <= '9') {
    if (v > (INT64_MAX - 9) / 10 || v > 0x7FFFFFFF) {
      raise(th, Exc_ValueError, "Too many decimal digits in format string");
      return false;
    }
    v = v * 10 + (s[*i] - '0');
    (*i)++;
  }
  if (v > 0x7FFFFFFF) {
    raise(th, Exc_ValueError, "Too many decimal digits in format string");
    return false;
  }
  *out = *i > start ? v : -1;
  return true;
}

bool parse_format_spec(Thread& th, std::string_view spec, const char* type_name, FormatSpec* out) {
  *out = FormatSpec();
  size_t i = 0, n = spec.size();
  bool fill_given = false, align_given = false;
  if (n > 0) {
    size_t l = utf8_len(static_cast<unsigned char>(spec[0]));
    if (l < n && is_align(spec[l])) {
      out->fill = utf8_decode(spec);
      out->align = spec[l];
      fill_given = align_given = true;
      i = l + 1;
    } else if (is_align(spec[0])) {
      out->align = spec[0];
      align_given = true;
      i = 1;
    }
  }
  (void)align_given;
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out->sign = spec[i++];
  if (i < n && spec[i] == 'z') {
    out->no_neg_zero = true;
    i++;
  }
  if (i < n && spec[i] == '#') {
    out->alternate = true;
    i++;
  }
  if (i < n && spec[i] == '0') {
    out->zero_pad = true;
    if (!fill_given) out->fill = '0';
    i++;
  }
  if (!read_number(th, spec, &i, &out->width)) return false;
  if (i < n && (spec[i] == ',' || spec[i] == '_')) {
    out->grouping = spec[i++];
    if (i < n && (spec[i] == ',' || spec[i] == '_')) {
      if (spec[i] != out->grouping) {
        raise(th, Exc_ValueError, "Cannot specify both ',' and '_'.");
      } else {
        raise(th, Exc_ValueError, "Cannot specify '%c' with '%c'.", spec[i], spec[i]);
      }
      return false;
    }
  }
  if (i < n && spec[i] == '.') {
    i++;
    if (!read_number(th, spec, &i, &out->precision)) return false;
    if (out->precision < 0) {
      raise(th, Exc_ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (n - i > 1) {
    std::string s(spec);
    raise(th, Exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", s.c_str(), type_name);
    return false;
  }
  if (n - i == 1) out->type = spec[i];
  if (out->grouping) {
    char t = out->type;
    bool ok;
    switch (t) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%':
        ok = true;
        break;
      case 'b': case 'o': case 'x': case 'X':
        ok = out->grouping == '_';
        break;
      default:
        ok = false;
    }
    if (!ok) {
      if (static_cast<unsigned char>(t) >= 0x20 && static_cast<unsigned char>(t) < 0x7F)
        raise(th, Exc_ValueError, "Cannot specify '%c' with '%c'.", out->grouping, t);
      else
        raise(th, Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", out->grouping, static_cast<unsigned char>(t));
      return false;
    }
  }
  return true;
}

std::string apply_padding(const FormatSpec& spec, std::string_view body, int64_t body_len, char default_align) {
  if (spec.width <= body_len) return std::string(body);
  int64_t pad = spec.width - body_len;
  char align = spec.align ? spec.align : default_align;
  int64_t left = 0, right = 0;
  if (align == '<') right = pad;
  else if (align == '^') {
    left = pad / 2;
    right = pad - left;
  } else {
    left = pad;  // '>' and '=' (numbers place '=' padding themselves)
  }
  std::string fill;
  utf8_append(fill, spec.fill);
  std::string out;
  out.reserve(body.size() + static_cast<size_t>(pad) * fill.size());
  for (int64_t k = 0; k < left; k++) out += fill;
  out.append(body);
  for (int64_t k = 0; k < right; k++) out += fill;
  return out;
}

// ---------------------------------------------------------------- number layout

struct NumParts {
  std::string sign;    // "", "-", "+", " "
  std::string prefix;  // "0x" ...
  std::string digits;  // integer digits, ungrouped
  std::string rest;    // fraction, exponent, suffix
  int group = 3;       // digits per group
  bool groupable = true;
};

static int64_t cp_count(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

// Inserts sep every g digits from the right; with min_len, pads with zeros until the
// grouped text is at least that long (never starting with a separator).
static std::string group_digits(const std::string& d, char sep, int g, int64_t min_len) {
  std::string rev;
  size_t idx = d.size();
  int in_group = 0;
  while (idx > 0 || static_cast<int64_t>(rev.size()) < min_len) {
    if (in_group == g) {
      rev.push_back(sep);
      in_group = 0;
    }
    rev.push_back(idx > 0 ? d[--idx] : '0');
    in_group++;
  }
  return std::string(rev.rbegin(), rev.rend());
}

static std::string assemble(const FormatSpec& spec, NumParts& p) {
  char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
  bool grouped = spec.grouping && p.groupable;
  int64_t fixed_len = cp_count(p.sign) + cp_count(p.prefix) + cp_count(p.rest);
  if (align == '=' && spec.fill == '0' && grouped && spec.width > 0) {
    std::string digits = group_digits(p.digits, spec.grouping, p.group, spec.width - fixed_len);
    return p.sign + p.prefix + digits + p.rest;
  }
  std::string digits = grouped ? group_digits(p.digits, spec.grouping, p.group, 0) : p.digits;
  int64_t len = fixed_len + cp_count(digits);
  if (align == '=') {
    std::string out = p.sign + p.prefix;
    if (spec.width > len) {
      std::string fill;
      utf8_append(fill, spec.fill);
      for (int64_t k = len; k < spec.width; k++) out += fill;
    }
    out += digits;
    out += p.rest;
    return out;
  }
  std::string body = p.sign + p.prefix + digits + p.rest;
  FormatSpec s2 = spec;
  s2.align = align;
  return apply_padding(s2, body, len, '>');
}

static std::string sign_text(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

static Value str_result(Thread& th, const std::string& s) { return V(str_new(th, s)); }

// Splits an unsigned formatted float ("1234.5e+07", "inf") into digits and rest.
static void split_float_text(const std::string& body, NumParts* p) {
  size_t k = 0;
  while (k < body.size() && body[k] >= '0' && body[k] <= '9') k++;
  p->digits = body.substr(0, k);
  p->rest = body.substr(k);
}

static bool all_zero_mantissa(const std::string& body) {
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

// Formats |d| per type/precision (type already validated; 0 for none) into p.
static void float_parts(double d, const FormatSpec& spec, char type, bool complex_part, NumParts* p) {
  int prec = static_cast<int>(spec.precision);
  unsigned flags = spec.alternate ? static_cast<unsigned>(FF_ALT) : 0u;
  char mode;
  std::string suffix;
  double v = std::fabs(d);
  switch (type) {
    case 0:
      if (prec < 0) {
        mode = 'r';
        flags |= complex_part ? FF_NO_EXP_DOT0 : FF_ADD_DOT_0;
      } else {
        mode = 'g';
        if (!complex_part) flags |= FF_ADD_DOT_0;
      }
      break;
    case 'e': case 'E':
      mode = 'e';
      if (prec < 0) prec = 6;
      break;
    case 'f': case 'F':
      mode = 'f';
      if (prec < 0) prec = 6;
      break;
    case '%':
      mode = 'f';
      if (prec < 0) prec = 6;
      v *= 100;
      suffix = "%";
      break;
    default:  // g G n
      mode = 'g';
      if (prec < 0) prec = 6;
      break;
  }
  if (type == 'E' || type == 'F' || type == 'G') flags |= FF_UPPER;
  std::string body = float_format(std::isnan(d) ? NAN : v, mode, prec < 0 ? 0 : prec, flags);
  bool negative = std::signbit(d) && !std::isnan(d);
  if (negative && spec.no_neg_zero && all_zero_mantissa(body)) negative = false;
  p->sign = sign_text(negative, spec.sign);
  p->prefix.clear();
  split_float_text(body, p);
  p->rest += suffix;
  p->group = 3;
  p->groupable = std::isfinite(d);
}

static bool float_type_ok(char t) {
  return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n' ||
         t == '%';
}

static Value unknown_code(Thread& th, char t, const char* tname) {
  if (static_cast<unsigned char>(t) >= 0x20 && static_cast<unsigned char>(t) < 0x7F)
    return raise(th, Exc_ValueError, "Unknown format code '%c' for object of type '%s'", t, tname);
  return raise(th, Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
               static_cast<unsigned char>(t), tname);
}

static std::string format_double(const FormatSpec& spec, double d) {
  NumParts p;
  float_parts(d, spec, spec.type, false, &p);
  return assemble(spec, p);
}

Value float_format_spec(Thread& th, double d, std::string_view spec_text) {
  if (spec_text.empty()) return str_result(th, float_repr(d));
  FormatSpec spec;
  if (!parse_format_spec(th, spec_text, "float", &spec)) return Value();
  if (!float_type_ok(spec.type)) return unknown_code(th, spec.type, "float");
  return str_result(th, format_double(spec, d));
}

Value int_format(Thread& th, Value v, std::string_view spec_text) {
  if (spec_text.empty()) return str_of(th, v);
  const char* tname = type_name(v);
  FormatSpec spec;
  if (!parse_format_spec(th, spec_text, tname, &spec)) return Value();
  char t = spec.type;
  switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_as_double(th, v, &d)) return Value();
      return str_result(th, format_double(spec, d));
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      return unknown_code(th, t, tname);
  }
  if (spec.precision >= 0) return raise(th, Exc_ValueError, "Precision not allowed in integer format specifier");
  if (spec.no_neg_zero)
    return raise(th, Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  NumParts p;
  int s = int_sign(v);
  if (t == 'c') {
    if (spec.sign) return raise(th, Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return raise(th, Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!int_to_i64(v, &cp) || cp < 0 || cp > 0x10FFFF)
      return raise(th, Exc_OverflowError, "%%c arg not in range(0x110000)");
    std::string body;
    utf8_append(body, static_cast<uint32_t>(cp));
    spec.grouping = 0;
    p.rest = body;
    return str_result(th, assemble(spec, p));
  }
  int base = 10;
  switch (t) {
    case 'b': base = 2; p.prefix = "0b"; break;
    case 'o': base = 8; p.prefix = "0o"; break;
    case 'x': base = 16; p.prefix = "0x"; break;
    case 'X': base = 16; p.prefix = "0X"; break;
    default: break;
  }
  if (!spec.alternate) p.prefix.clear();
  if (base == 10 && !int_check_str_digits(th, v)) return Value();
  std::string digits = int_to_string(v, base);
  if (s < 0) digits.erase(0, 1);
  if (t == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 32);
  p.digits = std::move(digits);
  p.sign = sign_text(s < 0, spec.sign);
  p.group = base == 10 ? 3 : 4;
  if (t == 'n') spec.grouping = 0;  // C locale: no thousands separator
  return str_result(th, assemble(spec, p));
}

Value complex_format_spec(Thread& th, double re, double im, std::string_view spec_text) {
  FormatSpec spec;
  if (!spec_text.empty() && !parse_format_spec(th, spec_text, "complex", &spec)) return Value();
  char t = spec.type;
  if (t == '%' || !float_type_ok(t)) return unknown_code(th, t, "complex");
  if (spec.zero_pad) return raise(th, Exc_ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return raise(th, Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  bool parens = t == 0;
  bool skip_re = t == 0 && re == 0 && !std::signbit(re);
  std::string body;
  if (parens && !skip_re) body.push_back('(');
  FormatSpec part = spec;
  part.width = -1;
  part.align = 0;
  part.fill = ' ';
  if (!skip_re) {
    NumParts p;
    float_parts(re, part, t, true, &p);
    body += assemble(part, p);
  }
  {
    FormatSpec ip = part;
    if (!skip_re) ip.sign = '+';
    NumParts p;
    float_parts(im, ip, t, true, &p);
    body += assemble(ip, p);
    body.push_back('j');
  }
  if (parens && !skip_re) body.push_back(')');
  return str_result(th, apply_padding(spec, body, cp_count(body), '>'));
}

}  // namespace taipan
