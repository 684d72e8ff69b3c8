// The compiler's output: plain C++ data, no VM objects. The VM turns a CodeUnit tree
// into immutable Code objects (vm/code.cpp), materializing the constants there. Keeping
// the front end free of VM types lets it be tested alone and run on any thread.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace taipan {

struct CodeUnit;

// A compile-time constant.
struct Const {
  struct None {};
  struct Ellipsis {};
  struct BigInt { std::string decimal; };  // an int outside int64 range, in base 10
  struct Complex { double real, imag; };
  struct Bytes { std::string data; };
  struct Tuple { std::vector<Const> items; };
  struct FrozenSet { std::vector<Const> items; };  // `x in {1, 2}` may fold to this
  using Str = std::string;                          // UTF-8
  std::variant<None, Ellipsis, bool, int64_t, BigInt, double, Complex, Str, Bytes, Tuple,
               FrozenSet, std::shared_ptr<const CodeUnit>>
      v;
};

// Code flags (the values of CPython's co_flags where they exist).
enum CodeFlags : uint32_t {
  CO_OPTIMIZED = 0x1,     // locals are fast slots (function bodies)
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,       // has *args (it is varnames[argcount + kwonlyargcount])
  CO_VARKEYWORDS = 0x8,   // has **kwargs (the name after *args, or after the kw-only names)
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,    // calling it makes a generator; the frame starts at instruction 0
                          // and nothing is pushed for the first (None) send
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
};

// Source position of one instruction (1-based lines, 0-based UTF-8 byte columns, as
// CPython's co_positions; -1 where unknown).
struct Position {
  int32_t line = -1, end_line = -1, col = -1, end_col = -1;
};

// One exception-table entry: an instruction in [start, end) that raises continues at
// target with the stack cut to depth (then lasti pushed if lasti, then the exception).
struct ExcEntry {
  uint32_t start, end, target, depth;
  bool lasti;
};

struct CodeUnit {
  std::string name;      // co_name: "<module>", "f", "<lambda>", "<listcomp>", ...
  std::string qualname;  // co_qualname: "C.f.<locals>.g"
  std::string filename;
  int firstlineno = 1;
  int argcount = 0;         // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;        // maximum operand stack depth
  std::vector<uint32_t> code;        // instruction words, see vm/opcodes.def
  std::vector<Position> positions;   // one per instruction word
  std::vector<ExcEntry> exctable;    // sorted by start, ranges never overlap: nested
                                     // handlers are flattened as in CPython 3.11
  std::vector<Const> consts;
  std::vector<std::string> names;     // globals, attributes, imported names
  std::vector<std::string> varnames;  // parameters first, then other locals
  std::vector<std::string> cellvars;  // locals captured by inner scopes
  std::vector<std::string> freevars;  // names captured from enclosing scopes
  // For each cellvar that is also a parameter, the parameter's index (else -1): the VM
  // moves that argument into its cell when the frame starts.
  std::vector<int> cell2arg;
  std::string docstring;              // empty if none
  bool has_docstring = false;
  // Module unit only: the compiler's SyntaxWarnings (message, line), issued through the
  // warnings module when the code object is made (vm/code.cpp).
  std::vector<std::pair<std::string, int>> warnings;
};

}  // namespace taipan
