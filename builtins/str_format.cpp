// String formatting: printf-style `%` for str and bytes, str.format / format_map, and
// str.__format__ (the format-spec mini-language is parsed by builtins/format_spec.cpp).
//
// Output is built in a std::string (C++ memory, invisible to the collector) and turned
// into one str/bytes at the end. Values fetched from arguments are rooted while later
// conversions can run Python code (__str__, __format__, __getitem__, __index__).
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "builtins/bytes.h"
#include "builtins/format_spec.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"

namespace taipan {

namespace {

// ---------------------------------------------------------------- % formatting

struct PctSpec {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1;
  int64_t prec = -1;
};

void pad_append(std::string& out, std::string_view body, int64_t body_len, const PctSpec& sp) {
  int64_t fill = sp.width > body_len ? sp.width - body_len : 0;
  if (!sp.left) out.append(static_cast<size_t>(fill), ' ');
  out.append(body);
  if (sp.left) out.append(static_cast<size_t>(fill), ' ');
}

// Digits of an int in base 8/10/16 without sign; sets *neg.
std::string int_digits(Value v, int base, bool upper, bool* neg) {
  std::string d;
  if (v.is_small()) {
    int64_t x = v.small();
    *neg = x < 0;
    uint64_t u = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, u, base);
    d.assign(buf, r.ptr);
  } else {
    d = int_to_string(v, base);
    *neg = !d.empty() && d[0] == '-';
    if (*neg) d.erase(0, 1);
  }
  if (upper)
    for (char& c : d)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return d;
}

void format_int(std::string& out, Value iv, char conv, const PctSpec& sp) {
  int base = (conv == 'x' || conv == 'X') ? 16 : conv == 'o' ? 8 : 10;
  bool neg;
  std::string digits = int_digits(iv, base, conv == 'X', &neg);
  if (sp.prec > static_cast<int64_t>(digits.size()))
    digits.insert(0, static_cast<size_t>(sp.prec) - digits.size(), '0');
  std::string head;
  if (neg) head = "-";
  else if (sp.plus) head = "+";
  else if (sp.space) head = " ";
  if (sp.alt && base != 10) head += conv == 'X' ? "0X" : conv == 'x' ? "0x" : "0o";
  int64_t len = static_cast<int64_t>(head.size() + digits.size());
  int64_t fill = sp.width > len ? sp.width - len : 0;
  if (sp.left) {
    out += head;
    out += digits;
    out.append(static_cast<size_t>(fill), ' ');
  } else if (sp.zero) {
    out += head;
    out.append(static_cast<size_t>(fill), '0');
    out += digits;
  } else {
    out.append(static_cast<size_t>(fill), ' ');
    out += head;
    out += digits;
  }
}

void format_double(std::string& out, double d, char conv, const PctSpec& sp) {
  if (d != d) d = __builtin_nan("");  // positive NaN, as Python prints "nan"
  char fmt[16];
  char* f = fmt;
  *f++ = '%';
  if (sp.left) *f++ = '-';
  if (sp.plus) *f++ = '+';
  if (sp.space) *f++ = ' ';
  if (sp.alt) *f++ = '#';
  if (sp.zero) *f++ = '0';
  *f++ = '*';
  *f++ = '.';
  *f++ = '*';
  *f++ = conv;
  *f = 0;
  int width = sp.width < 0 ? 0 : static_cast<int>(std::min<int64_t>(sp.width, 1 << 20));
  int prec = sp.prec < 0 ? 6 : static_cast<int>(std::min<int64_t>(sp.prec, 1 << 20));
  char small[128];
  int n = std::snprintf(small, sizeof small, fmt, width, prec, d);
  if (n < static_cast<int>(sizeof small)) {
    out.append(small, static_cast<size_t>(n));
    return;
  }
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), fmt, width, prec, d);
  big.resize(static_cast<size_t>(n));
  out += big;
}

class PercentFormatter {
 public:
  PercentFormatter(Thread& th, std::string_view fmt, Value args, Type* bytes_rtype)
      : th_(th), fmt_(fmt), args_(args), bytes_mode_(bytes_rtype != nullptr), rtype_(bytes_rtype) {}

  Value run() {
    if (is_tuple(args_)) {
      tuple_ = as<TupleObject>(args_);
      argc_ = tuple_->size;
    } else {
      argc_ = -1;
    }
    Type* at = type_of(args_);
    if (!is_tuple(args_) && !(bytes_mode_ ? is_bytes(args_) : is_str(args_)) && at->getitem)
      dict_ = args_;
    std::string out;
    out.reserve(fmt_.size() + 16);
    size_t i = 0, n = fmt_.size();
    while (i < n) {
      const char* pct = static_cast<const char*>(std::memchr(fmt_.data() + i, '%', n - i));
      if (!pct) {
        out.append(fmt_.data() + i, n - i);
        break;
      }
      size_t p = static_cast<size_t>(pct - fmt_.data());
      out.append(fmt_.data() + i, p - i);
      i = p + 1;
      if (!format_one(out, &i)) return Value();
    }
    if (!dict_.is_empty()) {
      // a mapping argument is never "not all converted"
    } else if ((argc_ >= 0 && argidx_ < argc_) || (argc_ < 0 && !single_used_)) {
      return raise(th_, Exc_TypeError,
                   bytes_mode_ ? "not all arguments converted during bytes formatting"
                               : "not all arguments converted during string formatting");
    }
    if (bytes_mode_) return bytes_or_bytearray(th_, rtype_ != BytesType, out);
    return str_value(th_, out);
  }

 private:
  Value next_arg() {
    if (argc_ >= 0) {
      if (argidx_ < argc_) return tuple_->items[argidx_++];
    } else if (!single_used_) {
      single_used_ = true;
      return args_;
    }
    return raise(th_, Exc_TypeError, "not enough arguments for format string");
  }

  bool star_arg(int64_t* out) {
    Value v = next_arg();
    if (v.is_empty()) return false;
    if (!is_int(v)) {
      raise(th_, Exc_TypeError, "* wants int");
      return false;
    }
    if (!int_to_i64(v, out)) {
      raise(th_, Exc_ValueError, "width too big");
      return false;
    }
    return true;
  }

  bool format_one(std::string& out, size_t* ip) {
    size_t i = *ip, n = fmt_.size();
    PctSpec sp;
    if (i < n && fmt_[i] == '%') {  // only a directly following '%' is a literal
      out += '%';
      *ip = i + 1;
      return true;
    }
    Value value;  // from a mapping key
    Root keep(th_, Value());
    if (i < n && fmt_[i] == '(') {
      if (dict_.is_empty()) {
        raise(th_, Exc_TypeError, "format requires a mapping");
        return false;
      }
      size_t start = ++i;
      int depth = 1;
      while (i < n && depth > 0) {
        if (fmt_[i] == '(') depth++;
        else if (fmt_[i] == ')') depth--;
        i++;
      }
      if (depth > 0) {
        raise(th_, Exc_ValueError, "incomplete format key");
        return false;
      }
      std::string_view key = fmt_.substr(start, i - 1 - start);
      Value k = bytes_mode_ ? V(bytes_new(th_, key)) : str_value(th_, key);
      value = getitem(th_, dict_, k);
      if (value.is_empty()) return false;
      keep.set(value);
      // With a mapping, the whole format takes its values from it.
      argc_ = -1;
      single_used_ = true;
    }
    for (; i < n; i++) {
      char c = fmt_[i];
      if (c == '-') sp.left = true;
      else if (c == '+') sp.plus = true;
      else if (c == ' ') sp.space = true;
      else if (c == '#') sp.alt = true;
      else if (c == '0') sp.zero = true;
      else break;
    }
    if (i < n && fmt_[i] == '*') {
      if (!star_arg(&sp.width)) return false;
      if (sp.width < 0) {
        sp.left = true;
        sp.width = -sp.width;
      }
      i++;
    } else {
      while (i < n && fmt_[i] >= '0' && fmt_[i] <= '9') {
        sp.width = (sp.width < 0 ? 0 : sp.width) * 10 + (fmt_[i] - '0');
        if (sp.width > (int64_t(1) << 40)) {
          raise(th_, Exc_ValueError, "width too big");
          return false;
        }
        i++;
      }
    }
    if (i < n && fmt_[i] == '.') {
      i++;
      sp.prec = 0;
      if (i < n && fmt_[i] == '*') {
        if (!star_arg(&sp.prec)) return false;
        if (sp.prec < 0) sp.prec = 0;
        i++;
      } else {
        while (i < n && fmt_[i] >= '0' && fmt_[i] <= '9') {
          sp.prec = sp.prec * 10 + (fmt_[i] - '0');
          if (sp.prec > (int64_t(1) << 40)) {
            raise(th_, Exc_ValueError, "precision too big");
            return false;
          }
          i++;
        }
      }
    }
    while (i < n && (fmt_[i] == 'h' || fmt_[i] == 'l' || fmt_[i] == 'L')) i++;
    if (i >= n) {
      raise(th_, Exc_ValueError, "incomplete format");
      return false;
    }
    char conv = fmt_[i++];
    *ip = i;
    if (value.is_empty()) {
      value = next_arg();
      if (value.is_empty()) return false;
      keep.set(value);
    }
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
      case 'b':
        return format_text(out, value, conv, sp, i);
      case 'c':
        return format_char(out, value, sp);
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
        return format_integer(out, value, conv, sp);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (value.is_double()) {
          d = value.dbl();
        } else {
          if (!is_float(value) && !is_int(value) && !type_of(value)->float_ &&
              !type_of(value)->index) {
            raise(th_, Exc_TypeError, "must be real number, not %s", type_name(value));
            return false;
          }
          Value f = number_float(th_, value);
          if (f.is_empty()) return false;
          d = f.dbl();
        }
        std::string body;
        format_double(body, d, conv, sp);
        out += body;
        return true;
      }
      default: {
        // CPython shows non-printable and non-ASCII characters as '?', with the code
        // point in hex.
        unsigned char uc = static_cast<unsigned char>(conv);
        uint32_t cp = uc;
        size_t at = i - 1;
        if (uc >= 0x80 && !bytes_mode_) {
          const char* p = fmt_.data() + i - 1;
          cp = uni::decode(p);
          at = static_cast<size_t>(uni::count_code_points(fmt_.data(), i - 1));
        }
        raise(th_, Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
              (cp >= 0x20 && cp < 0x7f) ? static_cast<char>(cp) : '?', cp, at);
        return false;
      }
    }
  }

  bool format_text(std::string& out, Value v, char conv, const PctSpec& sp, size_t) {
    if (bytes_mode_) {
      std::string body;
      if (conv == 'r' || conv == 'a') {
        Value r = ascii_of(th_, v);
        if (r.is_empty()) return false;
        body = std::string(str_view(r));
      } else if (conv == 'b' || conv == 's') {
        ByteView bv;
        if (bv.set(v)) {
          body = std::string(bv.view());
        } else {
          Value r = call_special(th_, v, dunder_bytes(), nullptr, 0);
          if (r.is_empty()) {
            if (has_exc(th_)) return false;
            raise(th_, Exc_TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, "
                  "not '%s'",
                  type_name(v));
            return false;
          }
          if (!is_bytes(r)) {
            raise(th_, Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
            return false;
          }
          body = std::string(bytes_view(as<BytesObject>(r)));
        }
      } else {
        raise(th_, Exc_ValueError, "unsupported format character '%c' (0x%x)", conv, conv);
        return false;
      }
      std::string_view b = body;
      if (sp.prec >= 0 && static_cast<int64_t>(b.size()) > sp.prec)
        b = b.substr(0, static_cast<size_t>(sp.prec));
      pad_append(out, b, static_cast<int64_t>(b.size()), sp);
      return true;
    }
    if (conv == 'b') {
      raise(th_, Exc_ValueError, "unsupported format character 'b' (0x62) at index %zu",
            static_cast<size_t>(0));
      return false;
    }
    Value r;
    if (conv == 's') r = is_exact_str(v) ? v : str_of(th_, v);
    else if (conv == 'r') r = repr(th_, v);
    else r = ascii_of(th_, v);
    if (r.is_empty()) return false;
    StrObject* s = as<StrObject>(r);
    std::string_view b = str_view(s);
    int64_t len = s->length;
    if (sp.prec >= 0 && len > sp.prec) {
      b = b.substr(0, str_offset(s, sp.prec));
      len = sp.prec;
    }
    if (sp.width <= len) {
      out += b;
      return true;
    }
    pad_append(out, b, len, sp);
    return true;
  }

  bool format_char(std::string& out, Value v, const PctSpec& sp) {
    std::string body;
    if (bytes_mode_) {
      if (is_byteslike(v)) {
        ByteView bv;
        bv.set(v);
        if (bv.size() != 1) {
          raise(th_, Exc_TypeError, "%%c requires an integer in range(256) or a single byte");
          return false;
        }
        body = std::string(bv.view());
      } else if (is_int(v) || type_of(v)->index) {
        int64_t x;
        if (!index_to_i64(th_, v, &x)) return false;
        if (x < 0 || x > 255) {
          raise(th_, Exc_OverflowError, "%%c arg not in range(256)");
          return false;
        }
        body = std::string(1, static_cast<char>(x));
      } else {
        raise(th_, Exc_TypeError, "%%c requires an integer in range(256) or a single byte");
        return false;
      }
      pad_append(out, body, 1, sp);
      return true;
    }
    if (is_str(v)) {
      if (as<StrObject>(v)->length != 1) {
        raise(th_, Exc_TypeError, "%%c requires int or char");
        return false;
      }
      body = std::string(str_view(v));
    } else if (is_int(v) || type_of(v)->index) {
      int64_t x;
      bool overflow = false;
      if (is_int(v)) {
        if (!int_to_i64(v, &x, &overflow)) x = -1;
      } else if (!index_to_i64(th_, v, &x)) {
        return false;
      }
      if (x < 0 || x > 0x10FFFF) {
        raise(th_, Exc_OverflowError, "%%c arg not in range(0x110000)");
        return false;
      }
      uni::append(body, static_cast<uint32_t>(x));
    } else {
      raise(th_, Exc_TypeError, "%%c requires int or char");
      return false;
    }
    pad_append(out, body, 1, sp);
    return true;
  }

  bool format_integer(std::string& out, Value v, char conv, const PctSpec& sp) {
    Value iv;
    if (is_int(v)) {
      iv = v;
    } else if (conv == 'x' || conv == 'X' || conv == 'o') {
      if (!type_of(v)->index) {
        raise(th_, Exc_TypeError, "%%%c format: an integer is required, not %s", conv,
              type_name(v));
        return false;
      }
      iv = index_value(th_, v);
    } else if (v.is_double()) {
      iv = int_from_double(th_, v.dbl());
    } else {
      Type* t = type_of(v);
      if (!is_float(v) && !t->int_ && !t->index && !t->float_) {
        raise(th_, Exc_TypeError, "%%%c format: a real number is required, not %s", conv,
              type_name(v));
        return false;
      }
      iv = number_int(th_, v);
    }
    if (iv.is_empty()) return false;
    Root keep(th_, iv);
    format_int(out, iv, conv, sp);
    return true;
  }

  Thread& th_;
  std::string_view fmt_;
  Value args_;
  bool bytes_mode_;
  Type* rtype_;
  TupleObject* tuple_ = nullptr;
  int64_t argc_ = -1;
  int64_t argidx_ = 0;
  bool single_used_ = false;
  Value dict_;
};

// ---------------------------------------------------------------- str.format

class Formatter {
 public:
  Formatter(Thread& th, TupleObject* args, Value kwargs) : th_(th), args_(args), kwargs_(kwargs) {}

  bool render(std::string_view fmt, int depth, std::string& out) {
    if (depth <= 0) {
      raise(th_, Exc_ValueError, "Max string recursion exceeded");
      return false;
    }
    size_t i = 0, n = fmt.size();
    while (i < n) {
      char c = fmt[i];
      if (c == '}') {
        if (i + 1 < n && fmt[i + 1] == '}') {
          out += '}';
          i += 2;
          continue;
        }
        raise(th_, Exc_ValueError, "Single '}' encountered in format string");
        return false;
      }
      if (c != '{') {
        size_t j = i;
        while (j < n && fmt[j] != '{' && fmt[j] != '}') j++;
        out.append(fmt.data() + i, j - i);
        i = j;
        continue;
      }
      if (i + 1 < n && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      // A replacement field: find its matching '}' (format specs may nest fields).
      size_t start = i + 1, j = start;
      int level = 1;
      while (j < n) {
        if (fmt[j] == '[') {
          // Brackets in the field name may hold any character but ']'.
          size_t k = j + 1;
          while (k < n && fmt[k] != ']') k++;
          if (k < n && level == 1 && !colon_before(fmt, start, j)) {
            j = k + 1;
            continue;
          }
        }
        if (fmt[j] == '{') level++;
        else if (fmt[j] == '}' && --level == 0) break;
        j++;
      }
      if (j >= n) {
        if (start == n)
          raise(th_, Exc_ValueError, "Single '{' encountered in format string");
        else if (level > 1 || colon_before(fmt, start, n))
          raise(th_, Exc_ValueError, "unmatched '{' in format spec");
        else
          raise(th_, Exc_ValueError, "expected '}' before end of string");
        return false;
      }
      if (!field(fmt.substr(start, j - start), depth, out)) return false;
      i = j + 1;
    }
    return true;
  }

 private:
  static bool colon_before(std::string_view fmt, size_t start, size_t j) {
    for (size_t k = start; k < j; k++)
      if (fmt[k] == ':' || fmt[k] == '!') return true;
    return false;
  }

  bool field(std::string_view f, int depth, std::string& out) {
    // field_name [! conversion] [: spec]
    size_t i = 0, n = f.size();
    while (i < n && f[i] != '!' && f[i] != ':') {
      if (f[i] == '[') {
        while (i < n && f[i] != ']') i++;
        if (i < n) i++;
        continue;
      }
      i++;
    }
    std::string_view name = f.substr(0, i);
    char conv = 0;
    std::string_view spec;
    if (i < n && f[i] == '!') {
      if (i + 1 >= n) {
        raise(th_, Exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      conv = f[i + 1];
      i += 2;
      if (i < n && f[i] != ':') {
        raise(th_, Exc_ValueError, "expected ':' after conversion specifier");
        return false;
      }
    }
    if (i < n && f[i] == ':') spec = f.substr(i + 1);
    Value v = lookup(name);
    if (v.is_empty()) return false;
    Root keep(th_, v);
    if (conv) {
      if (conv == 'r') v = repr(th_, v);
      else if (conv == 's') v = str_of(th_, v);
      else if (conv == 'a') v = ascii_of(th_, v);
      else {
        // The conversion character may be any code point.
        std::string ch;
        const char* p = f.data() + (i - 1);
        uni::append(ch, uni::decode(p));
        raise(th_, Exc_ValueError, "Unknown conversion specifier %s", ch.c_str());
        return false;
      }
      if (v.is_empty()) return false;
      keep.set(v);
    }
    std::string expanded;
    if (spec.find('{') != std::string_view::npos) {
      if (!render(spec, depth - 1, expanded)) return false;
      spec = expanded;
    }
    if (spec.empty()) {
      if (is_exact_str(v)) {
        out += str_view(v);
        return true;
      }
      if (v.is_small()) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.small());
        out.append(buf, r.ptr);
        return true;
      }
    }
    Value sp = spec.empty() ? V(sym::empty) : str_value(th_, spec);
    Root keep_spec(th_, sp);
    Value r = format(th_, v, sp);
    if (r.is_empty()) return false;
    out += str_view(r);
    return true;
  }

  // Resolves "0", "name", "0.attr[key]"... to a value (EMPTY when raised).
  Value lookup(std::string_view name) {
    size_t i = 0, n = name.size();
    while (i < n && name[i] != '.' && name[i] != '[') i++;
    std::string_view first = name.substr(0, i);
    Value v;
    if (first.empty()) {
      if (manual_) {
        return raise(th_, Exc_ValueError,
                     "cannot switch from manual field specification to automatic field numbering");
      }
      auto_ = true;
      v = positional(next_auto_++);
    } else if (all_digits(first)) {
      if (auto_) {
        return raise(th_, Exc_ValueError,
                     "cannot switch from automatic field numbering to manual field specification");
      }
      manual_ = true;
      int64_t idx = 0;
      for (char c : first) {
        idx = idx * 10 + (c - '0');
        if (idx > (int64_t(1) << 40)) return raise(th_, Exc_ValueError, "Too many decimal digits in format string");
      }
      v = positional(idx);
    } else {
      Value key = str_value(th_, first);
      if (kwargs_.is_empty()) return raise_key_error(th_, key);
      Root kk(th_, key);
      v = getitem(th_, kwargs_, key);
    }
    if (v.is_empty()) return Value();
    Root keep(th_, v);
    while (i < n) {
      if (name[i] == '.') {
        size_t j = ++i;
        while (j < n && name[j] != '.' && name[j] != '[') j++;
        if (j == i) return raise(th_, Exc_ValueError, "Empty attribute in format string");
        StrObject* attr = str_new(th_, name.substr(i, j - i));
        Root ka(th_, V(attr));
        v = getattr(th_, v, attr);
        i = j;
      } else if (name[i] == '[') {
        size_t j = ++i;
        while (j < n && name[j] != ']') j++;
        if (j >= n) return raise(th_, Exc_ValueError, "Missing ']' in format string");
        std::string_view k = name.substr(i, j - i);
        if (k.empty()) return raise(th_, Exc_ValueError, "Empty attribute in format string");
        Value key;
        if (all_digits(k)) {
          int64_t idx = 0;
          for (char c : k) idx = idx * 10 + (c - '0');
          key = int_from_i64(th_, idx);
        } else {
          key = str_value(th_, k);
        }
        Root kk(th_, key);
        v = getitem(th_, v, key);
        i = j + 1;
        if (i < n && name[i] != '.' && name[i] != '[')
          return raise(th_, Exc_ValueError,
                       "Only '.' or '[' may follow ']' in format field specifier");
      } else {
        return raise(th_, Exc_ValueError,
                     "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (v.is_empty()) return Value();
      keep.set(v);
    }
    return v;
  }

  Value positional(int64_t idx) {
    if (idx >= args_->size)
      return raise(th_, Exc_IndexError,
                   "Replacement index %" PRId64 " out of range for positional args tuple", idx);
    return args_->items[idx];
  }

  static bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }

  Thread& th_;
  TupleObject* args_;
  Value kwargs_;
  bool auto_ = false, manual_ = false;
  int64_t next_auto_ = 0;
};

}  // namespace

Value percent_format(Thread& th, std::string_view fmt, Value args, Type* bytes_rtype) {
  return PercentFormatter(th, fmt, args, bytes_rtype).run();
}

Value str_format_impl(Thread& th, StrObject* fmt, TupleObject* args, Value kwargs) {
  std::string out;
  Formatter f(th, args ? args : g_empty_tuple, kwargs);
  if (!f.render(str_view(fmt), 2, out)) return Value();
  return str_value(th, out);
}

Value str_dunder_format(Thread& th, const Value* a) {
  Value self = a[0], specv = a[1];
  if (!is_str(specv))
    return raise(th, Exc_TypeError, "__format__() argument must be str, not %s", type_name(specv));
  std::string_view spec = str_view(specv);
  if (spec.empty()) return str_exact(th, self);
  FormatSpec fs;
  if (!parse_format_spec(th, spec, "str", &fs)) return Value();
  if (fs.type != 0 && fs.type != 's')
    return raise(th, Exc_ValueError, "Unknown format code '%c' for object of type 'str'", fs.type);
  if (fs.sign) return raise(th, Exc_ValueError, "Sign not allowed in string format specifier");
  if (fs.alternate)
    return raise(th, Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (fs.grouping) return raise(th, Exc_ValueError, "Cannot specify '%c' with 's'.", fs.grouping);
  // A '0' before the width pads strings with zeros on the right ('05' -> 'ab000'); the
  // spec parser may have turned it into '=' alignment, which is only an error when
  // written explicitly.
  if (fs.zero_pad) {
    if (fs.align == 0 || fs.align == '=') fs.align = '<';
    if (fs.fill == ' ') fs.fill = '0';
  }
  if (fs.align == '=')
    return raise(th, Exc_ValueError, "'=' alignment not allowed in string format specifier");
  StrObject* s = as<StrObject>(self);
  std::string_view body = str_view(s);
  int64_t len = s->length;
  if (fs.precision >= 0 && len > fs.precision) {
    body = body.substr(0, str_offset(s, fs.precision));
    len = fs.precision;
  }
  if (fs.width <= len) {
    if (len == s->length) return str_exact(th, self);
    return str_value(th, body);
  }
  return str_value(th, apply_padding(fs, body, len, '<'));
}

}  // namespace taipan
