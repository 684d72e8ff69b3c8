// CodeBuilder: the back end of the compiler. It collects instructions against symbolic
// labels, then `finish()` turns them into a CodeUnit: it walks the control-flow graph to
// compute the exact maximum stack depth, drops unreachable instructions, picks the
// direction of unconditional jumps, inserts EXTENDED_ARG prefixes where an argument
// exceeds 24 bits, and builds the flattened exception table.
//
// Exception handling is modelled as in CPython 3.11's compiler: the front end keeps a
// compile-time stack of active handlers (push_handler/pop_handler play the roles of the
// SETUP_* / POP_BLOCK pseudo-instructions). Every emitted instruction records the
// innermost handler active when it was emitted, so the protected ranges are known per
// instruction and the table comes out sorted and non-overlapping by construction. A
// handler's stack depth is the depth at its push point, found by the stack-depth walk.
//
// Invariants the front end must keep (checked by finish(), which throws on violation):
//  * every instruction is reached with one stack depth on all paths;
//  * conditional jumps (POP_JUMP_IF_*, JUMP_IF_*_OR_POP, FOR_ITER, SEND) go forward, so
//    the only backward jump is JUMP_BACKWARD, the interpreter's safepoint;
//  * a label that is jumped to is followed by at least one reachable instruction.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/code_unit.h"
#include "vm/opcodes.h"

namespace taipan::detail {

struct Label {
  int id = -1;
  bool valid() const { return id >= 0; }
};

// Net stack effect of one instruction. `jump` selects the effect on the branch taken
// (for instructions that can jump); for the others it is ignored.
int stack_effect(Op op, uint32_t arg, bool jump);
// True for instructions after which control never falls through.
bool is_terminator(Op op);
// True for instructions whose argument is a jump target.
bool is_jump(Op op);

class CodeBuilder {
 public:
  // The position stamped on every instruction emitted from now on.
  Position pos;

  Label new_label();
  // The label refers to the next instruction emitted after this call.
  void bind(Label l);
  void emit(Op op, uint32_t arg = 0);
  // A jump to `target`. For an unconditional jump pass JUMP_FORWARD: finish() turns it
  // into JUMP_BACKWARD when the target does not lie ahead.
  void emit_jump(Op op, Label target);

  // Starts a protected region whose exceptions go to `target` (pseudo SETUP_FINALLY /
  // SETUP_CLEANUP / SETUP_WITH). With lasti the handler gets [.. lasti exc]. The stack
  // is cut to the depth at this point plus `adjust` (-1 for `with`, whose handler
  // keeps the exit method but not the __enter__ result still on the stack here).
  void push_handler(Label target, bool lasti, int adjust = 0);
  // Ends the innermost protected region (pseudo POP_BLOCK).
  void pop_handler();
  // For unwinding on return/break/continue: temporarily leave handlers, then restore.
  std::vector<int> handler_stack() const { return handler_stack_; }
  void set_handler_stack(std::vector<int> s) { handler_stack_ = std::move(s); }

  // Interning. Constants are compared by type and exact value (1, True, 1.0 and -0.0
  // stay distinct); code objects are never merged.
  uint32_t add_const(const Const& c);
  uint32_t add_name(const std::string& n);
  // Index in varnames, adding the name if new.
  uint32_t add_varname(const std::string& n);
  const std::vector<std::string>& varnames() const { return varnames_; }
  const std::vector<Const>& consts() const { return consts_; }

  // Fills out.code, positions, exctable, stacksize, consts, names, varnames.
  // Throws std::logic_error on a broken invariant (a compiler bug).
  void finish(CodeUnit& out);

 private:
  enum class Kind : uint8_t { Real, Setup };
  struct Instr {
    Kind kind;
    Op op;
    uint32_t arg;
    int label;    // jump target label, -1 if none
    int handler;  // active handler (Real) or the handler being set up (Setup)
    Position pos;
  };
  struct Handler {
    int label;
    bool lasti;
    int adjust;
    int depth = -1;  // filled in by the stack-depth walk
  };

  int current_handler() const { return handler_stack_.empty() ? -1 : handler_stack_.back(); }
  int compute_depths(std::vector<int>& depth);

  std::vector<Instr> instrs_;
  std::vector<int> label_pos_;  // index into instrs_, -1 until bound
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;
  std::vector<Const> consts_;
  std::unordered_map<std::string, uint32_t> const_index_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t> name_index_;
  std::vector<std::string> varnames_;
  std::unordered_map<std::string, uint32_t> varname_index_;
};

// A key that identifies a constant by type and exact value ("" for code objects, which
// are never interned).
std::string const_key(const Const& c);

}  // namespace taipan::detail
