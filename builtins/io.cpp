// File objects: open(), sys.stdin/stdout/stderr (see builtins/io.h).
//
// Locking: the object lock guards the buffers. Writes (and the write(2) that flushes
// them) happen under it, attached: a full pipe then delays other threads' collections
// until it drains, but never deadlocks (design.md pitfall 7 is accepted for output).
// Reads that may block (stdin, pipes) release the lock and detach around read(2):
// holding a lock while detached could deadlock with a collection.
//
// Text files are UTF-8 with universal newlines on input ("\r\n" and "\r" read as "\n").
// Buffered data is written at close(), flush(), exit (io_flush_all) and, for files
// that become garbage, by the finalizer.
#include "builtins/io.h"

#include <errno.h>
#include <fcntl.h>
#include <mimalloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <mutex>
#include <string>
#include <unordered_set>

#include "builtins/bytes.h"
#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"

namespace taipan {

namespace {

constexpr int64_t kBufSize = 8192;

// Never destroyed: daemon threads may still write while static destructors run.
std::mutex& g_open_mu = *new std::mutex;
std::unordered_set<FileObject*>& g_open_files = *new std::unordered_set<FileObject*>;  // flushed at exit

FileObject* check_file(Thread& th, Value self) {
  auto* f = as<FileObject>(self);
  if (f->fd < 0) {
    raise(th, Exc_ValueError, "I/O operation on closed file.");
    return nullptr;
  }
  return f;
}

// Writes everything in wbuf; caller holds the lock. false: errno set.
bool flush_locked(FileObject* f) {
  int64_t off = 0;
  while (off < f->wlen) {
    ssize_t n = ::write(f->fd, f->wbuf + off, static_cast<size_t>(f->wlen - off));
    if (n < 0) {
      if (errno == EINTR) continue;
      f->wlen = 0;
      return false;
    }
    off += n;
  }
  f->wlen = 0;
  return true;
}

// A buffered reader whose data has not been consumed moves the OS position ahead of
// the logical one; seek back before writing or seeking.
void drop_read_buffer_locked(FileObject* f) {
  if (f->rlen > f->rpos) ::lseek(f->fd, -(f->rlen - f->rpos), SEEK_CUR);
  f->rpos = f->rlen = 0;
}

bool write_bytes_locked(FileObject* f, const char* data, int64_t len) {
  if (f->rlen) drop_read_buffer_locked(f);
  if (f->wlen + len > f->wcap) {
    if (!flush_locked(f)) return false;
    if (len >= f->wcap) {
      int64_t off = 0;
      while (off < len) {
        ssize_t n = ::write(f->fd, data + off, static_cast<size_t>(len - off));
        if (n < 0) {
          if (errno == EINTR) continue;
          return false;
        }
        off += n;
      }
      return true;
    }
  }
  std::memcpy(f->wbuf + f->wlen, data, static_cast<size_t>(len));
  f->wlen += len;
  if (f->line_buffered && std::memchr(data, '\n', static_cast<size_t>(len))) return flush_locked(f);
  return true;
}

int do_write(Thread& th, FileObject* f, const char* data, int64_t len) {
  bool ok;
  {
    CriticalSection cs{f};
    ok = write_bytes_locked(f, data, len);
  }
  if (!ok) {
    raise_os_error(th, errno, Value());
    return -1;
  }
  return 0;
}

// Ensures unread data is buffered; returns bytes available (0 at EOF), -1 raised.
int64_t fill(Thread& th, FileObject* f) {
  {
    CriticalSection cs{f};
    if (f->rpos < f->rlen) return f->rlen - f->rpos;
    if (f->wlen && !flush_locked(f)) {
      raise_os_error(th, errno, Value());
      return -1;
    }
  }
  char tmp[kBufSize];
  ssize_t n;
  {
    DetachScope detached(th);
    do {
      n = ::read(f->fd, tmp, sizeof tmp);
    } while (n < 0 && errno == EINTR);
  }
  if (n < 0) {
    raise_os_error(th, errno, Value());
    return -1;
  }
  CriticalSection cs{f};
  if (f->rpos == f->rlen) f->rpos = f->rlen = 0;
  if (f->rlen + n > f->rcap) {
    // Compact, then grow if still short.
    int64_t avail = f->rlen - f->rpos;
    std::memmove(f->rbuf, f->rbuf + f->rpos, static_cast<size_t>(avail));
    f->rpos = 0;
    f->rlen = avail;
    if (avail + n > f->rcap) {
      int64_t cap = std::max<int64_t>(f->rcap * 2, avail + n);
      f->rbuf = static_cast<char*>(mi_realloc(f->rbuf, static_cast<size_t>(cap)));
      f->rcap = cap;
    }
  }
  std::memcpy(f->rbuf + f->rlen, tmp, static_cast<size_t>(n));
  f->rlen += n;
  return f->rlen - f->rpos;
}

// Universal newlines for text reads.
std::string translate_newlines(std::string s) {
  if (s.find('\r') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

Value make_result(Thread& th, FileObject* f, std::string data) {
  if (f->binary) return V(bytes_new(th, data));
  return V(str_new(th, f->newline.is_empty() || is_none(f->newline) ? translate_newlines(std::move(data)) : data));
}

// Reads one line (up to limit bytes, -1: no limit) into out; false: raised.
bool read_line(Thread& th, FileObject* f, int64_t limit, std::string* out) {
  for (;;) {
    int64_t avail = fill(th, f);
    if (avail < 0) return false;
    if (avail == 0) return true;
    CriticalSection cs{f};
    const char* start = f->rbuf + f->rpos;
    int64_t n = f->rlen - f->rpos;
    if (limit >= 0) n = std::min<int64_t>(n, limit - static_cast<int64_t>(out->size()));
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', static_cast<size_t>(n)));
    if (!nl && !f->binary) {
      // A lone '\r' ends a text line too, but only once we know what follows it.
      const char* cr = static_cast<const char*>(std::memchr(start, '\r', static_cast<size_t>(n)));
      if (cr && cr + 1 < start + n) nl = cr[1] == '\n' ? cr + 1 : cr;
    }
    int64_t take = nl ? (nl - start) + 1 : n;
    out->append(start, static_cast<size_t>(take));
    f->rpos += take;
    if (nl || (limit >= 0 && static_cast<int64_t>(out->size()) >= limit)) return true;
  }
}

Value read_all(Thread& th, FileObject* f, int64_t size) {
  std::string data;
  for (;;) {
    if (size >= 0 && static_cast<int64_t>(data.size()) >= size) break;
    int64_t avail = fill(th, f);
    if (avail < 0) return Value();
    if (avail == 0) break;
    CriticalSection cs{f};
    int64_t take = f->rlen - f->rpos;
    if (size >= 0) take = std::min<int64_t>(take, size - static_cast<int64_t>(data.size()));
    data.append(f->rbuf + f->rpos, static_cast<size_t>(take));
    f->rpos += take;
  }
  return make_result(th, f, std::move(data));
}

int64_t size_arg(Thread& th, Value v, bool* ok) {
  *ok = true;
  if (v.is_empty() || is_none(v)) return -1;
  int64_t n;
  if (!index_to_i64(th, v, &n)) {
    *ok = false;
    return 0;
  }
  return n;
}

// ---- methods

// read(size)/readline(size): the open, readable file and the size; nullptr when raised.
FileObject* read_args(Thread& th, const Value* a, int64_t* n) {
  FileObject* f = check_file(th, a[0]);
  if (!f) return nullptr;
  if (!f->readable) {
    raise(th, Exc_OSError, "not readable");
    return nullptr;
  }
  bool ok;
  *n = size_arg(th, a[1], &ok);
  return ok ? f : nullptr;
}

Value f_read(Thread& th, const Value* a) {
  int64_t n;
  FileObject* f = read_args(th, a, &n);
  if (!f) return Value();
  Root keep(th, a[0]);
  return read_all(th, f, n);
}

Value f_readline(Thread& th, const Value* a) {
  int64_t n;
  FileObject* f = read_args(th, a, &n);
  if (!f) return Value();
  Root keep(th, a[0]);
  std::string line;
  if (!read_line(th, f, n, &line)) return Value();
  return make_result(th, f, std::move(line));
}

Value f_next(Thread& th, Value self) {
  FileObject* f = check_file(th, self);
  if (!f) return Value();
  Root keep(th, self);
  std::string line;
  if (!read_line(th, f, -1, &line)) return Value();
  if (line.empty()) return Value();
  return make_result(th, f, std::move(line));
}

Value f_readlines(Thread& th, const Value* a) {
  ListObject* l = list_new(th);
  Root keep(th, l);
  Root keep_self(th, a[0]);
  for (;;) {
    Value line = f_next(th, a[0]);
    if (line.is_empty()) return has_exc(th) ? Value() : V(l);
    if (list_append(th, l, line) < 0) return Value();
  }
}

Value f_write(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  if (!f) return Value();
  if (!f->writable) return raise(th, Exc_OSError, "not writable");
  Value s = a[1];
  if (f->binary) {
    if (isinstance(s, BytesType)) {
      auto* b = as<BytesObject>(s);
      if (do_write(th, f, b->data, b->size) < 0) return Value();
      return int_from_i64(th, b->size);
    }
    ByteView bv;  // bytearray, memoryview, array.array: any buffer (vm/buffer.h)
    if (bv.set(s)) {
      if (do_write(th, f, bv.data(), bv.size()) < 0) return Value();
      return int_from_i64(th, bv.size());
    }
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(s));
  }
  if (!is_str(s)) return raise(th, Exc_TypeError, "write() argument must be str, not %s", type_name(s));
  auto* so = as<StrObject>(s);
  if (do_write(th, f, so->data, so->byte_length) < 0) return Value();
  return int_from_i64(th, so->length);
}

Value f_writelines(Thread& th, const Value* a) {
  Value it = get_iter(th, a[1]);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  Root keep_self(th, a[0]);
  for (;;) {
    Value line = iter_next(th, it);
    if (line.is_empty()) return has_exc(th) ? Value() : g_None;
    Value args[2] = {a[0], line};
    if (f_write(th, args).is_empty()) return Value();
  }
}

Value f_flush(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  if (!f) return Value();
  bool ok;
  {
    CriticalSection cs{f};
    ok = flush_locked(f);
  }
  if (!ok) return raise_os_error(th, errno, Value());
  return g_None;
}

void unregister_file(FileObject* f) {
  std::lock_guard lk(g_open_mu);
  g_open_files.erase(f);
}

Value f_close(Thread& th, const Value* a) {
  auto* f = as<FileObject>(a[0]);
  bool ok = true;
  {
    CriticalSection cs{f};
    if (f->fd < 0) return g_None;
    ok = flush_locked(f);
    if (f->closefd) ::close(f->fd);
    f->fd = -1;
  }
  unregister_file(f);
  if (!ok) return raise_os_error(th, errno, Value());
  return g_None;
}

Value f_enter(Thread& th, const Value* a) {
  if (!check_file(th, a[0])) return Value();
  return a[0];
}
Value f_exit(Thread& th, const Value* a) {
  Value r = f_close(th, a);
  return r.is_empty() ? r : g_False;
}

Value f_fileno(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  return f ? Value::from_small(f->fd) : Value();
}
Value f_isatty(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  return f ? bool_value(::isatty(f->fd)) : Value();
}
Value f_readable(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  return f ? bool_value(f->readable) : Value();
}
Value f_writable(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  return f ? bool_value(f->writable) : Value();
}

Value f_tell(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  if (!f) return Value();
  off_t pos;
  {
    CriticalSection cs{f};
    pos = ::lseek(f->fd, 0, SEEK_CUR);
    if (pos >= 0) pos = pos - (f->rlen - f->rpos) + f->wlen;
  }
  if (pos < 0) return raise_os_error(th, errno, Value());
  return int_from_i64(th, pos);
}

Value f_seek(Thread& th, const Value* a) {
  FileObject* f = check_file(th, a[0]);
  if (!f) return Value();
  int64_t off, whence;
  if (!index_to_i64(th, a[1], &off) || !index_to_i64(th, a[2], &whence)) return Value();
  off_t pos;
  {
    CriticalSection cs{f};
    if (!flush_locked(f)) return raise_os_error(th, errno, Value());
    drop_read_buffer_locked(f);
    pos = ::lseek(f->fd, off, static_cast<int>(whence));
  }
  if (pos < 0) return raise_os_error(th, errno, Value());
  return int_from_i64(th, pos);
}

Value g_closed(Thread&, Value self) { return bool_value(as<FileObject>(self)->fd < 0); }
Value g_name(Thread&, Value self) { return as<FileObject>(self)->name; }
Value g_mode(Thread&, Value self) { return as<FileObject>(self)->mode; }
Value g_encoding(Thread&, Value self) {
  Value e = as<FileObject>(self)->encoding;
  return e.is_empty() ? g_None : e;
}

const NativeDef kFileMethods[] = {
    {"read(self, size=-1, /)", f_read},
    {"readline(self, size=-1, /)", f_readline},
    {"readlines(self, hint=-1, /)", f_readlines},
    {"write(self, s, /)", f_write},
    {"writelines(self, lines, /)", f_writelines},
    {"flush(self, /)", f_flush},
    {"close(self, /)", f_close},
    {"fileno(self, /)", f_fileno},
    {"isatty(self, /)", f_isatty},
    {"readable(self, /)", f_readable},
    {"writable(self, /)", f_writable},
    {"tell(self, /)", f_tell},
    {"seek(self, offset, whence=0, /)", f_seek},
    {"__enter__(self, /)", f_enter},
    {"__exit__(self, *args)", f_exit},
    {},
};
const GetSetDef kFileGetSets[] = {
    {"closed", g_closed},
    {"name", g_name},
    {"mode", g_mode},
    {"encoding", g_encoding},
    {},
};

Value file_iter(Thread& th, Value self) {
  if (!check_file(th, self)) return Value();
  return self;
}

Value file_repr(Thread& th, Value self) {
  auto* f = as<FileObject>(self);
  Value name = repr(th, f->name);
  if (name.is_empty()) return Value();
  Root keep(th, name);
  Value mode = repr(th, f->mode);
  if (mode.is_empty()) return Value();
  std::string s;
  if (f->binary) {
    s = "<_io.";
    s += f->writable && !f->readable ? "BufferedWriter" : "BufferedReader";
    s += " name=";
    s += str_view(name);
    s += ">";
  } else {
    s = "<_io.TextIOWrapper name=";
    s += str_view(name);
    s += " mode=";
    s += str_view(mode);
    s += " encoding='utf-8'>";
  }
  return V(str_new(th, s));
}

void file_trace(Object* o, Tracer& t) {
  auto* f = static_cast<FileObject*>(o);
  t.visit(f->name);
  t.visit(f->mode);
  t.visit(f->encoding);
  t.visit(f->newline);
}

void file_finalize(Object* o) {
  auto* f = static_cast<FileObject*>(o);
  if (f->fd >= 0) {
    flush_locked(f);
    if (f->closefd) ::close(f->fd);
    f->fd = -1;
    unregister_file(f);
  }
  mi_free(f->rbuf);
  mi_free(f->wbuf);
}

FileObject* new_file(Thread& th, int fd, bool binary) {
  auto* f = gc_new<FileObject>(th, binary ? BinaryFileType : FileType);
  f->fd = fd;
  f->binary = binary;
  f->closefd = true;
  f->rcap = kBufSize;
  f->rbuf = static_cast<char*>(mi_malloc(kBufSize));
  f->wcap = kBufSize;
  f->wbuf = static_cast<char*>(mi_malloc(kBufSize));
  std::lock_guard lk(g_open_mu);
  g_open_files.insert(f);
  return f;
}

Value open_impl(Thread& th, const Value* a) {
  Value file = a[0], mode_v = a[1];
  if (!is_str(mode_v)) return raise(th, Exc_TypeError, "open() argument 'mode' must be str, not %s", type_name(mode_v));
  std::string_view mode = str_view(mode_v);
  bool r = false, w = false, x = false, ap = false, plus = false, b = false, t = false;
  for (char c : mode) {
    bool* flag = c == 'r' ? &r : c == 'w' ? &w : c == 'x' ? &x : c == 'a' ? &ap : c == '+' ? &plus : c == 'b' ? &b : c == 't' ? &t : nullptr;
    if (!flag || *flag) return raise(th, Exc_ValueError, "invalid mode: '%.*s'", static_cast<int>(mode.size()), mode.data());
    *flag = true;
  }
  if (r + w + x + ap != 1 || (b && t))
    return raise(th, Exc_ValueError, "must have exactly one of create/read/write/append mode");
  if (b && !is_none(a[3])) return raise(th, Exc_ValueError, "binary mode doesn't take an encoding argument");
  int flags = O_CLOEXEC;
  if (r) flags |= plus ? O_RDWR : O_RDONLY;
  if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
  if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
  if (ap) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
  int fd;
  bool closefd = true;
  if (is_int(file)) {
    int64_t n;
    if (!int_to_i64(file, &n)) return raise(th, Exc_OverflowError, "fd is too large");
    fd = static_cast<int>(n);
    int cf = truthy(th, a[6]);
    if (cf < 0) return Value();
    closefd = cf != 0;
  } else {
    if (!is_str(file)) {
      Value p = call_special(th, file, str_intern("__fspath__"), nullptr, 0);
      if (p.is_empty()) {
        if (has_exc(th)) return Value();
        return raise(th, Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(file));
      }
      file = p;
    }
    std::string path(str_view(file));
    {
      DetachScope detached(th);
      fd = ::open(path.c_str(), flags, 0666);
    }
    if (fd < 0) return raise_os_error(th, errno, file);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return raise_os_error(th, EISDIR, file);
    }
  }
  Root keep(th, file);
  FileObject* f = new_file(th, fd, b);
  f->closefd = closefd;
  f->readable = r || plus;
  f->writable = w || x || ap || plus;
  f->appending = ap;
  f->name = file;
  f->mode = mode_v;
  f->newline = a[5];
  f->encoding = b ? Value() : V(str_intern("UTF-8"));
  f->is_tty = ::isatty(fd);
  f->line_buffered = f->is_tty;
  return V(f);
}

}  // namespace

const NativeDef kOpenDef = {
    "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    open_impl};

Value file_from_fd(Thread& th, int fd, const char* mode, const char* name) {
  FileObject* f = new_file(th, fd, false);
  f->closefd = false;
  f->readable = mode[0] == 'r';
  f->writable = mode[0] == 'w';
  f->name = V(str_intern(name));
  f->mode = V(str_intern(mode));
  f->encoding = V(str_intern("utf-8"));
  f->newline = g_None;
  f->is_tty = ::isatty(fd);
  // stderr is always line buffered; stdout only on a terminal (as CPython).
  f->line_buffered = f->is_tty || fd == 2;
  return V(f);
}

int file_write_str(Thread& th, Value fv, std::string_view text) {
  if (fv.is_obj() && fv.obj()->type == FileType) {
    FileObject* f = check_file(th, fv);
    if (!f) return -1;
    if (!f->writable) {
      raise(th, Exc_OSError, "not writable");
      return -1;
    }
    return do_write(th, f, text.data(), static_cast<int64_t>(text.size()));
  }
  Root keep(th, fv);
  Value s = V(str_new(th, text));
  return call_method(th, fv, sym::write, &s, 1).is_empty() ? -1 : 0;
}

void io_flush_all() {
  std::lock_guard lk(g_open_mu);
  for (FileObject* f : g_open_files) {
    CriticalSection cs{f};
    if (f->fd >= 0) flush_locked(f);
  }
}

void init_io(Thread&) {
  for (Type* t : {FileType, BinaryFileType}) {
    t->methods = kFileMethods;
    t->getsets = kFileGetSets;
    t->iter = file_iter;
    t->next = f_next;
    t->repr = file_repr;
    t->trace = file_trace;
    t->finalize = file_finalize;
  }
}

}  // namespace taipan
