// weakref.ReferenceType and the `_weakref` module (see builtins/weakref.h for the
// collector's side). stdlib/weakref.py builds proxies, WeakValueDictionary,
// WeakKeyDictionary, WeakSet, WeakMethod and finalize on top of these.
#include "builtins/weakref.h"

#include <cstdio>
#include <string>

#include "builtins/containers.h"
#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

bool is_weakref(Value v) {
  if (!v.is_obj()) return false;
  for (Type* t = v.obj()->type; t; t = t->base)
    if (t == WeakRefType) return true;
  return false;
}

Value weakref_get(WeakRefObject* w) {
  Object* o = w->referent.load(std::memory_order_acquire);
  return o ? V(o) : Value();
}

namespace {

// CPython's rule, approximately: instances of classes written in Python (unless they
// are int/tuple/bytes subclasses or have __slots__ without __weakref__), and the builtin
// kinds that carry a weakref list there (functions, types, modules, sets, generators...).
bool builtin_weakrefable(Type* t) {
  if (t->flags & TF_TYPE_SUBCLASS) return true;
  for (Type* k : {SetType, FrozenSetType, FunctionType, CodeType, MethodType, GeneratorType, CoroutineType,
                  AsyncGeneratorType, BuiltinFunctionType, ModuleType, FileType, BinaryFileType, LockType,
                  RLockType, WeakRefType})
    if (t == k) return true;
  return false;
}

// Whether a class statement's __slots__ names __weakref__.
bool slots_name_weakref(Type* t) {
  Value s = dict_get_str(t->dict, str_intern("__slots__"));
  if (s.is_empty()) return false;
  if (is_str(s)) return str_view(s) == "__weakref__";
  if (!is_tuple(s) && !is_list(s)) return false;
  TupleObject* items = is_tuple(s) ? as<TupleObject>(s) : nullptr;
  int64_t n = items ? items->size : list_size(as<ListObject>(s));
  for (int64_t i = 0; i < n; ++i) {
    Value x = items ? items->items[i] : list_get(as<ListObject>(s), i);
    if (is_str(x) && str_view(x) == "__weakref__") return true;
  }
  return false;
}

bool weakrefable(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  if (!(t->flags & TF_HEAPTYPE)) return builtin_weakrefable(t);
  if (t->flags & (TF_INT_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS)) return false;
  if (t->dictoffset) return true;
  Type* b = t;
  for (; b && (b->flags & TF_HEAPTYPE); b = b->base)
    if (b->dict && slots_name_weakref(b)) return true;
  return b && builtin_weakrefable(b);
}

void weakref_trace(Object* self, Tracer& tr) { tr.visit(static_cast<WeakRefObject*>(self)->callback); }

void weakref_finalize(Object* self) { gc_weakref_unregister(static_cast<WeakRefObject*>(self)); }

Value weakref_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(th, Exc_TypeError, "%s() takes no keyword arguments", str_view(type->name).data());
  if (nargs < 1) return raise(th, Exc_TypeError, "__new__ expected at least 1 argument, got %zu", nargs);
  if (nargs > 2) return raise(th, Exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
  Value ob = args[0];
  Value cb = nargs == 2 && !is_none(args[1]) ? args[1] : Value();
  if (!weakrefable(ob))
    return raise(th, Exc_TypeError, "cannot create weak reference to '%s' object", type_name(ob));
  // A plain ref without callback is shared, as in CPython: ref(x) is ref(x).
  if (type == WeakRefType && cb.is_empty()) {
    for (WeakRefObject* w : gc_weakrefs_to(ob.obj()))
      if (w->type == WeakRefType && w->callback.is_empty()) return V(w);
  }
  Value nv = instance_alloc(th, type);
  auto* w = static_cast<WeakRefObject*>(nv.obj());
  w->callback = cb;
  w->referent.store(ob.obj(), std::memory_order_release);
  gc_weakref_register(w);
  return nv;
}

int weakref_init(Thread&, Value, const Value*, size_t, TupleObject*) { return 0; }

Value weakref_call(Thread& th, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raise(th, Exc_TypeError, "weakref() takes no arguments");
  Value r = weakref_get(as<WeakRefObject>(self));
  return r.is_empty() ? g_None : r;
}

bool weakref_hash(Thread& th, Value self, int64_t* out) {
  auto* w = as<WeakRefObject>(self);
  if (w->hashed.load(std::memory_order_acquire)) {
    *out = w->hash.load(std::memory_order_relaxed);
    return true;
  }
  Value r = weakref_get(w);
  if (r.is_empty()) {
    raise(th, Exc_TypeError, "weak object has gone away");
    return false;
  }
  Root keep(th, r);
  int64_t h;
  if (!hash_value(th, r, &h)) return false;
  w->hash.store(h, std::memory_order_relaxed);
  w->hashed.store(true, std::memory_order_release);
  *out = h;
  return true;
}

Value weakref_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::EQ && op != CmpOp::NE) || !is_weakref(a) || !is_weakref(b)) return g_NotImplemented;
  Value ra = weakref_get(as<WeakRefObject>(a)), rb = weakref_get(as<WeakRefObject>(b));
  if (ra.is_empty() || rb.is_empty()) {
    bool same = a.bits() == b.bits();
    return bool_value(op == CmpOp::EQ ? same : !same);
  }
  Root k1(th, ra), k2(th, rb);
  return richcmp(th, ra, rb, op);
}

Value weakref_repr(Thread& th, Value self) {
  char buf[160];
  Value r = weakref_get(as<WeakRefObject>(self));
  if (r.is_empty()) {
    std::snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(self.obj()));
    return V(str_new(th, buf));
  }
  Root keep(th, r);
  std::string s;
  std::snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p", static_cast<void*>(self.obj()), type_name(r),
                static_cast<void*>(r.obj()));
  s = buf;
  Value name = getattr_opt(th, r, sym::__name__);
  if (name.is_empty() && has_exc(th)) clear_exc(th);
  if (!name.is_empty() && is_str(name)) {
    s += " (";
    s += str_view(name);
    s += ")";
  }
  s += ">";
  return V(str_new(th, s));
}

Value weakref_callback_get(Thread&, Value self) {
  Value cb = as<WeakRefObject>(self)->callback;
  return cb.is_empty() ? g_None : cb;
}

const GetSetDef kWeakRefGetSets[] = {
    {"__callback__", weakref_callback_get, nullptr, nullptr},
    {},
};

const NativeDef kWeakRefMethods[] = {
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD},
    {},
};

// ---- the _weakref module

Value getweakrefcount_impl(Thread&, const Value* a) {
  if (!weakrefable(a[0])) return Value::from_small(0);
  return Value::from_small(static_cast<int64_t>(gc_weakrefs_to(a[0].obj()).size()));
}

Value getweakrefs_impl(Thread& th, const Value* a) {
  ListObject* l = list_new(th, 0);
  if (!weakrefable(a[0])) return V(l);
  Root keep(th, V(l));
  for (WeakRefObject* w : gc_weakrefs_to(a[0].obj()))
    if (list_append(th, l, V(w)) < 0) return Value();
  return V(l);
}

const NativeDef kWeakRefFunctions[] = {
    {"getweakrefcount(object, /)", getweakrefcount_impl},
    {"getweakrefs(object, /)", getweakrefs_impl},
    {},
};

}  // namespace

void init_weakref_type(Thread& th) {
  (void)th;
  Type* t = WeakRefType;
  t->flags |= TF_BASETYPE;
  t->new_ = weakref_new;
  t->init = weakref_init;
  t->call = weakref_call;
  t->hash = weakref_hash;
  t->richcmp = weakref_richcmp;
  t->repr = weakref_repr;
  t->trace = weakref_trace;
  t->finalize = weakref_finalize;
  t->getsets = kWeakRefGetSets;
  t->methods = kWeakRefMethods;
  t->module = V(str_intern("weakref"));
}

int init_weakref_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kWeakRefFunctions, V(str_intern("_weakref")));
  dict_set_str(th, m->dict, str_intern("ref"), V(WeakRefType));
  dict_set_str(th, m->dict, str_intern("ReferenceType"), V(WeakRefType));
  return 0;
}

}  // namespace taipan
