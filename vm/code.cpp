// CodeUnit (the compiler's plain C++ output) -> CodeObject (an immutable VM object), and
// compile_to_code, the one place where the front end's SyntaxErrorInfo becomes a Python
// exception.
//
// Invariants: a CodeObject is complete before anyone else can see it and never changes
// afterwards, except its inline-cache slots (vm/interp.cpp). Constants are materialized
// once here: strings and names are interned, so the interpreter compares names by
// pointer first. The C++-side arrays (instructions, positions, exception table,
// cell2arg, caches) are one mi_malloc block each, freed by the type's finalize.
#include <mimalloc.h>

#include <cstring>

#include "builtins/exceptions.h"
#include "parser/compiler.h"
#include "parser/syntax_error.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/import.h"

namespace taipan {

namespace {

template <class T>
T* copy_array(const std::vector<T>& v) {
  if (v.empty()) return nullptr;
  T* p = static_cast<T*>(mi_malloc(sizeof(T) * v.size()));
  std::memcpy(static_cast<void*>(p), v.data(), sizeof(T) * v.size());
  return p;
}

TupleObject* intern_tuple(Thread& th, const std::vector<std::string>& names) {
  if (names.empty()) return g_empty_tuple;
  TupleObject* t = tuple_new(th, static_cast<int64_t>(names.size()));
  for (size_t i = 0; i < names.size(); i++) t->items[i] = V(str_intern(names[i]));
  return t;
}

Value make_const(Thread& th, const Const& c);

struct ConstVisitor {
  Thread& th;
  Value operator()(const Const::None&) const { return g_None; }
  Value operator()(const Const::Ellipsis&) const { return g_Ellipsis; }
  Value operator()(bool b) const { return bool_value(b); }
  Value operator()(int64_t i) const { return int_from_i64(th, i); }
  Value operator()(const Const::BigInt& b) const { return int_from_string(th, b.decimal, 10); }
  Value operator()(double d) const { return Value::from_double(d); }
  Value operator()(const Const::Complex& c) const {
    Value args[2] = {Value::from_double(c.real), Value::from_double(c.imag)};
    return call(th, V(ComplexType), args, 2);
  }
  Value operator()(const Const::Str& s) const { return V(str_intern(s)); }
  Value operator()(const Const::Bytes& b) const { return V(bytes_new(th, b.data)); }
  Value operator()(const Const::Tuple& t) const {
    if (t.items.empty()) return V(g_empty_tuple);
    TupleObject* tup = tuple_new(th, static_cast<int64_t>(t.items.size()));
    // Fill with None first: the tuple must never hold EMPTY when something can trace it.
    for (size_t i = 0; i < t.items.size(); i++) tup->items[i] = g_None;
    Root keep(th, tup);
    for (size_t i = 0; i < t.items.size(); i++) {
      Value v = make_const(th, t.items[i]);
      if (v.is_empty()) return Value();
      tup->items[i] = v;
    }
    return V(tup);
  }
  Value operator()(const Const::FrozenSet& fs) const {
    // Built twice, as CPython's constant goes source order -> frozenset -> frozenset:
    // the second table's layout (and so the iteration order of sets updated from it)
    // then matches CPython's.
    SetObject* first = set_new(th, FrozenSetType);
    Root keep(th, reinterpret_cast<Object*>(first));
    for (const Const& item : fs.items) {
      Value v = make_const(th, item);
      if (v.is_empty()) return Value();
      if (set_add(th, first, v) < 0) return Value();
    }
    SetObject* s = set_new(th, FrozenSetType);
    Root keep2(th, reinterpret_cast<Object*>(s));
    if (set_update(th, s, V(reinterpret_cast<Object*>(first))) < 0) return Value();
    return V(reinterpret_cast<Object*>(s));
  }
  Value operator()(const std::shared_ptr<const CodeUnit>& unit) const {
    CodeObject* co = code_from_unit(th, unit);
    return co ? V(co) : Value();
  }
};

Value make_const(Thread& th, const Const& c) { return std::visit(ConstVisitor{th}, c.v); }

}  // namespace

CodeObject* code_from_unit(Thread& th, const std::shared_ptr<const CodeUnit>& unit_ptr) {
  const CodeUnit& u = *unit_ptr;
  // Constants first: every allocation below is plain (no Python code runs), but the
  // constants may build nested code objects and call complex().
  TupleObject* consts = g_empty_tuple;
  if (!u.consts.empty()) {
    consts = tuple_new(th, static_cast<int64_t>(u.consts.size()));
    for (size_t i = 0; i < u.consts.size(); i++) consts->items[i] = g_None;
  }
  Root keep_consts(th, consts);
  for (size_t i = 0; i < u.consts.size(); i++) {
    Value v = make_const(th, u.consts[i]);
    if (v.is_empty()) return nullptr;
    consts->items[i] = v;
  }

  CodeObject* co = gc_new<CodeObject>(th, CodeType);
  co->consts = consts;
  co->name = str_intern(u.name);
  co->qualname = str_intern(u.qualname.empty() ? u.name : u.qualname);
  co->filename = str_intern(u.filename);
  co->firstlineno = u.firstlineno;
  co->argcount = u.argcount;
  co->posonlyargcount = u.posonlyargcount;
  co->kwonlyargcount = u.kwonlyargcount;
  co->flags = u.flags;
  co->nlocals = static_cast<int32_t>(u.varnames.size());
  co->ncells = static_cast<int32_t>(u.cellvars.size());
  co->nfrees = static_cast<int32_t>(u.freevars.size());
  co->nlocalsplus = co->nlocals + co->ncells + co->nfrees;
  co->stacksize = u.stacksize + 1;  // one spare slot: SEND/FOR_ITER resumption pushes
  co->framesize = kFrameHeaderSlots + co->nlocalsplus + co->stacksize;
  co->ninsns = static_cast<int32_t>(u.code.size());
  co->nexc = static_cast<int32_t>(u.exctable.size());
  co->ntotalargs = u.argcount + u.kwonlyargcount + ((u.flags & CO_VARARGS) ? 1 : 0) +
                   ((u.flags & CO_VARKEYWORDS) ? 1 : 0);
  co->insns = copy_array(u.code);
  std::vector<Position> pos = u.positions;
  pos.resize(u.code.size());
  co->positions = copy_array(pos);
  co->exctable = copy_array(u.exctable);
  bool any_cell_arg = false;
  for (int a : u.cell2arg) any_cell_arg |= (a >= 0);
  if (any_cell_arg) {
    std::vector<int32_t> c2a(u.cellvars.size(), -1);
    for (size_t i = 0; i < u.cell2arg.size() && i < c2a.size(); i++) c2a[i] = u.cell2arg[i];
    co->cell2arg = copy_array(c2a);
  }
  co->simple_args = !(u.flags & (CO_VARARGS | CO_VARKEYWORDS)) && u.kwonlyargcount == 0;
  co->names = intern_tuple(th, u.names);
  co->varnames = intern_tuple(th, u.varnames);
  co->cellvars = intern_tuple(th, u.cellvars);
  co->freevars = intern_tuple(th, u.freevars);
  co->doc = u.has_docstring ? V(str_intern(u.docstring)) : g_None;
  if (co->ninsns > 0) {
    co->caches = static_cast<std::atomic<CacheRecord*>*>(
        mi_zalloc(sizeof(std::atomic<CacheRecord*>) * static_cast<size_t>(co->ninsns)));
  }
  return co;
}

// The compiler's SyntaxWarnings go through warnings.warn_explicit, so filters apply; one
// turned into an error becomes a SyntaxError, as in CPython. false: raised.
static bool issue_compile_warnings(Thread& th, const CodeUnit& unit, const std::string& filename) {
  Value mod = import_module(th, "warnings");
  if (mod.is_empty()) {
    clear_exc(th);
    return true;
  }
  Root keep_mod(th, mod);
  Value fn = getattr(th, mod, str_intern("warn_explicit"));
  if (fn.is_empty()) {
    clear_exc(th);
    return true;
  }
  Root keep_fn(th, fn);
  Value file = V(str_new(th, filename));
  Root keep_file(th, file);
  for (const auto& [msg, line] : unit.warnings) {
    Value m = V(str_new(th, msg));
    Root keep_m(th, m);
    Value args[4] = {m, V(Exc_SyntaxWarning), file, Value::from_small(line)};
    if (!call(th, fn, args, 4).is_empty()) continue;
    if (exc_matches(th, Exc_SyntaxWarning)) {
      clear_exc(th);
      Value e = syntax_error_from_info(
          th, SyntaxErrorInfo(SyntaxErrorInfo::Kind::SyntaxError, msg, filename, line, 0, ""));
      if (!e.is_empty()) raise_value(th, e);
    }
    return false;
  }
  return true;
}

CodeObject* compile_to_code(Thread& th, std::string_view source, const std::string& filename,
                            ParseMode mode) {
  std::shared_ptr<const CodeUnit> unit;
  try {
    unit = compile_source(source, filename, mode);
  } catch (const SyntaxErrorInfo& info) {
    Value e = syntax_error_from_info(th, info);
    if (!e.is_empty()) raise_value(th, e);
    return nullptr;
  } catch (const std::bad_alloc&) {
    raise_no_memory(th);
    return nullptr;
  } catch (const std::exception& ex) {
    // A compiler bug (a broken invariant): report it as SystemError, never crash.
    raise(th, Exc_SystemError, "compiler error: %s", ex.what());
    return nullptr;
  }
  // Our embedded stdlib is ours to keep clean; its warnings would only be noise.
  if (!unit->warnings.empty() && !filename.starts_with("<embedded ") &&
      !issue_compile_warnings(th, *unit, filename))
    return nullptr;
  return code_from_unit(th, unit);
}

int code_line_of(const CodeObject* code, int32_t lasti) {
  if (lasti < 0 || lasti >= code->ninsns || !code->positions) return code->firstlineno;
  for (int32_t i = lasti; i >= 0; i--) {
    int32_t line = code->positions[i].line;
    if (line > 0) return line;
  }
  return code->firstlineno;
}

}  // namespace taipan
