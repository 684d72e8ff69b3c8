// The `binascii` module: conversions between binary data and ASCII encodings (hex,
// base64, uuencode, quoted-printable) and the crc32/crc_hqx checksums, with CPython
// 3.11's results and error messages. Under stdlib/base64.py.
//
// Every function works on a snapshot of its input (ByteView) and builds its result in
// C++ memory, so no lock is held while it runs and no Python code runs in between.
#include <zlib.h>

#include <array>
#include <string>

#include "builtins/bytes.h"
#include "builtins/int_gmp.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/native_type.h"
#include "vm/objects.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

Value g_error;       // binascii.Error (a ValueError)
Value g_incomplete;  // binascii.Incomplete

Type* error_type() { return as<Type>(g_error); }

// Binary input: any bytes-like object.
bool binary_arg(Thread& th, Value v, ByteView* out) {
  if (out->set(v)) return true;
  raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

// ASCII input of the a2b_* functions: bytes-like, or a str of ASCII characters only (read
// in place: str is immutable and the caller's argument keeps it alive).
class AsciiInput {
 public:
  bool set(Thread& th, Value v) {
    if (is_str(v)) {
      if (!as<StrObject>(v)->ascii) {
        raise(th, Exc_ValueError, "string argument should contain only ASCII characters");
        return false;
      }
      view_ = str_view(v);
      return true;
    }
    if (bv_.set(v)) {
      view_ = bv_.view();
      return true;
    }
    raise(th, Exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
          type_name(v));
    return false;
  }
  std::string_view view() const { return view_; }

 private:
  ByteView bv_;
  std::string_view view_;
};

Value bytes_result(Thread& th, std::string_view s) { return V(bytes_new(th, s)); }

// The low 32 bits of an int-like (C's `unsigned int` conversion, no range check).
bool low_u32(Thread& th, Value v, uint32_t* out) {
  Value n = index_value(th, v);
  if (n.is_empty()) return false;
  int64_t s;
  if (int_to_i64(n, &s)) {
    *out = static_cast<uint32_t>(s);
    return true;
  }
  MpzView z(n);
  Mpz r;
  mpz_fdiv_r_2exp(r, z, 32);
  *out = static_cast<uint32_t>(mpz_get_ui(r));
  return true;
}

// ---- hex

const char kHex[] = "0123456789abcdef";

Value hexlify_impl(Thread& th, const Value* a) {
  ByteView data;
  if (!binary_arg(th, a[0], &data)) return Value();
  std::string sep;
  if (!a[1].is_empty()) {
    if (is_str(a[1])) {
      if (as<StrObject>(a[1])->length != 1) return raise(th, Exc_ValueError, "sep must be length 1.");
      if (!as<StrObject>(a[1])->ascii) return raise(th, Exc_ValueError, "sep must be ASCII.");
      sep = std::string(str_view(a[1]));
    } else {
      ByteView sv;
      if (!sv.set(a[1])) {
        int64_t n = length(th, a[1]);  // CPython reports the len() failure
        if (n < 0) return Value();
        return raise(th, Exc_ValueError, "sep must be length 1.");
      }
      if (sv.size() != 1) return raise(th, Exc_ValueError, "sep must be length 1.");
      sep = std::string(sv.view());
    }
  }
  Value per_v = index_value(th, a[2]);
  if (per_v.is_empty()) return Value();
  int64_t per;
  if (!int_to_i64(per_v, &per) || per < INT32_MIN || per > INT32_MAX)
    return raise(th, Exc_OverflowError, "Python int too large to convert to C int");
  int64_t n = data.size();
  int64_t group = per < 0 ? -per : per;
  std::string out;
  out.reserve(static_cast<size_t>(n * 3));
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0 && !sep.empty() && group > 0) {
      // Positive: groups counted from the right; negative: from the left.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(data.data()[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return bytes_result(th, out);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value unhexlify_impl(Thread& th, const Value* a) {
  AsciiInput data;
  if (!data.set(th, a[0])) return Value();
  std::string_view s = data.view();
  if (s.size() % 2) return raise(th, error_type(), "Odd-length string");
  std::string out(s.size() / 2, '\0');
  for (size_t i = 0; i < s.size(); i += 2) {
    int hi = hex_digit(s[i]), lo = hex_digit(s[i + 1]);
    if (hi < 0 || lo < 0) return raise(th, error_type(), "Non-hexadecimal digit found");
    out[i / 2] = static_cast<char>(hi << 4 | lo);
  }
  return bytes_result(th, out);
}

// ---- base64

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Value b2a_base64_impl(Thread& th, const Value* a) {
  ByteView data;
  if (!binary_arg(th, a[0], &data)) return Value();
  int nl = truthy(th, a[1]);
  if (nl < 0) return Value();
  auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = static_cast<size_t>(data.size());
  std::string out;
  out.reserve((n + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = p[i] << 16 | p[i + 1] << 8 | p[i + 2];
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = p[i] << 16;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += "==";
  } else if (n - i == 2) {
    uint32_t v = p[i] << 16 | p[i + 1] << 8;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += '=';
  }
  if (nl) out += '\n';
  return bytes_result(th, out);
}

Value a2b_base64_impl(Thread& th, const Value* a) {
  AsciiInput data;
  if (!data.set(th, a[0])) return Value();
  int strict = truthy(th, a[1]);
  if (strict < 0) return Value();
  std::string_view s = data.view();
  Type* err = error_type();
  if (strict && !s.empty() && s[0] == '=') return raise(th, err, "Leading padding not allowed");
  std::string out;
  out.reserve(s.size() / 4 * 3 + 3);
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool padding_started = false;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '=') {
      padding_started = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        // A complete pad sequence ends the data.
        if (strict && i + 1 < s.size()) return raise(th, err, "Excess data after padding");
        return bytes_result(th, out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) return raise(th, err, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return raise(th, err, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        left = static_cast<unsigned>(v);
        quad = 1;
        break;
      case 1:
        out += static_cast<char>(left << 2 | v >> 4);
        left = v & 0x0f;
        quad = 2;
        break;
      case 2:
        out += static_cast<char>(left << 4 | v >> 2);
        left = v & 0x03;
        quad = 3;
        break;
      default:
        out += static_cast<char>(left << 6 | v);
        quad = 0;
    }
  }
  if (quad == 1)
    return raise(th, err,
                 "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 "
                 "more than a multiple of 4",
                 out.size() / 3 * 4 + 1);
  if (quad != 0) return raise(th, err, "Incorrect padding");
  return bytes_result(th, out);
}

// ---- uuencode

Value b2a_uu_impl(Thread& th, const Value* a) {
  ByteView data;
  if (!binary_arg(th, a[0], &data)) return Value();
  int backtick = truthy(th, a[1]);
  if (backtick < 0) return Value();
  int64_t n = data.size();
  if (n > 45) return raise(th, error_type(), "At most 45 bytes at once");
  auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::string out;
  out += (backtick && n == 0) ? '`' : static_cast<char>(' ' + n);
  uint32_t left = 0;
  int bits = 0;
  for (int64_t i = 0; i < n || bits != 0; ++i) {
    left = (left << 8) | (i < n ? p[i] : 0);
    bits += 8;
    while (bits >= 6) {
      unsigned ch = (left >> (bits - 6)) & 0x3f;
      bits -= 6;
      out += (backtick && ch == 0) ? '`' : static_cast<char>(' ' + ch);
    }
    left &= (1u << bits) - 1;
  }
  out += '\n';
  return bytes_result(th, out);
}

Value a2b_uu_impl(Thread& th, const Value* a) {
  AsciiInput data;
  if (!data.set(th, a[0])) return Value();
  std::string_view s = data.view();
  Type* err = error_type();
  // The length byte; an empty line reads as NUL, as CPython's C string does.
  int64_t bin_len = ((s.empty() ? 0 : static_cast<unsigned char>(s[0])) - ' ') & 077;
  size_t pos = 1;
  std::string out;
  out.reserve(static_cast<size_t>(bin_len));
  uint32_t left = 0;
  int bits = 0;
  while (bin_len > 0) {
    unsigned ch = pos < s.size() ? static_cast<unsigned char>(s[pos]) : 0;
    ++pos;
    if (ch == '\n' || ch == '\r' || pos > s.size()) {
      ch = 0;  // short line: assume trailing spaces were eaten
    } else {
      if (ch < ' ' || ch > ' ' + 64) return raise(th, err, "Illegal char");
      ch = (ch - ' ') & 077;
    }
    left = (left << 6) | ch;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((left >> bits) & 0xff);
      left &= (1u << bits) - 1;
      --bin_len;
    }
  }
  for (; pos < s.size(); ++pos) {
    char ch = s[pos];
    if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r')
      return raise(th, err, "Trailing garbage");
  }
  return bytes_result(th, out);
}

// ---- quoted-printable (RFC 1521/2045; header=True is RFC 1522's '_' for space)

constexpr int kQpMaxLine = 76;
const char kHexUpper[] = "0123456789ABCDEF";

Value a2b_qp_impl(Thread& th, const Value* a) {
  AsciiInput data;
  if (!data.set(th, a[0])) return Value();
  int header = truthy(th, a[1]);
  if (header < 0) return Value();
  std::string_view s = data.view();
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i++];
    if (c == '_' && header) {
      out += ' ';
    } else if (c != '=') {
      out += c;
    } else if (i >= s.size()) {
      break;  // a lone '=' at the very end is dropped
    } else if (s[i] == '\n' || s[i] == '\r') {
      // Soft line break: skip to just past the end of the line.
      while (i < s.size() && s[i] != '\n') ++i;
      if (i < s.size()) ++i;
    } else if (s[i] == '=') {
      out += '=';  // "==" as written by some broken encoders
      ++i;
    } else if (i + 1 < s.size() && hex_digit(s[i]) >= 0 && hex_digit(s[i + 1]) >= 0) {
      out += static_cast<char>(hex_digit(s[i]) << 4 | hex_digit(s[i + 1]));
      i += 2;
    } else {
      out += '=';
    }
  }
  return bytes_result(th, out);
}

Value b2a_qp_impl(Thread& th, const Value* a) {
  ByteView data;
  if (!binary_arg(th, a[0], &data)) return Value();
  int flags[3];
  for (int k = 0; k < 3; ++k)
    if ((flags[k] = truthy(th, a[k + 1])) < 0) return Value();
  bool quotetabs = flags[0], istext = flags[1], header = flags[2];
  std::string_view s = data.view();
  size_t n = s.size();
  // Line ends are written as the input's first one is: CRLF or LF.
  size_t first_nl = s.find('\n');
  bool crlf = first_nl != std::string_view::npos && first_nl > 0 && s[first_nl - 1] == '\r';
  std::string out;
  out.reserve(n + n / 8);
  int linelen = 0;
  auto newline = [&] {
    if (crlf) out += '\r';
    out += '\n';
  };
  auto soft_break = [&] {
    out += '=';
    newline();
    linelen = 0;
  };
  auto at_line_end = [&](size_t j) { return j >= n || s[j] == '\n' || s[j] == '\r' || s[j] == 0; };
  size_t i = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    bool encode = c > 126 || c == '=' || (header && c == '_') ||
                  (c == '.' && linelen == 0 && at_line_end(i + 1)) ||
                  (!istext && (c == '\r' || c == '\n')) ||
                  ((c == '\t' || c == ' ') && i + 1 == n) ||
                  (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (encode) {
      if (linelen + 3 >= kQpMaxLine) soft_break();
      out += '=';
      out += kHexUpper[c >> 4];
      out += kHexUpper[c & 15];
      linelen += 3;
      ++i;
    } else if (istext && (c == '\n' || (c == '\r' && i + 1 < n && s[i + 1] == '\n'))) {
      // A hard line break; whitespace just before it must be encoded to survive.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        auto ws = static_cast<unsigned char>(out.back());
        out.back() = '=';
        out += kHexUpper[ws >> 4];
        out += kHexUpper[ws & 15];
      }
      newline();
      linelen = 0;
      i += c == '\r' ? 2 : 1;
    } else {
      if (i + 1 != n && s[i + 1] != '\n' && linelen + 1 >= kQpMaxLine) soft_break();
      ++linelen;
      out += (header && c == ' ') ? '_' : static_cast<char>(c);
      ++i;
    }
  }
  return bytes_result(th, out);
}

// ---- checksums

Value crc32_impl(Thread& th, const Value* a) {
  ByteView data;
  if (!binary_arg(th, a[0], &data)) return Value();
  uint32_t crc;
  if (!low_u32(th, a[1], &crc)) return Value();
  crc = static_cast<uint32_t>(
      ::crc32_z(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<z_size_t>(data.size())));
  return Value::from_small(crc);
}

Value crc_hqx_impl(Thread& th, const Value* a) {
  ByteView data;
  if (!binary_arg(th, a[0], &data)) return Value();
  uint32_t crc32v;
  if (!low_u32(th, a[1], &crc32v)) return Value();
  // CRC-CCITT (polynomial 0x1021, no reflection), as used by BinHex.
  static const auto table = [] {
    std::array<uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
      unsigned c = i << 8;
      for (int k = 0; k < 8; ++k) c = (c & 0x8000) ? (c << 1) ^ 0x1021 : c << 1;
      t[i] = static_cast<uint16_t>(c);
    }
    return t;
  }();
  uint16_t crc = static_cast<uint16_t>(crc32v);
  for (unsigned char c : data.view())
    crc = static_cast<uint16_t>((crc << 8) ^ table[((crc >> 8) ^ c) & 0xff]);
  return Value::from_small(crc);
}

const NativeDef kFunctions[] = {
    {"hexlify(data, sep=?, bytes_per_sep=1)", hexlify_impl, 0,
     "Hexadecimal representation of binary data."},
    {"b2a_hex(data, sep=?, bytes_per_sep=1)", hexlify_impl, 0,
     "Hexadecimal representation of binary data."},
    {"unhexlify(hexstr, /)", unhexlify_impl, 0, "Binary data of hexadecimal representation."},
    {"a2b_hex(hexstr, /)", unhexlify_impl, 0, "Binary data of hexadecimal representation."},
    {"b2a_base64(data, /, *, newline=True)", b2a_base64_impl, 0,
     "Base64-code line of data."},
    {"a2b_base64(data, /, *, strict_mode=False)", a2b_base64_impl, 0,
     "Decode a line of base64 data."},
    {"b2a_uu(data, /, *, backtick=False)", b2a_uu_impl, 0, "Uuencode line of data."},
    {"a2b_uu(data, /)", a2b_uu_impl, 0, "Decode a line of uuencoded data."},
    {"a2b_qp(data, header=False)", a2b_qp_impl, 0, "Decode a string of qp-encoded data."},
    {"b2a_qp(data, quotetabs=False, istext=True, header=False)", b2a_qp_impl, 0,
     "Encode a string using quoted-printable encoding."},
    {"crc32(data, crc=0, /)", crc32_impl, 0, "Compute CRC-32 incrementally."},
    {"crc_hqx(data, crc, /)", crc_hqx_impl, 0, "Compute CRC-CCITT incrementally."},
    {},
};

}  // namespace

int init_binascii_module(Thread& th, ModuleObject* m) {
  if (ensure_exception_class(th, &g_error, "binascii", "Error", Exc_ValueError) < 0 ||
      ensure_exception_class(th, &g_incomplete, "binascii", "Incomplete", Exc_Exception) < 0)
    return -1;
  add_native_functions(th, m->dict, kFunctions, V(str_intern("binascii")));
  dict_set_str(th, m->dict, str_intern("Error"), g_error);
  dict_set_str(th, m->dict, str_intern("Incomplete"), g_incomplete);
  dict_set_str(th, m->dict, sym::__doc__,
               V(str_intern("Conversion between binary data and ASCII")));
  return 0;
}

}  // namespace taipan
