// The front end reports bad source with this C++ exception. It never crosses into the
// VM: compile entry points catch it and raise a Python SyntaxError (or subclass) with the
// same fields, which the traceback printer shows with the source line and a caret.
#pragma once
#include <stdexcept>
#include <string>

namespace taipan {

struct SyntaxErrorInfo : std::runtime_error {
  enum class Kind { SyntaxError, IndentationError, TabError };
  Kind kind = Kind::SyntaxError;
  std::string msg;       // e.g. "invalid syntax", "unexpected indent", "'(' was never closed"
  std::string filename;
  int line = 0;          // 1-based
  int col = 0;           // 1-based column of the offending token, as CPython's SyntaxError.offset
  int end_line = 0;      // 0 if unknown
  int end_col = 0;
  std::string text;      // the source line, without its newline

  SyntaxErrorInfo(Kind k, std::string m, std::string file, int ln, int c, std::string src_line,
                  int eln = 0, int ec = 0)
      : std::runtime_error(m), kind(k), msg(std::move(m)), filename(std::move(file)), line(ln),
        col(c), end_line(eln), end_col(ec), text(std::move(src_line)) {}
};

}  // namespace taipan
