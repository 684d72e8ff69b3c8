// The `_hashlib` module under stdlib/hashlib.py and stdlib/hmac.py: message digests on
// OpenSSL's libcrypto EVP API (md5, sha1, sha2, sha3, shake), BLAKE2b/BLAKE2s written
// here (OpenSSL 3.0 offers neither variable digest sizes nor unkeyed parameters for
// them), pbkdf2_hmac and compare_digest, with CPython 3.11's names and messages.
//
// A hash object is mutable: update/digest/copy run under its object lock, so threads
// sharing one never tear its state (different objects hash in parallel). The lock is
// held across the C digest call on the whole input, which never blocks or runs Python;
// errors are raised only after it is released.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>

#include "builtins/bytes.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/lock.h"
#include "vm/native.h"
#include "vm/native_type.h"
#include "vm/objects.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

// ---------------------------------------------------------------- BLAKE2 (RFC 7693)

const uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// Word type, round count, rotations and IV of the two variants.
struct Blake2bParams {
  using W = uint64_t;
  static constexpr int kRounds = 12;
  static constexpr int kR[4] = {32, 24, 16, 63};
  static constexpr W kIV[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
                               0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                               0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
};
struct Blake2sParams {
  using W = uint32_t;
  static constexpr int kRounds = 10;
  static constexpr int kR[4] = {16, 12, 8, 7};
  static constexpr W kIV[8] = {0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                               0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u};
};

// Streaming state; the last block is kept back until final() (it gets the final flag).
template <class P>
struct Blake2 {
  using W = typename P::W;
  static constexpr size_t kWord = sizeof(W);
  static constexpr size_t kBlock = 16 * kWord;
  W h[8];
  W t[2] = {0, 0};
  unsigned char buf[kBlock];
  size_t buflen = 0;
  size_t outlen;

  static W load(const unsigned char* p) {
    W w = 0;
    for (size_t i = 0; i < kWord; ++i) w |= static_cast<W>(p[i]) << (8 * i);
    return w;
  }
  static W rotr(W x, int n) { return (x >> n) | (x << (8 * kWord - n)); }

  // salt and person are at most 2 words each (zero-padded by the caller's checks).
  void init(size_t out, std::string_view key, std::string_view salt, std::string_view person) {
    outlen = out;
    for (int i = 0; i < 8; ++i) h[i] = P::kIV[i];
    h[0] ^= 0x01010000u ^ (static_cast<W>(key.size()) << 8) ^ static_cast<W>(out);
    unsigned char pad[2 * kWord];
    std::memset(pad, 0, sizeof pad);
    if (!salt.empty()) std::memcpy(pad, salt.data(), salt.size());  // data() may be null
    h[4] ^= load(pad);
    h[5] ^= load(pad + kWord);
    std::memset(pad, 0, sizeof pad);
    if (!person.empty()) std::memcpy(pad, person.data(), person.size());
    h[6] ^= load(pad);
    h[7] ^= load(pad + kWord);
    if (!key.empty()) {
      unsigned char block[kBlock];
      std::memset(block, 0, kBlock);
      std::memcpy(block, key.data(), key.size());
      update(reinterpret_cast<const char*>(block), kBlock);
    }
  }

  void compress(const unsigned char* block, bool last) {
    W m[16], v[16];
    for (int i = 0; i < 16; ++i) m[i] = load(block + i * kWord);
    for (int i = 0; i < 8; ++i) {
      v[i] = h[i];
      v[i + 8] = P::kIV[i];
    }
    v[12] ^= t[0];
    v[13] ^= t[1];
    if (last) v[14] = ~v[14];
    auto g = [&](int a, int b, int c, int d, W x, W y) {
      v[a] = v[a] + v[b] + x;
      v[d] = rotr(v[d] ^ v[a], P::kR[0]);
      v[c] = v[c] + v[d];
      v[b] = rotr(v[b] ^ v[c], P::kR[1]);
      v[a] = v[a] + v[b] + y;
      v[d] = rotr(v[d] ^ v[a], P::kR[2]);
      v[c] = v[c] + v[d];
      v[b] = rotr(v[b] ^ v[c], P::kR[3]);
    };
    for (int r = 0; r < P::kRounds; ++r) {
      const uint8_t* s = kSigma[r % 10];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
  }

  void count(size_t n) {
    t[0] += static_cast<W>(n);
    if (t[0] < static_cast<W>(n)) ++t[1];
  }

  void update(const char* data, size_t n) {
    auto* p = reinterpret_cast<const unsigned char*>(data);
    while (n > 0) {
      if (buflen == kBlock) {  // more input follows, so the buffered block is not last
        count(kBlock);
        compress(buf, false);
        buflen = 0;
      }
      size_t take = kBlock - buflen < n ? kBlock - buflen : n;
      std::memcpy(buf + buflen, p, take);
      buflen += take;
      p += take;
      n -= take;
    }
  }

  // Digest of a copy: the state stays usable for more updates.
  std::string final() const {
    Blake2 c = *this;
    c.count(c.buflen);
    std::memset(c.buf + c.buflen, 0, kBlock - c.buflen);
    c.compress(c.buf, true);
    std::string out(outlen, '\0');
    for (size_t i = 0; i < outlen; ++i) out[i] = static_cast<char>(c.h[i / kWord] >> (8 * (i % kWord)));
    return out;
  }
};

// ---------------------------------------------------------------- hash objects

// Python names of the OpenSSL digests we expose. The first twelve are the guaranteed
// ones, in the order of the openssl_* constructors (named_impl<index>).
struct Algo {
  const char* py;
  const char* ossl;
};
const Algo kAlgos[] = {
    {"md5", "md5"},           {"sha1", "sha1"},           {"sha224", "sha224"},
    {"sha256", "sha256"},     {"sha384", "sha384"},       {"sha512", "sha512"},
    {"sha3_224", "sha3-224"}, {"sha3_256", "sha3-256"},   {"sha3_384", "sha3-384"},
    {"sha3_512", "sha3-512"}, {"shake_128", "shake128"},  {"shake_256", "shake256"},
    {"sha512_224", "sha512-224"}, {"sha512_256", "sha512-256"}, {"sm3", "sm3"},
    {"md5-sha1", "md5-sha1"},
};
constexpr size_t kNumAlgos = sizeof kAlgos / sizeof kAlgos[0];

// Fetched once at first import (under the import lock) and kept for the process: an
// explicitly fetched EVP_MD spares OpenSSL 3 a provider lookup on every DigestInit.
// Null where this libcrypto lacks the digest.
const EVP_MD* g_md[kNumAlgos];
StrObject* g_py_name[kNumAlgos];

void fetch_digests() {
  for (size_t i = 0; i < kNumAlgos; ++i) {
    g_md[i] = EVP_MD_fetch(nullptr, kAlgos[i].ossl, nullptr);
    g_py_name[i] = str_intern(kAlgos[i].py);
  }
  ERR_clear_error();
}

enum HashKind : uint8_t { K_EVP, K_BLAKE2B, K_BLAKE2S };

struct HashObject : Object {
  HashKind kind;
  bool xof;
  StrObject* name;  // interned
  EVP_MD_CTX* ctx;
  Blake2<Blake2bParams>* b2b;
  Blake2<Blake2sParams>* b2s;
};

Type g_hash_storage;
Type g_xof_storage;
Type* const HashType = &g_hash_storage;
Type* const HashXofType = &g_xof_storage;
Value g_unsupported;  // _hashlib.UnsupportedDigestmodError (a ValueError)

void hash_finalize(Object* o) {
  auto* h = static_cast<HashObject*>(o);
  if (h->ctx) EVP_MD_CTX_free(h->ctx);
  delete h->b2b;
  delete h->b2s;
}

HashObject* hash_alloc(Thread& th, bool xof) {
  auto* h = gc_new<HashObject>(th, xof ? HashXofType : HashType);
  h->xof = xof;
  return h;
}

// The Python name of an OpenSSL digest.
StrObject* py_name_of(const EVP_MD* md) {
  int nid = EVP_MD_get_type(md);
  for (size_t i = 0; i < kNumAlgos; ++i)
    if (g_md[i] && EVP_MD_get_type(g_md[i]) == nid) return g_py_name[i];
  std::string n = OBJ_nid2sn(nid) ? OBJ_nid2sn(nid) : "unknown";
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return str_intern(n);
}

// The digest for a Python name, or any name OpenSSL knows (case-insensitively); null if
// unsupported. *py_name gets its Python name.
const EVP_MD* digest_by_name(std::string_view name, StrObject** py_name) {
  for (size_t i = 0; i < kNumAlgos; ++i) {
    if (name == kAlgos[i].py) {
      *py_name = g_py_name[i];
      return g_md[i];
    }
  }
  const EVP_MD* md = EVP_get_digestbyname(std::string(name).c_str());
  if (md) *py_name = py_name_of(md);
  return md;
}

Value unsupported(Thread& th, std::string_view name) {
  return raise(th, as<Type>(g_unsupported), "unsupported hash type %.*s", static_cast<int>(name.size()),
               name.data());
}

// The `data` argument of constructors and update(): bytes-like, not str.
bool data_arg(Thread& th, Value v, ByteView* out) {
  if (is_str(v)) {
    raise(th, Exc_TypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (out->set(v)) return true;
  raise(th, Exc_TypeError, "object supporting the buffer API required");
  return false;
}

bool evp_update(HashObject* h, std::string_view d) {
  return EVP_DigestUpdate(h->ctx, d.data(), d.size()) == 1;
}

Value openssl_error(Thread& th, Type* type) {
  unsigned long e = ERR_get_error();
  ERR_clear_error();
  const char* lib = e ? ERR_lib_error_string(e) : nullptr;
  const char* reason = e ? ERR_reason_error_string(e) : nullptr;
  if (lib && reason) return raise(th, type, "[%s] %s", lib, reason);
  if (reason) return raise(th, type, "%s", reason);
  return raise(th, type, "no reason supplied");
}

// A new EVP hash object fed with `data` (EMPTY: none).
Value evp_new(Thread& th, const EVP_MD* md, StrObject* name, Value data) {
  ByteView bv;
  if (!data.is_empty() && !data_arg(th, data, &bv)) return Value();
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  HashObject* h = hash_alloc(th, xof);
  h->kind = K_EVP;
  h->name = name;
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx || EVP_DigestInit_ex(h->ctx, md, nullptr) != 1) return openssl_error(th, Exc_ValueError);
  if (bv.size() && !evp_update(h, bv.view())) return openssl_error(th, Exc_ValueError);
  return V(h);
}

Value new_impl(Thread& th, const Value* a) {
  if (!is_str(a[0])) return raise(th, Exc_TypeError, "name must be a string");
  StrObject* name = nullptr;
  const EVP_MD* md = digest_by_name(str_view(a[0]), &name);
  if (!md) return unsupported(th, str_view(a[0]));
  return evp_new(th, md, name, a[1]);
}

template <size_t I>
Value named_impl(Thread& th, const Value* a) {
  if (!g_md[I]) return unsupported(th, kAlgos[I].py);
  return evp_new(th, g_md[I], g_py_name[I], a[0]);
}

// blake2b/blake2s(data=b'', /, *, digest_size, key, salt, person, usedforsecurity).
template <class P>
Value blake2_impl(Thread& th, const Value* a, HashKind kind, const char* name) {
  using B = Blake2<P>;
  constexpr size_t kMax = 8 * sizeof(typename P::W);  // 64 or 32
  ByteView data, key, salt, person;
  if (!a[0].is_empty() && !data_arg(th, a[0], &data)) return Value();
  int64_t size;
  if (!index_to_i64(th, a[1], &size)) return Value();
  if (size < 1 || size > static_cast<int64_t>(kMax))
    return raise(th, Exc_ValueError, "digest_size must be between 1 and %zu bytes", kMax);
  for (int i = 2; i <= 4; ++i) {
    ByteView* dst = i == 2 ? &key : i == 3 ? &salt : &person;
    if (!a[i].is_empty() && !data_arg(th, a[i], dst)) return Value();
  }
  if (key.size() > static_cast<int64_t>(kMax))
    return raise(th, Exc_ValueError, "maximum key length is %zu bytes", kMax);
  if (salt.size() > static_cast<int64_t>(kMax / 4))
    return raise(th, Exc_ValueError, "maximum salt length is %zu bytes", kMax / 4);
  if (person.size() > static_cast<int64_t>(kMax / 4))
    return raise(th, Exc_ValueError, "maximum person length is %zu bytes", kMax / 4);
  auto* st = new B();
  st->init(static_cast<size_t>(size), key.view(), salt.view(), person.view());
  st->update(data.data(), static_cast<size_t>(data.size()));
  HashObject* h = hash_alloc(th, false);
  h->kind = kind;
  h->name = str_intern(name);
  if constexpr (std::is_same_v<P, Blake2bParams>) h->b2b = st;
  else h->b2s = st;
  return V(h);
}

Value blake2b_impl(Thread& th, const Value* a) { return blake2_impl<Blake2bParams>(th, a, K_BLAKE2B, "blake2b"); }
Value blake2s_impl(Thread& th, const Value* a) { return blake2_impl<Blake2sParams>(th, a, K_BLAKE2S, "blake2s"); }

HashObject* self_of(Value v) { return as<HashObject>(v); }

Value h_update(Thread& th, const Value* a) {
  ByteView bv;
  if (!data_arg(th, a[1], &bv)) return Value();
  HashObject* h = self_of(a[0]);
  bool ok = true;
  {
    CriticalSection cs{h};
    switch (h->kind) {
      case K_EVP: ok = evp_update(h, bv.view()); break;
      case K_BLAKE2B: h->b2b->update(bv.data(), static_cast<size_t>(bv.size())); break;
      case K_BLAKE2S: h->b2s->update(bv.data(), static_cast<size_t>(bv.size())); break;
    }
  }
  if (!ok) return openssl_error(th, Exc_ValueError);
  return g_None;
}

// The digest so far (of a copy of the state); xof_len < 0 for fixed-size digests.
bool compute_digest(Thread& th, HashObject* h, int64_t xof_len, std::string* out) {
  EVP_MD_CTX* tmp = nullptr;
  bool ok;
  {
    CriticalSection cs{h};
    if (h->kind == K_BLAKE2B) {
      *out = h->b2b->final();
      return true;
    }
    if (h->kind == K_BLAKE2S) {
      *out = h->b2s->final();
      return true;
    }
    tmp = EVP_MD_CTX_new();
    ok = tmp && EVP_MD_CTX_copy_ex(tmp, h->ctx) == 1;
  }
  if (ok) {
    if (xof_len >= 0) {
      out->assign(static_cast<size_t>(xof_len), '\0');
      ok = xof_len == 0 ||
           EVP_DigestFinalXOF(tmp, reinterpret_cast<unsigned char*>(out->data()), static_cast<size_t>(xof_len)) == 1;
    } else {
      unsigned char md[EVP_MAX_MD_SIZE];
      unsigned int n = 0;
      ok = EVP_DigestFinal_ex(tmp, md, &n) == 1;
      out->assign(reinterpret_cast<char*>(md), n);
    }
  }
  EVP_MD_CTX_free(tmp);
  if (!ok) openssl_error(th, Exc_ValueError);
  return ok;
}

std::string to_hex(std::string_view d) {
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  s.reserve(d.size() * 2);
  for (unsigned char c : d) {
    s += kHex[c >> 4];
    s += kHex[c & 15];
  }
  return s;
}

Value h_digest(Thread& th, const Value* a) {
  std::string d;
  if (!compute_digest(th, self_of(a[0]), -1, &d)) return Value();
  return V(bytes_new(th, d));
}

Value h_hexdigest(Thread& th, const Value* a) {
  std::string d;
  if (!compute_digest(th, self_of(a[0]), -1, &d)) return Value();
  return V(str_new(th, to_hex(d)));
}

bool xof_length(Thread& th, Value v, int64_t* n) {
  if (!index_to_i64(th, v, n)) return false;
  if (*n < 0) {
    raise(th, Exc_ValueError, "length must be non-negative");  // CPython: a SystemError
    return false;
  }
  return true;
}

Value x_digest(Thread& th, const Value* a) {
  int64_t n;
  std::string d;
  if (!xof_length(th, a[1], &n) || !compute_digest(th, self_of(a[0]), n, &d)) return Value();
  return V(bytes_new(th, d));
}

Value x_hexdigest(Thread& th, const Value* a) {
  int64_t n;
  std::string d;
  if (!xof_length(th, a[1], &n) || !compute_digest(th, self_of(a[0]), n, &d)) return Value();
  return V(str_new(th, to_hex(d)));
}

Value h_copy(Thread& th, const Value* a) {
  HashObject* h = self_of(a[0]);
  HashObject* c = hash_alloc(th, h->xof);
  c->kind = h->kind;
  c->name = h->name;
  bool ok = true;
  {
    CriticalSection cs{h};
    switch (h->kind) {
      case K_EVP:
        c->ctx = EVP_MD_CTX_new();
        ok = c->ctx && EVP_MD_CTX_copy_ex(c->ctx, h->ctx) == 1;
        break;
      case K_BLAKE2B: c->b2b = new Blake2<Blake2bParams>(*h->b2b); break;
      case K_BLAKE2S: c->b2s = new Blake2<Blake2sParams>(*h->b2s); break;
    }
  }
  if (!ok) return openssl_error(th, Exc_ValueError);
  return V(c);
}

Value h_get_name(Thread&, Value self) { return V(self_of(self)->name); }

Value h_get_digest_size(Thread&, Value self) {
  HashObject* h = self_of(self);
  switch (h->kind) {
    case K_BLAKE2B: return Value::from_small(static_cast<int64_t>(h->b2b->outlen));
    case K_BLAKE2S: return Value::from_small(static_cast<int64_t>(h->b2s->outlen));
    default: return Value::from_small(h->xof ? 0 : EVP_MD_CTX_get_size(h->ctx));
  }
}

Value h_get_block_size(Thread&, Value self) {
  HashObject* h = self_of(self);
  switch (h->kind) {
    case K_BLAKE2B: return Value::from_small(128);
    case K_BLAKE2S: return Value::from_small(64);
    default: return Value::from_small(EVP_MD_CTX_get_block_size(h->ctx));
  }
}

Value h_repr(Thread& th, Value self) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "<%s %s object @ %p>", str_view(self_of(self)->name).data(),
                self_of(self)->xof ? "_hashlib.HASHXOF" : "_hashlib.HASH", static_cast<void*>(self.obj()));
  return V(str_new(th, buf));
}

Value no_new(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return raise(th, Exc_TypeError, "cannot create '_hashlib.%s' instances", str_view(type->name).data());
}

const NativeDef kHashMethods[] = {
    {"update(self, obj, /)", h_update, 0, "Update this hash object's state with the provided string."},
    {"digest(self)", h_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest(self)", h_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy(self)", h_copy, 0, "Return a copy of the hash object."},
    {},
};

const NativeDef kXofMethods[] = {
    {"update(self, obj, /)", h_update, 0, "Update this hash object's state with the provided string."},
    {"digest(self, length)", x_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest(self, length)", x_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy(self)", h_copy, 0, "Return a copy of the hash object."},
    {},
};

const GetSetDef kHashGetSets[] = {
    {"name", h_get_name},
    {"digest_size", h_get_digest_size},
    {"block_size", h_get_block_size},
    {},
};

// ---------------------------------------------------------------- module functions

Value pbkdf2_impl(Thread& th, const Value* a) {
  if (!is_str(a[0])) return raise(th, Exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", type_name(a[0]));
  ByteView pw, salt;
  if (!pw.set(a[1]))
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
  if (!salt.set(a[2]))
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[2]));
  int64_t iters;
  if (!index_to_i64(th, a[3], &iters)) return Value();
  if (iters < 1) return raise(th, Exc_ValueError, "iteration value must be greater than 0.");
  if (iters > INT32_MAX) return raise(th, Exc_OverflowError, "iteration value is too great.");
  StrObject* name;
  const EVP_MD* md = digest_by_name(str_view(a[0]), &name);
  if (!md) return raise(th, as<Type>(g_unsupported), "[digital envelope routines] unsupported");
  int64_t dklen = EVP_MD_get_size(md);
  if (!is_none(a[4])) {
    if (!index_to_i64(th, a[4], &dklen)) return Value();
    if (dklen < 1) return raise(th, Exc_ValueError, "key length must be greater than 0.");
    if (dklen > INT32_MAX) return raise(th, Exc_OverflowError, "key length is too great.");
  }
  std::string out(static_cast<size_t>(dklen), '\0');
  if (PKCS5_PBKDF2_HMAC(pw.data(), static_cast<int>(pw.size()),
                        reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                        static_cast<int>(iters), md, static_cast<int>(dklen),
                        reinterpret_cast<unsigned char*>(out.data())) != 1)
    return openssl_error(th, Exc_ValueError);
  return V(bytes_new(th, out));
}

// n, r and p of scrypt: a positive int that fits an unsigned long; false when raised.
bool scrypt_param(Thread& th, Value v, const char* name, uint64_t* out) {
  int64_t x;
  if (is_none(v) || !int_to_i64(v, &x) || x < 0) {
    raise(th, Exc_TypeError, "%s is required and must be an unsigned int", name);
    return false;
  }
  *out = static_cast<uint64_t>(x);
  return true;
}

Value scrypt_impl(Thread& th, const Value* a) {
  ByteView pw, salt;
  if (!pw.set(a[0]))
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[0]));
  if (!is_none(a[1]) && !salt.set(a[1]))
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
  static const char* const kIntArgs[] = {"n", "r", "p"};
  for (int i = 0; i < 3; ++i)
    if (!is_none(a[2 + i]) && !is_int(a[2 + i]))
      return raise(th, Exc_TypeError, "scrypt() argument '%s' must be int, not %s", kIntArgs[i],
                   type_name(a[2 + i]));
  int64_t maxmem, dklen;
  if (!index_to_i64(th, a[5], &maxmem) || !index_to_i64(th, a[6], &dklen)) return Value();
  if (is_none(a[1])) return raise(th, Exc_TypeError, "salt is required");
  if (pw.size() > INT32_MAX) return raise(th, Exc_OverflowError, "password is too long.");
  if (salt.size() > INT32_MAX) return raise(th, Exc_OverflowError, "salt is too long.");
  uint64_t n, r, p;
  if (!scrypt_param(th, a[2], "n", &n)) return Value();
  if (n < 2 || (n & (n - 1)))
    return raise(th, Exc_ValueError, "n must be a power of 2.");
  if (!scrypt_param(th, a[3], "r", &r) || !scrypt_param(th, a[4], "p", &p)) return Value();
  if (maxmem < 0 || maxmem > INT32_MAX)
    return raise(th, Exc_ValueError, "maxmem must be positive and smaller than %d", INT32_MAX);
  if (dklen < 1 || dklen > INT32_MAX)
    return raise(th, Exc_ValueError, "dklen must be greater than 0 and smaller than %d",
                 INT32_MAX);
  // A call without output only checks the parameters against each other and maxmem
  // (OpenSSL's reason, when it gives one, is the message).
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, static_cast<uint64_t>(maxmem), nullptr,
                     0) != 1) {
    if (ERR_peek_error()) return openssl_error(th, Exc_ValueError);
    return raise(th, Exc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
  }
  std::string out(static_cast<size_t>(dklen), '\0');
  int ok;
  {
    // The work is sized by n * r * p on purpose: let the collector run meanwhile.
    std::string password(pw.data(), pw.size()), salt_bytes(salt.data(), salt.size());
    DetachScope detach(th);
    ok = EVP_PBE_scrypt(password.data(), password.size(),
                        reinterpret_cast<const unsigned char*>(salt_bytes.data()),
                        salt_bytes.size(), n, r, p, static_cast<uint64_t>(maxmem),
                        reinterpret_cast<unsigned char*>(out.data()), out.size());
  }
  if (ok != 1) return openssl_error(th, Exc_ValueError);
  return V(bytes_new(th, out));
}

// Constant-time comparison: the time depends on the lengths only.
Value compare_digest_impl(Thread& th, const Value* a) {
  std::string_view x, y;
  ByteView bx, by;
  if (is_str(a[0]) && is_str(a[1])) {
    if (!as<StrObject>(a[0])->ascii || !as<StrObject>(a[1])->ascii)
      return raise(th, Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
    x = str_view(a[0]);
    y = str_view(a[1]);
  } else {
    bool ok_x = !is_str(a[0]) && bx.set(a[0]);
    bool ok_y = !is_str(a[1]) && by.set(a[1]);
    if (!ok_x && !ok_y)
      return raise(th, Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                   type_name(a[0]), type_name(a[1]));
    if (!ok_x) return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[0]));
    if (!ok_y) return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
    x = bx.view();
    y = by.view();
  }
  // Compare against y's length whatever x is, so an attacker learns only len(y).
  std::string_view left = x.size() == y.size() ? x : y;
  unsigned char diff = x.size() == y.size() ? 0 : 1;
  for (size_t i = 0; i < y.size(); ++i) diff |= static_cast<unsigned char>(left[i] ^ y[i]);
  return bool_value(diff == 0);
}

const NativeDef kFunctions[] = {
    {"new(name, string=?, *, usedforsecurity=True)", new_impl, 0,
     "Return a new hash object using the named algorithm."},
    {"openssl_md5(string=?, *, usedforsecurity=True)", named_impl<0>, 0, "Returns a md5 hash object."},
    {"openssl_sha1(string=?, *, usedforsecurity=True)", named_impl<1>, 0, "Returns a sha1 hash object."},
    {"openssl_sha224(string=?, *, usedforsecurity=True)", named_impl<2>, 0, "Returns a sha224 hash object."},
    {"openssl_sha256(string=?, *, usedforsecurity=True)", named_impl<3>, 0, "Returns a sha256 hash object."},
    {"openssl_sha384(string=?, *, usedforsecurity=True)", named_impl<4>, 0, "Returns a sha384 hash object."},
    {"openssl_sha512(string=?, *, usedforsecurity=True)", named_impl<5>, 0, "Returns a sha512 hash object."},
    {"openssl_sha3_224(string=?, *, usedforsecurity=True)", named_impl<6>, 0, "Returns a sha3-224 hash object."},
    {"openssl_sha3_256(string=?, *, usedforsecurity=True)", named_impl<7>, 0, "Returns a sha3-256 hash object."},
    {"openssl_sha3_384(string=?, *, usedforsecurity=True)", named_impl<8>, 0, "Returns a sha3-384 hash object."},
    {"openssl_sha3_512(string=?, *, usedforsecurity=True)", named_impl<9>, 0, "Returns a sha3-512 hash object."},
    {"openssl_shake_128(string=?, *, usedforsecurity=True)", named_impl<10>, 0, "Returns a shake-128 variable hash object."},
    {"openssl_shake_256(string=?, *, usedforsecurity=True)", named_impl<11>, 0, "Returns a shake-256 variable hash object."},
    {"blake2b(data=?, /, *, digest_size=64, key=?, salt=?, person=?, usedforsecurity=True)", blake2b_impl, 0,
     "Return a new BLAKE2b hash object."},
    {"blake2s(data=?, /, *, digest_size=32, key=?, salt=?, person=?, usedforsecurity=True)", blake2s_impl, 0,
     "Return a new BLAKE2s hash object."},
    {"pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)", pbkdf2_impl, 0,
     "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)", scrypt_impl,
     0, "scrypt password-based key derivation function."},
    {"compare_digest(a, b, /)", compare_digest_impl, 0, "Return 'a == b'."},
    {},
};

}  // namespace

int init_hashlib_module(Thread& th, ModuleObject* m) {
  if (!HashType->mro) {
    fetch_digests();
    for (Type* t : {HashType, HashXofType}) {
      t->new_ = no_new;
      t->finalize = hash_finalize;
      t->repr = h_repr;
      t->getsets = kHashGetSets;
    }
    HashType->methods = kHashMethods;
    HashXofType->methods = kXofMethods;
    native_type_init(th, HashType, "_hashlib", "HASH", sizeof(HashObject));
    native_type_init(th, HashXofType, "_hashlib", "HASHXOF", sizeof(HashObject));
  }
  if (ensure_exception_class(th, &g_unsupported, "_hashlib", "UnsupportedDigestmodError",
                             Exc_ValueError) < 0)
    return -1;
  DictObject* d = m->dict;
  add_native_functions(th, d, kFunctions, V(str_intern("_hashlib")));
  dict_set_str(th, d, str_intern("HASH"), V(HashType));
  dict_set_str(th, d, str_intern("HASHXOF"), V(HashXofType));
  dict_set_str(th, d, str_intern("UnsupportedDigestmodError"), g_unsupported);
  // The digests this libcrypto can run (some need providers that are not loaded).
  SetObject* names = set_new(th, FrozenSetType);
  Root keep(th, reinterpret_cast<Object*>(names));
  for (size_t i = 0; i < kNumAlgos; ++i)
    if (g_md[i] && set_add(th, names, V(g_py_name[i])) < 0) return -1;
  ERR_clear_error();
  dict_set_str(th, d, str_intern("openssl_md_meth_names"), V(names));
  return 0;
}

}  // namespace taipan
