// Symbol tables: which names are local, global, free or cell in each scope, following
// CPython 3.11's symtable.c in two passes:
//  1. a walk over the AST records, per block (module, class, function/lambda,
//     comprehension), how each name is used (defined, used, declared global/nonlocal,
//     parameter, imported, annotated) and reports misuse of global/nonlocal/yield;
//  2. an analysis from the top down resolves every name to a scope: a name bound in a
//     function is visible to nested functions (free there, a cell here), a class body's
//     names are visible to no nested scope, and everything else is global.
// Comprehensions and generator expressions are function blocks of their own, taking the
// first iterator as the parameter ".0"; a walrus inside them binds in the enclosing
// function. A method that uses `super` or `__class__` makes its class block hold an
// implicit `__class__` cell. Names of the form `__x` inside a class are mangled to
// `_Class__x` before they are recorded.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "parser/syntax_error.h"

namespace taipan {

enum class BlockKind : uint8_t { Module, Class, Function };
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// How a name is resolved in a block.
enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Use flags (CPython's DEF_* bits).
enum SymFlag : uint32_t {
  DEF_GLOBAL = 1u << 0,      // `global x`
  DEF_LOCAL = 1u << 1,       // assigned in this block
  DEF_PARAM = 1u << 2,       // a parameter
  DEF_NONLOCAL = 1u << 3,    // `nonlocal x`
  USE = 1u << 4,             // read
  DEF_FREE_CLASS = 1u << 5,  // a class binds it and a method needs the outer binding too
  DEF_IMPORT = 1u << 6,      // bound by import
  DEF_ANNOT = 1u << 7,       // annotated (`x: int`)
  DEF_COMP_ITER = 1u << 8,   // a comprehension's iteration variable
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

struct Symbol {
  std::string name;  // mangled
  uint32_t flags = 0;
  SymScope scope = SymScope::Unknown;
};

// One block (CPython's symtable entry).
struct SymbolScope {
  BlockKind kind = BlockKind::Module;
  ComprehensionKind comprehension = ComprehensionKind::None;
  std::string name;        // "top", class or function name, "lambda", "listcomp", ...
  const void* node = nullptr;
  int lineno = 0;
  SymbolScope* parent = nullptr;
  std::vector<SymbolScope*> children;
  std::vector<Symbol> symbols;  // in order of first mention
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> params;  // parameter names in order (varnames prefix)
  bool nested = false;              // inside a function (CO_NESTED)
  bool generator = false;           // contains yield
  bool coroutine = false;           // async def, or a comprehension that awaits
  bool varargs = false, varkeywords = false;
  bool free = false;                // has free variables
  bool child_free = false;          // some child block has free variables
  bool needs_class_closure = false; // class block: a method uses __class__/super
  bool returns_value = false;
  int comp_iter_expr = 0;           // while visiting a comprehension's iterable
  bool comp_iter_target = false;    // while visiting a comprehension's target

  const Symbol* lookup(const std::string& mangled) const;
  SymScope scope_of(const std::string& mangled) const;
  uint32_t flags_of(const std::string& mangled) const;
  // Sorted names with scope Cell (plus "__class__" for a class needing it).
  std::vector<std::string> cellvars() const;
  // Sorted names with scope Free or flag DEF_FREE_CLASS.
  std::vector<std::string> freevars() const;
};

struct FutureFeatures {
  bool annotations = false;  // from __future__ import annotations
};

class SymbolTable {
 public:
  // Throws SyntaxErrorInfo. `source` supplies the text line for error reports.
  static std::unique_ptr<SymbolTable> build(const ast::Mod& mod, const std::string& filename,
                                            std::string_view source,
                                            const FutureFeatures& future);
  const SymbolScope& top() const { return *top_; }
  // The block opened by a FunctionDef, Lambda, ClassDef or comprehension node.
  const SymbolScope& scope_for(const void* node) const;

 private:
  friend class SymtableBuilder;
  SymbolScope* top_ = nullptr;
  std::vector<std::unique_ptr<SymbolScope>> scopes_;
  std::unordered_map<const void*, SymbolScope*> by_node_;
};

// `__x` inside class C becomes `_C__x` (not dunder names, dotted names, or when the class
// name is all underscores).
std::string mangle(const std::string& private_name, const std::string& name);

// A SyntaxErrorInfo for `loc` with the source line filled in.
SyntaxErrorInfo syntax_error_at(const std::string& msg, const std::string& filename,
                                std::string_view source, const ast::Loc& loc);

}  // namespace taipan
