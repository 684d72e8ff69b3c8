// The built-in codecs behind str.encode, bytes.decode, str(b, enc) and bytes(s, enc):
// UTF-8 (and utf-8-sig), ASCII and Latin-1, with the error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace (encode), surrogateescape and
// surrogatepass (UTF-8). Other codecs raise LookupError "unknown encoding: x".
//
// UTF-8 encoding of a str is a copy of its storage unless it holds lone surrogates
// (kept in the generalized 3-byte form, see builtins/unicode.h), which strict UTF-8
// rejects as CPython does.
#include <cstring>
#include <string>

#include "builtins/bytes.h"
#include "builtins/exceptions.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"

namespace taipan {

namespace {

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Unknown };
enum class Errors { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace,
                    SurrogateEscape, SurrogatePass, Unknown };

std::string normalize(std::string_view name) {
  std::string n;
  for (char c : name) {
    if (c == '_' || c == ' ') c = '-';
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    n += c;
  }
  return n;
}

Codec codec_of(std::string_view name) {
  std::string n = normalize(name);
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "utf-8-sig" || n == "utf8-sig") return Codec::Utf8Sig;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "latin" || n == "iso-8859-1" || n == "iso8859-1" ||
      n == "8859" || n == "cp819" || n == "l1" || n == "iso-ir-100")
    return Codec::Latin1;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    default: return "?";
  }
}

Errors errors_of(std::string_view e) {
  if (e == "strict") return Errors::Strict;
  if (e == "ignore") return Errors::Ignore;
  if (e == "replace") return Errors::Replace;
  if (e == "backslashreplace") return Errors::BackslashReplace;
  if (e == "xmlcharrefreplace") return Errors::XmlCharRefReplace;
  if (e == "surrogateescape") return Errors::SurrogateEscape;
  if (e == "surrogatepass") return Errors::SurrogatePass;
  return Errors::Unknown;
}

// Parses the (encoding, errors) arguments; false when raised.
bool parse_args(Thread& th, Value encoding, Value errors, const char* fn, Codec* codec,
                Errors* err, std::string* errname) {
  *codec = Codec::Utf8;
  *err = Errors::Strict;
  if (!encoding.is_empty() && !is_none(encoding)) {
    if (!is_str(encoding)) {
      raise(th, Exc_TypeError, "%s() argument 'encoding' must be str, not %s", fn,
            type_name(encoding));
      return false;
    }
    *codec = codec_of(str_view(encoding));
    if (*codec == Codec::Unknown) {
      raise(th, Exc_LookupError, "unknown encoding: %s", as<StrObject>(encoding)->data);
      return false;
    }
  }
  if (!errors.is_empty() && !is_none(errors)) {
    if (!is_str(errors)) {
      raise(th, Exc_TypeError, "%s() argument 'errors' must be str, not %s", fn, type_name(errors));
      return false;
    }
    *errname = std::string(str_view(errors));
    *err = errors_of(*errname);
  }
  return true;
}

Value raise_unknown_handler(Thread& th, const std::string& name) {
  return raise(th, Exc_LookupError, "unknown error handler name '%s'", name.c_str());
}

Value raise_unicode_error(Thread& th, Type* type, const char* encoding, Value object,
                          int64_t start, int64_t end, const char* reason) {
  Root keep(th, object);
  Value args[5];
  args[0] = V(str_from_cstr(th, encoding));
  Root k0(th, args[0]);
  args[1] = object;
  args[2] = Value::from_small(start);
  args[3] = Value::from_small(end);
  args[4] = V(str_from_cstr(th, reason));
  Root k4(th, args[4]);
  Value e = exception_from_args(th, type, args, 5);
  if (e.is_empty()) return Value();
  return raise_value(th, e);
}

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp < 0xE000; }

// UnicodeEncodeError's `end` for a run of characters the codec cannot encode: the first
// is code point `pos` (p is just past it); the run goes on while bad(c) holds.
template <class Bad>
int64_t bad_run_end(const char* p, const char* end, int64_t pos, Bad bad) {
  int64_t e = pos + 1;
  while (p < end) {
    const char* next = p;
    if (!bad(uni::decode(next))) break;
    p = next;
    e++;
  }
  return e;
}

// ---------------------------------------------------------------- encode

Value encode_utf8(Thread& th, StrObject* s, Errors err, const std::string& errname, bool sig) {
  std::string_view v = str_view(s);
  bool has_surrogates = false;
  if (!s->ascii) {
    for (size_t i = 0; i + 1 < v.size(); i++) {
      if (static_cast<unsigned char>(v[i]) == 0xED && static_cast<unsigned char>(v[i + 1]) >= 0xA0) {
        has_surrogates = true;
        break;
      }
    }
  }
  if (!has_surrogates && !sig) return V(bytes_new(th, v));
  std::string out;
  if (sig) out = "\xEF\xBB\xBF";
  if (!has_surrogates || err == Errors::SurrogatePass) {
    out += v;
    return V(bytes_new(th, out));
  }
  const char* p = v.data();
  const char* end = p + v.size();
  int64_t pos = 0;
  while (p < end) {
    const char* start = p;
    uint32_t cp = uni::decode(p);
    if (!is_surrogate(cp)) {
      out.append(start, static_cast<size_t>(p - start));
      pos++;
      continue;
    }
    switch (err) {
      case Errors::Strict: {
        int64_t e = bad_run_end(p, end, pos, is_surrogate);
        return raise_unicode_error(th, Exc_UnicodeEncodeError, "utf-8", V(s), pos, e,
                                   "surrogates not allowed");
      }
      case Errors::Ignore: break;
      case Errors::Replace: out += '?'; break;
      case Errors::BackslashReplace: uni::append_escape(out, cp); break;
      case Errors::XmlCharRefReplace: out += "&#" + std::to_string(cp) + ";"; break;
      case Errors::SurrogateEscape:
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
          out += static_cast<char>(cp - 0xDC00);
          break;
        }
        return raise_unicode_error(th, Exc_UnicodeEncodeError, "utf-8", V(s), pos, pos + 1,
                                   "surrogates not allowed");
      default: return raise_unknown_handler(th, errname);
    }
    pos++;
  }
  return V(bytes_new(th, out));
}

Value encode_narrow(Thread& th, StrObject* s, Codec codec, Errors err, const std::string& errname) {
  std::string_view v = str_view(s);
  if (s->ascii) return V(bytes_new(th, v));
  uint32_t limit = codec == Codec::Ascii ? 128 : 256;
  const char* reason = codec == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)";
  std::string out;
  out.reserve(v.size());
  const char* p = v.data();
  const char* end = p + v.size();
  int64_t pos = 0;
  while (p < end) {
    uint32_t cp = uni::decode(p);
    if (cp < limit) {
      out += static_cast<char>(cp);
      pos++;
      continue;
    }
    switch (err) {
      case Errors::Strict: {
        int64_t e = bad_run_end(p, end, pos, [limit](uint32_t c) { return c >= limit; });
        return raise_unicode_error(th, Exc_UnicodeEncodeError, codec_name(codec), V(s), pos, e,
                                   reason);
      }
      case Errors::Ignore: break;
      case Errors::Replace: out += '?'; break;
      case Errors::BackslashReplace: uni::append_escape(out, cp); break;
      case Errors::XmlCharRefReplace: out += "&#" + std::to_string(cp) + ";"; break;
      case Errors::SurrogateEscape:
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
          out += static_cast<char>(cp - 0xDC00);
          break;
        }
        return raise_unicode_error(th, Exc_UnicodeEncodeError, codec_name(codec), V(s), pos,
                                   pos + 1, reason);
      default: return raise_unknown_handler(th, errname);
    }
    pos++;
  }
  return V(bytes_new(th, out));
}

// ---------------------------------------------------------------- decode

Value decode_utf8(Thread& th, std::string_view data, Errors err, const std::string& errname,
                  bool sig) {
  if (sig && data.size() >= 3 && std::memcmp(data.data(), "\xEF\xBB\xBF", 3) == 0)
    data.remove_prefix(3);
  size_t ok = uni::valid_prefix(data.data(), data.size());
  if (ok == data.size()) return str_value(th, data);
  std::string out(data.substr(0, ok));
  auto* s = reinterpret_cast<const unsigned char*>(data.data());
  const unsigned char* end = s + data.size();
  size_t i = ok;
  while (i < data.size()) {
    uint32_t cp;
    int bad;
    const char* reason;
    int len = uni::check_sequence(s + i, end, &cp, &bad, &reason);
    if (len > 0) {
      out.append(data.data() + i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
      continue;
    }
    switch (err) {
      case Errors::Strict: {
        Value obj = V(bytes_new(th, data));
        return raise_unicode_error(th, Exc_UnicodeDecodeError, "utf-8", obj,
                                   static_cast<int64_t>(i), static_cast<int64_t>(i) + bad, reason);
      }
      case Errors::Ignore: break;
      case Errors::Replace: uni::append(out, 0xFFFD); break;
      case Errors::BackslashReplace:
        for (int k = 0; k < bad; k++) uni::append_escape(out, s[i + k]);
        break;
      case Errors::SurrogateEscape:
        for (int k = 0; k < bad; k++) uni::append(out, 0xDC00 + s[i + k]);
        break;
      case Errors::SurrogatePass: {
        // A generalized 3-byte surrogate passes through.
        if (i + 3 <= data.size() && s[i] == 0xED && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF &&
            uni::is_cont(s[i + 2])) {
          out.append(data.data() + i, 3);
          i += 3;
          continue;
        }
        Value obj = V(bytes_new(th, data));
        return raise_unicode_error(th, Exc_UnicodeDecodeError, "utf-8", obj,
                                   static_cast<int64_t>(i), static_cast<int64_t>(i) + bad, reason);
      }
      default: return raise_unknown_handler(th, errname);
    }
    i += static_cast<size_t>(bad);
  }
  return str_value(th, out);
}

Value decode_narrow(Thread& th, std::string_view data, Codec codec, Errors err,
                    const std::string& errname) {
  if (uni::all_ascii(data.data(), data.size()))
    return V(str_new_known(th, data, static_cast<int64_t>(data.size()), true));
  std::string out;
  out.reserve(data.size() + data.size() / 2);
  for (size_t i = 0; i < data.size(); i++) {
    unsigned char b = static_cast<unsigned char>(data[i]);
    if (b < 0x80 || codec == Codec::Latin1) {
      uni::append(out, b);
      continue;
    }
    switch (err) {
      case Errors::Strict: {
        Value obj = V(bytes_new(th, data));
        return raise_unicode_error(th, Exc_UnicodeDecodeError, "ascii", obj,
                                   static_cast<int64_t>(i), static_cast<int64_t>(i) + 1,
                                   "ordinal not in range(128)");
      }
      case Errors::Ignore: break;
      case Errors::Replace: uni::append(out, 0xFFFD); break;
      case Errors::BackslashReplace: uni::append_escape(out, b); break;
      case Errors::SurrogateEscape: uni::append(out, 0xDC00 + b); break;
      default: return raise_unknown_handler(th, errname);
    }
  }
  return str_value(th, out);
}

}  // namespace

Value str_encode(Thread& th, StrObject* s, Value encoding, Value errors) {
  Codec codec;
  Errors err;
  std::string errname = "strict";
  if (!parse_args(th, encoding, errors, "encode", &codec, &err, &errname)) return Value();
  if (codec == Codec::Utf8 || codec == Codec::Utf8Sig)
    return encode_utf8(th, s, err, errname, codec == Codec::Utf8Sig);
  return encode_narrow(th, s, codec, err, errname);
}

Value bytes_decode(Thread& th, std::string_view data, Value encoding, Value errors) {
  Codec codec;
  Errors err;
  std::string errname = "strict";
  if (!parse_args(th, encoding, errors, "decode", &codec, &err, &errname)) return Value();
  if (codec == Codec::Utf8 || codec == Codec::Utf8Sig)
    return decode_utf8(th, data, err, errname, codec == Codec::Utf8Sig);
  return decode_narrow(th, data, codec, err, errname);
}

}  // namespace taipan
