// The `posix` module: thin wrappers over the POSIX calls that `os` (stdlib/os.py) builds
// on. Policy lives in os.py; this file only converts arguments, makes the call and maps
// errno to OSError subclasses.
//
// Invariants:
// - Path arguments are str, bytes or os.PathLike (__fspath__); str is encoded as UTF-8
//   with surrogateescape, and names coming back are decoded the same way (bytes in,
//   bytes out). Errors name the caller's original argument, as CPython does.
// - Every call that can block (file system, pipes, child processes) runs inside a
//   DetachScope holding only plain C++ data (std::string copies), never a VM object.
// - stat() returns a plain tuple of raw fields; os.py wraps it into os.stat_result
//   (see kStatFields for the order).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <cmath>
#include <string>
#include <vector>

#include "builtins/bytes.h"
#include "builtins/exceptions.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/objects.h"

extern char** environ;

namespace taipan {

namespace {

// ---------------------------------------------------------------- text <-> file names

StrObject* utf8_name() {
  static StrObject* s = str_intern("utf-8");
  return s;
}
StrObject* surrogateescape_name() {
  static StrObject* s = str_intern("surrogateescape");
  return s;
}

// A file name from the OS as str (UTF-8, undecodable bytes as lone surrogates).
Value fs_decode(Thread& th, std::string_view raw) {
  if (uni::valid_prefix(raw.data(), raw.size()) == raw.size()) return V(str_new(th, raw));
  return bytes_decode(th, raw, V(utf8_name()), V(surrogateescape_name()));
}

// A name in the kind the caller used: bytes for bytes, str otherwise.
Value fs_result(Thread& th, std::string_view raw, bool as_bytes) {
  if (as_bytes) return V(bytes_new(th, raw));
  return fs_decode(th, raw);
}

// str -> the bytes the OS sees. False when raised (an unencodable lone surrogate).
bool fs_encode_str(Thread& th, Value s, std::string* out) {
  std::string_view v = str_view(s);
  if (uni::valid_prefix(v.data(), v.size()) == v.size()) {
    out->assign(v);
    return true;
  }
  Value b = str_encode(th, as<StrObject>(s), V(utf8_name()), V(surrogateescape_name()));
  if (b.is_empty()) return false;
  out->assign(bytes_view(as<BytesObject>(b)));
  return true;
}

const char* type_name_of(Value v) { return type_of(v)->name->data; }

// Lives on the C++ stack (it holds a Root): the fspath() result named in errors stays
// alive across the DetachScope around the system call.
struct PathArg {
  explicit PathArg(Thread& th) : keep(th, Value()) {}
  std::string path;    // the bytes passed to the OS
  bool is_bytes = false;
  bool is_none = false;
  int fd = -1;         // an int argument where file descriptors are allowed
  Root keep;           // the argument as str/bytes, for error messages
  Value obj() const { return keep.get(); }
};

enum PathFlags { P_NONE = 0, P_FD = 1, P_NONE_OK = 2 };

// Converts a path argument like CPython's path_converter; false when raised.
bool convert_path(Thread& th, Value v, const char* func, const char* arg, int flags, PathArg* out) {
  out->keep.set(v);
  if ((flags & P_NONE_OK) && is_none(v)) {
    out->is_none = true;
    return true;
  }
  if ((flags & P_FD) && is_int(v)) {
    int64_t fd = 0;
    if (!index_to_i64(th, v, &fd)) return false;
    if (fd < 0) {
      raise(th, Exc_ValueError, "fd is less than 0");
      return false;
    }
    if (fd > 0x7fffffff) {
      raise(th, Exc_OverflowError, "fd is greater than maximum");
      return false;
    }
    out->fd = static_cast<int>(fd);
    return true;
  }
  Value p = v;
  if (!is_str(v) && !is_bytes(v)) {
    static StrObject* fspath = str_intern("__fspath__");
    Value m = lookup_in_mro(type_of(v), fspath);
    if (m.is_empty()) {
      const char* allowed = (flags & P_FD) ? ((flags & P_NONE_OK) ? "string, bytes, os.PathLike, integer or None"
                                                                  : "string, bytes, os.PathLike or integer")
                                           : ((flags & P_NONE_OK) ? "string, bytes, os.PathLike or None"
                                                                  : "string, bytes or os.PathLike");
      raise(th, Exc_TypeError, "%s: %s should be %s, not %s", func, arg, allowed, type_name_of(v));
      return false;
    }
    p = call_method(th, v, fspath, nullptr, 0);
    if (p.is_empty()) return false;
    out->keep.set(p);
    if (!is_str(p) && !is_bytes(p)) {
      raise(th, Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
            type_name_of(v), type_name_of(p));
      return false;
    }
  }
  if (is_str(p)) {
    if (!fs_encode_str(th, p, &out->path)) return false;
  } else {
    out->is_bytes = true;
    out->path.assign(bytes_view(as<BytesObject>(p)));
  }
  if (out->path.find('\0') != std::string::npos) {
    raise(th, Exc_ValueError, "embedded null byte");
    return false;
  }
  return true;
}

Value os_error(Thread& th, int err, const PathArg& p) {
  return raise_os_error(th, err, p.is_none || p.fd >= 0 ? Value() : p.obj());
}

// OSError naming two files ("[Errno 2] No such file or directory: 'a' -> 'b'").
Value os_error2(Thread& th, int err, Value a, Value b) {
  Value args[5] = {int_from_i64(th, err), V(str_from_cstr(th, strerror(err))), a, g_None, b};
  return raise_args(th, os_error_type_for_errno(err), args, 5);
}

bool get_int(Thread& th, Value v, int* out) {
  int64_t i = 0;
  if (!is_int(v)) {
    if (is_float(v)) {
      raise(th, Exc_TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    if (!index_to_i64(th, v, &i)) return false;
  } else if (!index_to_i64(th, v, &i)) {
    return false;
  }
  if (i < INT32_MIN || i > INT32_MAX) {
    raise(th, Exc_OverflowError, "signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

bool get_i64(Thread& th, Value v, int64_t* out) {
  if (is_float(v)) {
    raise(th, Exc_TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return index_to_i64(th, v, out);
}

bool no_dir_fd(Thread& th, Value dir_fd, const char* func) {
  if (dir_fd.is_empty() || is_none(dir_fd)) return true;
  raise(th, Exc_NotImplementedError, "%s: dir_fd unavailable on this platform", func);
  return false;
}

Value dir_fd_or(Thread& th, Value dir_fd, int* out) {
  *out = AT_FDCWD;
  if (dir_fd.is_empty() || is_none(dir_fd)) return g_None;
  if (!get_int(th, dir_fd, out)) return Value();
  return g_None;
}

// ---------------------------------------------------------------- stat

Value double_time(const struct timespec& ts) {
  return Value::from_double(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}
Value ns_time(Thread& th, const struct timespec& ts) {
  __int128 ns = static_cast<__int128>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  return int_from_i64(th, static_cast<int64_t>(ns));
}

// Field order shared with os.py's stat_result.
Value stat_tuple(Thread& th, const struct stat& st) {
  Value items[19] = {
      int_from_i64(th, st.st_mode),
      int_from_u64(th, st.st_ino),
      int_from_u64(th, st.st_dev),
      int_from_i64(th, static_cast<int64_t>(st.st_nlink)),
      int_from_i64(th, st.st_uid),
      int_from_i64(th, st.st_gid),
      int_from_i64(th, st.st_size),
      int_from_i64(th, st.st_atim.tv_sec),
      int_from_i64(th, st.st_mtim.tv_sec),
      int_from_i64(th, st.st_ctim.tv_sec),
      double_time(st.st_atim),
      double_time(st.st_mtim),
      double_time(st.st_ctim),
      ns_time(th, st.st_atim),
      ns_time(th, st.st_mtim),
      ns_time(th, st.st_ctim),
      int_from_i64(th, st.st_blksize),
      int_from_i64(th, st.st_blocks),
      int_from_u64(th, st.st_rdev),
  };
  return V(tuple_from(th, items, 19));
}

Value do_stat(Thread& th, const Value* a, const char* func, bool follow_default) {
  PathArg p(th);
  if (!convert_path(th, a[0], func, "path", P_FD, &p)) return Value();
  int dfd;
  if (dir_fd_or(th, a[1], &dfd).is_empty()) return Value();
  bool follow = follow_default;
  if (follow_default && !a[2].is_empty()) {
    int t = truthy(th, a[2]);
    if (t < 0) return Value();
    follow = t;
  }
  struct stat st;
  int r, err = 0;
  {
    DetachScope d(th);
    if (p.fd >= 0) {
      r = ::fstat(p.fd, &st);
    } else {
      r = ::fstatat(dfd, p.path.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    }
    if (r != 0) err = errno;
  }
  if (r != 0) return os_error(th, err, p);
  return stat_tuple(th, st);
}

Value stat_impl(Thread& th, const Value* a) { return do_stat(th, a, "stat", true); }
Value lstat_impl(Thread& th, const Value* a) {
  Value args[3] = {a[0], a[1], Value()};
  return do_stat(th, args, "lstat", false);
}
Value fstat_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  struct stat st;
  int r, err = 0;
  {
    DetachScope d(th);
    r = ::fstat(fd, &st);
    if (r != 0) err = errno;
  }
  if (r != 0) return raise_os_error(th, err, Value());
  return stat_tuple(th, st);
}

// ---------------------------------------------------------------- file systems

// Field order shared with os.py's statvfs_result (f_fsid is the extra, non-tuple field).
Value statvfs_tuple(Thread& th, const struct statvfs& st) {
  Value items[11] = {
      int_from_u64(th, st.f_bsize),  int_from_u64(th, st.f_frsize), int_from_u64(th, st.f_blocks),
      int_from_u64(th, st.f_bfree),  int_from_u64(th, st.f_bavail), int_from_u64(th, st.f_files),
      int_from_u64(th, st.f_ffree),  int_from_u64(th, st.f_favail), int_from_u64(th, st.f_flag),
      int_from_u64(th, st.f_namemax), int_from_u64(th, st.f_fsid),
  };
  return V(tuple_from(th, items, 11));
}

Value statvfs_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "statvfs", "path", P_FD, &p)) return Value();
  struct statvfs st;
  int r, err = 0;
  {
    DetachScope d(th);
    r = p.fd >= 0 ? ::fstatvfs(p.fd, &st) : ::statvfs(p.path.c_str(), &st);
    if (r != 0) err = errno;
  }
  if (r != 0) return os_error(th, err, p);
  return statvfs_tuple(th, st);
}

Value fstatvfs_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  struct statvfs st;
  int r, err = 0;
  {
    DetachScope d(th);
    r = ::fstatvfs(fd, &st);
    if (r != 0) err = errno;
  }
  if (r != 0) return raise_os_error(th, err, Value());
  return statvfs_tuple(th, st);
}

// ---------------------------------------------------------------- directories

Value getcwd_impl(Thread& th, const Value*) {
  std::string buf(4096, '\0');
  for (;;) {
    if (::getcwd(buf.data(), buf.size())) break;
    if (errno != ERANGE) return raise_os_error(th, errno, Value());
    buf.resize(buf.size() * 2);
  }
  return fs_decode(th, std::string_view(buf.c_str()));
}

Value getcwdb_impl(Thread& th, const Value*) {
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return raise_os_error(th, errno, Value());
  return V(bytes_new(th, buf));
}

Value chdir_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "chdir", "path", P_FD, &p)) return Value();
  int r = p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.path.c_str());
  if (r != 0) return os_error(th, errno, p);
  return g_None;
}

struct DirItem {
  std::string name;
  unsigned char type;
  uint64_t ino;
};

// Reads a whole directory (detached). Returns 0 or an errno.
int read_dir(const PathArg& p, std::vector<DirItem>* out) {
  DIR* d;
  if (p.fd >= 0) {
    int fd = ::dup(p.fd);
    if (fd < 0) return errno;
    d = ::fdopendir(fd);
    if (!d) {
      int e = errno;
      ::close(fd);
      return e;
    }
    ::rewinddir(d);
  } else {
    d = ::opendir(p.is_none ? "." : p.path.c_str());
    if (!d) return errno;
  }
  for (;;) {
    errno = 0;
    struct dirent* e = ::readdir(d);
    if (!e) {
      int err = errno;
      ::closedir(d);
      return err;
    }
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
    out->push_back(DirItem{n, e->d_type, static_cast<uint64_t>(e->d_ino)});
  }
}

// listdir and _scandir: the entries of a folder (read detached), each turned into a list
// item by make_item(name, entry).
template <class F>
Value dir_entries(Thread& th, Value path, const char* fname, F&& make_item) {
  PathArg p(th);
  if (!convert_path(th, path, fname, "path", P_FD | P_NONE_OK, &p)) return Value();
  std::vector<DirItem> items;
  int err;
  {
    DetachScope d(th);
    err = read_dir(p, &items);
  }
  if (err) return os_error(th, err, p);
  ListObject* l = list_new(th, static_cast<int64_t>(items.size()));
  Root keep(th, l);
  for (const DirItem& it : items) {
    Value name = fs_result(th, it.name, p.is_bytes);
    if (name.is_empty()) return Value();
    if (list_append(th, l, make_item(name, it)) < 0) return Value();
  }
  return V(l);
}

Value listdir_impl(Thread& th, const Value* a) {
  return dir_entries(th, a[0], "listdir", [](Value name, const DirItem&) { return name; });
}

// _scandir(path) -> list of (name, d_type, inode); os.py makes the DirEntry objects.
Value scandir_impl(Thread& th, const Value* a) {
  return dir_entries(th, a[0], "scandir", [&th](Value name, const DirItem& it) {
    Value t[3] = {name, Value::from_small(it.type), int_from_u64(th, it.ino)};
    return V(tuple_from(th, t, 3));
  });
}

Value mkdir_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "mkdir", "path", P_NONE, &p)) return Value();
  int mode, dfd;
  if (!get_int(th, a[1], &mode)) return Value();
  if (dir_fd_or(th, a[2], &dfd).is_empty()) return Value();
  int r, err = 0;
  {
    DetachScope d(th);
    r = ::mkdirat(dfd, p.path.c_str(), static_cast<mode_t>(mode));
    if (r != 0) err = errno;
  }
  if (r != 0) return os_error(th, err, p);
  return g_None;
}

Value path_op(Thread& th, const Value* a, const char* func, int (*op)(int, const char*)) {
  PathArg p(th);
  if (!convert_path(th, a[0], func, "path", P_NONE, &p)) return Value();
  int dfd;
  if (dir_fd_or(th, a[1], &dfd).is_empty()) return Value();
  int r, err = 0;
  {
    DetachScope d(th);
    r = op(dfd, p.path.c_str());
    if (r != 0) err = errno;
  }
  if (r != 0) return os_error(th, err, p);
  return g_None;
}

Value rmdir_impl(Thread& th, const Value* a) {
  return path_op(th, a, "rmdir", [](int dfd, const char* s) { return ::unlinkat(dfd, s, AT_REMOVEDIR); });
}
Value remove_impl(Thread& th, const Value* a) {
  return path_op(th, a, "remove", [](int dfd, const char* s) { return ::unlinkat(dfd, s, 0); });
}
Value unlink_impl(Thread& th, const Value* a) {
  return path_op(th, a, "unlink", [](int dfd, const char* s) { return ::unlinkat(dfd, s, 0); });
}

Value two_path_op(Thread& th, const Value* a, const char* func, const char* n1, const char* n2,
                  int (*op)(const char*, const char*)) {
  PathArg p1(th), p2(th);
  if (!convert_path(th, a[0], func, n1, P_NONE, &p1)) return Value();
  if (!convert_path(th, a[1], func, n2, P_NONE, &p2)) return Value();
  int r, err = 0;
  {
    DetachScope d(th);
    r = op(p1.path.c_str(), p2.path.c_str());
    if (r != 0) err = errno;
  }
  if (r != 0) return os_error2(th, err, p1.obj(), p2.obj());
  return g_None;
}

Value rename_impl(Thread& th, const Value* a) {
  if (!no_dir_fd(th, a[2], "rename") || !no_dir_fd(th, a[3], "rename")) return Value();
  return two_path_op(th, a, "rename", "src", "dst", ::rename);
}
Value replace_impl(Thread& th, const Value* a) {
  if (!no_dir_fd(th, a[2], "replace") || !no_dir_fd(th, a[3], "replace")) return Value();
  return two_path_op(th, a, "replace", "src", "dst", ::rename);
}
Value link_impl(Thread& th, const Value* a) {
  return two_path_op(th, a, "link", "src", "dst", ::link);
}
Value symlink_impl(Thread& th, const Value* a) {
  if (!no_dir_fd(th, a[3], "symlink")) return Value();
  PathArg p1(th), p2(th);
  if (!convert_path(th, a[0], "symlink", "src", P_NONE, &p1)) return Value();
  if (!convert_path(th, a[1], "symlink", "dst", P_NONE, &p2)) return Value();
  if (::symlink(p1.path.c_str(), p2.path.c_str()) != 0) return os_error2(th, errno, p1.obj(), p2.obj());
  return g_None;
}

Value readlink_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "readlink", "path", P_NONE, &p)) return Value();
  int dfd;
  if (dir_fd_or(th, a[1], &dfd).is_empty()) return Value();
  std::string buf(PATH_MAX, '\0');
  ssize_t n;
  int err = 0;
  {
    DetachScope d(th);
    n = ::readlinkat(dfd, p.path.c_str(), buf.data(), buf.size());
    if (n < 0) err = errno;
  }
  if (n < 0) return os_error(th, err, p);
  return fs_result(th, std::string_view(buf.data(), static_cast<size_t>(n)), p.is_bytes);
}

Value chmod_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "chmod", "path", P_FD, &p)) return Value();
  int mode, dfd;
  if (!get_int(th, a[1], &mode)) return Value();
  if (dir_fd_or(th, a[2], &dfd).is_empty()) return Value();
  int follow = 1;
  if (!a[3].is_empty() && (follow = truthy(th, a[3])) < 0) return Value();
  int r;
  if (p.fd >= 0) {
    r = ::fchmod(p.fd, static_cast<mode_t>(mode));
  } else {
    r = ::fchmodat(dfd, p.path.c_str(), static_cast<mode_t>(mode), follow ? 0 : AT_SYMLINK_NOFOLLOW);
  }
  if (r != 0) return os_error(th, errno, p);
  return g_None;
}

Value chown_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "chown", "path", P_FD, &p)) return Value();
  int uid, gid;
  if (!get_int(th, a[1], &uid) || !get_int(th, a[2], &gid)) return Value();
  int r = p.fd >= 0 ? ::fchown(p.fd, uid, gid) : ::chown(p.path.c_str(), uid, gid);
  if (r != 0) return os_error(th, errno, p);
  return g_None;
}

Value access_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "access", "path", P_NONE, &p)) return Value();
  int mode, dfd;
  if (!get_int(th, a[1], &mode)) return Value();
  if (dir_fd_or(th, a[2], &dfd).is_empty()) return Value();
  int eff = 0, follow = 1;
  if (!a[3].is_empty() && (eff = truthy(th, a[3])) < 0) return Value();
  if (!a[4].is_empty() && (follow = truthy(th, a[4])) < 0) return Value();
  int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  int r;
  {
    DetachScope d(th);
    r = ::faccessat(dfd, p.path.c_str(), mode, flags);
  }
  return bool_value(r == 0);
}

// utime(path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True)
bool to_timespec(Thread& th, Value v, struct timespec* ts) {
  if (is_float(v)) {
    double d = v.dbl();
    double sec = std::floor(d);
    ts->tv_sec = static_cast<time_t>(sec);
    ts->tv_nsec = static_cast<long>((d - sec) * 1e9);
    return true;
  }
  int64_t i;
  if (!index_to_i64(th, v, &i)) return false;
  ts->tv_sec = i;
  ts->tv_nsec = 0;
  return true;
}

Value utime_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "utime", "path", P_FD, &p)) return Value();
  struct timespec ts[2];
  struct timespec* tsp = nullptr;
  bool have_times = !a[1].is_empty() && !is_none(a[1]);
  if (have_times && !a[2].is_empty()) {
    return raise(th, Exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  }
  if (have_times) {
    if (!is_tuple(a[1]) || as<TupleObject>(a[1])->size != 2) {
      return raise(th, Exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
    }
    auto* t = as<TupleObject>(a[1]);
    if (!to_timespec(th, t->items[0], &ts[0]) || !to_timespec(th, t->items[1], &ts[1])) return Value();
    tsp = ts;
  } else if (!a[2].is_empty()) {
    if (!is_tuple(a[2]) || as<TupleObject>(a[2])->size != 2) {
      return raise(th, Exc_TypeError, "utime: 'ns' must be a tuple of two ints");
    }
    auto* t = as<TupleObject>(a[2]);
    for (int i = 0; i < 2; ++i) {
      int64_t ns;
      if (!get_i64(th, t->items[i], &ns)) return Value();
      ts[i].tv_sec = ns / 1000000000;
      ts[i].tv_nsec = ns % 1000000000;
      if (ts[i].tv_nsec < 0) {
        ts[i].tv_nsec += 1000000000;
        ts[i].tv_sec -= 1;
      }
    }
    tsp = ts;
  }
  int dfd;
  if (dir_fd_or(th, a[3], &dfd).is_empty()) return Value();
  int follow = 1;
  if (!a[4].is_empty() && (follow = truthy(th, a[4])) < 0) return Value();
  int r = p.fd >= 0 ? ::futimens(p.fd, tsp)
                    : ::utimensat(dfd, p.path.c_str(), tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) return os_error(th, errno, p);
  return g_None;
}

Value truncate_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "truncate", "path", P_FD, &p)) return Value();
  int64_t len;
  if (!get_i64(th, a[1], &len)) return Value();
  int r, err = 0;
  {
    DetachScope d(th);
    r = p.fd >= 0 ? ::ftruncate(p.fd, len) : ::truncate(p.path.c_str(), len);
    if (r != 0) err = errno;
  }
  if (r != 0) return os_error(th, err, p);
  return g_None;
}

// ---------------------------------------------------------------- file descriptors

Value open_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (!convert_path(th, a[0], "open", "path", P_NONE, &p)) return Value();
  int flags, mode, dfd;
  if (!get_int(th, a[1], &flags) || !get_int(th, a[2], &mode)) return Value();
  if (dir_fd_or(th, a[3], &dfd).is_empty()) return Value();
  int fd, err = 0;
  {
    DetachScope d(th);
    do {
      fd = ::openat(dfd, p.path.c_str(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) err = errno;
  }
  if (fd < 0) return os_error(th, err, p);
  return Value::from_small(fd);
}

Value close_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  if (::close(fd) != 0) return raise_os_error(th, errno, Value());
  return g_None;
}

Value closerange_impl(Thread& th, const Value* a) {
  int lo, hi;
  if (!get_int(th, a[0], &lo) || !get_int(th, a[1], &hi)) return Value();
  for (int fd = lo < 0 ? 0 : lo; fd < hi; ++fd) ::close(fd);
  return g_None;
}

Value read_impl(Thread& th, const Value* a) {
  int fd;
  int64_t n;
  if (!get_int(th, a[0], &fd) || !get_i64(th, a[1], &n)) return Value();
  if (n < 0) return raise_os_error(th, EINVAL, Value());
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t got;
  int err = 0;
  {
    DetachScope d(th);
    do {
      got = ::read(fd, buf.data(), buf.size());
    } while (got < 0 && errno == EINTR);
    if (got < 0) err = errno;
  }
  if (got < 0) return raise_os_error(th, err, Value());
  return V(bytes_new(th, std::string_view(buf.data(), static_cast<size_t>(got))));
}

Value write_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  std::string data;
  if (is_bytes(a[1])) {
    data.assign(bytes_view(as<BytesObject>(a[1])));
  } else if (is_bytearray(a[1])) {
    data = bytearray_snapshot(reinterpret_cast<ByteArrayObject*>(a[1].obj()));
  } else {
    return raise(th, Exc_TypeError, "a bytes-like object is required, not '%s'", type_name_of(a[1]));
  }
  ssize_t put;
  int err = 0;
  {
    DetachScope d(th);
    do {
      put = ::write(fd, data.data(), data.size());
    } while (put < 0 && errno == EINTR);
    if (put < 0) err = errno;
  }
  if (put < 0) return raise_os_error(th, err, Value());
  return int_from_i64(th, put);
}

Value lseek_impl(Thread& th, const Value* a) {
  int fd, how;
  int64_t pos;
  if (!get_int(th, a[0], &fd) || !get_i64(th, a[1], &pos) || !get_int(th, a[2], &how)) return Value();
  off_t r = ::lseek(fd, pos, how);
  if (r < 0) return raise_os_error(th, errno, Value());
  return int_from_i64(th, r);
}

Value fsync_impl(Thread& th, const Value* a) {
  int fd;
  Value v = a[0];
  if (!is_int(v)) {
    static StrObject* fileno = str_intern("fileno");
    v = call_method(th, v, fileno, nullptr, 0);
    if (v.is_empty()) return Value();
  }
  if (!get_int(th, v, &fd)) return Value();
  int r, err = 0;
  {
    DetachScope d(th);
    r = ::fsync(fd);
    if (r != 0) err = errno;
  }
  if (r != 0) return raise_os_error(th, err, Value());
  return g_None;
}

Value pipe_impl(Thread& th, const Value*) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_os_error(th, errno, Value());
  Value t[2] = {Value::from_small(fds[0]), Value::from_small(fds[1])};
  return V(tuple_from(th, t, 2));
}

Value dup_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_os_error(th, errno, Value());
  return Value::from_small(r);
}

Value dup2_impl(Thread& th, const Value* a) {
  int fd, fd2;
  if (!get_int(th, a[0], &fd) || !get_int(th, a[1], &fd2)) return Value();
  int inheritable = truthy(th, a[2]);
  if (inheritable < 0) return Value();
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) return raise_os_error(th, errno, Value());
  return Value::from_small(r);
}

// get_inheritable/get_blocking and their setters: "inheritable" and "blocking" are one
// bit clear in an fcntl flag word (FD_CLOEXEC of F_GETFD, O_NONBLOCK of F_GETFL).
template <int kGet, int kSet, int kBit>
Value get_flag_clear_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  int f = ::fcntl(fd, kGet);
  if (f < 0) return raise_os_error(th, errno, Value());
  return bool_value(!(f & kBit));
}

template <int kGet, int kSet, int kBit>
Value set_flag_clear_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  int on = truthy(th, a[1]);
  if (on < 0) return Value();
  int f = ::fcntl(fd, kGet);
  if (f < 0) return raise_os_error(th, errno, Value());
  f = on ? (f & ~kBit) : (f | kBit);
  if (::fcntl(fd, kSet, f) < 0) return raise_os_error(th, errno, Value());
  return g_None;
}

Value isatty_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  return bool_value(::isatty(fd) == 1);
}

Value terminal_size_impl(Thread& th, const Value* a) {
  int fd;
  if (!get_int(th, a[0], &fd)) return Value();
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_os_error(th, errno, Value());
  Value t[2] = {Value::from_small(w.ws_col), Value::from_small(w.ws_row)};
  return V(tuple_from(th, t, 2));
}

// ---------------------------------------------------------------- process

Value getpid_impl(Thread&, const Value*) { return Value::from_small(::getpid()); }
Value getppid_impl(Thread&, const Value*) { return Value::from_small(::getppid()); }
Value getuid_impl(Thread& th, const Value*) { return int_from_i64(th, ::getuid()); }
Value geteuid_impl(Thread& th, const Value*) { return int_from_i64(th, ::geteuid()); }
Value getgid_impl(Thread& th, const Value*) { return int_from_i64(th, ::getgid()); }
Value getegid_impl(Thread& th, const Value*) { return int_from_i64(th, ::getegid()); }
Value getpgrp_impl(Thread&, const Value*) { return Value::from_small(::getpgrp()); }

Value getlogin_impl(Thread& th, const Value*) {
  char buf[256];
  int r = ::getlogin_r(buf, sizeof buf);
  if (r != 0) return raise_os_error(th, r, Value());
  return fs_decode(th, buf);
}

Value umask_impl(Thread& th, const Value* a) {
  int m;
  if (!get_int(th, a[0], &m)) return Value();
  return Value::from_small(static_cast<int>(::umask(static_cast<mode_t>(m))));
}

Value cpu_count_impl(Thread&, const Value*) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return g_None;
  return Value::from_small(n);
}

Value strerror_impl(Thread& th, const Value* a) {
  int code;
  if (!get_int(th, a[0], &code)) return Value();
  return V(str_from_cstr(th, ::strerror(code)));
}

Value urandom_impl(Thread& th, const Value* a) {
  int64_t n;
  if (!get_i64(th, a[0], &n)) return Value();
  if (n < 0) return raise(th, Exc_ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = ::getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(th, errno, Value());
    }
    got += static_cast<size_t>(r);
  }
  return V(bytes_new(th, buf));
}

Value system_impl(Thread& th, const Value* a) {
  PathArg p(th);
  if (is_str(a[0])) {
    if (!fs_encode_str(th, a[0], &p.path)) return Value();
  } else if (is_bytes(a[0])) {
    p.path.assign(bytes_view(as<BytesObject>(a[0])));
  } else {
    return raise(th, Exc_TypeError, "system() argument 'command' must be str, not %s", type_name_of(a[0]));
  }
  if (p.path.find('\0') != std::string::npos) {
    return raise(th, Exc_ValueError, "embedded null byte");
  }
  int r;
  {
    DetachScope d(th);
    r = ::system(p.path.c_str());
  }
  return Value::from_small(r);
}

Value exit_impl(Thread& th, const Value* a) {
  int code;
  if (!get_int(th, a[0], &code)) return Value();
  ::_exit(code);
}

Value kill_impl(Thread& th, const Value* a) {
  int pid, sig;
  if (!get_int(th, a[0], &pid) || !get_int(th, a[1], &sig)) return Value();
  if (::kill(pid, sig) != 0) return raise_os_error(th, errno, Value());
  return g_None;
}

Value waitpid_impl(Thread& th, const Value* a) {
  int pid, options;
  if (!get_int(th, a[0], &pid) || !get_int(th, a[1], &options)) return Value();
  int status = 0;
  pid_t r;
  int err = 0;
  {
    DetachScope d(th);
    do {
      r = ::waitpid(pid, &status, options);
    } while (r < 0 && errno == EINTR);
    if (r < 0) err = errno;
  }
  if (r < 0) return raise_os_error(th, err, Value());
  Value t[2] = {Value::from_small(r), Value::from_small(status)};
  return V(tuple_from(th, t, 2));
}

Value waitstatus_to_exitcode_impl(Thread& th, const Value* a) {
  int st;
  if (!get_int(th, a[0], &st)) return Value();
  if (WIFEXITED(st)) return Value::from_small(WEXITSTATUS(st));
  if (WIFSIGNALED(st)) return Value::from_small(-WTERMSIG(st));
  return raise(th, Exc_ValueError, "invalid wait status: %d", st);
}

#define WAIT_MACRO(NAME, EXPR, BOOL)                          \
  Value NAME##_impl(Thread& th, const Value* a) {             \
    int status;                                               \
    if (!get_int(th, a[0], &status)) return Value();          \
    if (BOOL) return bool_value(EXPR(status));                \
    return Value::from_small(EXPR(status));                   \
  }
WAIT_MACRO(WIFEXITED, WIFEXITED, true)
WAIT_MACRO(WEXITSTATUS, WEXITSTATUS, false)
WAIT_MACRO(WIFSIGNALED, WIFSIGNALED, true)
WAIT_MACRO(WTERMSIG, WTERMSIG, false)
WAIT_MACRO(WIFSTOPPED, WIFSTOPPED, true)
WAIT_MACRO(WSTOPSIG, WSTOPSIG, false)
#undef WAIT_MACRO

Value times_impl(Thread& th, const Value*) {
  struct tms t;
  clock_t c = ::times(&t);
  if (c == static_cast<clock_t>(-1)) return raise_os_error(th, errno, Value());
  double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
  Value items[5] = {
      Value::from_double(static_cast<double>(t.tms_utime) / tick),
      Value::from_double(static_cast<double>(t.tms_stime) / tick),
      Value::from_double(static_cast<double>(t.tms_cutime) / tick),
      Value::from_double(static_cast<double>(t.tms_cstime) / tick),
      Value::from_double(static_cast<double>(c) / tick),
  };
  return V(tuple_from(th, items, 5));
}

Value uname_impl(Thread& th, const Value*) {
  struct utsname u;
  if (::uname(&u) != 0) return raise_os_error(th, errno, Value());
  Value items[5] = {fs_decode(th, u.sysname), fs_decode(th, u.nodename), fs_decode(th, u.release),
                    fs_decode(th, u.version), fs_decode(th, u.machine)};
  for (Value v : items) {
    if (v.is_empty()) return Value();
  }
  return V(tuple_from(th, items, 5));
}

Value getloadavg_impl(Thread& th, const Value*) {
  double l[3];
  if (::getloadavg(l, 3) != 3) return raise(th, Exc_OSError, "Load averages are unobtainable");
  Value t[3] = {Value::from_double(l[0]), Value::from_double(l[1]), Value::from_double(l[2])};
  return V(tuple_from(th, t, 3));
}

// ---------------------------------------------------------------- environment

bool env_arg(Thread& th, Value v, const char* what, std::string* out) {
  if (is_str(v)) {
    if (!fs_encode_str(th, v, out)) return false;
  } else if (is_bytes(v)) {
    out->assign(bytes_view(as<BytesObject>(v)));
  } else {
    raise(th, Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name_of(v));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    raise(th, Exc_ValueError, "embedded null byte");
    return false;
  }
  (void)what;
  return true;
}

Value putenv_impl(Thread& th, const Value* a) {
  std::string k, v;
  if (!env_arg(th, a[0], "name", &k) || !env_arg(th, a[1], "value", &v)) return Value();
  if (k.empty() || k.find('=') != std::string::npos) {
    return raise(th, Exc_ValueError, "illegal environment variable name");
  }
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) return raise_os_error(th, errno, Value());
  return g_None;
}

Value unsetenv_impl(Thread& th, const Value* a) {
  std::string k;
  if (!env_arg(th, a[0], "name", &k)) return Value();
  if (k.empty() || k.find('=') != std::string::npos) {
    return raise(th, Exc_ValueError, "illegal environment variable name");
  }
  if (::unsetenv(k.c_str()) != 0) return raise_os_error(th, errno, Value());
  return g_None;
}

// _home_dir(user=None): the password database's home folder of a user (the current
// one for None), or None when there is no such entry; for os.path.expanduser.
Value home_dir_impl(Thread& th, const Value* a) {
  std::string user;
  bool by_name = !is_none(a[0]);
  if (by_name && !env_arg(th, a[0], "user", &user)) return Value();
  struct passwd pw;
  struct passwd* res = nullptr;
  std::vector<char> buf(16384);
  int r = by_name ? ::getpwnam_r(user.c_str(), &pw, buf.data(), buf.size(), &res)
                  : ::getpwuid_r(::getuid(), &pw, buf.data(), buf.size(), &res);
  if (r != 0 || !res || !pw.pw_dir) return g_None;
  return fs_decode(th, pw.pw_dir);
}

// The process environment at import time, as {str: str}.
Value environ_dict(Thread& th) {
  DictObject* d = dict_new(th);
  Root keep(th, V(d));
  for (char** e = ::environ; e && *e; ++e) {
    std::string_view kv(*e);
    size_t eq = kv.find('=', 1);
    if (eq == std::string_view::npos) continue;
    Value k = fs_decode(th, kv.substr(0, eq));
    if (k.is_empty()) return Value();
    Root kk(th, k);
    Value v = fs_decode(th, kv.substr(eq + 1));
    if (v.is_empty()) return Value();
    Value existing;
    if (dict_lookup(th, d, k, &existing) == 1) continue;  // first one wins, like getenv
    if (dict_set(th, d, k, v) < 0) return Value();
  }
  return V(d);
}

const NativeDef kPosixFunctions[] = {
    {"stat(path, *, dir_fd=None, follow_symlinks=True)", stat_impl},
    {"lstat(path, *, dir_fd=None)", lstat_impl},
    {"fstat(fd)", fstat_impl},
    {"_statvfs(path)", statvfs_impl},
    {"_fstatvfs(fd, /)", fstatvfs_impl},
    {"getcwd()", getcwd_impl},
    {"getcwdb()", getcwdb_impl},
    {"chdir(path)", chdir_impl},
    {"listdir(path=None)", listdir_impl},
    {"_scandir(path=None)", scandir_impl},
    {"mkdir(path, mode=511, *, dir_fd=None)", mkdir_impl},
    {"rmdir(path, *, dir_fd=None)", rmdir_impl},
    {"remove(path, *, dir_fd=None)", remove_impl},
    {"unlink(path, *, dir_fd=None)", unlink_impl},
    {"rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", rename_impl},
    {"replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", replace_impl},
    {"link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", link_impl},
    {"symlink(src, dst, target_is_directory=False, *, dir_fd=None)", symlink_impl},
    {"readlink(path, *, dir_fd=None)", readlink_impl},
    {"chmod(path, mode, *, dir_fd=None, follow_symlinks=True)", chmod_impl},
    {"chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)", chown_impl},
    {"access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)", access_impl},
    {"utime(path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True)", utime_impl},
    {"truncate(path, length)", truncate_impl},
    {"ftruncate(fd, length, /)", truncate_impl},
    {"open(path, flags, mode=511, *, dir_fd=None)", open_impl},
    {"close(fd)", close_impl},
    {"closerange(fd_low, fd_high, /)", closerange_impl},
    {"read(fd, length, /)", read_impl},
    {"write(fd, data, /)", write_impl},
    {"lseek(fd, position, whence, /)", lseek_impl},
    {"fsync(fd)", fsync_impl},
    {"pipe()", pipe_impl},
    {"dup(fd, /)", dup_impl},
    {"dup2(fd, fd2, inheritable=True)", dup2_impl},
    {"get_inheritable(fd, /)", get_flag_clear_impl<F_GETFD, F_SETFD, FD_CLOEXEC>},
    {"set_inheritable(fd, inheritable, /)", set_flag_clear_impl<F_GETFD, F_SETFD, FD_CLOEXEC>},
    {"get_blocking(fd, /)", get_flag_clear_impl<F_GETFL, F_SETFL, O_NONBLOCK>},
    {"set_blocking(fd, blocking, /)", set_flag_clear_impl<F_GETFL, F_SETFL, O_NONBLOCK>},
    {"isatty(fd, /)", isatty_impl},
    {"_terminal_size(fd)", terminal_size_impl},
    {"getpid()", getpid_impl},
    {"getppid()", getppid_impl},
    {"getuid()", getuid_impl},
    {"geteuid()", geteuid_impl},
    {"getgid()", getgid_impl},
    {"getegid()", getegid_impl},
    {"getpgrp()", getpgrp_impl},
    {"getlogin()", getlogin_impl},
    {"umask(mask, /)", umask_impl},
    {"cpu_count()", cpu_count_impl},
    {"strerror(code, /)", strerror_impl},
    {"urandom(size, /)", urandom_impl},
    {"system(command)", system_impl},
    {"_exit(status)", exit_impl},
    {"kill(pid, signal, /)", kill_impl},
    {"waitpid(pid, options, /)", waitpid_impl},
    {"waitstatus_to_exitcode(status)", waitstatus_to_exitcode_impl},
    {"WIFEXITED(status)", WIFEXITED_impl},
    {"WEXITSTATUS(status)", WEXITSTATUS_impl},
    {"WIFSIGNALED(status)", WIFSIGNALED_impl},
    {"WTERMSIG(status)", WTERMSIG_impl},
    {"WIFSTOPPED(status)", WIFSTOPPED_impl},
    {"WSTOPSIG(status)", WSTOPSIG_impl},
    {"_times()", times_impl},
    {"_uname()", uname_impl},
    {"getloadavg()", getloadavg_impl},
    {"_home_dir(user=None)", home_dir_impl},
    {"putenv(name, value, /)", putenv_impl},
    {"unsetenv(name, /)", unsetenv_impl},
    {},
};

struct IntConst {
  const char* name;
  int64_t value;
};

const IntConst kPosixConstants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_NDELAY", O_NDELAY},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY}, {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC},
    {"O_ACCMODE", O_ACCMODE}, {"O_NOATIME", O_NOATIME}, {"O_PATH", O_PATH},
    {"O_TMPFILE", O_TMPFILE}, {"O_ASYNC", O_ASYNC}, {"O_DIRECT", O_DIRECT},
    {"O_LARGEFILE", O_LARGEFILE}, {"O_RSYNC", O_RSYNC},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"SEEK_DATA", SEEK_DATA}, {"SEEK_HOLE", SEEK_HOLE},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66},
    {"EX_NOUSER", 67}, {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70},
    {"EX_OSERR", 71}, {"EX_OSFILE", 72}, {"EX_CANTCREAT", 73}, {"EX_IOERR", 74},
    {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
    {"DT_UNKNOWN", DT_UNKNOWN}, {"DT_DIR", DT_DIR}, {"DT_REG", DT_REG}, {"DT_LNK", DT_LNK},
    {"AT_FDCWD", AT_FDCWD},
    {"ST_RDONLY", ST_RDONLY}, {"ST_NOSUID", ST_NOSUID}, {"ST_NODEV", ST_NODEV},
    {"ST_NOEXEC", ST_NOEXEC}, {"ST_SYNCHRONOUS", ST_SYNCHRONOUS}, {"ST_MANDLOCK", ST_MANDLOCK},
    {"ST_WRITE", ST_WRITE}, {"ST_APPEND", ST_APPEND}, {"ST_NOATIME", ST_NOATIME},
    {"ST_NODIRATIME", ST_NODIRATIME}, {"ST_RELATIME", ST_RELATIME},
};

}  // namespace

int init_posix_module(Thread& th, ModuleObject* m) {
  Value name = V(str_intern("posix"));
  add_native_functions(th, m->dict, kPosixFunctions, name);
  for (const IntConst& c : kPosixConstants) {
    dict_set_str(th, m->dict, str_intern(c.name), int_from_i64(th, c.value));
  }
  Value env = environ_dict(th);
  if (env.is_empty()) return -1;
  dict_set_str(th, m->dict, str_intern("environ"), env);
  dict_set_str(th, m->dict, str_intern("error"), V(Exc_OSError));
  return 0;
}

}  // namespace taipan
