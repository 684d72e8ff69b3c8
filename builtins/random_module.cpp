// The `_random` module: the Mersenne Twister (MT19937) core under stdlib/random.py.
//
// A generator's state lives in a bytearray (624 state words + the next index, 2500
// bytes) owned by the Python-level random.Random instance; each function here takes
// that bytearray first and works under its per-object lock, so threads sharing one
// Random never tear its state (CPython gives the same guarantee via its GIL). The
// seeding (init_by_array over the 32-bit chunks of abs(n)), the 53-bit random() and
// getrandbits() follow the published MT19937 reference and CPython's documented
// conventions, so sequences match CPython's for the same seed.
#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <ctime>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/exceptions.h"
#include "builtins/int_gmp.h"
#include "builtins/numbers.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/lock.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"

namespace taipan {

namespace {

constexpr int N = 624;
constexpr int M = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpper = 0x80000000u;
constexpr uint32_t kLower = 0x7fffffffu;
constexpr size_t kStateBytes = (N + 1) * sizeof(uint32_t);

struct MT {
  uint32_t mt[N];
  uint32_t index;  // N: the next draw regenerates the block
};
static_assert(sizeof(MT) == kStateBytes);

// The state inside a generator bytearray; the caller holds its lock. null: raised.
MT* state_of(Thread& th, Value v) {
  if (!is_bytearray(v) || as<ByteArrayObject>(v)->size.load() != static_cast<int64_t>(kStateBytes)) {
    raise(th, Exc_TypeError, "invalid random generator state");
    return nullptr;
  }
  return reinterpret_cast<MT*>(as<ByteArrayObject>(v)->buf.load()->data);
}

void init_genrand(MT* s, uint32_t seed) {
  s->mt[0] = seed;
  for (int i = 1; i < N; ++i) {
    s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  s->index = N;
}

void init_by_array(MT* s, const uint32_t* key, size_t len) {
  init_genrand(s, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = (N > len ? N : len); k; --k) {
    s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525u)) + key[j] +
               static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= N) {
      s->mt[0] = s->mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = N - 1; k; --k) {
    s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941u)) -
               static_cast<uint32_t>(i);
    ++i;
    if (i >= N) {
      s->mt[0] = s->mt[N - 1];
      i = 1;
    }
  }
  s->mt[0] = 0x80000000u;
}

uint32_t genrand(MT* s) {
  if (s->index >= N) {
    auto twist = [](uint32_t a, uint32_t b, uint32_t c) {
      uint32_t y = (a & kUpper) | (b & kLower);
      return c ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0u);
    };
    int k = 0;
    for (; k < N - M; ++k) s->mt[k] = twist(s->mt[k], s->mt[k + 1], s->mt[k + M]);
    for (; k < N - 1; ++k) s->mt[k] = twist(s->mt[k], s->mt[k + 1], s->mt[k + M - N]);
    s->mt[N - 1] = twist(s->mt[N - 1], s->mt[0], s->mt[M - 1]);
    s->index = 0;
  }
  uint32_t y = s->mt[s->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double random53(MT* s) {
  uint32_t a = genrand(s) >> 5, b = genrand(s) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

Value new_impl(Thread& th, const Value*) {
  std::string zero(kStateBytes, '\0');
  ByteArrayObject* ba = bytearray_new(th, zero);
  reinterpret_cast<MT*>(ba->buf.load()->data)->index = N + 1;  // unseeded
  return V(ba);
}

// seed(state, n): n a non-negative int, or None for OS entropy.
Value seed_impl(Thread& th, const Value* a) {
  std::vector<uint32_t> key;
  if (is_none(a[1])) {
    key.resize(N);
    int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    ssize_t got = fd >= 0 ? ::read(fd, key.data(), key.size() * 4) : -1;
    if (fd >= 0) ::close(fd);
    if (got != static_cast<ssize_t>(key.size() * 4)) {
      timespec ts;
      clock_gettime(CLOCK_REALTIME, &ts);
      key.assign({static_cast<uint32_t>(ts.tv_sec), static_cast<uint32_t>(ts.tv_nsec),
                  static_cast<uint32_t>(getpid())});
    }
  } else {
    if (!is_int(a[1])) return raise(th, Exc_TypeError, "seed must be an int");
    MpzView z(a[1]);
    Mpz absz;
    mpz_abs(absz, z);
    size_t words = (mpz_sizeinbase(absz, 2) + 31) / 32;
    key.assign(words ? words : 1, 0);
    size_t count = 0;
    mpz_export(key.data(), &count, -1, 4, 0, 0, absz);
  }
  CriticalSection cs{a[0].obj()};
  MT* s = state_of(th, a[0]);
  if (!s) return Value();
  init_by_array(s, key.data(), key.size());
  s->index = N;
  return g_None;
}

Value random_impl(Thread& th, const Value* a) {
  CriticalSection cs{a[0].obj()};
  MT* s = state_of(th, a[0]);
  if (!s) return Value();
  return Value::from_double(random53(s));
}

Value getrandbits_impl(Thread& th, const Value* a) {
  int64_t k;
  if (!index_to_i64(th, a[1], &k)) return Value();
  if (k < 0) return raise(th, Exc_ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::from_small(0);
  if (k <= 32) {
    CriticalSection cs{a[0].obj()};
    MT* s = state_of(th, a[0]);
    if (!s) return Value();
    return Value::from_small(genrand(s) >> (32 - k));
  }
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  {
    CriticalSection cs{a[0].obj()};
    MT* s = state_of(th, a[0]);
    if (!s) return Value();
    int64_t left = k;
    for (size_t i = 0; i < words; ++i, left -= 32) {
      uint32_t r = genrand(s);
      if (left < 32) r >>= (32 - left);
      w[i] = r;
    }
  }
  if (words == 2) {
    return int_from_u64(th, static_cast<uint64_t>(w[1]) << 32 | w[0]);
  }
  Mpz z;
  mpz_import(z, words, -1, 4, 0, 0, w.data());
  return int_from_mpz(th, z);
}

// randbelow(state, n): CPython's _randbelow_with_getrandbits for n > 0 (a uniform int
// in [0, n) by rejection over n.bit_length() bits), without Python-level calls.
Value randbelow_impl(Thread& th, const Value* a) {
  int64_t n;
  bool overflow = false;
  if (!is_int(a[1]) || !int_to_i64(a[1], &n, &overflow) || overflow || n <= 0) {
    // Big bounds: word-wise draws and comparison on GMP ints.
    if (!is_int(a[1]) || int_sign(a[1]) <= 0) return raise(th, Exc_ValueError, "empty range");
    MpzView nz(a[1]);
    size_t k = mpz_sizeinbase(nz, 2);
    size_t words = (k - 1) / 32 + 1;
    std::vector<uint32_t> w(words);
    Mpz z;
    CriticalSection cs{a[0].obj()};
    MT* s = state_of(th, a[0]);
    if (!s) return Value();
    do {
      int64_t left = static_cast<int64_t>(k);
      for (size_t i = 0; i < words; ++i, left -= 32) {
        uint32_t r = genrand(s);
        if (left < 32) r >>= (32 - left);
        w[i] = r;
      }
      mpz_import(z, words, -1, 4, 0, 0, w.data());
    } while (mpz_cmp(z, nz) >= 0);
    return int_from_mpz(th, z);
  }
  int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));
  CriticalSection cs{a[0].obj()};
  MT* s = state_of(th, a[0]);
  if (!s) return Value();
  for (;;) {
    uint64_t r;
    if (k <= 32) {
      r = genrand(s) >> (32 - k);
    } else {
      uint64_t lo = genrand(s);
      uint64_t hi = genrand(s) >> (64 - k);
      r = hi << 32 | lo;
    }
    if (r < static_cast<uint64_t>(n)) return int_from_i64(th, static_cast<int64_t>(r));
  }
}

Value getstate_impl(Thread& th, const Value* a) {
  uint32_t copy[N + 1];
  {
    CriticalSection cs{a[0].obj()};
    MT* s = state_of(th, a[0]);
    if (!s) return Value();
    std::memcpy(copy, s, sizeof copy);
  }
  TupleObject* t = tuple_new(th, N + 1);
  for (int i = 0; i <= N; ++i) t->items[i] = Value::from_small(copy[i]);
  return V(t);
}

Value setstate_impl(Thread& th, const Value* a) {
  if (!is_tuple(a[1])) return raise(th, Exc_TypeError, "state vector must be a tuple");
  auto* t = as<TupleObject>(a[1]);
  if (t->size != N + 1) return raise(th, Exc_ValueError, "state vector is the wrong size");
  uint32_t copy[N + 1];
  for (int i = 0; i <= N; ++i) {
    Value v = t->items[i];
    if (!is_int(v)) return raise(th, Exc_TypeError, "state vector items must be integers");
    MpzView z(v);
    copy[i] = static_cast<uint32_t>(mpz_get_ui(z));
  }
  if (copy[N] > N) return raise(th, Exc_ValueError, "invalid state");
  CriticalSection cs{a[0].obj()};
  MT* s = state_of(th, a[0]);
  if (!s) return Value();
  std::memcpy(s, copy, sizeof copy);
  return g_None;
}

const NativeDef kRandomFunctions[] = {
    {"new()", new_impl},
    {"seed(state, n, /)", seed_impl},
    {"random(state, /)", random_impl},
    {"getrandbits(state, k, /)", getrandbits_impl},
    {"randbelow(state, n, /)", randbelow_impl},
    {"getstate(state, /)", getstate_impl},
    {"setstate(state, s, /)", setstate_impl},
    {},
};

}  // namespace

int init_random_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kRandomFunctions, V(str_intern("_random")));
  return 0;
}

}  // namespace taipan
