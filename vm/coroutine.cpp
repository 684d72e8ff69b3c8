// Coroutines, async generators and the awaitable protocol: the objects behind `async
// def`, and the helpers of GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH and
// ASYNC_GEN_WRAP (vm/opcodes.def). Semantics and messages follow CPython 3.11
// (genobject.c, ceval.c).
//
// Invariants:
// - Coroutines and async generators are GeneratorObjects (vm/function.h): sending,
//   throwing and closing reuse vm/generator.cpp, and an `await` resumes a coroutine
//   inline in the interpreter loop just as `yield from` resumes a generator.
// - An async generator's own `yield` values arrive wrapped (AsyncGenWrappedValueObject);
//   anything else it yields comes from an await inside it and passes through the
//   asend/athrow awaitable unchanged to whoever drives the outer coroutine.
// - ag_running_async is set while an asend/athrow awaitable is mid-iteration and cleared
//   when that awaitable completes (returns via StopIteration or raises).
#include "vm/coroutine.h"

#include <string>

#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/gc.h"
#include "vm/handles.h"

namespace taipan {

namespace {

StrObject* sym_await() { static StrObject* s = str_intern("__await__"); return s; }
StrObject* sym_aenter() { static StrObject* s = str_intern("__aenter__"); return s; }
StrObject* sym_aexit() { static StrObject* s = str_intern("__aexit__"); return s; }

bool has_next(Value v) {
  Type* t = type_of(v);
  return t->next != nullptr;
}

// ---------------------------------------------------------------- coroutine

Value coro_await(Thread& th, const Value* a) {
  CoroutineWrapperObject* w = gc_new<CoroutineWrapperObject>(th, CoroutineWrapperType);
  w->coro = as<GeneratorObject>(a[0]);
  return V(w);
}

Value cr_name(Thread&, Value s) { return as<GeneratorObject>(s)->name; }
Value cr_qualname(Thread&, Value s) { return as<GeneratorObject>(s)->qualname; }
Value cr_code(Thread&, Value s) { return V(as<GeneratorObject>(s)->code); }
Value cr_running(Thread&, Value s) {
  return bool_value(as<GeneratorObject>(s)->state.load(std::memory_order_acquire) ==
                    GenState::Running);
}
Value cr_suspended(Thread&, Value s) {
  return bool_value(as<GeneratorObject>(s)->state.load(std::memory_order_acquire) ==
                    GenState::Suspended);
}
Value cr_await_get(Thread&, Value s) {
  Value v = gen_awaiting(as<GeneratorObject>(s));
  return v.is_empty() ? g_None : v;
}
Value cr_frame(Thread& th, Value s) { return gen_frame_object(th, s); }

NativeDef g_coro_methods[8];
const GetSetDef kCoroGetSets[] = {
    {"__name__", cr_name, nullptr},
    {"__qualname__", cr_qualname, nullptr},
    {"cr_code", cr_code, nullptr},
    {"cr_running", cr_running, nullptr},
    {"cr_suspended", cr_suspended, nullptr},
    {"cr_await", cr_await_get, nullptr},
    {"cr_frame", cr_frame, nullptr},
    {},
};

// ---------------------------------------------------------------- coroutine_wrapper

void wrapper_trace(Object* self, Tracer& t) {
  auto* w = static_cast<CoroutineWrapperObject*>(self);
  if (w->coro) t.visit(w->coro);
}
Value self_iter(Thread&, Value self) { return self; }

// Resumes the coroutine; its return value ends the iteration as StopIteration(value).
Value wrapper_send_value(Thread& th, GeneratorObject* coro, Value v) {
  bool fin;
  Value r = gen_send_ex(th, coro, v, &fin);
  if (r.is_empty()) return r;
  if (fin) return raise_stop_iteration(th, is_none(r) ? Value() : r);
  return r;
}
Value wrapper_next(Thread& th, Value self) {
  return wrapper_send_value(th, as<CoroutineWrapperObject>(self)->coro, g_None);
}
Value wrapper_send(Thread& th, const Value* a) {
  return wrapper_send_value(th, as<CoroutineWrapperObject>(a[0])->coro, a[1]);
}
Value wrapper_throw(Thread& th, const Value* a) {
  return call_method(th, V(as<CoroutineWrapperObject>(a[0])->coro), sym::throw_, a + 1,
                     a[2].is_empty() ? 1 : a[3].is_empty() ? 2 : 3);
}
Value wrapper_close(Thread& th, const Value* a) {
  return call_method(th, V(as<CoroutineWrapperObject>(a[0])->coro), sym::close, nullptr, 0);
}
const NativeDef kWrapperMethods[] = {
    {"send(self, value, /)", wrapper_send},
    {"throw(self, typ, val=?, tb=?, /)", wrapper_throw},
    {"close(self, /)", wrapper_close},
    {},
};

// ---------------------------------------------------------------- async generator

void wrapped_trace(Object* self, Tracer& t) {
  t.visit(static_cast<AsyncGenWrappedValueObject*>(self)->value);
}
void awaitable_trace(Object* self, Tracer& t) {
  auto* o = static_cast<AsyncGenAwaitableObject*>(self);
  if (o->gen) t.visit(o->gen);
  t.visit(o->arg);
}

enum : int32_t { AW_INIT = 0, AW_ITER = 1, AW_CLOSED = 2 };

Value new_awaitable(Thread& th, Type* t, GeneratorObject* gen, Value arg) {
  auto* o = gc_new<AsyncGenAwaitableObject>(th, t);
  o->gen = gen;
  o->arg = arg;
  o->state = AW_INIT;
  return V(o);
}

// Turns the outcome of resuming an async generator into the awaitable's: a wrapped
// value ends the awaitable with StopIteration(value); the generator finishing raises
// StopAsyncIteration; other values pass through.
Value unwrap(Thread& th, GeneratorObject* gen, Value r, bool fin) {
  if (r.is_empty() || fin) {
    if (!has_exc(th)) raise_args(th, Exc_StopAsyncIteration, nullptr, 0);
    if (exc_matches(th, Exc_StopAsyncIteration) || exc_matches(th, Exc_GeneratorExit))
      gen->ag_closed = true;
    gen->ag_running_async = false;
    return Value();
  }
  if (r.is_obj() && r.obj()->type == AsyncGenWrappedValueType) {
    gen->ag_running_async = false;
    Value v = as<AsyncGenWrappedValueObject>(r)->value;
    return raise_stop_iteration(th, is_none(v) ? Value() : v);
  }
  return r;
}

Value asend_send_value(Thread& th, AsyncGenAwaitableObject* o, Value v) {
  if (o->state == AW_CLOSED)
    return raise(th, Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  GeneratorObject* gen = o->gen;
  if (o->state == AW_INIT) {
    if (gen->ag_running_async) {
      o->state = AW_CLOSED;
      return raise(th, Exc_RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (v.is_empty() || is_none(v)) v = o->arg;
    o->state = AW_ITER;
  }
  gen->ag_running_async = true;
  Root keep(th, o);
  bool fin;
  Value r = gen_send_ex(th, gen, v, &fin);
  r = unwrap(th, gen, r, fin);
  if (r.is_empty()) o->state = AW_CLOSED;
  return r;
}

Value asend_next(Thread& th, Value self) {
  return asend_send_value(th, as<AsyncGenAwaitableObject>(self), g_None);
}
Value asend_send(Thread& th, const Value* a) {
  return asend_send_value(th, as<AsyncGenAwaitableObject>(a[0]), a[1]);
}
Value asend_throw(Thread& th, const Value* a) {
  auto* o = as<AsyncGenAwaitableObject>(a[0]);
  if (o->state == AW_CLOSED)
    return raise(th, Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Value exc = gen_make_throw_exc(th, a[1], a[2], a[3]);
  if (exc.is_empty()) return exc;
  Root keep(th, o);
  bool fin;
  Value r = gen_throw_ex(th, o->gen, exc, &fin);
  r = unwrap(th, o->gen, r, fin);
  if (r.is_empty()) o->state = AW_CLOSED;
  return r;
}
Value aw_close(Thread&, const Value* a) {
  as<AsyncGenAwaitableObject>(a[0])->state = AW_CLOSED;
  return g_None;
}
Value aw_await(Thread&, const Value* a) { return a[0]; }

const NativeDef kASendMethods[] = {
    {"send(self, value, /)", asend_send},
    {"throw(self, typ, val=?, tb=?, /)", asend_throw},
    {"close(self, /)", aw_close},
    {"__await__(self, /)", aw_await},
    {},
};

// athrow()/aclose(): arg is the exception to throw, EMPTY for aclose.
Value athrow_result(Thread& th, AsyncGenAwaitableObject* o, Value r, bool fin) {
  GeneratorObject* gen = o->gen;
  bool aclose = o->arg.is_empty();
  if (!aclose) {
    r = unwrap(th, gen, r, fin);
    if (r.is_empty()) o->state = AW_CLOSED;
    return r;
  }
  if (!r.is_empty() && !fin) {
    if (r.is_obj() && r.obj()->type == AsyncGenWrappedValueType) {
      gen->ag_running_async = false;
      o->state = AW_CLOSED;
      return raise(th, Exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    return r;  // an await inside a finally block
  }
  gen->ag_running_async = false;
  o->state = AW_CLOSED;
  if (!r.is_empty() || exc_matches(th, Exc_StopAsyncIteration) ||
      exc_matches(th, Exc_GeneratorExit)) {
    clear_exc(th);
    gen->ag_closed = true;
    return raise_stop_iteration(th, Value());
  }
  return Value();
}

Value athrow_send_value(Thread& th, AsyncGenAwaitableObject* o, Value v) {
  GeneratorObject* gen = o->gen;
  bool aclose = o->arg.is_empty();
  if (o->state == AW_CLOSED)
    return raise(th, Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen->ag_closed || gen->state.load(std::memory_order_acquire) == GenState::Finished) {
    o->state = AW_CLOSED;
    return raise_stop_iteration(th, Value());
  }
  Root keep(th, o);
  bool fin;
  Value r;
  if (o->state == AW_INIT) {
    if (gen->ag_running_async) {
      o->state = AW_CLOSED;
      return raise(th, Exc_RuntimeError, aclose
                                             ? "aclose(): asynchronous generator is already running"
                                             : "athrow(): asynchronous generator is already running");
    }
    if (!v.is_empty() && !is_none(v))
      return raise(th, Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AW_ITER;
    gen->ag_running_async = true;
    Value exc = aclose ? exception_new(th, Exc_GeneratorExit, "") : o->arg;
    if (exc.is_empty()) return exc;
    r = gen_throw_ex(th, gen, exc, &fin);
  } else {
    gen->ag_running_async = true;
    r = gen_send_ex(th, gen, v, &fin);
  }
  return athrow_result(th, o, r, fin);
}

Value athrow_next(Thread& th, Value self) {
  return athrow_send_value(th, as<AsyncGenAwaitableObject>(self), g_None);
}
Value athrow_send(Thread& th, const Value* a) {
  return athrow_send_value(th, as<AsyncGenAwaitableObject>(a[0]), a[1]);
}
Value athrow_throw(Thread& th, const Value* a) {
  auto* o = as<AsyncGenAwaitableObject>(a[0]);
  if (o->state == AW_CLOSED)
    return raise(th, Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Value exc = gen_make_throw_exc(th, a[1], a[2], a[3]);
  if (exc.is_empty()) return exc;
  Root keep(th, o);
  bool fin;
  Value r = gen_throw_ex(th, o->gen, exc, &fin);
  return athrow_result(th, o, r, fin);
}

const NativeDef kAThrowMethods[] = {
    {"send(self, value, /)", athrow_send},
    {"throw(self, typ, val=?, tb=?, /)", athrow_throw},
    {"close(self, /)", aw_close},
    {"__await__(self, /)", aw_await},
    {},
};

// sys.set_asyncgen_hooks(): EMPTY stands for None. Process-wide (CPython keeps them per
// thread); single-word stores, roots.
Value g_agen_firstiter;
Value g_agen_finalizer;

// The first __anext__/asend/athrow/aclose of an async generator records the finalizer
// hook in force and calls firstiter(agen), as CPython's async_gen_init_hooks. false: raised.
bool agen_init_hooks(Thread& th, GeneratorObject* g) {
  if (g->ag_hooks_inited) return true;
  g->ag_hooks_inited = true;
  g->ag_finalizer = g_agen_finalizer;
  Value first = g_agen_firstiter;
  if (first.is_empty()) return true;
  Root keep_g(th, g), keep_first(th, first);
  return !call1(th, first, V(g)).is_empty();
}

Value agen_aiter(Thread&, const Value* a) { return a[0]; }
Value agen_anext(Thread& th, const Value* a) {
  if (!agen_init_hooks(th, as<GeneratorObject>(a[0]))) return Value();
  return new_awaitable(th, AsyncGenASendType, as<GeneratorObject>(a[0]), g_None);
}
Value agen_asend(Thread& th, const Value* a) {
  if (!agen_init_hooks(th, as<GeneratorObject>(a[0]))) return Value();
  return new_awaitable(th, AsyncGenASendType, as<GeneratorObject>(a[0]), a[1]);
}
Value agen_athrow(Thread& th, const Value* a) {
  if (!agen_init_hooks(th, as<GeneratorObject>(a[0]))) return Value();
  Value exc = gen_make_throw_exc(th, a[1], a[2], a[3]);
  if (exc.is_empty()) return exc;
  return new_awaitable(th, AsyncGenAThrowType, as<GeneratorObject>(a[0]), exc);
}
Value agen_aclose(Thread& th, const Value* a) {
  if (!agen_init_hooks(th, as<GeneratorObject>(a[0]))) return Value();
  return new_awaitable(th, AsyncGenAThrowType, as<GeneratorObject>(a[0]), Value());
}

const NativeDef kAGenMethods[] = {
    {"__aiter__(self, /)", agen_aiter},
    {"__anext__(self, /)", agen_anext},
    {"asend(self, value, /)", agen_asend},
    {"athrow(self, typ, val=?, tb=?, /)", agen_athrow},
    {"aclose(self, /)", agen_aclose},
    {},
};

Value ag_running(Thread&, Value s) { return bool_value(as<GeneratorObject>(s)->ag_running_async); }

const GetSetDef kAGenGetSets[] = {
    {"__name__", cr_name, nullptr},
    {"__qualname__", cr_qualname, nullptr},
    {"ag_code", cr_code, nullptr},
    {"ag_running", ag_running, nullptr},
    {"ag_await", cr_await_get, nullptr},
    {"ag_frame", cr_frame, nullptr},
    {},
};

}  // namespace

// ---------------------------------------------------------------- opcode helpers

Value get_awaitable(Thread& th, Value v, int where) {
  Type* t = type_of(v);
  if (t == CoroutineType) {
    if (!gen_awaiting(as<GeneratorObject>(v)).is_empty())
      return raise(th, Exc_RuntimeError, "coroutine is being awaited already");
    return v;
  }
  if (t == GeneratorType && (as<GeneratorObject>(v)->code->flags & CO_ITERABLE_COROUTINE))
    return v;
  Value r = call_special(th, v, sym_await(), nullptr, 0);
  if (r.is_empty()) {
    if (has_exc(th)) return r;
    if (where == 1)
      return raise(th, Exc_TypeError,
                   "'async with' received an object from __aenter__ that does not implement "
                   "__await__: %s", type_name(v));
    if (where == 2)
      return raise(th, Exc_TypeError,
                   "'async with' received an object from __aexit__ that does not implement "
                   "__await__: %s", type_name(v));
    return raise(th, Exc_TypeError, "object %s can't be used in 'await' expression",
                 type_name(v));
  }
  if (type_of(r) == CoroutineType ||
      (type_of(r) == GeneratorType && (as<GeneratorObject>(r)->code->flags & CO_ITERABLE_COROUTINE)))
    return raise(th, Exc_TypeError, "__await__() returned a coroutine");
  if (!has_next(r))
    return raise(th, Exc_TypeError, "__await__() returned non-iterator of type '%s'",
                 type_name(r));
  return r;
}

Value get_aiter(Thread& th, Value v) {
  if (type_of(v) == AsyncGeneratorType) return v;
  Value r = call_special(th, v, sym::__aiter__, nullptr, 0);
  if (r.is_empty()) {
    if (has_exc(th)) return r;
    return raise(th, Exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                 type_name(v));
  }
  if (lookup_in_mro(type_of(r), sym::__anext__).is_empty())
    return raise(th, Exc_TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %s", type_name(r));
  return r;
}

Value get_anext(Thread& th, Value v) {
  if (type_of(v) == AsyncGeneratorType) {
    if (!agen_init_hooks(th, as<GeneratorObject>(v))) return Value();
    return new_awaitable(th, AsyncGenASendType, as<GeneratorObject>(v), g_None);
  }
  Value r = call_special(th, v, sym::__anext__, nullptr, 0);
  if (r.is_empty()) {
    if (has_exc(th)) return r;
    return raise(th, Exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                 type_name(v));
  }
  Root keep(th, r);
  Value a = get_awaitable(th, r, 0);
  if (a.is_empty() && exc_matches(th, Exc_TypeError)) {
    clear_exc(th);
    return raise(th, Exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                 type_name(r));
  }
  return a;
}

Value before_async_with(Thread& th, Value mgr, Value* exit) {
  Type* t = type_of(mgr);
  if (lookup_in_mro(t, sym_aenter()).is_empty())
    return raise(th, Exc_TypeError,
                 "'%s' object does not support the asynchronous context manager protocol",
                 type_name(mgr));
  if (lookup_in_mro(t, sym_aexit()).is_empty())
    return raise(th, Exc_TypeError,
                 "'%s' object does not support the asynchronous context manager protocol "
                 "(missed __aexit__ method)", type_name(mgr));
  Value ex = getattr(th, mgr, sym_aexit());
  if (ex.is_empty()) return ex;
  Root keep(th, ex);
  Value r = call_special(th, mgr, sym_aenter(), nullptr, 0);
  if (r.is_empty()) {
    if (!has_exc(th)) raise(th, Exc_AttributeError, "__aenter__");
    return r;
  }
  *exit = ex;
  return r;
}

Value async_gen_wrap(Thread& th, Value v) {
  auto* w = gc_new<AsyncGenWrappedValueObject>(th, AsyncGenWrappedValueType);
  w->value = v;
  return V(w);
}

Value asyncgen_hook(bool finalizer) {
  Value v = finalizer ? g_agen_finalizer : g_agen_firstiter;
  return v.is_empty() ? g_None : v;
}

void set_asyncgen_hook(bool finalizer, Value v) {
  (finalizer ? g_agen_finalizer : g_agen_firstiter) = is_none(v) ? Value() : v;
}

void init_coroutine_types(Thread&) {
  gc_add_root(&g_agen_firstiter);
  gc_add_root(&g_agen_finalizer);
  // Coroutines: the generator methods plus __await__.
  const NativeDef* gm = gen_method_table();
  int n = 0;
  for (; gm[n].sig; n++) g_coro_methods[n] = gm[n];
  g_coro_methods[n++] = NativeDef{"__await__(self, /)", coro_await};
  g_coro_methods[n] = NativeDef{};
  CoroutineType->trace = gen_trace_object;
  CoroutineType->repr = gen_repr_object;
  CoroutineType->methods = g_coro_methods;
  CoroutineType->getsets = kCoroGetSets;

  CoroutineWrapperType->trace = wrapper_trace;
  CoroutineWrapperType->iter = self_iter;
  CoroutineWrapperType->next = wrapper_next;
  CoroutineWrapperType->methods = kWrapperMethods;

  AsyncGeneratorType->trace = gen_trace_object;
  AsyncGeneratorType->repr = gen_repr_object;
  AsyncGeneratorType->methods = kAGenMethods;
  AsyncGeneratorType->getsets = kAGenGetSets;

  AsyncGenWrappedValueType->trace = wrapped_trace;

  AsyncGenASendType->trace = awaitable_trace;
  AsyncGenASendType->iter = self_iter;
  AsyncGenASendType->next = asend_next;
  AsyncGenASendType->methods = kASendMethods;

  AsyncGenAThrowType->trace = awaitable_trace;
  AsyncGenAThrowType->iter = self_iter;
  AsyncGenAThrowType->next = athrow_next;
  AsyncGenAThrowType->methods = kAThrowMethods;
}

}  // namespace taipan
