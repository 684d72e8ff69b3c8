// File objects (builtins/io.cpp): what open() returns and what sys.stdin/stdout/stderr
// are. One layout serves text and binary files; a file is locked (its object lock) for
// each read or write so that lines written by different threads never interleave
// mid-write. Blocking system calls run detached (DetachScope) so a thread waiting on
// I/O never stalls a collection.
#pragma once
#include "vm/objects.h"
#include "vm/native.h"

namespace taipan {

struct FileObject : Object {
  int fd;                 // -1 once closed
  bool readable, writable, appending, binary, closefd, line_buffered, is_tty;
  bool eof_seen;
  char* rbuf;             // read buffer (mi_malloc), rpos..rlen unread
  int64_t rpos, rlen, rcap;
  char* wbuf;             // write buffer (mi_malloc)
  int64_t wlen, wcap;
  Value name;             // str (path) or int (fd)
  Value mode;             // str
  Value encoding;         // str or None (binary)
  Value newline;          // translation: None (universal) by default
};

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
extern const NativeDef kOpenDef;

// Makes sys.stdin/stdout/stderr (fds 0, 1, 2).
Value file_from_fd(Thread& th, int fd, const char* mode, const char* name);
// Writes text to a file object: the builtin fast path when f is a FileObject, else
// f.write(s). Returns -1 when it raised.
int file_write_str(Thread& th, Value f, std::string_view text);
// Writes out every open file's buffer (at exit).
void io_flush_all();

}  // namespace taipan
