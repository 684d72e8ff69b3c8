// Compiler driver: entry points, `from __future__` handling, code units, name
// resolution, and the constructs that create code objects (functions, lambdas, classes,
// comprehensions). Expressions live in compile_expr.cpp, statements in compile_stmt.cpp.
//
// Emitted shapes worth knowing when reading the VM (all per vm/opcodes.def):
//  * function:  [decorators] [closure tuple] [defaults] [kwdefaults] [annotations]
//               LOAD_CONST code; MAKE_FUNCTION flags; CALL 0 per decorator; store.
//    Defaults, kwdefaults and annotations are evaluated in source order and then
//    reversed with one SWAP, since MAKE_FUNCTION pops defaults first.
//  * class:     [decorators] PUSH_NULL; LOAD_BUILD_CLASS; <function of the body>;
//               LOAD_CONST 'Name'; <bases>; CALL n+2 (or CALL_KW / CALL_EX); CALL 0 per
//               decorator; store.
//  * comprehension: PUSH_NULL; <function>; <first iterable>; GET_ITER; CALL 1.
#include <algorithm>
#include <stdexcept>

#include "parser/compile_internal.h"
#include "parser/compiler.h"

namespace taipan {

using namespace ast;

namespace detail {

const std::string* get_docstring(const StmtList& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr) return nullptr;
  const Expr& v = *body[0]->as<ExprStmt>().value;
  if (!v.is<Constant>()) return nullptr;
  return std::get_if<std::string>(&v.as<Constant>().value.v);
}

Const to_const(const ConstValue& v) {
  return std::visit(
      [](const auto& x) -> Const {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, ConstValue::None>) return Const{Const::None{}};
        else if constexpr (std::is_same_v<T, ConstValue::Ellipsis>) return Const{Const::Ellipsis{}};
        else if constexpr (std::is_same_v<T, ConstValue::BigInt>) return Const{Const::BigInt{x.decimal}};
        else if constexpr (std::is_same_v<T, ConstValue::Imag>) return Const{Const::Complex{0.0, x.imag}};
        else if constexpr (std::is_same_v<T, ConstValue::Bytes>) return Const{Const::Bytes{x.data}};
        else return Const{x};
      },
      v.v);
}

void Compiler::error(const std::string& msg, const Loc& loc) {
  throw syntax_error_at(msg, filename_, source_, loc);
}

// ---- units ----

void Compiler::enter_unit(UnitKind kind, const SymbolScope& ste, const std::string& name,
                          int firstlineno) {
  auto unit = std::make_unique<Unit>();
  unit->kind = kind;
  unit->ste = &ste;
  CodeUnit& c = *unit->code;
  c.name = name;
  c.filename = filename_;
  c.firstlineno = firstlineno;
  if (!units_.empty()) {
    unit->private_name = units_.back()->private_name;
    unit->b.pos = units_.back()->b.pos;
  }
  if (kind == UnitKind::Class) unit->private_name = name;

  // Qualified name, as CPython's compiler_set_qualname.
  if (units_.size() > 1) {
    Unit& parent = *units_.back();
    bool force_global = false;
    if (kind == UnitKind::Function || kind == UnitKind::Class) {
      if (parent.ste->scope_of(mangle(parent.private_name, name)) == SymScope::GlobalExplicit)
        force_global = true;
    }
    if (force_global) {
      c.qualname = name;
    } else if (parent.kind == UnitKind::Function || parent.kind == UnitKind::Lambda) {
      c.qualname = parent.code->qualname + ".<locals>." + name;
    } else {
      c.qualname = parent.code->qualname + "." + name;
    }
  } else {
    c.qualname = name;
  }

  for (const std::string& p : ste.params) unit->b.add_varname(p);
  c.cellvars = ste.cellvars();
  c.freevars = ste.freevars();
  for (size_t i = 0; i < c.cellvars.size(); ++i)
    unit->deref.emplace(c.cellvars[i], static_cast<uint32_t>(i));
  for (size_t i = 0; i < c.freevars.size(); ++i)
    unit->deref.emplace(c.freevars[i], static_cast<uint32_t>(c.cellvars.size() + i));
  for (const std::string& cv : c.cellvars) {
    auto it = std::find(ste.params.begin(), ste.params.end(), cv);
    c.cell2arg.push_back(it == ste.params.end() ? -1 : static_cast<int>(it - ste.params.begin()));
  }

  if (kind == UnitKind::Function || kind == UnitKind::Lambda || kind == UnitKind::Comprehension) {
    c.flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (ste.varargs) c.flags |= CO_VARARGS;
    if (ste.varkeywords) c.flags |= CO_VARKEYWORDS;
    if (ste.generator) c.flags |= CO_GENERATOR;
    // CO_GENERATOR also marks coroutines and async generators here: it is what makes a
    // call create a suspended frame object (vm/call.cpp) rather than run the body.
    if (ste.coroutine) c.flags |= CO_GENERATOR | (ste.generator ? CO_ASYNC_GENERATOR : CO_COROUTINE);
    if (ste.nested) c.flags |= CO_NESTED;  // as CPython, only function-like code
  }
  units_.push_back(std::move(unit));
}

std::shared_ptr<CodeUnit> Compiler::exit_unit() {
  Unit& unit = u();
  try {
    unit.b.finish(*unit.code);
  } catch (const std::logic_error& e) {
    Loc l{unit.code->firstlineno, 0, 0, 0};
    error(std::string("internal compiler error in ") + unit.code->qualname + ": " + e.what(), l);
  }
  auto code = unit.code;
  units_.pop_back();
  return code;
}

// ---- names ----

void Compiler::nameop(const std::string& name, NameCtx ctx) {
  std::string m = mangled(name);
  const SymbolScope& ste = *u().ste;
  bool function = ste.kind == BlockKind::Function;
  enum { FAST, GLOBAL, DEREF, NAME } optype = NAME;
  switch (ste.scope_of(m)) {
    case SymScope::Free:
    case SymScope::Cell:
      optype = DEREF;
      break;
    case SymScope::Local:
      if (function) optype = FAST;
      break;
    case SymScope::GlobalImplicit:
      if (function) optype = GLOBAL;
      break;
    case SymScope::GlobalExplicit:
      optype = GLOBAL;
      break;
    case SymScope::Unknown:
      break;
  }
  switch (optype) {
    case DEREF: {
      auto it = u().deref.find(m);
      if (it == u().deref.end()) throw std::logic_error("no cell for " + m);
      Op op = ctx == NameCtx::Load
                  ? (ste.kind == BlockKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF)
                  : ctx == NameCtx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF;
      emit(op, it->second);
      return;
    }
    case FAST:
      emit(ctx == NameCtx::Load    ? Op::LOAD_FAST
           : ctx == NameCtx::Store ? Op::STORE_FAST
                                   : Op::DELETE_FAST,
           b().add_varname(m));
      return;
    case GLOBAL:
      emit(ctx == NameCtx::Load    ? Op::LOAD_GLOBAL
           : ctx == NameCtx::Store ? Op::STORE_GLOBAL
                                   : Op::DELETE_GLOBAL,
           b().add_name(m));
      return;
    case NAME:
      emit(ctx == NameCtx::Load    ? Op::LOAD_NAME
           : ctx == NameCtx::Store ? Op::STORE_NAME
                                   : Op::DELETE_NAME,
           b().add_name(m));
      return;
  }
}

// ---- functions, lambdas, classes ----

uint32_t Compiler::load_closure(const SymbolScope& inner) {
  std::vector<std::string> frees = inner.freevars();
  if (frees.empty()) return 0;
  for (const std::string& n : frees) {
    auto it = u().deref.find(n);
    if (it == u().deref.end()) throw std::logic_error("closure: no cell for " + n);
    emit(Op::LOAD_CLOSURE, it->second);
  }
  emit(Op::BUILD_TUPLE, static_cast<uint32_t>(frees.size()));
  return 8;
}

std::string Compiler::source_segment(const Loc& l) const {
  if (source_.empty() || l.lineno <= 0) return "...";
  size_t pos = 0;
  for (int line = 1; line < l.lineno; ++line) {
    pos = source_.find('\n', pos);
    if (pos == std::string_view::npos) return "...";
    ++pos;
  }
  size_t start = pos + static_cast<size_t>(l.col_offset);
  size_t end = pos;
  for (int line = l.lineno; line < l.end_lineno; ++line) {
    end = source_.find('\n', end);
    if (end == std::string_view::npos) return "...";
    ++end;
  }
  end += static_cast<size_t>(l.end_col_offset);
  if (start > source_.size() || end > source_.size() || end < start) return "...";
  std::string s(source_.substr(start, end - start));
  // Joined physical lines read better as one line, as ast.unparse would give.
  std::string out;
  for (char ch : s) {
    if (ch == '\n' || ch == '\r') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    if (ch == '\\' ) continue;
    if (ch == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(ch);
  }
  return out;
}

// An annotation's value: evaluated, or its source text under `from __future__ import
// annotations`.
void Compiler::annotation_value(const Expr& e) {
  if (future_.annotations) {
    PosScope p(*this, e);
    load_str(source_segment(e));
  } else {
    expr(e);
  }
}

uint32_t Compiler::function_prelude(const Arguments& args, const Expr* returns,
                                    bool annotations, const SymbolScope& inner) {
  uint32_t flags = load_closure(inner);
  int pushed = 0;
  if (!args.defaults.empty()) {
    std::vector<Const> items;
    for (auto& d : args.defaults) {
      auto c = fold(*d);
      if (!c) break;
      items.push_back(std::move(*c));
    }
    if (items.size() == args.defaults.size()) {
      load_const(Const{Const::Tuple{std::move(items)}});
    } else {
      for (auto& d : args.defaults) expr(*d);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()));
    }
    flags |= 1;
    ++pushed;
  }
  {
    uint32_t n = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
      if (i >= args.kw_defaults.size() || !args.kw_defaults[i]) continue;
      load_str(mangled(args.kwonlyargs[i].arg));
      expr(*args.kw_defaults[i]);
      ++n;
    }
    if (n) {
      emit(Op::BUILD_MAP, n);
      flags |= 2;
      ++pushed;
    }
  }
  if (annotations) {
    uint32_t n = 0;
    auto one = [&](const Arg& a) {
      if (!a.annotation) return;
      load_str(mangled(a.arg));
      annotation_value(*a.annotation);
      n += 2;
    };
    for (auto& a : args.posonlyargs) one(a);
    for (auto& a : args.args) one(a);
    if (args.vararg) one(*args.vararg);
    for (auto& a : args.kwonlyargs) one(a);
    if (args.kwarg) one(*args.kwarg);
    if (returns) {
      load_str("return");
      annotation_value(*returns);
      n += 2;
    }
    if (n) {
      emit(Op::BUILD_TUPLE, n);
      flags |= 4;
      ++pushed;
    }
  }
  // Evaluated as defaults, kwdefaults, annotations; MAKE_FUNCTION wants them reversed.
  if (pushed >= 2) emit(Op::SWAP, static_cast<uint32_t>(pushed));
  return flags;
}

static void set_arg_counts(CodeUnit& c, const Arguments& a) {
  c.posonlyargcount = static_cast<int>(a.posonlyargs.size());
  c.argcount = static_cast<int>(a.posonlyargs.size() + a.args.size());
  c.kwonlyargcount = static_cast<int>(a.kwonlyargs.size());
}

void Compiler::function_def(const FunctionDefBase& f) {
  PosScope p(*this, f);
  for (auto& d : f.decorator_list) expr(*d);
  int firstlineno = f.decorator_list.empty() ? f.lineno : f.decorator_list[0]->lineno;
  const SymbolScope& inner = st_.scope_for(&f);
  uint32_t flags = function_prelude(f.args, f.returns.get(), true, inner);

  enter_unit(UnitKind::Function, inner, f.name, firstlineno);
  CodeUnit& c = *u().code;
  set_arg_counts(c, f.args);
  const std::string* doc = get_docstring(f.body);
  if (doc) {
    c.docstring = *doc;
    c.has_docstring = true;
    b().add_const(Const{*doc});
  } else {
    b().add_const(Const{Const::None{}});
  }
  for (size_t i = doc ? 1 : 0; i < f.body.size(); ++i) stmt(*f.body[i]);
  {
    // The implicit `return None` carries the last statement's position.
    std::optional<PosScope> lp;
    if (!f.body.empty()) lp.emplace(*this, *f.body.back());
    load_none();
    emit(Op::RETURN_VALUE);
  }
  auto code = exit_unit();

  load_const(Const{std::shared_ptr<const CodeUnit>(code)});
  emit(Op::MAKE_FUNCTION, flags);
  for (size_t i = f.decorator_list.size(); i-- > 0;) {
    PosScope dp(*this, *f.decorator_list[i]);
    emit(Op::CALL, 0);
  }
  nameop(f.name, NameCtx::Store);
}

void Compiler::lambda(const Lambda& l) {
  const SymbolScope& inner = st_.scope_for(&l);
  uint32_t flags = function_prelude(l.args, nullptr, false, inner);
  enter_unit(UnitKind::Lambda, inner, "<lambda>", l.lineno);
  set_arg_counts(*u().code, l.args);
  b().add_const(Const{Const::None{}});  // so that a lambda never has a docstring
  expr(*l.body);
  // Also for a generator lambda: its value becomes StopIteration.value, as in CPython.
  emit(Op::RETURN_VALUE);
  auto code = exit_unit();
  load_const(Const{std::shared_ptr<const CodeUnit>(code)});
  emit(Op::MAKE_FUNCTION, flags);
}

void Compiler::class_def(const ClassDef& cd) {
  PosScope p(*this, cd);
  for (auto& d : cd.decorator_list) expr(*d);
  int firstlineno = cd.decorator_list.empty() ? cd.lineno : cd.decorator_list[0]->lineno;
  const SymbolScope& inner = st_.scope_for(&cd);

  enter_unit(UnitKind::Class, inner, cd.name, firstlineno);
  {
    nameop("__name__", NameCtx::Load);
    nameop("__module__", NameCtx::Store);
    load_str(u().code->qualname);
    nameop("__qualname__", NameCtx::Store);
    body_with_docstring(cd.body);
    std::optional<PosScope> lp;
    if (!cd.body.empty()) lp.emplace(*this, *cd.body.back());
    if (inner.needs_class_closure) {
      // Hand the __class__ cell to type.__new__, which fills it with the new class.
      emit(Op::LOAD_CLOSURE, u().deref.at("__class__"));
      emit(Op::COPY, 1);
      nameop("__classcell__", NameCtx::Store);
      emit(Op::RETURN_VALUE);
    } else {
      load_none();
      emit(Op::RETURN_VALUE);
    }
  }
  auto code = exit_unit();

  emit(Op::PUSH_NULL);
  emit(Op::LOAD_BUILD_CLASS);
  uint32_t flags = load_closure(inner);
  load_const(Const{std::shared_ptr<const CodeUnit>(code)});
  emit(Op::MAKE_FUNCTION, flags);
  load_str(cd.name);
  call_helper(2, cd.bases, cd.keywords, cd);
  for (size_t i = cd.decorator_list.size(); i-- > 0;) {
    PosScope dp(*this, *cd.decorator_list[i]);
    emit(Op::CALL, 0);
  }
  nameop(cd.name, NameCtx::Store);
}

// ---- comprehensions ----

void Compiler::comprehension(const Expr& e) {
  const std::vector<Comprehension>* gens;
  const Expr* elt;
  const Expr* value = nullptr;
  ComprehensionKind kind;
  const char* name;
  switch (e.kind) {
    case ExprKind::ListComp:
      gens = &e.as<ListComp>().generators;
      elt = e.as<ListComp>().elt.get();
      kind = ComprehensionKind::List;
      name = "<listcomp>";
      break;
    case ExprKind::SetComp:
      gens = &e.as<SetComp>().generators;
      elt = e.as<SetComp>().elt.get();
      kind = ComprehensionKind::Set;
      name = "<setcomp>";
      break;
    case ExprKind::DictComp:
      gens = &e.as<DictComp>().generators;
      elt = e.as<DictComp>().key.get();
      value = e.as<DictComp>().value.get();
      kind = ComprehensionKind::Dict;
      name = "<dictcomp>";
      break;
    default:
      gens = &e.as<GeneratorExp>().generators;
      elt = e.as<GeneratorExp>().elt.get();
      kind = ComprehensionKind::Generator;
      name = "<genexpr>";
      break;
  }
  const SymbolScope& inner = st_.scope_for(&e);
  enter_unit(UnitKind::Comprehension, inner, name, e.lineno);
  u().code->argcount = 1;
  switch (kind) {
    case ComprehensionKind::List: emit(Op::BUILD_LIST, 0); break;
    case ComprehensionKind::Set: emit(Op::BUILD_SET, 0); break;
    case ComprehensionKind::Dict: emit(Op::BUILD_MAP, 0); break;
    default: break;
  }
  comprehension_generator(*gens, 0, 0, elt, value, kind);
  if (kind == ComprehensionKind::Generator) load_none();
  emit(Op::RETURN_VALUE);
  auto code = exit_unit();

  emit(Op::PUSH_NULL);
  uint32_t flags = load_closure(inner);
  load_const(Const{std::shared_ptr<const CodeUnit>(code)});
  emit(Op::MAKE_FUNCTION, flags);
  expr(*(*gens)[0].iter);
  emit((*gens)[0].is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 1);
  if (inner.coroutine && kind != ComprehensionKind::Generator) {
    if (!in_coroutine())
      error("asynchronous comprehension outside of an asynchronous function", e);
    await_value(0);
  }
}

// One `for` clause. `depth` counts the iterators already on the stack below this one.
// Stack at the innermost element: [result it_1 .. it_depth+1 value]; LIST_APPEND and
// SET_ADD count the result's position before the pop (vm/opcodes.def), MAP_ADD after.
void Compiler::comprehension_generator(const std::vector<Comprehension>& gens, size_t index,
                                       int depth, const Expr* elt, const Expr* value,
                                       ComprehensionKind kind) {
  const Comprehension& gen = gens[index];
  Label start = new_label(), if_cleanup = new_label(), anchor = new_label();
  if (index == 0) {
    emit(Op::LOAD_FAST, 0);  // .0, the iterator made by the caller
  } else {
    expr(*gen.iter);
    emit(gen.is_async ? Op::GET_AITER : Op::GET_ITER);
  }
  ++depth;
  bind(start);
  if (gen.is_async) {
    // [.. aiter] -> [.. aiter value]; StopAsyncIteration from __anext__ ends the loop.
    b().push_handler(anchor, false);
    emit(Op::GET_ANEXT);
    yield_from_loop();
    b().pop_handler();
  } else {
    emit_jump(Op::FOR_ITER, anchor);
  }
  store(*gen.target);
  for (auto& cond : gen.ifs) jump_if(*cond, if_cleanup, false);
  if (index + 1 < gens.size()) {
    comprehension_generator(gens, index + 1, depth, elt, value, kind);
  } else {
    PosScope p(*this, *elt);
    switch (kind) {
      case ComprehensionKind::Generator:
        expr(*elt);
        if (u().code->flags & CO_ASYNC_GENERATOR) emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE);
        emit(Op::POP_TOP);
        break;
      case ComprehensionKind::List:
        expr(*elt);
        emit(Op::LIST_APPEND, static_cast<uint32_t>(depth + 2));
        break;
      case ComprehensionKind::Set:
        expr(*elt);
        emit(Op::SET_ADD, static_cast<uint32_t>(depth + 2));
        break;
      case ComprehensionKind::Dict:
        expr(*elt);
        expr(*value);
        emit(Op::MAP_ADD, static_cast<uint32_t>(depth + 1));
        break;
      case ComprehensionKind::None:
        break;
    }
  }
  bind(if_cleanup);
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(anchor);
  if (gen.is_async) emit(Op::END_ASYNC_FOR);  // [.. aiter exc] -> [..]
}

// ---- module ----

std::shared_ptr<CodeUnit> Compiler::compile_mod(const Mod& mod) {
  enter_unit(UnitKind::Module, st_.top(), "<module>", 1);
  b().pos = Position{1, 1, 0, 0};
  switch (mod.kind) {
    case ModKind::Module: {
      auto& body = mod.as<Module>().body;
      if (!body.empty()) b().pos.line = b().pos.end_line = body[0]->lineno;
      body_with_docstring(body);
      std::optional<PosScope> lp;
      if (!body.empty()) lp.emplace(*this, *body.back());
      load_none();
      emit(Op::RETURN_VALUE);
      break;
    }
    case ModKind::Interactive: {
      auto& body = mod.as<Interactive>().body;
      if (find_ann(body)) emit(Op::SETUP_ANNOTATIONS);
      stmts(body);
      std::optional<PosScope> lp;
      if (!body.empty()) lp.emplace(*this, *body.back());
      load_none();
      emit(Op::RETURN_VALUE);
      break;
    }
    case ModKind::Expression:
      expr(*mod.as<Expression>().body);
      emit(Op::RETURN_VALUE);
      break;
  }
  return exit_unit();
}

}  // namespace detail

// ---- entry points ----

static const char* const kFutureFeatures[] = {
    "nested_scopes", "generators",    "division",        "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};

// Finds the leading `from __future__ import` statements (after an optional docstring),
// checking the feature names.
static FutureFeatures scan_future(const Mod& mod, const std::string& filename,
                                  std::string_view source,
                                  std::vector<const Stmt*>& allowed) {
  FutureFeatures f;
  if (!mod.is<Module>() && !mod.is<Interactive>()) return f;
  const StmtList& body = mod.is<Module>() ? mod.as<Module>().body : mod.as<Interactive>().body;
  size_t i = mod.is<Module>() && detail::get_docstring(body) ? 1 : 0;
  for (; i < body.size(); ++i) {
    const Stmt& s = *body[i];
    if (s.kind != StmtKind::ImportFrom || s.as<ImportFrom>().module != "__future__") break;
    allowed.push_back(&s);
    for (const Alias& a : s.as<ImportFrom>().names) {
      if (a.name == "annotations") f.annotations = true;
      if (a.name == "braces") throw syntax_error_at("not a chance", filename, source, a);
      bool known = false;
      for (const char* k : kFutureFeatures) known = known || a.name == k;
      if (!known)
        throw syntax_error_at("future feature " + a.name + " is not defined", filename, source,
                              a);
    }
  }
  return f;
}

std::shared_ptr<const CodeUnit> compile_ast(const Mod& mod, const std::string& filename,
                                            ParseMode mode, std::string_view source) {
  std::vector<const Stmt*> allowed;
  FutureFeatures future = scan_future(mod, filename, source, allowed);
  try {
    auto st = SymbolTable::build(mod, filename, source, future);
    detail::Compiler c(filename, source, mode, future, *st);
    c.future_stmts = std::move(allowed);
    auto unit = c.compile_mod(mod);
    unit->warnings = std::move(c.warnings);
    return unit;
  } catch (const std::logic_error& e) {
    // A compiler bug: report it as a SyntaxError rather than take the process down.
    throw SyntaxErrorInfo(SyntaxErrorInfo::Kind::SyntaxError,
                          std::string("internal compiler error: ") + e.what(), filename, 1, 1,
                          "");
  }
}

std::shared_ptr<const CodeUnit> compile_source(std::string_view source,
                                               const std::string& filename, ParseMode mode) {
  auto mod = parse(source, filename, mode);
  return compile_ast(*mod, filename, mode, source);
}

}  // namespace taipan
