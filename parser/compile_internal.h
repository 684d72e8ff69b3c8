// Internal interface of the compiler, shared by compiler.cpp (units, functions, classes,
// comprehensions, names), compile_expr.cpp and compile_stmt.cpp. Not for other users.
//
// A Unit is one code object being compiled; units nest like the scopes they compile. The
// frame-block stack (fblocks) mirrors CPython 3.11's: it says what `break`, `continue`
// and `return` must undo on their way out (pop a for-iterator, run a finally body, call
// a with-block's __exit__, restore the handled exception).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "parser/code_builder.h"
#include "parser/code_unit.h"
#include "parser/parser.h"
#include "parser/symtable.h"

namespace taipan::detail {

enum class UnitKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

enum class FBlockKind : uint8_t {
  WhileLoop,
  ForLoop,
  TryExcept,         // try body with except handlers: 1 handler
  FinallyTry,        // try body with a finally: 1 handler
  FinallyEnd,        // finally body on the exceptional path: 1 handler, prev_exc + exc on stack
  With,              // with body: 1 handler, the exit method on stack
  HandlerCleanup,    // except body: 1 handler (+1 for `as name`), prev_exc on stack
  PopValue,          // a value to drop (return inside a finally run by return)
  ExceptionHandler,  // matching except clauses: nothing to undo
  ExceptionGroupHandler,  // matching except* clauses: break/continue/return may not leave it
};

struct FBlock {
  FBlockKind kind;
  Label start;                                // loops: continue target
  Label exit;                                 // loops: break target
  const ast::StmtList* finalbody = nullptr;   // FinallyTry
  std::string name;                           // HandlerCleanup: the `as` name
  bool is_async = false;                      // With: async with
};

struct Unit {
  UnitKind kind;
  const SymbolScope* ste;
  std::shared_ptr<CodeUnit> code = std::make_shared<CodeUnit>();
  CodeBuilder b;
  std::string private_name;  // class name for mangling
  std::vector<FBlock> fblocks;
  std::unordered_map<std::string, uint32_t> deref;  // cellvars ++ freevars
};

enum class NameCtx : uint8_t { Load, Store, Del };

class Compiler {
 public:
  Compiler(const std::string& filename, std::string_view source, ParseMode mode,
           const FutureFeatures& future, const SymbolTable& st)
      : filename_(filename), source_(source), mode_(mode), future_(future), st_(st) {}

  std::shared_ptr<CodeUnit> compile_mod(const ast::Mod& mod);

  // Set by compile_ast: the `from __future__` statements allowed where they are.
  std::vector<const ast::Stmt*> future_stmts;

  // ---- shared helpers (compiler.cpp) ----
  [[noreturn]] void error(const std::string& msg, const ast::Loc& loc);
  // SyntaxWarnings (CPython's compiler_warn), handed to the module unit by compile_ast.
  std::vector<std::pair<std::string, int>> warnings;
  void warn(const std::string& msg, const ast::Loc& loc) { warnings.emplace_back(msg, loc.lineno); }
  // CPython's check_compare / check_caller / check_subscripter+check_index / assert
  // tuple warnings (compile_expr.cpp).
  void check_compare(const ast::Compare& c);
  void check_caller(const ast::Expr& func);
  void check_subscript(const ast::Subscript& s, const ast::Loc& loc);
  Unit& u() { return *units_.back(); }
  CodeBuilder& b() { return units_.back()->b; }
  void emit(Op op, uint32_t arg = 0) { b().emit(op, arg); }
  void emit_jump(Op op, Label l) { b().emit_jump(op, l); }
  Label new_label() { return b().new_label(); }
  void bind(Label l) { b().bind(l); }
  void load_const(const Const& c) { emit(Op::LOAD_CONST, b().add_const(c)); }
  void load_none() { load_const(Const{Const::None{}}); }
  void load_str(const std::string& s) { load_const(Const{s}); }
  uint32_t name_arg(const std::string& n) { return b().add_name(mangle(u().private_name, n)); }
  void nameop(const std::string& name, NameCtx ctx);
  std::string mangled(const std::string& n) { return mangle(u().private_name, n); }

  // Sets the position stamped on instructions for the lifetime of the guard.
  struct PosScope {
    CodeBuilder* b;
    Position saved;
    PosScope(Compiler& c, const ast::Loc& l) : b(&c.b()), saved(c.b().pos) {
      b->pos = Position{l.lineno, l.end_lineno, l.col_offset, l.end_col_offset};
    }
    ~PosScope() { b->pos = saved; }
    PosScope(const PosScope&) = delete;
    PosScope& operator=(const PosScope&) = delete;
  };

  // Units.
  void enter_unit(UnitKind kind, const SymbolScope& ste, const std::string& name,
                  int firstlineno);
  std::shared_ptr<CodeUnit> exit_unit();
  // LOAD_CLOSURE each free variable of `inner` + BUILD_TUPLE; returns MAKE_FUNCTION's 8
  // bit or 0.
  uint32_t load_closure(const SymbolScope& inner);
  void function_def(const ast::FunctionDefBase& f);
  void lambda(const ast::Lambda& l);
  void class_def(const ast::ClassDef& c);
  void comprehension(const ast::Expr& e);
  void comprehension_generator(const std::vector<ast::Comprehension>& gens, size_t index,
                               int depth, const ast::Expr* elt, const ast::Expr* value,
                               ComprehensionKind kind);
  // Pushes defaults / kwdefaults / annotations in MAKE_FUNCTION order; returns the flags.
  uint32_t function_prelude(const ast::Arguments& args, const ast::Expr* returns,
                            bool annotations, const SymbolScope& inner);
  void annotation_value(const ast::Expr& e);
  std::string source_segment(const ast::Loc& l) const;
  bool is_interactive_top() { return mode_ == ParseMode::Single && units_.size() == 1; }

  // ---- expressions (compile_expr.cpp) ----
  void expr(const ast::Expr& e);
  void expr_inner(const ast::Expr& e);
  std::optional<Const> fold(const ast::Expr& e);
  void jump_if(const ast::Expr& e, Label target, bool cond);
  void compare(const ast::Compare& c);
  void emit_cmp(ast::CmpOpKind op);
  void call(const ast::Call& c);
  void call_helper(int pushed, const ast::ExprList& args, const std::vector<ast::Keyword>& kws,
                   const ast::Loc& loc);
  // [*a, b] style: builds a list/tuple/set from elts (after `pushed` items already on
  // the stack, which become its first elements).
  enum class Seq : uint8_t { List, Tuple, Set };
  void build_sequence(const ast::ExprList& elts, int pushed, Seq kind);
  void dict_display(const ast::Dict& d);
  void subscript_slice(const ast::Expr& slice);
  void store(const ast::Expr& target);
  void del(const ast::Expr& target);
  void unpack_store(const ast::ExprList& elts, const ast::Loc& loc);

  // ---- statements (compile_stmt.cpp) ----
  void stmt(const ast::Stmt& s);
  void stmts(const ast::StmtList& l) {
    for (auto& s : l) stmt(*s);
  }
  void body_with_docstring(const ast::StmtList& body);
  static bool find_ann(const ast::StmtList& body);
  void for_stmt(const ast::For& f);
  void while_stmt(const ast::While& w);
  void if_stmt(const ast::If& s);
  void try_finally(const ast::TryBase& t);
  void try_except(const ast::TryBase& t);
  void try_star_except(const ast::TryBase& t);
  void with_stmt(const ast::WithBase& w, size_t index, bool is_async);
  void async_for_stmt(const ast::AsyncFor& f);
  // [... awaitable-iterator] -> [... result]: LOAD_CONST None + the SEND/YIELD_VALUE loop.
  void yield_from_loop();
  // [... x] -> [... result of await x]
  void await_value(int where) {
    emit(Op::GET_AWAITABLE, static_cast<uint32_t>(where));
    yield_from_loop();
  }
  bool in_coroutine() { return u().ste->coroutine; }
  void return_stmt(const ast::Return& r);
  void break_continue(const ast::Stmt& s, bool is_break);
  void unwind_fblock(const FBlock& fb, bool preserve_tos);
  // `where` locates the SyntaxError for leaving an except* clause.
  void unwind_fblock_stack(bool preserve_tos, std::optional<FBlock>* loop, const ast::Loc& where);
  void call_exit_with_nones();
  void pop_except_and_reraise();
  void import(const ast::Import& s);
  void import_from(const ast::ImportFrom& s);
  void ann_assign(const ast::AnnAssign& s);
  void aug_assign(const ast::AugAssign& s);
  void assert_stmt(const ast::Assert& s);
  void raise_stmt(const ast::Raise& s);

  // ---- match statements (compile_match.cpp) ----
  struct PatternCtx {
    std::vector<Label> fail_pop;      // fail_pop[n]: pop n items, then try the next case
    std::vector<std::string> stores;  // names bound so far by this case's pattern
    int on_top = 0;                   // items a failure must pop
    bool allow_irrefutable = false;
  };
  void match_stmt(const ast::Match& m);
  void pattern(const ast::Pattern& p, PatternCtx& pc);
  void subpattern(const ast::Pattern& p, PatternCtx& pc);
  void pattern_sequence(const ast::MatchSequence& p, PatternCtx& pc);
  void pattern_mapping(const ast::MatchMapping& p, PatternCtx& pc);
  void pattern_class(const ast::MatchClass& p, PatternCtx& pc);
  void pattern_or(const ast::MatchOr& p, PatternCtx& pc);
  void pattern_store(PatternCtx& pc, const std::string& name, const ast::Loc& loc);
  void pc_fail(PatternCtx& pc, Op op);
  void pc_emit_fail_pop(PatternCtx& pc);

  const std::string& filename_;
  std::string_view source_;
  ParseMode mode_;
  FutureFeatures future_;
  const SymbolTable& st_;
  std::vector<std::unique_ptr<Unit>> units_;
};

// Docstring of a body: the first statement when it is a str constant expression.
const std::string* get_docstring(const ast::StmtList& body);
Const to_const(const ast::ConstValue& v);
taipan::BinOp binop_of(ast::Operator op);

}  // namespace taipan::detail
