// The per-thread VM stack and frame tracing (see vm/frame.h for the layout).
//
// The VM stack is reserved lazily with mmap (MAP_NORESERVE): only the pages actually
// touched by deep recursion cost memory. Frames are bump-allocated and released in LIFO
// order; generator frames live in their GeneratorObject instead, so they never break
// the LIFO discipline.
#include <sys/mman.h>

#include <vector>

#include "vm/error.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/interp.h"

namespace taipan {

namespace {
constexpr size_t kVmStackBytes = size_t(128) << 20;  // virtual; touched lazily
}

bool ensure_vm_stack(Thread& th) {
  if (th.stack_base) return true;
  void* p = mmap(nullptr, kVmStackBytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    raise_no_memory(th);
    return false;
  }
  th.stack_base = static_cast<Value*>(p);
  th.stack_top = th.stack_base;
  th.stack_limit = th.stack_base + kVmStackBytes / sizeof(Value);
  return true;
}

void free_vm_stack(Thread& th) {
  if (!th.stack_base) return;
  munmap(th.stack_base, kVmStackBytes);
  th.stack_base = th.stack_top = th.stack_limit = nullptr;
}

Frame* frame_alloc_fail(Thread& th, CodeObject* code) {
  if (!th.stack_base) {
    if (!ensure_vm_stack(th)) return nullptr;
    return frame_alloc(th, code);
  }
  if (th.depth >= g_runtime.recursion_limit.load(std::memory_order_relaxed)) {
    raise(th, Exc_RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  raise(th, Exc_RecursionError, "maximum recursion depth exceeded (VM stack exhausted)");
  return nullptr;
}

void frame_init_cells(Thread& th, Frame* f, TupleObject* closure) {
  CodeObject* co = f->code;
  Value* cells = f->localsplus() + co->nlocals;
  for (int32_t i = 0; i < co->ncells; i++) {
    Value init;
    if (co->cell2arg && co->cell2arg[i] >= 0) {
      Value* arg = f->localsplus() + co->cell2arg[i];
      init = *arg;
      *arg = Value();  // the argument now lives in the cell only
    }
    cells[i] = V(cell_new(th, init));
  }
  Value* frees = cells + co->ncells;
  if (closure) {
    int32_t n = co->nfrees;
    if (closure->size < n) n = static_cast<int32_t>(closure->size);
    for (int32_t i = 0; i < n; i++) frees[i] = closure->items[i];
  }
}

void trace_frame(Frame* f, Tracer& t) {
  t.visit(reinterpret_cast<Object*>(f->code));
  if (f->func) t.visit(reinterpret_cast<Object*>(f->func));
  if (f->globals) t.visit(reinterpret_cast<Object*>(f->globals));
  if (f->builtins) t.visit(reinterpret_cast<Object*>(f->builtins));
  t.visit(f->locals);
  t.visit(f->locals_snapshot);
  if (f->gen) t.visit(reinterpret_cast<Object*>(f->gen));
  Value* lp = f->localsplus();
  for (int32_t i = 0, n = f->code->nlocalsplus; i < n; i++) t.visit(lp[i]);
  for (Value* p = f->stack_base(); p < f->sp; p++) t.visit(*p);
}

void trace_thread_frames(Thread& th, Tracer& t) {
  for (Frame* f = th.frame; f; f = f->back) trace_frame(f, t);
}

}  // namespace taipan

// ------------------------------------------------------------------ running code from C++

namespace taipan {

Value eval_code_ex(Thread& th, CodeObject* code, DictObject* globals, Value locals,
                   TupleObject* closure) {
  Frame* f = frame_alloc(th, code);
  if (!f) return Value();
  f->globals = globals;
  f->builtins = builtins_for_globals(th, globals);
  f->locals = locals.is_empty() ? dict_value(globals) : locals;
  if (code->ncells | code->nfrees) frame_init_cells(th, f, closure);
  f->flags = FRAME_ENTRY;
  frame_link(th, f);
  return interp_run(th, false);
}

Value eval_code(Thread& th, CodeObject* code, DictObject* globals, Value locals) {
  return eval_code_ex(th, code, globals, locals, nullptr);
}

DictObject* current_globals(Thread& th) {
  if (th.frame) return th.frame->globals;
  ModuleObject* m = nullptr;
  Value mv = g_runtime.modules ? dict_get_str(g_runtime.modules, sym::__main__) : Value();
  if (!mv.is_empty()) m = as<ModuleObject>(mv);
  return m ? m->dict : nullptr;
}

Value current_locals(Thread& th) {
  Frame* f = th.frame;
  if (!f) {
    DictObject* g = current_globals(th);
    return g ? dict_value(g) : dict_value(dict_new(th));
  }
  return frame_locals(th, f);
}

Value frame_locals(Thread& th, Frame* f) {
  if (!f->locals.is_empty()) return f->locals;
  // One dict per frame, refreshed: bound names are (re)stored, unbound ones removed,
  // other keys (from exec, or stored by the caller) kept, as CPython 3.11's
  // PyFrame_FastToLocals.
  CodeObject* co = f->code;
  if (f->locals_snapshot.is_empty()) f->locals_snapshot = dict_value(dict_new(th));
  DictObject* d = as_dict(f->locals_snapshot);
  Value* lp = f->localsplus();
  for (int32_t i = 0; i < co->nlocals; i++) {
    auto* name = as<StrObject>(co->varnames->items[i]);
    if (!lp[i].is_empty()) dict_set_str(th, d, name, lp[i]);
    else dict_del_str(th, d, name);
  }
  for (int32_t i = 0; i < co->ncells + co->nfrees; i++) {
    Value c = lp[co->nlocals + i];
    StrObject* name = i < co->ncells ? as<StrObject>(co->cellvars->items[i])
                                     : as<StrObject>(co->freevars->items[i - co->ncells]);
    if (!c.is_obj() || c.obj()->type != CellType) continue;
    Value v = Value::from_bits(as<CellObject>(c)->contents.load(std::memory_order_acquire));
    if (!v.is_empty()) dict_set_str(th, d, name, v);
    else dict_del_str(th, d, name);
  }
  return f->locals_snapshot;
}

bool current_super_args(Thread& th, Value* type_out, Value* self_out) {
  Frame* f = th.frame;
  if (!f || !f->func) {
    raise(th, Exc_RuntimeError, "super(): no arguments");
    return false;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
    raise(th, Exc_RuntimeError, "super(): no arguments");
    return false;
  }
  Value* lp = f->localsplus();
  Value self = lp[0];
  if (co->argcount == 0) {  // def m(*args): self is args[0]
    Value t = lp[co->argcount + co->kwonlyargcount];
    self = (is_tuple(t) && as<TupleObject>(t)->size > 0) ? as<TupleObject>(t)->items[0] : Value();
  }
  if (co->cell2arg) {
    for (int32_t i = 0; i < co->ncells; i++) {
      if (co->cell2arg[i] == 0) {
        Value c = lp[co->nlocals + i];
        self = Value::from_bits(as<CellObject>(c)->contents.load(std::memory_order_acquire));
      }
    }
  }
  if (self.is_empty()) {
    raise(th, Exc_RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int32_t i = 0; i < co->nfrees; i++) {
    if (!str_eq(as<StrObject>(co->freevars->items[i]), sym::__class__)) continue;
    Value c = lp[co->nlocals + co->ncells + i];
    Value t = c.is_obj() && c.obj()->type == CellType
                  ? Value::from_bits(as<CellObject>(c)->contents.load(std::memory_order_acquire))
                  : Value();
    if (t.is_empty()) {
      raise(th, Exc_RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!is_type(t)) {
      raise(th, Exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(t));
      return false;
    }
    *type_out = t;
    *self_out = self;
    return true;
  }
  raise(th, Exc_RuntimeError, "super(): __class__ cell not found");
  return false;
}

int current_lineno(Thread& th) {
  Frame* f = th.frame;
  return f ? code_line_of(f->code, f->lasti()) : 0;
}

Value current_frame_object(Thread& th, int depth) {
  Frame* f = th.frame;
  for (int i = 0; i < depth && f; i++) f = f->back;
  if (!f) return raise(th, Exc_ValueError, "call stack is not deep enough");
  // Build the chain from the outermost frame in, so each f_back is set.
  std::vector<Frame*> chain;
  for (Frame* p = f; p; p = p->back) chain.push_back(p);
  // Each function frame's object shares that Frame's locals_snapshot dict (made here if
  // need be, filled for the innermost requested frame only): f_locals fills it from the
  // Frame when read while the Frame still runs (fo_locals, vm/function.cpp).
  Value back;
  for (size_t i = chain.size(); i-- > 0;) {
    Frame* p = chain[i];
    if (p->locals.is_empty() && p->locals_snapshot.is_empty())
      p->locals_snapshot = dict_value(dict_new(th));
    FrameObject* fo = gc_new<FrameObject>(th, FrameType);
    fo->code = p->code;
    fo->globals = p->globals;
    fo->lasti = p->lasti();
    fo->lineno = code_line_of(p->code, fo->lasti);
    fo->back = back;
    if (!p->locals.is_empty()) {
      fo->locals = p->locals;
    } else {
      fo->locals = p->locals_snapshot;
      fo->live = p;
    }
    back = V(fo);
  }
  frame_locals(th, f);
  return back;
}

Frame* frame_object_live(Thread& th, FrameObject* fo) {
  if (!fo->live) return nullptr;
  for (Frame* p = th.frame; p; p = p->back)
    if (p == fo->live) return p->locals_snapshot == fo->locals ? p : nullptr;
  return nullptr;
}


Value frame_save_locals(Thread& th, Frame* f) {
  if (!f->locals.is_empty()) return f->locals;
  // A tuple copy of the fixed slots is cheap enough for every traceback entry; the dict
  // is built only if f_locals is read. Unbound slots stay EMPTY (never seen by Python).
  int32_t n = f->code->nlocalsplus;
  TupleObject* t = tuple_new(th, n);
  Value* lp = f->localsplus();
  for (int32_t i = 0; i < n; i++) t->items[i] = lp[i];
  return V(t);
}

Value frame_saved_locals_dict(Thread& th, CodeObject* co, Value saved) {
  if (!saved.is_obj() || saved.obj()->type != TupleType) return saved;
  Root keep(th, saved);
  TupleObject* t = as<TupleObject>(saved);
  DictObject* d = dict_new(th);
  Root keep_d(th, dict_value(d));
  for (int32_t i = 0; i < co->nlocals; i++)
    if (!t->items[i].is_empty()) dict_set_str(th, d, as<StrObject>(co->varnames->items[i]), t->items[i]);
  for (int32_t i = 0; i < co->ncells + co->nfrees; i++) {
    Value c = t->items[co->nlocals + i];
    if (!c.is_obj() || c.obj()->type != CellType) continue;
    Value v = Value::from_bits(as<CellObject>(c)->contents.load(std::memory_order_acquire));
    if (v.is_empty()) continue;
    StrObject* name = i < co->ncells ? as<StrObject>(co->cellvars->items[i])
                                     : as<StrObject>(co->freevars->items[i - co->ncells]);
    dict_set_str(th, d, name, v);
  }
  return dict_value(d);
}

}  // namespace taipan
