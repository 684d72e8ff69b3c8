// The function, code, cell, bound-method, traceback and frame types: their slots
// (call, __get__, repr, trace, finalize) and attributes. Generators are in
// vm/generator.cpp; the code that runs them in vm/interp.cpp.
//
// Invariants: see vm/function.h. Writable function attributes are single-word stores
// (racy between threads, never torn); everything else is fixed at creation.
#include <mimalloc.h>

#include <cstdio>
#include <string>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/native.h"

namespace taipan {

namespace {

Value none_if_empty(Value v) { return v.is_empty() ? g_None : v; }

std::string addr_text(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

Value str_value(Thread& th, const std::string& s) { return V(str_new(th, s)); }

// ------------------------------------------------------------------ function

void function_trace(Object* self, Tracer& t) {
  auto* f = static_cast<FunctionObject*>(self);
  if (DictObject* d = load_relaxed(f->dict)) t.visit(reinterpret_cast<Object*>(d));
  if (f->code) t.visit(f->code);
  if (f->globals) t.visit(reinterpret_cast<Object*>(f->globals));
  if (f->builtins) t.visit(reinterpret_cast<Object*>(f->builtins));
  if (f->closure) t.visit(f->closure);
  t.visit(f->name);
  t.visit(f->qualname);
  t.visit(f->module);
  t.visit(f->doc);
  t.visit(f->defaults);
  t.visit(f->kwdefaults);
  t.visit(f->annotations);
}

Value function_call_slot(Thread& th, Value callable, const Value* args, size_t nargs,
                         TupleObject* kwnames) {
  return call_function(th, as<FunctionObject>(callable), args, nargs, kwnames);
}

Value function_descr_get(Thread& th, Value descr, Value obj, Value) {
  if (obj.is_empty() || is_none(obj)) return descr;
  return method_new(th, descr, obj);
}

Value function_repr(Thread& th, Value self) {
  auto* f = as<FunctionObject>(self);
  std::string_view q = is_str(f->qualname) ? str_view(f->qualname) : str_view(f->code->qualname);
  return str_value(th, "<function " + std::string(q) + " at " + addr_text(f) + ">");
}

Value fn_get_name(Thread&, Value self) { return as<FunctionObject>(self)->name; }
int fn_set_name(Thread& th, Value self, Value v) {
  if (v.is_empty() || !is_str(v)) {
    raise(th, Exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  as<FunctionObject>(self)->name = v;
  return 0;
}
Value fn_get_qualname(Thread&, Value self) { return as<FunctionObject>(self)->qualname; }
int fn_set_qualname(Thread& th, Value self, Value v) {
  if (v.is_empty() || !is_str(v)) {
    raise(th, Exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  as<FunctionObject>(self)->qualname = v;
  return 0;
}
Value fn_get_doc(Thread&, Value self) { return none_if_empty(as<FunctionObject>(self)->doc); }
int fn_set_doc(Thread&, Value self, Value v) {
  as<FunctionObject>(self)->doc = v.is_empty() ? g_None : v;
  return 0;
}
Value fn_get_module(Thread&, Value self) { return none_if_empty(as<FunctionObject>(self)->module); }
int fn_set_module(Thread&, Value self, Value v) {
  as<FunctionObject>(self)->module = v.is_empty() ? g_None : v;
  return 0;
}
Value fn_get_defaults(Thread&, Value self) {
  return none_if_empty(as<FunctionObject>(self)->defaults);
}
int fn_set_defaults(Thread& th, Value self, Value v) {
  if (v.is_empty() || is_none(v)) {
    as<FunctionObject>(self)->defaults = Value();
    return 0;
  }
  if (!is_tuple(v)) {
    raise(th, Exc_TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  as<FunctionObject>(self)->defaults = as<TupleObject>(v)->size ? v : Value();
  return 0;
}
Value fn_get_kwdefaults(Thread&, Value self) {
  return none_if_empty(as<FunctionObject>(self)->kwdefaults);
}
int fn_set_kwdefaults(Thread& th, Value self, Value v) {
  if (v.is_empty() || is_none(v)) {
    as<FunctionObject>(self)->kwdefaults = Value();
    return 0;
  }
  if (!is_dict(v)) {
    raise(th, Exc_TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  as<FunctionObject>(self)->kwdefaults = v;
  return 0;
}
Value fn_get_code(Thread&, Value self) { return V(as<FunctionObject>(self)->code); }
Value fn_get_globals(Thread&, Value self) {
  return dict_value(as<FunctionObject>(self)->globals);
}
Value fn_get_builtins(Thread&, Value self) {
  return dict_value(as<FunctionObject>(self)->builtins);
}
Value fn_get_closure(Thread&, Value self) {
  TupleObject* c = as<FunctionObject>(self)->closure;
  return c ? V(c) : g_None;
}
Value fn_get_dict(Thread& th, Value self) {
  auto* f = as<FunctionObject>(self);
  DictObject* d = load_acquire(f->dict);
  if (!d) {
    DictObject* fresh = dict_new(th);
    DictObject* expected = nullptr;
    d = f->dict.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel) ? fresh
                                                                                    : expected;
  }
  return dict_value(d);
}
int fn_set_dict(Thread& th, Value self, Value v) {
  if (v.is_empty() || !is_dict(v)) {
    raise(th, Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          v.is_empty() ? "NoneType" : type_name(v));
    return -1;
  }
  store_release(as<FunctionObject>(self)->dict, as_dict(v));
  return 0;
}
Value fn_get_annotations(Thread& th, Value self) {
  auto* f = as<FunctionObject>(self);
  if (f->annotations.is_empty()) f->annotations = dict_value(dict_new(th));
  return f->annotations;
}
int fn_set_annotations(Thread& th, Value self, Value v) {
  if (v.is_empty() || is_none(v)) {
    as<FunctionObject>(self)->annotations = Value();
    return 0;
  }
  if (!is_dict(v)) {
    raise(th, Exc_TypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  as<FunctionObject>(self)->annotations = v;
  return 0;
}

const GetSetDef kFunctionGetSets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, nullptr},
    {"__globals__", fn_get_globals, nullptr},
    {"__builtins__", fn_get_builtins, nullptr},
    {"__closure__", fn_get_closure, nullptr},
    {"__dict__", fn_get_dict, fn_set_dict},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {},
};

// ------------------------------------------------------------------ bound method

void method_trace(Object* self, Tracer& t) {
  auto* m = static_cast<MethodObject*>(self);
  t.visit(m->func);
  t.visit(m->self);
}

Value method_call_slot(Thread& th, Value callable, const Value* args, size_t nargs,
                       TupleObject* kwnames) {
  return call(th, callable, args, nargs, kwnames);  // call() unpacks bound methods
}

Value method_repr(Thread& th, Value self) {
  auto* m = as<MethodObject>(self);
  Root keep(th, self);
  Value name = getattr_opt(th, m->func, sym::__qualname__);
  if (name.is_empty() && !has_exc(th)) name = getattr_opt(th, m->func, sym::__name__);
  if (has_exc(th)) return Value();
  std::string n = (!name.is_empty() && is_str(name)) ? std::string(str_view(name)) : "?";
  Value r = repr(th, m->self);
  if (r.is_empty()) return r;
  return str_value(th, "<bound method " + n + " of " + std::string(str_view(r)) + ">");
}

Value method_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::EQ && op != CmpOp::NE) || !b.is_obj() || b.obj()->type != MethodType)
    return g_NotImplemented;
  auto* x = as<MethodObject>(a);
  auto* y = as<MethodObject>(b);
  int e = eq(th, x->func, y->func);
  if (e < 0) return Value();
  bool same = e && x->self.is(y->self);
  return bool_value(op == CmpOp::EQ ? same : !same);
}

bool method_hash(Thread& th, Value self, int64_t* out) {
  auto* m = as<MethodObject>(self);
  int64_t h;
  if (!hash_value(th, m->func, &h)) return false;
  int64_t hs = static_cast<int64_t>(m->self.bits() >> 4);
  *out = h ^ hs;
  if (*out == -1) *out = -2;
  return true;
}

Value method_getattr(Thread& th, Value self, StrObject* name) {
  Value r = generic_getattr(th, self, name);
  if (!r.is_empty() || !exc_matches(th, Exc_AttributeError)) return r;
  clear_exc(th);
  return getattr(th, as<MethodObject>(self)->func, name);
}

Value meth_get_self(Thread&, Value self) { return as<MethodObject>(self)->self; }
Value meth_get_func(Thread&, Value self) { return as<MethodObject>(self)->func; }
// The function's docstring (the method type's own doc must not hide it).
Value meth_get_doc(Thread& th, Value self) { return getattr(th, as<MethodObject>(self)->func, sym::__doc__); }

const GetSetDef kMethodGetSets[] = {
    {"__self__", meth_get_self, nullptr},
    {"__func__", meth_get_func, nullptr},
    {"__doc__", meth_get_doc, nullptr},
    {},
};

// types.MethodType(function, instance)
Value method_new_impl(Thread& th, const Value* a) {
  if (!type_of(a[1])->call) return raise(th, Exc_TypeError, "first argument must be callable");
  if (is_none(a[2])) return raise(th, Exc_TypeError, "instance must not be None");
  return method_new(th, a[1], a[2]);
}
const NativeDef kMethodNewDef = {"method(cls, function, instance, /)", method_new_impl};
Value method_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kMethodNewDef, V(type), args, nargs, kwnames);
}

// ------------------------------------------------------------------ code

void code_trace(Object* self, Tracer& t) {
  auto* c = static_cast<CodeObject*>(self);
  if (c->name) t.visit(c->name);
  if (c->qualname) t.visit(c->qualname);
  if (c->filename) t.visit(c->filename);
  if (c->consts) t.visit(c->consts);
  if (c->names) t.visit(c->names);
  if (c->varnames) t.visit(c->varnames);
  if (c->cellvars) t.visit(c->cellvars);
  if (c->freevars) t.visit(c->freevars);
  t.visit(c->doc);
  if (c->caches) {
    for (int32_t i = 0; i < c->ninsns; i++) {
      CacheRecord* r = c->caches[i].load(std::memory_order_relaxed);
      if (r) t.visit(reinterpret_cast<Object*>(r));
    }
  }
}

void code_finalize(Object* self) {
  auto* c = static_cast<CodeObject*>(self);
  mi_free(c->insns);
  mi_free(c->positions);
  mi_free(c->exctable);
  mi_free(c->cell2arg);
  mi_free(c->caches);
}

Value code_repr(Thread& th, Value self) {
  auto* c = as<CodeObject>(self);
  return str_value(th, "<code object " + std::string(str_view(c->name)) + " at " + addr_text(c) +
                           ", file \"" + std::string(str_view(c->filename)) + "\", line " +
                           std::to_string(c->firstlineno) + ">");
}

Value co_name(Thread&, Value s) { return V(as<CodeObject>(s)->name); }
Value co_qualname(Thread&, Value s) { return V(as<CodeObject>(s)->qualname); }
Value co_filename(Thread&, Value s) { return V(as<CodeObject>(s)->filename); }
Value co_firstlineno(Thread&, Value s) { return Value::from_small(as<CodeObject>(s)->firstlineno); }
Value co_argcount(Thread&, Value s) { return Value::from_small(as<CodeObject>(s)->argcount); }
Value co_posonlyargcount(Thread&, Value s) {
  return Value::from_small(as<CodeObject>(s)->posonlyargcount);
}
Value co_kwonlyargcount(Thread&, Value s) {
  return Value::from_small(as<CodeObject>(s)->kwonlyargcount);
}
Value co_nlocals(Thread&, Value s) { return Value::from_small(as<CodeObject>(s)->nlocals); }
Value co_stacksize(Thread&, Value s) { return Value::from_small(as<CodeObject>(s)->stacksize); }
Value co_flags(Thread&, Value s) { return Value::from_small(as<CodeObject>(s)->flags); }
Value co_varnames(Thread&, Value s) { return V(as<CodeObject>(s)->varnames); }
Value co_cellvars(Thread&, Value s) { return V(as<CodeObject>(s)->cellvars); }
Value co_freevars(Thread&, Value s) { return V(as<CodeObject>(s)->freevars); }
Value co_names(Thread&, Value s) { return V(as<CodeObject>(s)->names); }
Value co_consts(Thread&, Value s) { return V(as<CodeObject>(s)->consts); }
Value co_code(Thread& th, Value s) {
  auto* c = as<CodeObject>(s);
  return V(bytes_new(th, std::string_view(reinterpret_cast<const char*>(c->insns),
                                          sizeof(uint32_t) * static_cast<size_t>(c->ninsns))));
}

// co_positions(): one (line, end_line, col, end_col) per instruction word, None where
// unknown; tb_lasti // 2 indexes it (taipan's byte offsets count 2 per word, as CPython's).
Value co_positions(Thread& th, const Value* a) {
  auto* c = as<CodeObject>(a[0]);
  ListObject* l = list_new(th, c->positions ? c->ninsns : 0);
  auto num = [](int32_t v) { return v < 0 ? g_None : Value::from_small(v); };
  for (int32_t i = 0; c->positions && i < c->ninsns; i++) {
    const Position& p = c->positions[i];
    TupleObject* t = tuple_new(th, 4);
    t->items[0] = num(p.line);
    t->items[1] = num(p.end_line);
    t->items[2] = num(p.col);
    t->items[3] = num(p.end_col);
    if (list_append(th, l, V(t)) < 0) return Value();
  }
  return get_iter(th, V(l));
}

const NativeDef kCodeMethods[] = {
    {"co_positions(self, /)", co_positions},
    {},
};

const GetSetDef kCodeGetSets[] = {
    {"co_name", co_name, nullptr},
    {"co_qualname", co_qualname, nullptr},
    {"co_filename", co_filename, nullptr},
    {"co_firstlineno", co_firstlineno, nullptr},
    {"co_argcount", co_argcount, nullptr},
    {"co_posonlyargcount", co_posonlyargcount, nullptr},
    {"co_kwonlyargcount", co_kwonlyargcount, nullptr},
    {"co_nlocals", co_nlocals, nullptr},
    {"co_stacksize", co_stacksize, nullptr},
    {"co_flags", co_flags, nullptr},
    {"co_varnames", co_varnames, nullptr},
    {"co_cellvars", co_cellvars, nullptr},
    {"co_freevars", co_freevars, nullptr},
    {"co_names", co_names, nullptr},
    {"co_consts", co_consts, nullptr},
    {"co_code", co_code, nullptr},
    {},
};

// ------------------------------------------------------------------ cell

void cell_trace(Object* self, Tracer& t) {
  t.visit(Value::from_bits(static_cast<CellObject*>(self)->contents.load(std::memory_order_relaxed)));
}

Value cell_repr(Thread& th, Value self) {
  auto* c = as<CellObject>(self);
  Value v = Value::from_bits(c->contents.load(std::memory_order_acquire));
  std::string s = "<cell at " + addr_text(c) + ": ";
  if (v.is_empty()) {
    s += "empty>";
  } else {
    s += std::string(type_of(v)->name->data) + " object at " +
         addr_text(v.is_obj() ? static_cast<const void*>(v.obj())
                              : reinterpret_cast<const void*>(v.bits())) +
         ">";
  }
  return str_value(th, s);
}

Value cell_get_contents(Thread& th, Value self) {
  Value v = Value::from_bits(as<CellObject>(self)->contents.load(std::memory_order_acquire));
  if (v.is_empty()) return raise(th, Exc_ValueError, "Cell is empty");
  return v;
}
int cell_set_contents(Thread&, Value self, Value v) {
  as<CellObject>(self)->contents.store(v.bits(), std::memory_order_release);
  return 0;
}

const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {},
};

// ------------------------------------------------------------------ traceback

void traceback_trace(Object* self, Tracer& t) {
  auto* tb = static_cast<TracebackObject*>(self);
  t.visit(tb->next);
  if (tb->filename) t.visit(tb->filename);
  if (tb->name) t.visit(tb->name);
  t.visit(tb->frame);
}

Value tb_get_next(Thread&, Value self) { return none_if_empty(as<TracebackObject>(self)->next); }
int tb_set_next(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "can't delete tb_next attribute");
    return -1;
  }
  if (is_none(v)) {
    as<TracebackObject>(self)->next = Value();
    return 0;
  }
  if (!v.is_obj() || v.obj()->type != TracebackType) {
    raise(th, Exc_TypeError, "expected traceback object or None, got '%s'", type_name(v));
    return -1;
  }
  for (Value c = v; !c.is_empty(); c = as<TracebackObject>(c)->next) {
    if (c.is(self)) {
      raise(th, Exc_ValueError, "traceback loop detected");
      return -1;
    }
  }
  as<TracebackObject>(self)->next = v;
  return 0;
}
Value tb_get_lineno(Thread&, Value self) {
  return Value::from_small(as<TracebackObject>(self)->lineno);
}
Value tb_get_lasti(Thread&, Value self) {
  return Value::from_small(static_cast<int64_t>(as<TracebackObject>(self)->lasti) * 2);
}
Value tb_get_frame(Thread&, Value self) { return none_if_empty(as<TracebackObject>(self)->frame); }

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_lineno", tb_get_lineno, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr},
    {"tb_frame", tb_get_frame, nullptr},
    {},
};

// ------------------------------------------------------------------ frame objects

void frameobj_trace(Object* self, Tracer& t) {
  auto* f = static_cast<FrameObject*>(self);
  if (f->code) t.visit(f->code);
  if (f->globals) t.visit(reinterpret_cast<Object*>(f->globals));
  t.visit(f->locals);
  t.visit(f->back);
}

Value frameobj_repr(Thread& th, Value self) {
  auto* f = as<FrameObject>(self);
  std::string s = "<frame at " + addr_text(f);
  if (f->code) {
    s += ", file '" + std::string(str_view(f->code->filename)) + "', line " +
         std::to_string(f->lineno) + ", code " + std::string(str_view(f->code->name));
  }
  return str_value(th, s + ">");
}

Value fo_code(Thread&, Value s) {
  auto* f = as<FrameObject>(s);
  return f->code ? V(f->code) : g_None;
}
Value fo_lineno(Thread& th, Value s) {
  auto* f = as<FrameObject>(s);
  if (Frame* live = frame_object_live(th, f)) f->lineno = code_line_of(live->code, live->lasti());
  return Value::from_small(f->lineno);
}
Value fo_lasti(Thread&, Value s) {
  return Value::from_small(static_cast<int64_t>(as<FrameObject>(s)->lasti) * 2);
}
Value fo_globals(Thread&, Value s) {
  auto* f = as<FrameObject>(s);
  return f->globals ? dict_value(f->globals) : g_None;
}
Value fo_locals(Thread& th, Value s) {
  auto* f = as<FrameObject>(s);
  if (Frame* live = frame_object_live(th, f)) return frame_locals(th, live);
  if (f->locals.is_empty()) f->locals = dict_value(dict_new(th));
  else if (f->code) f->locals = frame_saved_locals_dict(th, f->code, f->locals);  // see traceback_add
  return f->locals;
}
Value fo_back(Thread&, Value s) { return none_if_empty(as<FrameObject>(s)->back); }
Value fo_builtins(Thread& th, Value s) {
  auto* f = as<FrameObject>(s);
  return f->globals ? dict_value(builtins_for_globals(th, f->globals)) : g_None;
}

const GetSetDef kFrameGetSets[] = {
    {"f_code", fo_code, nullptr},
    {"f_lineno", fo_lineno, nullptr},
    {"f_lasti", fo_lasti, nullptr},
    {"f_globals", fo_globals, nullptr},
    {"f_locals", fo_locals, nullptr},
    {"f_back", fo_back, nullptr},
    {"f_builtins", fo_builtins, nullptr},
    {},
};

}  // namespace

// ------------------------------------------------------------------ public helpers

CellObject* cell_new(Thread& th, Value v) {
  CellObject* c = gc_new<CellObject>(th, CellType);
  c->contents.store(v.bits(), std::memory_order_relaxed);
  return c;
}

DictObject* builtins_for_globals(Thread& th, DictObject* globals) {
  (void)th;
  if (globals) {
    Value b = dict_get_str(globals, sym::__builtins__);
    if (!b.is_empty()) {
      if (b.is_obj() && b.obj()->type == ModuleType) return as<ModuleObject>(b)->dict;
      if (is_dict(b)) return as_dict(b);
    }
  }
  return g_runtime.builtins ? g_runtime.builtins->dict : nullptr;
}

FunctionObject* function_new(Thread& th, CodeObject* code, DictObject* globals) {
  FunctionObject* f = gc_new<FunctionObject>(th, FunctionType);
  f->code = code;
  f->globals = globals;
  f->builtins = builtins_for_globals(th, globals);
  f->name = V(code->name);
  f->qualname = V(code->qualname);
  Value mod = globals ? dict_get_str(globals, sym::__name__) : Value();
  f->module = mod.is_empty() ? g_None : mod;
  f->doc = code->doc;
  return f;
}

Value method_new(Thread& th, Value func, Value self) {
  MethodObject* m = gc_new<MethodObject>(th, MethodType);
  m->func = func;
  m->self = self;
  return V(m);
}

void init_generator_type(Thread& th);  // vm/generator.cpp
void init_interp(Thread& th);          // vm/interp.cpp

void init_functions(Thread& th) {
  FunctionType->trace = function_trace;
  FunctionType->call = function_call_slot;
  FunctionType->descr_get = function_descr_get;
  FunctionType->repr = function_repr;
  FunctionType->getsets = kFunctionGetSets;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  FunctionType->dictoffset = static_cast<int32_t>(offsetof(FunctionObject, dict));
#pragma GCC diagnostic pop
  FunctionType->flags |= TF_HAS_DICT;

  MethodType->trace = method_trace;
  MethodType->call = method_call_slot;
  MethodType->repr = method_repr;
  MethodType->richcmp = method_richcmp;
  MethodType->hash = method_hash;
  MethodType->getattr = method_getattr;
  MethodType->getsets = kMethodGetSets;
  MethodType->new_ = method_new_slot;

  CodeType->trace = code_trace;
  CodeType->finalize = code_finalize;
  CodeType->repr = code_repr;
  CodeType->getsets = kCodeGetSets;
  CodeType->methods = kCodeMethods;
  CodeType->flags |= TF_IMMUTABLE;

  CellType->trace = cell_trace;
  CellType->repr = cell_repr;
  CellType->getsets = kCellGetSets;

  TracebackType->trace = traceback_trace;
  TracebackType->getsets = kTracebackGetSets;

  FrameType->trace = frameobj_trace;
  FrameType->repr = frameobj_repr;
  FrameType->getsets = kFrameGetSets;

  init_generator_type(th);
  init_interp(th);
}

}  // namespace taipan
