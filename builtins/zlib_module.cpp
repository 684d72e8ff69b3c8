// The `zlib` module over the system zlib: one-shot compress/decompress, streaming
// Compress/Decompress objects, crc32/adler32 and the constants, with CPython 3.11's
// parameters, results and error messages ("Error -3 while decompressing data: ...").
//
// Threads: a Compress/Decompress object keeps its z_stream and its unused_data /
// unconsumed_tail on the C++ heap (ZState), guarded by a std::mutex rather than the
// object lock, because work on big inputs runs detached (DetachScope) so that other
// threads keep running and collecting meanwhile; an object lock must never be held
// while detached. A thread that finds the mutex taken waits for it detached. Detached
// work touches only C++ memory: the input is first copied out of its object.
#include <zlib.h>

#include <climits>
#include <cstring>
#include <mutex>
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

constexpr int kDefBufSize = 16384;
// Inputs at least this big are compressed/decompressed detached, on a private copy.
constexpr size_t kDetachMin = 64 * 1024;

Type g_compress_storage;
Type g_decompress_storage;
Type* const CompressType = &g_compress_storage;
Type* const DecompressType = &g_decompress_storage;
Value g_error;  // zlib.error

Type* error_type() { return as<Type>(g_error); }

// CPython's zlib_error: "Error N while ...: message".
Value zlib_error(Thread& th, const z_stream& zs, int err, const char* what) {
  const char* msg = err == Z_VERSION_ERROR ? "library version mismatch" : zs.msg;
  if (!msg) {
    if (err == Z_BUF_ERROR) msg = "incomplete or truncated stream";
    else if (err == Z_STREAM_ERROR) msg = "inconsistent stream state";
    else if (err == Z_DATA_ERROR) msg = "invalid input data";
  }
  if (!msg) return raise(th, error_type(), "Error %d %s", err, what);
  return raise(th, error_type(), "Error %d %s: %.200s", err, what, msg);
}

bool int_param(Thread& th, Value v, int* out) {
  int64_t x;
  if (!index_to_i64(th, v, &x)) return false;
  if (x > INT_MAX) {
    raise(th, Exc_OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (x < INT_MIN) {
    raise(th, Exc_OverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

bool ssize_param(Thread& th, Value v, int64_t* out) {
  Value n = index_value(th, v);
  if (n.is_empty()) return false;
  if (!int_to_i64(n, out)) {
    raise(th, Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// Input bytes, copied when the work on them will run detached.
class Input {
 public:
  bool set(Thread& th, Value v) {
    if (!bv_.set(v)) {
      raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
      return false;
    }
    view_ = bv_.view();
    if (view_.size() >= kDetachMin && is_bytes(v)) {
      copy_.assign(view_);
      view_ = copy_;
    }
    return true;
  }
  bool big() const { return view_.size() >= kDetachMin; }
  std::string_view view() const { return view_; }

 private:
  ByteView bv_;
  std::string copy_;
  std::string_view view_;
};

// Runs f() detached when `big`. f must touch no GC object.
template <class F>
void maybe_detached(Thread& th, bool big, F f) {
  if (big) {
    DetachScope d(th);
    f();
  } else {
    f();
  }
}

// zlib takes uInt lengths: feed input in slices of at most this much.
constexpr size_t kMaxChunk = UINT_MAX;

// Points zs at the next slice of [*pos, in.size()); returns the bytes still left after it.
size_t arrange_input(z_stream& zs, std::string_view in, size_t* pos) {
  size_t left = in.size() - *pos;
  size_t n = left < kMaxChunk ? left : kMaxChunk;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + *pos));
  zs.avail_in = static_cast<uInt>(n);
  *pos += n;
  return left - n;
}

// Gives zs room to write into `out`, whose first out.size() - zs.avail_out bytes are
// output so far: grows it (by `want`, then doubling) when full. false: `limit` reached.
bool arrange_output(z_stream& zs, std::string& out, size_t want, size_t limit) {
  constexpr size_t kMaxFirst = 16 << 20;  // a huge bufsize hint must not allocate it all
  if (want > kMaxFirst) want = kMaxFirst;
  size_t used = out.size() - zs.avail_out;
  if (zs.avail_out == 0) {
    if (used >= limit) return false;
    size_t target = used + (used > want ? used : want);
    if (target > limit) target = limit;
    if (target - used > kMaxChunk) target = used + kMaxChunk;
    out.resize(target);
  }
  zs.next_out = reinterpret_cast<Bytef*>(out.data() + used);
  zs.avail_out = static_cast<uInt>(out.size() - used);
  return true;
}

// ---- one-shot functions

Value compress_impl(Thread& th, const Value* a) {
  Input in;
  if (!in.set(th, a[0])) return Value();
  int level, wbits;
  if (!int_param(th, a[1], &level) || !int_param(th, a[2], &wbits)) return Value();
  z_stream zs{};
  int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return raise(th, Exc_MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) return raise(th, error_type(), "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zs);
    return zlib_error(th, zs, err, "while compressing data");
  }
  std::string out;
  maybe_detached(th, in.big(), [&] {
    std::string_view src = in.view();
    size_t pos = 0, rest;
    do {
      rest = arrange_input(zs, src, &pos);
      int flush = rest == 0 ? Z_FINISH : Z_NO_FLUSH;
      do {
        arrange_output(zs, out, kDefBufSize, SIZE_MAX);
        err = deflate(&zs, flush);
      } while (zs.avail_out == 0 && err != Z_STREAM_ERROR);
    } while (rest != 0 && err != Z_STREAM_ERROR);
    out.resize(out.size() - zs.avail_out);
  });
  if (err == Z_STREAM_ERROR) {
    deflateEnd(&zs);
    return zlib_error(th, zs, err, "while compressing data");
  }
  err = deflateEnd(&zs);
  if (err != Z_OK) return zlib_error(th, zs, err, "while finishing compression");
  return V(bytes_new(th, out));
}

Value decompress_impl(Thread& th, const Value* a) {
  Input in;
  if (!in.set(th, a[0])) return Value();
  int wbits;
  int64_t bufsize;
  if (!int_param(th, a[1], &wbits) || !ssize_param(th, a[2], &bufsize)) return Value();
  if (bufsize < 0) return raise(th, Exc_ValueError, "bufsize must be non-negative");
  if (bufsize == 0) bufsize = 1;
  z_stream zs{};
  int err = inflateInit2(&zs, wbits);
  if (err == Z_MEM_ERROR) return raise(th, Exc_MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zs);
    return zlib_error(th, zs, err, "while preparing to decompress data");
  }
  std::string out;
  bool failed = false;
  maybe_detached(th, in.big(), [&] {
    std::string_view src = in.view();
    size_t pos = 0, rest;
    do {
      rest = arrange_input(zs, src, &pos);
      int flush = rest == 0 ? Z_FINISH : Z_NO_FLUSH;
      do {
        arrange_output(zs, out, static_cast<size_t>(bufsize), SIZE_MAX);
        err = inflate(&zs, flush);
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
          failed = true;
          return;
        }
      } while (zs.avail_out == 0);
    } while (err != Z_STREAM_END && rest != 0);
    out.resize(out.size() - zs.avail_out);
  });
  if (failed || err != Z_STREAM_END) {
    inflateEnd(&zs);
    if (err == Z_MEM_ERROR) return raise(th, Exc_MemoryError, "Out of memory while decompressing data");
    return zlib_error(th, zs, err, "while decompressing data");
  }
  err = inflateEnd(&zs);
  if (err != Z_OK) return zlib_error(th, zs, err, "while finishing decompression");
  return V(bytes_new(th, out));
}

Value checksum(Thread& th, const Value* a, bool crc) {
  Input in;
  if (!in.set(th, a[0])) return Value();
  Value n = index_value(th, a[1]);
  if (n.is_empty()) return Value();
  uint32_t value;
  int64_t s;
  if (int_to_i64(n, &s)) {
    value = static_cast<uint32_t>(s);
  } else {
    MpzView z(n);
    Mpz r;
    mpz_fdiv_r_2exp(r, z, 32);
    value = static_cast<uint32_t>(mpz_get_ui(r));
  }
  std::string_view src = in.view();
  uLong v = value;
  maybe_detached(th, in.big(), [&] {
    auto* p = reinterpret_cast<const Bytef*>(src.data());
    v = crc ? crc32_z(v, p, src.size()) : adler32_z(v, p, src.size());
  });
  return Value::from_small(static_cast<uint32_t>(v));
}

Value crc32_impl(Thread& th, const Value* a) { return checksum(th, a, true); }
Value adler32_impl(Thread& th, const Value* a) { return checksum(th, a, false); }

// ---- Compress / Decompress objects

struct ZState {
  std::mutex mu;
  z_stream zs{};
  bool initialised = false;  // needs deflateEnd/inflateEnd
  bool eof = false;
  bool has_zdict = false;
  std::string zdict;
  std::string unused_data;
  std::string unconsumed_tail;
};

struct ZStreamObject : Object {
  ZState* st;
};

void compress_finalize(Object* o) {
  ZState* st = static_cast<ZStreamObject*>(o)->st;
  if (!st) return;
  if (st->initialised) deflateEnd(&st->zs);
  delete st;
}

void decompress_finalize(Object* o) {
  ZState* st = static_cast<ZStreamObject*>(o)->st;
  if (!st) return;
  if (st->initialised) inflateEnd(&st->zs);
  delete st;
}

// Holds a stream's mutex; waits for it detached when another thread has it.
class StateLock {
 public:
  StateLock(Thread& th, ZState* st) : st_(st) {
    if (!st->mu.try_lock()) {
      DetachScope d(th);
      st->mu.lock();
    }
  }
  ~StateLock() { st_->mu.unlock(); }
  StateLock(const StateLock&) = delete;
  StateLock& operator=(const StateLock&) = delete;

 private:
  ZState* st_;
};

ZState* state_of(Value self) { return as<ZStreamObject>(self)->st; }

ZStreamObject* new_stream(Thread& th, Type* t) {
  auto* o = gc_new<ZStreamObject>(th, t);
  o->st = new ZState();
  return o;
}

Value no_new(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return raise(th, Exc_TypeError, "cannot create 'zlib.%s' instances", str_view(type->name).data());
}

Value compressobj_impl(Thread& th, const Value* a) {
  int level, method, wbits, memlevel, strategy;
  if (!int_param(th, a[0], &level) || !int_param(th, a[1], &method) || !int_param(th, a[2], &wbits) ||
      !int_param(th, a[3], &memlevel) || !int_param(th, a[4], &strategy))
    return Value();
  ByteView zdict;
  bool has_zdict = !a[5].is_empty() && !is_none(a[5]);
  if (has_zdict && !zdict.set(a[5]))
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[5]));
  ZStreamObject* o = new_stream(th, CompressType);
  ZState* st = o->st;
  int err = deflateInit2(&st->zs, level, method, wbits, memlevel, strategy);
  if (err == Z_MEM_ERROR) return raise(th, Exc_MemoryError, "Can't allocate memory for compression object");
  if (err == Z_STREAM_ERROR) return raise(th, Exc_ValueError, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(th, st->zs, err, "while creating compression object");
  st->initialised = true;
  if (has_zdict) {
    err = deflateSetDictionary(&st->zs, reinterpret_cast<const Bytef*>(zdict.data()),
                               static_cast<uInt>(zdict.size()));
    if (err != Z_OK) return zlib_error(th, st->zs, err, "while setting zdict");
  }
  return V(o);
}

bool set_inflate_zdict(Thread& th, ZState* st) {
  int err = inflateSetDictionary(&st->zs, reinterpret_cast<const Bytef*>(st->zdict.data()),
                                 static_cast<uInt>(st->zdict.size()));
  if (err != Z_OK) {
    zlib_error(th, st->zs, err, "while setting zdict");
    return false;
  }
  return true;
}

Value decompressobj_impl(Thread& th, const Value* a) {
  int wbits;
  if (!int_param(th, a[0], &wbits)) return Value();
  ByteView zdict;
  bool has_zdict = !a[1].is_empty();
  if (has_zdict && !zdict.set(a[1]))
    return raise(th, Exc_TypeError, "zdict argument must support the buffer protocol");
  ZStreamObject* o = new_stream(th, DecompressType);
  ZState* st = o->st;
  st->has_zdict = has_zdict;
  if (has_zdict) st->zdict.assign(zdict.view());
  int err = inflateInit2(&st->zs, wbits);
  if (err == Z_STREAM_ERROR) return raise(th, Exc_ValueError, "Invalid initialization option");
  if (err == Z_MEM_ERROR) return raise(th, Exc_MemoryError, "Can't allocate memory for decompression object");
  if (err != Z_OK) return zlib_error(th, st->zs, err, "while creating decompression object");
  st->initialised = true;
  if (has_zdict && wbits < 0 && !set_inflate_zdict(th, st)) return Value();
  return V(o);
}

Value c_compress(Thread& th, const Value* a) {
  Input in;
  if (!in.set(th, a[1])) return Value();
  ZState* st = state_of(a[0]);
  StateLock lk(th, st);
  z_stream& zs = st->zs;
  std::string out;
  int err = Z_OK;
  maybe_detached(th, in.big(), [&] {
    std::string_view src = in.view();
    size_t pos = 0, rest;
    zs.avail_out = 0;
    do {
      rest = arrange_input(zs, src, &pos);
      do {
        arrange_output(zs, out, kDefBufSize, SIZE_MAX);
        err = deflate(&zs, Z_NO_FLUSH);
      } while (zs.avail_out == 0 && err != Z_STREAM_ERROR);
    } while (rest != 0 && err != Z_STREAM_ERROR);
    out.resize(out.size() - zs.avail_out);
  });
  if (err == Z_STREAM_ERROR) return zlib_error(th, zs, err, "while compressing data");
  return V(bytes_new(th, out));
}

Value c_flush(Thread& th, const Value* a) {
  int mode;
  if (!int_param(th, a[1], &mode)) return Value();
  if (mode == Z_NO_FLUSH) return V(bytes_new(th, ""));
  ZState* st = state_of(a[0]);
  StateLock lk(th, st);
  z_stream& zs = st->zs;
  std::string out;
  int err;
  zs.avail_in = 0;
  zs.avail_out = 0;
  do {
    arrange_output(zs, out, kDefBufSize, SIZE_MAX);
    err = deflate(&zs, mode);
  } while (zs.avail_out == 0 && err != Z_STREAM_ERROR);
  out.resize(out.size() - zs.avail_out);
  if (err == Z_STREAM_ERROR) return zlib_error(th, zs, err, "while flushing");
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    err = deflateEnd(&zs);
    st->initialised = false;
    if (err != Z_OK) return zlib_error(th, zs, err, "while finishing compression");
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(th, zs, err, "while flushing");
  }
  return V(bytes_new(th, out));
}

// copy() of a compressor (deflateCopy) or decompressor (inflateCopy): a new stream of
// `type` holding a copy of self's zlib state; copy_rest(copy, self) then copies the other
// fields while self's state is still locked. `what` is "compression" or "decompression".
template <class F>
Value copy_stream(Thread& th, Value self, Type* type, int (*copy_fn)(z_streamp, z_streamp),
                  const char* what, F&& copy_rest) {
  ZState* st = state_of(self);
  ZStreamObject* o = new_stream(th, type);
  StateLock lk(th, st);
  if (!st->initialised) return raise(th, Exc_ValueError, "Inconsistent stream state");
  int err = copy_fn(&o->st->zs, &st->zs);
  if (err == Z_STREAM_ERROR) return raise(th, Exc_ValueError, "Inconsistent stream state");
  if (err == Z_MEM_ERROR)
    return raise(th, Exc_MemoryError, "Can't allocate memory for %s object", what);
  if (err != Z_OK) {
    std::string msg = std::string("while copying ") + what + " object";
    return zlib_error(th, st->zs, err, msg.c_str());
  }
  o->st->initialised = true;
  copy_rest(o->st, st);
  return V(o);
}

Value c_copy(Thread& th, const Value* a) {
  return copy_stream(th, a[0], CompressType, deflateCopy, "compression", [](ZState*, ZState*) {});
}

// After inflate: moves leftover input into unused_data (at end of stream) or
// unconsumed_tail (output limit reached), as CPython's save_unconsumed_input.
void save_unconsumed_locked(ZState* st, int err) {
  z_stream& zs = st->zs;
  if (err == Z_STREAM_END && zs.avail_in > 0) {
    st->unused_data.append(reinterpret_cast<const char*>(zs.next_in), zs.avail_in);
    zs.avail_in = 0;
  }
  if (zs.avail_in > 0 || !st->unconsumed_tail.empty())
    st->unconsumed_tail.assign(reinterpret_cast<const char*>(zs.next_in), zs.avail_in);
}

// The inflate loop shared by decompress() and flush(); runs detached when big.
// Returns the last zlib status.
int inflate_loop(Thread& th, ZState* st, std::string_view src, size_t limit, size_t bufsize, bool finish,
                 bool big, std::string* out) {
  z_stream& zs = st->zs;
  int err = Z_OK;
  maybe_detached(th, big, [&] {
    size_t pos = 0, rest;
    zs.avail_out = 0;
    do {
      rest = arrange_input(zs, src, &pos);
      int flush = finish && rest == 0 ? Z_FINISH : (finish ? Z_NO_FLUSH : Z_SYNC_FLUSH);
      do {
        if (!arrange_output(zs, *out, bufsize, limit)) goto done;
        err = inflate(&zs, flush);
        if (err == Z_NEED_DICT && st->has_zdict) {
          err = inflateSetDictionary(&zs, reinterpret_cast<const Bytef*>(st->zdict.data()),
                                     static_cast<uInt>(st->zdict.size()));
          if (err != Z_OK) goto done;
          err = Z_NEED_DICT;
          continue;
        }
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) goto done;
      } while (zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && rest != 0);
  done:
    out->resize(out->size() - zs.avail_out);
    // Input not handed to zlib yet (beyond one uInt slice) stays unconsumed.
    if (pos < src.size()) {
      zs.avail_in += static_cast<uInt>(src.size() - pos);
    }
  });
  return err;
}

Value d_decompress(Thread& th, const Value* a) {
  Input in;
  if (!in.set(th, a[1])) return Value();
  int64_t max_length;
  if (!ssize_param(th, a[2], &max_length)) return Value();
  if (max_length < 0) return raise(th, Exc_ValueError, "max_length must be non-negative");
  size_t limit = max_length == 0 ? SIZE_MAX : static_cast<size_t>(max_length);
  size_t bufsize = kDefBufSize;
  if (max_length && bufsize > limit) bufsize = limit;
  ZState* st = state_of(a[0]);
  StateLock lk(th, st);
  std::string out;
  int err = inflate_loop(th, st, in.view(), limit, bufsize, false, in.big(), &out);
  save_unconsumed_locked(st, err);
  if (err == Z_STREAM_END) {
    st->eof = true;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(th, st->zs, err, "while decompressing data");
  }
  return V(bytes_new(th, out));
}

Value d_flush(Thread& th, const Value* a) {
  int64_t length;
  if (!ssize_param(th, a[1], &length)) return Value();
  if (length <= 0) return raise(th, Exc_ValueError, "length must be greater than zero");
  ZState* st = state_of(a[0]);
  StateLock lk(th, st);
  std::string tail = st->unconsumed_tail;
  std::string out;
  int err = inflate_loop(th, st, tail, SIZE_MAX, static_cast<size_t>(length), true,
                         tail.size() >= kDetachMin, &out);
  save_unconsumed_locked(st, err);
  if (err == Z_STREAM_END) {
    st->eof = true;
    if (st->initialised) {
      st->initialised = false;
      err = inflateEnd(&st->zs);
      if (err != Z_OK) return zlib_error(th, st->zs, err, "while finishing decompression");
    }
  }
  return V(bytes_new(th, out));
}

Value d_copy(Thread& th, const Value* a) {
  return copy_stream(th, a[0], DecompressType, inflateCopy, "decompression",
                     [](ZState* c, ZState* st) {
                       c->eof = st->eof;
                       c->has_zdict = st->has_zdict;
                       c->zdict = st->zdict;
                       c->unused_data = st->unused_data;
                       c->unconsumed_tail = st->unconsumed_tail;
                     });
}

// unused_data and unconsumed_tail: a copy taken under the stream's lock.
template <std::string ZState::*kField>
Value d_get_bytes(Thread& th, Value self) {
  ZState* st = state_of(self);
  std::string copy;
  {
    StateLock lk(th, st);
    copy = st->*kField;
  }
  return V(bytes_new(th, copy));
}

Value d_get_eof(Thread& th, Value self) {
  ZState* st = state_of(self);
  StateLock lk(th, st);
  return bool_value(st->eof);
}

const NativeDef kCompressMethods[] = {
    {"compress(self, data, /)", c_compress, 0,
     "Returns a bytes object containing compressed data."},
    {"flush(self, mode=4, /)", c_flush, 0,
     "Return a bytes object containing any remaining compressed data."},
    {"copy(self)", c_copy, 0, "Return a copy of the compression object."},
    {"__copy__(self)", c_copy},
    {"__deepcopy__(self, memo, /)", c_copy},
    {},
};

const NativeDef kDecompressMethods[] = {
    {"decompress(self, data, /, max_length=0)", d_decompress, 0,
     "Return a bytes object containing the decompressed version of the data."},
    {"flush(self, length=16384, /)", d_flush, 0,
     "Return a bytes object containing any remaining decompressed data."},
    {"copy(self)", d_copy, 0, "Return a copy of the decompression object."},
    {"__copy__(self)", d_copy},
    {"__deepcopy__(self, memo, /)", d_copy},
    {},
};

const GetSetDef kDecompressGetSets[] = {
    {"unused_data", d_get_bytes<&ZState::unused_data>},
    {"unconsumed_tail", d_get_bytes<&ZState::unconsumed_tail>},
    {"eof", d_get_eof},
    {},
};

const NativeDef kFunctions[] = {
    {"compress(data, /, level=-1, wbits=15)", compress_impl, 0,
     "Returns a bytes object containing compressed data."},
    {"decompress(data, /, wbits=15, bufsize=16384)", decompress_impl, 0,
     "Returns a bytes object containing the uncompressed data."},
    {"compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=?)", compressobj_impl, 0,
     "Return a compressor object."},
    {"decompressobj(wbits=15, zdict=?)", decompressobj_impl, 0, "Return a decompressor object."},
    {"crc32(data, value=0, /)", crc32_impl, 0, "Compute a CRC-32 checksum of data."},
    {"adler32(data, value=1, /)", adler32_impl, 0, "Compute an Adler-32 checksum of data."},
    {},
};

}  // namespace

int init_zlib_module(Thread& th, ModuleObject* m) {
  if (!CompressType->mro) {
    CompressType->new_ = no_new;
    CompressType->finalize = compress_finalize;
    CompressType->methods = kCompressMethods;
    native_type_init(th, CompressType, "zlib", "Compress", sizeof(ZStreamObject));
    DecompressType->new_ = no_new;
    DecompressType->finalize = decompress_finalize;
    DecompressType->methods = kDecompressMethods;
    DecompressType->getsets = kDecompressGetSets;
    native_type_init(th, DecompressType, "zlib", "Decompress", sizeof(ZStreamObject));
  }
  if (ensure_exception_class(th, &g_error, "zlib", "error", Exc_Exception) < 0) return -1;
  DictObject* d = m->dict;
  add_native_functions(th, d, kFunctions, V(str_intern("zlib")));
  dict_set_str(th, d, str_intern("error"), g_error);
  const struct {
    const char* name;
    int value;
  } kConstants[] = {
      {"MAX_WBITS", MAX_WBITS},
      {"DEFLATED", Z_DEFLATED},
      {"DEF_MEM_LEVEL", 8},
      {"DEF_BUF_SIZE", kDefBufSize},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE},
      {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
      {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (const auto& c : kConstants) dict_set_str(th, d, str_intern(c.name), Value::from_small(c.value));
  dict_set_str(th, d, str_intern("ZLIB_VERSION"), V(str_intern(ZLIB_VERSION)));
  dict_set_str(th, d, str_intern("ZLIB_RUNTIME_VERSION"), V(str_intern(zlibVersion())));
  dict_set_str(th, d, sym::__doc__,
               V(str_intern("The functions in this module allow compression and decompression using the\n"
                            "zlib library, which is based on GNU zip.")));
  return 0;
}

}  // namespace taipan
