// Generator objects: creation when a generator function is called, and resumption
// from C++ (next(), send(), throw(), close()). Resumption from Python code (FOR_ITER,
// SEND) happens inline in the interpreter loop (vm/interp.cpp), which shares the state
// machine below.
//
// Invariants:
// - The generator's frame lives in memory allocated with the object; it is traced by
//   the generator while it is not Finished (and by the running thread while Running).
// - state moves Created/Suspended -> Running by compare-and-swap only, so two threads
//   can never run one generator ("generator already executing"); Running -> Suspended /
//   Finished is a release store made after the frame is fully saved.
#include <cstdio>
#include <string>

#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/coroutine.h"
#include "vm/native.h"

namespace taipan {

namespace {

}  // namespace

void gen_trace_object(Object* self, Tracer& t) {
  auto* g = static_cast<GeneratorObject*>(self);
  if (g->code) t.visit(g->code);
  t.visit(g->name);
  t.visit(g->qualname);
  t.visit(g->exc_state);
  t.visit(g->caller_exc);
  t.visit(g->ag_finalizer);
  if (g->frame && g->state.load(std::memory_order_relaxed) != GenState::Finished)
    trace_frame(g->frame, t);
}

namespace {

Value gen_repr(Thread& th, Value self) {
  auto* g = as<GeneratorObject>(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  std::string q = is_str(g->qualname) ? std::string(str_view(g->qualname)) : "?";
  return V(str_new(th, "<" + std::string(str_view(g->type->name)) + " object " + q + buf));
}

Value gen_iter(Thread&, Value self) { return self; }

// Starts running g from C++ with the frame linked as an entry frame. false: raised or
// finished (*finished set).
bool gen_start(Thread& th, GeneratorObject* g, Value sent, bool push, bool* finished) {
  *finished = false;
  GenState s = g->state.load(std::memory_order_acquire);
  for (;;) {
    bool coro = g->type == CoroutineType;
    if (s == GenState::Finished) {
      *finished = true;
      if (coro && push) raise(th, Exc_RuntimeError, "cannot reuse already awaited coroutine");
      return false;
    }
    if (s == GenState::Running) {
      raise(th, Exc_ValueError, coro ? "coroutine already executing"
                                     : g->type == AsyncGeneratorType
                                           ? "async generator already executing"
                                           : "generator already executing");
      return false;
    }
    if (s == GenState::Created && push && !sent.is_empty() && !is_none(sent)) {
      raise(th, Exc_TypeError, "can't send non-None value to a just-started %s",
            coro ? "coroutine" : g->type == AsyncGeneratorType ? "async generator" : "generator");
      return false;
    }
    if (g->state.compare_exchange_weak(s, GenState::Running, std::memory_order_acq_rel)) break;
  }
  if (th.depth >= g_runtime.recursion_limit.load(std::memory_order_relaxed)) {
    g->state.store(s, std::memory_order_release);
    raise(th, Exc_RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Frame* f = g->frame;
  if (push && s != GenState::Created) *f->sp++ = sent.is_empty() ? g_None : sent;
  f->flags = FRAME_ENTRY;
  frame_link(th, f);
  g->caller_exc = th.handled_exc;
  if (!g->exc_state.is_empty()) th.handled_exc = g->exc_state;
  return true;
}

Value gen_run(Thread& th, GeneratorObject* g, bool throwing, bool* finished) {
  Root keep(th, g);
  Value r = interp_run(th, throwing);
  // A yield leaves g Running (op_YIELD_VALUE): reading the state before publishing
  // Suspended keeps another thread's resumption from making this yield look like a return.
  *finished = g->state.load(std::memory_order_acquire) == GenState::Finished;
  if (!*finished) g->state.store(GenState::Suspended, std::memory_order_release);
  return r;
}

// The sub-iterator of a generator suspended inside `yield from`, or EMPTY.
Value gen_yieldfrom(GeneratorObject* g, uint32_t* send_target) {
  if (g->state.load(std::memory_order_acquire) != GenState::Suspended) return Value();
  Frame* f = g->frame;
  int32_t lasti = f->lasti();
  CodeObject* co = f->code;
  if (lasti < 1 || insn_op(co->insns[lasti]) != Op::YIELD_VALUE) return Value();
  uint32_t w = co->insns[lasti - 1];
  if (insn_op(w) != Op::SEND) return Value();
  uint32_t arg = insn_arg(w);
  if (lasti >= 2 && insn_op(co->insns[lasti - 2]) == Op::EXTENDED_ARG)
    arg |= insn_arg(co->insns[lasti - 2]) << 24;
  if (send_target) *send_target = arg;
  if (f->sp <= f->stack_base()) return Value();
  return f->sp[-1];
}

// Closes a sub-iterator on GeneratorExit (as CPython's gen_close_iter). -1 raised.
int close_iter(Thread& th, Value it) {
  if (is_gen_or_coro(it)) {
    auto* g = as<GeneratorObject>(it);
    Value ge = exception_new(th, Exc_GeneratorExit, "");
    if (ge.is_empty()) return -1;
    bool fin;
    Value r = gen_throw_ex(th, g, ge, &fin);
    if (!r.is_empty()) {
      if (fin) return 0;
      raise(th, Exc_RuntimeError, "generator ignored GeneratorExit");
      return -1;
    }
    if (exc_matches(th, Exc_GeneratorExit) || exc_matches(th, Exc_StopIteration)) {
      clear_exc(th);
      return 0;
    }
    return has_exc(th) ? -1 : 0;
  }
  Value m = getattr_opt(th, it, sym::close);
  if (m.is_empty()) return has_exc(th) ? -1 : 0;
  Root keep(th, m);
  return call0(th, m).is_empty() ? -1 : 0;
}

}  // namespace

// Throws exc (an instance) into g. Returns the next yielded value (*finished false), the
// return value (*finished true), or EMPTY when it raised.
Value gen_throw_ex(Thread& th, GeneratorObject* g, Value exc, bool* finished) {
  *finished = false;
  Root keep_exc(th, exc);
  Root keep_g(th, g);
  uint32_t send_target = 0;
  Value sub = gen_yieldfrom(g, &send_target);
  if (!sub.is_empty()) {
    Root keep_sub(th, sub);
    // Delegate to the sub-iterator first, as `yield from` does. Claimed by CAS as in
    // gen_start: another thread may have resumed g since gen_yieldfrom looked.
    GenState expect = GenState::Suspended;
    if (!g->state.compare_exchange_strong(expect, GenState::Running, std::memory_order_acq_rel))
      return raise(th, Exc_ValueError, "%s already executing",
                   g->type == CoroutineType ? "coroutine"
                   : g->type == AsyncGeneratorType ? "async generator" : "generator");
    Value r;
    bool sub_fin = false;
    bool delegated = true;
    if (isinstance(exc, Exc_GeneratorExit)) {
      int c = close_iter(th, sub);
      delegated = false;
      if (c < 0) {
        // Raise the close() error into the generator instead.
        g->state.store(GenState::Suspended, std::memory_order_release);
        exc = take_exc(th);
        keep_exc.set(exc);
        goto throw_here;
      }
      r = Value();
    } else if (is_gen_or_coro(sub)) {
      r = gen_throw_ex(th, as<GeneratorObject>(sub), exc, &sub_fin);
    } else {
      Value m = getattr_opt(th, sub, sym::throw_);
      if (m.is_empty()) {
        if (has_exc(th)) {
          g->state.store(GenState::Suspended, std::memory_order_release);
          exc = take_exc(th);
          keep_exc.set(exc);
          goto throw_here;
        }
        delegated = false;
      } else {
        Root keep_m(th, m);
        r = call1(th, m, exc);
      }
    }
    g->state.store(GenState::Suspended, std::memory_order_release);
    if (delegated) {
      if (!r.is_empty() && !sub_fin) return r;  // the sub-iterator yielded
      Value val;
      if (!r.is_empty()) {
        val = r;
      } else if (exc_matches(th, Exc_StopIteration)) {
        Value e = take_exc(th);
        val = is_exception(e) ? as<ExceptionObject>(e)->extra[EX_STOPITER_VALUE] : Value();
      } else {
        exc = take_exc(th);
        keep_exc.set(exc);
        goto throw_here;
      }
      // The sub-iterator finished: `yield from` evaluates to val; resume after it.
      Frame* f = g->frame;
      f->sp[-1] = val.is_empty() ? g_None : val;
      f->pc = f->code->insns + send_target;
      if (!gen_start(th, g, Value(), false, finished)) return Value();
      return gen_run(th, g, false, finished);
    }
  }
throw_here:
  {
    GenState s = g->state.load(std::memory_order_acquire);
    if (s == GenState::Created) {
      // As if raised at the top of the body: it leaves the frame as any exception does.
      g->state.store(GenState::Finished, std::memory_order_release);
      th.exc = exc;
      gen_convert_stop_iteration(th, g);
      return Value();
    }
    if (s == GenState::Finished) {
      th.exc = exc;
      return Value();
    }
    if (!gen_start(th, g, Value(), false, finished)) return Value();
    th.exc = exc;
    return gen_run(th, g, true, finished);
  }
}

Value gen_make_throw_exc(Thread& th, Value typ, Value val, Value tb) {
  Value exc;
  if (is_type(typ) && is_subtype(as<Type>(typ), Exc_BaseException)) {
    if (!val.is_empty() && isinstance(val, as<Type>(typ))) {
      exc = val;
    } else if (val.is_empty() || is_none(val)) {
      exc = call0(th, typ);
    } else if (is_tuple(val)) {
      TupleObject* t = as<TupleObject>(val);
      exc = call(th, typ, t->items, static_cast<size_t>(t->size));
    } else {
      exc = call1(th, typ, val);
    }
    if (exc.is_empty()) return exc;
  } else if (is_exception(typ)) {
    if (!val.is_empty() && !is_none(val))
      return raise(th, Exc_TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    return raise(th, Exc_TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(typ));
  }
  if (!tb.is_empty() && !is_none(tb)) {
    if (!tb.is_obj() || tb.obj()->type != TracebackType)
      return raise(th, Exc_TypeError, "throw() third argument must be a traceback object");
    as<ExceptionObject>(exc)->traceback = tb;
  }
  return exc;
}

Value gen_awaiting(GeneratorObject* g) { return gen_yieldfrom(g, nullptr); }

namespace {

Value gen_iternext(Thread& th, Value self) {
  bool fin;
  Value r = gen_send_ex(th, as<GeneratorObject>(self), g_None, &fin);
  if (fin) return Value();  // exhausted (the return value is dropped, as next() does)
  return r;
}

Value gen_send_impl(Thread& th, const Value* a) {
  bool fin;
  Value r = gen_send_ex(th, as<GeneratorObject>(a[0]), a[1], &fin);
  if (fin) {
    if (r.is_empty() && has_exc(th)) return r;
    return raise_stop_iteration(th, r.is_empty() || is_none(r) ? Value() : r);
  }
  return r;
}

Value gen_throw_impl(Thread& th, const Value* a) {
  Value exc = gen_make_throw_exc(th, a[1], a[2], a[3]);
  if (exc.is_empty()) return exc;
  bool fin;
  Value r = gen_throw_ex(th, as<GeneratorObject>(a[0]), exc, &fin);
  if (fin && !r.is_empty()) return raise_stop_iteration(th, is_none(r) ? Value() : r);
  return r;
}

Value gen_close_impl(Thread& th, const Value* a) {
  auto* g = as<GeneratorObject>(a[0]);
  GenState s = g->state.load(std::memory_order_acquire);
  // Created -> Finished by CAS: a thread starting g meanwhile leaves s with what it saw.
  while (s == GenState::Created &&
         !g->state.compare_exchange_weak(s, GenState::Finished, std::memory_order_acq_rel)) {
  }
  if (s == GenState::Created || s == GenState::Finished) return g_None;
  if (s == GenState::Running) return raise(th, Exc_ValueError, "generator already executing");
  Value ge = exception_new(th, Exc_GeneratorExit, "");
  if (ge.is_empty()) return ge;
  bool fin;
  Value r = gen_throw_ex(th, g, ge, &fin);
  if (!r.is_empty()) {
    if (fin) return g_None;
    return raise(th, Exc_RuntimeError, "%s ignored GeneratorExit",
                 g->type == CoroutineType        ? "coroutine"
                 : g->type == AsyncGeneratorType ? "async generator"
                                                 : "generator");
  }
  if (exc_matches(th, Exc_GeneratorExit) || exc_matches(th, Exc_StopIteration)) {
    clear_exc(th);
    return g_None;
  }
  return Value();
}

// Queued by the collector for a generator, coroutine or async generator found
// unreachable while suspended (gen_gc_finalizer): CPython closes such an object when it is
// freed, so its finally blocks and __exit__s run. An async generator whose first
// iteration recorded a sys.set_asyncgen_hooks finalizer goes to that instead (an event
// loop then schedules its aclose()).
// RuntimeWarning "coroutine 'f' was never awaited", attributed to the running frame.
Value warn_never_awaited(Thread& th, GeneratorObject* g) {
  Value mod = import_module(th, "warnings");
  if (mod.is_empty()) return mod;
  Root keep_mod(th, mod);
  Value warn = getattr(th, mod, str_intern("warn"));
  if (warn.is_empty()) return warn;
  Root keep_warn(th, warn);
  std::string q = is_str(g->qualname) ? std::string(str_view(g->qualname)) : "?";
  Value msg = V(str_new(th, "coroutine '" + q + "' was never awaited"));
  Root keep_msg(th, msg);
  Value args[3] = {msg, V(Exc_RuntimeWarning), Value::from_small(1)};
  return call(th, warn, args, 3);
}

Value gen_finalize_impl(Thread& th, const Value* a) {
  auto* g = as<GeneratorObject>(a[0]);
  Value r;
  if (g->type == CoroutineType && g->state.load(std::memory_order_acquire) == GenState::Created)
    r = warn_never_awaited(th, g);
  else if (g->type == AsyncGeneratorType && !g->ag_finalizer.is_empty() && !g->ag_closed)
    r = call1(th, g->ag_finalizer, a[0]);
  else
    r = gen_close_impl(th, a);
  if (r.is_empty()) {  // reported as CPython does: "Exception ignored in: <generator ...>"
    Value exc = take_exc(th);
    report_unraisable(th, exc, a[0]);
  }
  return g_None;
}

const NativeDef kGenFinalizeDef = {"_gen_finalize(gen, /)", gen_finalize_impl};
Value g_gen_finalize;  // the function of kGenFinalizeDef (immortal)

// The collector's hook (world stopped: reads only). Closing matters only where the frame
// is suspended inside a try/with block or delegating to a sub-iterator (whose close()
// may do something); a generator never started or finished needs nothing, except an
// async generator that already recorded a finalizer hook, which always gets it.
Value gen_gc_finalizer(Object* o) {
  auto* g = static_cast<GeneratorObject*>(o);
  GenState s = g->state.load(std::memory_order_relaxed);
  if (g->type == AsyncGeneratorType && !g->ag_finalizer.is_empty() && !g->ag_closed &&
      (s == GenState::Created || s == GenState::Suspended))
    return g_gen_finalize;
  // A coroutine never awaited gets CPython's RuntimeWarning, except our embedded stdlib's
  // helpers (CPython's equivalents there are not coroutines).
  if (s == GenState::Created && g->type == CoroutineType &&
      !std::string_view(g->code->filename->data).starts_with("<embedded "))
    return g_gen_finalize;
  if (s != GenState::Suspended) return Value();
  if (find_handler(g->code, g->frame->lasti()) || !gen_yieldfrom(g, nullptr).is_empty())
    return g_gen_finalize;
  return Value();
}

const NativeDef kGenMethods[] = {
    {"send(self, value, /)", gen_send_impl},
    {"throw(self, typ, val=?, tb=?, /)", gen_throw_impl},
    {"close(self, /)", gen_close_impl},
    {},
};

Value gi_name(Thread&, Value s) { return as<GeneratorObject>(s)->name; }
int gi_set_name(Thread& th, Value s, Value v) {
  if (v.is_empty() || !is_str(v)) {
    raise(th, Exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  as<GeneratorObject>(s)->name = v;
  return 0;
}
Value gi_qualname(Thread&, Value s) { return as<GeneratorObject>(s)->qualname; }
int gi_set_qualname(Thread& th, Value s, Value v) {
  if (v.is_empty() || !is_str(v)) {
    raise(th, Exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  as<GeneratorObject>(s)->qualname = v;
  return 0;
}
Value gi_code(Thread&, Value s) { return V(as<GeneratorObject>(s)->code); }
Value gi_running(Thread&, Value s) {
  return bool_value(as<GeneratorObject>(s)->state.load(std::memory_order_acquire) ==
                    GenState::Running);
}
Value gi_suspended(Thread&, Value s) {
  return bool_value(as<GeneratorObject>(s)->state.load(std::memory_order_acquire) ==
                    GenState::Suspended);
}
Value gi_frame(Thread& th, Value s) {
  auto* g = as<GeneratorObject>(s);
  if (g->state.load(std::memory_order_acquire) == GenState::Finished) return g_None;
  FrameObject* fo = gc_new<FrameObject>(th, FrameType);
  fo->code = g->code;
  fo->globals = g->frame->globals;
  fo->lasti = g->frame->lasti();
  fo->lineno = code_line_of(g->code, fo->lasti < 0 ? 0 : fo->lasti);
  // f_locals: the frame's locals now, refreshed on reads while the generator runs on
  // this thread (see current_frame_object).
  Root keep(th, fo);
  fo->locals = frame_locals(th, g->frame);
  if (fo->locals == g->frame->locals_snapshot) fo->live = g->frame;
  return V(fo);
}
Value gi_yieldfrom(Thread&, Value s) {
  Value v = gen_yieldfrom(as<GeneratorObject>(s), nullptr);
  return v.is_empty() ? g_None : v;
}

const GetSetDef kGenGetSets[] = {
    {"__name__", gi_name, gi_set_name},
    {"__qualname__", gi_qualname, gi_set_qualname},
    {"gi_code", gi_code, nullptr},
    {"gi_running", gi_running, nullptr},
    {"gi_suspended", gi_suspended, nullptr},
    {"gi_frame", gi_frame, nullptr},
    {"gi_yieldfrom", gi_yieldfrom, nullptr},
    {},
};

}  // namespace

Value gen_new_for_call(Thread& th, FunctionObject* fn, const Value* args, size_t nargs,
                       TupleObject* kwnames) {
  CodeObject* co = fn->code;
  size_t frame_bytes = static_cast<size_t>(co->framesize) * sizeof(Value);
  Type* gt = (co->flags & CO_COROUTINE)          ? CoroutineType
             : (co->flags & CO_ASYNC_GENERATOR) ? AsyncGeneratorType
                                                : GeneratorType;
  GeneratorObject* g = gc_new<GeneratorObject>(th, gt, frame_bytes);
  static_assert(sizeof(GeneratorObject) % sizeof(Value) == 0);
  Frame* f = reinterpret_cast<Frame*>(g + 1);
  g->code = co;
  g->name = fn->name;
  g->qualname = fn->qualname;
  g->frame = f;
  f->code = co;
  f->func = fn;
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  f->gen = g;
  f->pc = co->insns;
  f->sp = f->stack_base();
  // The state stays Finished until the frame is complete: the collector then traces
  // nothing of it.
  g->state.store(GenState::Finished, std::memory_order_relaxed);
  Value* locals = f->localsplus();
  if (co->simple_args && !kwnames && nargs == static_cast<size_t>(co->argcount)) {
    for (size_t i = 0; i < nargs; i++) locals[i] = args[i];
  } else if (!bind_args(th, fn, locals, args, nargs, kwnames)) {
    return Value();
  }
  if (co->ncells | co->nfrees) frame_init_cells(th, f, fn->closure);
  g->state.store(GenState::Created, std::memory_order_release);
  return V(g);
}

Value gen_send_ex(Thread& th, GeneratorObject* g, Value v, bool* finished) {
  if (!gen_start(th, g, v, true, finished)) return Value();
  return gen_run(th, g, false, finished);
}

Value gen_next_raising(Thread& th, GeneratorObject* g) {
  bool fin;
  Value r = gen_send_ex(th, g, g_None, &fin);
  if (!fin || (r.is_empty() && has_exc(th))) return r;
  return raise_stop_iteration(th, r.is_empty() || is_none(r) ? Value() : r);
}

void init_generator_type(Thread& th) {
  GeneratorType->trace = gen_trace_object;
  GeneratorType->repr = gen_repr;
  GeneratorType->iter = gen_iter;
  GeneratorType->next = gen_iternext;
  GeneratorType->methods = kGenMethods;
  GeneratorType->getsets = kGenGetSets;
  g_gen_finalize = make_native_function(th, &kGenFinalizeDef, Value());
  gc_make_immortal(g_gen_finalize.obj());
  gc_set_finalizer_hook(GeneratorType, gen_gc_finalizer);
  gc_set_finalizer_hook(CoroutineType, gen_gc_finalizer);
  gc_set_finalizer_hook(AsyncGeneratorType, gen_gc_finalizer);
  init_coroutine_types(th);
}

// Shared with vm/coroutine.cpp: the generator parts of coroutines and async generators.
Value gen_repr_object(Thread& th, Value self) { return gen_repr(th, self); }
const NativeDef* gen_method_table() { return kGenMethods; }
Value gen_frame_object(Thread& th, Value gen) { return gi_frame(th, gen); }

}  // namespace taipan
