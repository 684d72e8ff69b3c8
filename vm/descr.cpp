// Descriptors (vm/descr.h): getset descriptors, slot wrappers and method-wrappers,
// property, staticmethod, classmethod and super.
//
// Invariants: getset/slot-wrapper/method-wrapper objects are immutable once made.
// property/staticmethod/classmethod fields are written only by their __init__ (before
// the object is shared, in practice) and read without locks: a racing re-__init__ can
// only make a reader see the old or the new callable, both valid objects.
// A slot wrapper calls the slot function captured when it was made, checking its
// receiver's type first, since the slot code may assume its own layout.
#include <cinttypes>
#include <cstddef>
#include <cstdio>
#include <string>

#include "builtins/numbers.h"
#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/function.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {


static const char* tname(Type* t) { return t->qualname ? t->qualname->data : t->name->data; }

static void* addr(Value v) { return v.is_obj() ? static_cast<void*>(v.obj()) : reinterpret_cast<void*>(v.bits()); }

// ------------------------------------------------------------------ getset descriptors

Value getset_new(Thread& th, Type* owner, const GetSetDef* def) {
  auto* g = gc_new<GetSetObject>(th, GetSetDescriptorType);
  g->def = def;
  g->owner = owner;
  g->name = str_intern(def->name);
  return V(g);
}

static void getset_trace(Object* o, Tracer& t) {
  auto* g = static_cast<GetSetObject*>(o);
  if (g->owner) t.visit(static_cast<Object*>(g->owner));
  if (g->name) t.visit(static_cast<Object*>(g->name));
}

static Value getset_get(Thread& th, Value descr, Value obj, Value /*type*/) {
  auto* g = as<GetSetObject>(descr);
  if (obj.is_empty()) return descr;
  if (!isinstance(obj, g->owner))
    return raise(th, Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 g->def->name, tname(g->owner), type_name(obj));
  if (!g->def->get)
    return raise(th, Exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                 g->def->name, tname(g->owner));
  return g->def->get(th, obj);
}

static int getset_set(Thread& th, Value descr, Value obj, Value v) {
  auto* g = as<GetSetObject>(descr);
  if (!isinstance(obj, g->owner)) {
    raise(th, Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          g->def->name, tname(g->owner), type_name(obj));
    return -1;
  }
  if (!g->def->set) {
    raise(th, Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", g->def->name,
          tname(g->owner));
    return -1;
  }
  return g->def->set(th, obj, v);
}

static Value getset_repr(Thread& th, Value v) {
  auto* g = as<GetSetObject>(v);
  char buf[256];
  std::snprintf(buf, sizeof buf, "<attribute '%s' of '%s' objects>", g->def->name, tname(g->owner));
  return V(str_new(th, buf));
}

static Value descr_get_name(Thread&, Value self) { return V(as<GetSetObject>(self)->name); }
static Value descr_get_qualname(Thread& th, Value self) {
  auto* g = as<GetSetObject>(self);
  return V(str_new(th, std::string(tname(g->owner)) + "." + g->def->name));
}
static Value descr_get_objclass(Thread&, Value self) { return V(as<GetSetObject>(self)->owner); }
static Value descr_get_doc(Thread& th, Value self) {
  auto* g = as<GetSetObject>(self);
  return g->def->doc ? V(str_new(th, g->def->doc)) : g_None;
}

static const GetSetDef kGetSetGetSets[] = {
    {"__name__", descr_get_name},
    {"__qualname__", descr_get_qualname},
    {"__objclass__", descr_get_objclass},
    {"__doc__", descr_get_doc},
    {},
};

// ------------------------------------------------------------------ member descriptors

Value member_descr_new(Thread& th, Type* owner, StrObject* name, int64_t offset) {
  auto* m = gc_new<MemberDescrObject>(th, MemberDescriptorType);
  m->owner = owner;
  m->name = name;
  m->offset = offset;
  return V(m);
}

static void member_trace(Object* o, Tracer& t) {
  auto* m = static_cast<MemberDescrObject*>(o);
  if (m->owner) t.visit(static_cast<Object*>(m->owner));
  if (m->name) t.visit(static_cast<Object*>(m->name));
}

// The slot's word in obj: a std::atomic<uint64_t> so racing readers and writers see
// whole Values.
static std::atomic<uint64_t>* member_slot(MemberDescrObject* m, Value obj) {
  return reinterpret_cast<std::atomic<uint64_t>*>(reinterpret_cast<char*>(obj.obj()) + m->offset);
}

static bool member_check(Thread& th, MemberDescrObject* m, Value obj) {
  if (isinstance(obj, m->owner)) return true;
  raise(th, Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
        m->name->data, tname(m->owner), type_name(obj));
  return false;
}

static Value member_get(Thread& th, Value descr, Value obj, Value /*type*/) {
  auto* m = as<MemberDescrObject>(descr);
  if (obj.is_empty()) return descr;
  if (!member_check(th, m, obj)) return Value();
  Value v = Value::from_bits(member_slot(m, obj)->load(std::memory_order_acquire));
  if (v.is_empty())
    return raise(th, Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                 m->name->data);
  return v;
}

static int member_set(Thread& th, Value descr, Value obj, Value v) {
  auto* m = as<MemberDescrObject>(descr);
  if (!member_check(th, m, obj)) return -1;
  std::atomic<uint64_t>* slot = member_slot(m, obj);
  if (v.is_empty()) {
    if (slot->exchange(0, std::memory_order_acq_rel) == 0) {
      raise_str(th, Exc_AttributeError, str_view(m->name));  // CPython: just the name
      return -1;
    }
    return 0;
  }
  slot->store(v.bits(), std::memory_order_release);
  return 0;
}

static Value member_repr(Thread& th, Value v) {
  auto* m = as<MemberDescrObject>(v);
  char buf[256];
  std::snprintf(buf, sizeof buf, "<member '%s' of '%s' objects>", m->name->data, tname(m->owner));
  return V(str_new(th, buf));
}

static Value md_name(Thread&, Value self) { return V(as<MemberDescrObject>(self)->name); }
static Value md_objclass(Thread&, Value self) { return V(as<MemberDescrObject>(self)->owner); }
static Value md_qualname(Thread& th, Value self) {
  auto* m = as<MemberDescrObject>(self);
  return V(str_new(th, std::string(tname(m->owner)) + "." + m->name->data));
}

static const GetSetDef kMemberGetSets[] = {
    {"__name__", md_name},
    {"__qualname__", md_qualname},
    {"__objclass__", md_objclass},
    {},
};

// ------------------------------------------------------------------ slot wrappers

Value slot_wrapper_new(Thread& th, Type* owner, StrObject* name, SlotKind kind, uint8_t op,
                       void* fn) {
  auto* w = gc_new<SlotWrapperObject>(th, SlotWrapperType);
  w->owner = owner;
  w->name = name;
  w->kind = kind;
  w->op = op;
  w->fn = fn;
  return V(w);
}

static void slot_wrapper_trace(Object* o, Tracer& t) {
  auto* w = static_cast<SlotWrapperObject*>(o);
  if (w->owner) t.visit(static_cast<Object*>(w->owner));
  if (w->name) t.visit(static_cast<Object*>(w->name));
}

static bool check_nargs(Thread& th, size_t nargs, size_t want) {
  if (nargs == want) return true;
  raise(th, Exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
  return false;
}

static Value none_or_fail(int r) { return r < 0 ? Value() : g_None; }

// Calls the slot w wraps with receiver self.
static Value slot_call(Thread& th, SlotWrapperObject* w, Value self, const Value* args,
                       size_t nargs, TupleObject* kwnames) {
  bool takes_kw = w->kind == SlotKind::call || w->kind == SlotKind::init || w->kind == SlotKind::new_;
  if (!takes_kw && kwnames && kwnames->size > 0)
    return raise(th, Exc_TypeError, "wrapper %s() takes no keyword arguments", w->name->data);
  switch (w->kind) {
    case SlotKind::repr:
    case SlotKind::str:
    case SlotKind::iter:
    case SlotKind::neg:
    case SlotKind::pos:
    case SlotKind::invert:
    case SlotKind::abs:
    case SlotKind::index:
    case SlotKind::int_:
    case SlotKind::float_:
      if (!check_nargs(th, nargs, 0)) return Value();
      return reinterpret_cast<UnaryFn>(w->fn)(th, self);
    case SlotKind::next: {
      if (!check_nargs(th, nargs, 0)) return Value();
      Value r = reinterpret_cast<UnaryFn>(w->fn)(th, self);
      if (r.is_empty() && !has_exc(th)) return raise_stop_iteration(th, Value());
      return r;
    }
    case SlotKind::hash: {
      if (!check_nargs(th, nargs, 0)) return Value();
      int64_t h;
      if (!reinterpret_cast<HashFn>(w->fn)(th, self, &h)) return Value();
      return int_from_i64(th, h);
    }
    case SlotKind::bool_: {
      if (!check_nargs(th, nargs, 0)) return Value();
      int r = reinterpret_cast<InquiryFn>(w->fn)(th, self);
      if (r < 0) return Value();
      return bool_value(r != 0);
    }
    case SlotKind::len: {
      if (!check_nargs(th, nargs, 0)) return Value();
      int64_t n = reinterpret_cast<LenFn>(w->fn)(th, self);
      if (n < 0) return Value();
      return int_from_i64(th, n);
    }
    case SlotKind::call:
      return reinterpret_cast<CallFn>(w->fn)(th, self, args, nargs, kwnames);
    case SlotKind::getattr:
      if (!check_nargs(th, nargs, 1)) return Value();
      if (!is_str(args[0]))
        return raise(th, Exc_TypeError, "attribute name must be string, not '%s'",
                     type_name(args[0]));
      return reinterpret_cast<GetAttrFn>(w->fn)(th, self, as<StrObject>(args[0]));
    case SlotKind::setattr:
    case SlotKind::delattr: {
      bool del = w->kind == SlotKind::delattr;
      if (!check_nargs(th, nargs, del ? 1 : 2)) return Value();
      if (!is_str(args[0]))
        return raise(th, Exc_TypeError, "attribute name must be string, not '%s'",
                     type_name(args[0]));
      return none_or_fail(reinterpret_cast<SetAttrFn>(w->fn)(th, self, as<StrObject>(args[0]),
                                                             del ? Value() : args[1]));
    }
    case SlotKind::getitem:
      if (!check_nargs(th, nargs, 1)) return Value();
      return reinterpret_cast<BinaryFn>(w->fn)(th, self, args[0]);
    case SlotKind::setitem:
      if (!check_nargs(th, nargs, 2)) return Value();
      return none_or_fail(reinterpret_cast<SetItemFn>(w->fn)(th, self, args[0], args[1]));
    case SlotKind::delitem:
      if (!check_nargs(th, nargs, 1)) return Value();
      return none_or_fail(reinterpret_cast<SetItemFn>(w->fn)(th, self, args[0], Value()));
    case SlotKind::contains: {
      if (!check_nargs(th, nargs, 1)) return Value();
      int r = reinterpret_cast<ContainsFn>(w->fn)(th, self, args[0]);
      if (r < 0) return Value();
      return bool_value(r != 0);
    }
    case SlotKind::descr_get: {
      if (nargs < 1 || nargs > 2) {
        return raise(th, Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
      }
      Value obj = is_none(args[0]) ? Value() : args[0];
      Value type = nargs > 1 && !is_none(args[1]) ? args[1] : Value();
      if (obj.is_empty() && type.is_empty())
        return raise(th, Exc_TypeError, "__get__(None, None) is invalid");
      return reinterpret_cast<DescrGetFn>(w->fn)(th, self, obj, type);
    }
    case SlotKind::descr_set:
      if (!check_nargs(th, nargs, 2)) return Value();
      return none_or_fail(reinterpret_cast<DescrSetFn>(w->fn)(th, self, args[0], args[1]));
    case SlotKind::descr_del:
      if (!check_nargs(th, nargs, 1)) return Value();
      return none_or_fail(reinterpret_cast<DescrSetFn>(w->fn)(th, self, args[0], Value()));
    case SlotKind::init:
      // object.__init__ called explicitly with arguments on an object whose class keeps
      // object's __init__: CPython names the class ("C.__init__() takes exactly one...").
      if (reinterpret_cast<void*>(ObjectType->init) == w->fn &&
          type_of(self)->init == ObjectType->init && type_of(self)->new_ == ObjectType->new_ &&
          (nargs > 0 || (kwnames && kwnames->size)))
        return raise(th, Exc_TypeError,
                     "%s.__init__() takes exactly one argument (the instance to initialize)",
                     type_name(self));
      return none_or_fail(reinterpret_cast<InitFn>(w->fn)(th, self, args, nargs, kwnames));
    case SlotKind::new_:
      return reinterpret_cast<NewFn>(w->fn)(th, as<Type>(self), args, nargs, kwnames);
    case SlotKind::richcmp:
      if (!check_nargs(th, nargs, 1)) return Value();
      return reinterpret_cast<RichCmpFn>(w->fn)(th, self, args[0], static_cast<CmpOp>(w->op));
    case SlotKind::binary:
    case SlotKind::inplace:
      // __pow__(exp, mod=None), as CPython's ternary slot wrappers.
      if (w->op == static_cast<uint8_t>(BinOp::POW) && w->kind == SlotKind::binary &&
          nargs == 2 && !is_none(args[1]))
        return number_pow3(th, self, args[0], args[1]);
      if (w->op == static_cast<uint8_t>(BinOp::POW) && nargs == 2) --nargs;
      if (!check_nargs(th, nargs, 1)) return Value();
      return reinterpret_cast<BinaryFn>(w->fn)(th, self, args[0]);
    case SlotKind::rbinary:
      if (w->op == static_cast<uint8_t>(BinOp::POW) && nargs == 2 && !is_none(args[1]))
        return number_pow3(th, args[0], self, args[1]);
      if (w->op == static_cast<uint8_t>(BinOp::POW) && nargs == 2) --nargs;
      if (!check_nargs(th, nargs, 1)) return Value();
      return reinterpret_cast<BinaryFn>(w->fn)(th, args[0], self);
    default:
      return raise(th, Exc_SystemError, "bad slot wrapper kind");
  }
}

// The nearest builtin type on t's base chain (heap types inherit its C++ slots).
static Type* builtin_base_of(Type* t) {
  while (t && (t->flags & TF_HEAPTYPE)) t = t->base;
  return t;
}

// T.__new__(S, ...): S must be a subtype of T whose builtin layout T's __new__ can make.
static Value new_wrapper_call(Thread& th, SlotWrapperObject* w, const Value* args, size_t nargs,
                              TupleObject* kwnames) {
  const char* owner = tname(w->owner);
  if (nargs == 0)
    return raise(th, Exc_TypeError, "%s.__new__(): not enough arguments", owner);
  if (!is_type(args[0]))
    return raise(th, Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", owner,
                 type_name(args[0]));
  Type* sub = as<Type>(args[0]);
  if (!is_subtype(sub, w->owner))
    return raise(th, Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner, tname(sub),
                 tname(sub), owner);
  Type* bb = builtin_base_of(sub);
  if (bb && reinterpret_cast<void*>(bb->new_) != w->fn)
    return raise(th, Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner,
                 tname(sub), tname(bb));
  return reinterpret_cast<NewFn>(w->fn)(th, sub, args + 1, nargs - 1, kwnames);
}

static bool wrapper_check_self(Thread& th, SlotWrapperObject* w, Value self) {
  if (isinstance(self, w->owner)) return true;
  raise(th, Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
        w->name->data, tname(w->owner), type_name(self));
  return false;
}

static Value slot_wrapper_call(Thread& th, Value callable, const Value* args, size_t nargs,
                               TupleObject* kwnames) {
  auto* w = as<SlotWrapperObject>(callable);
  if (w->kind == SlotKind::new_) return new_wrapper_call(th, w, args, nargs, kwnames);
  if (nargs == 0)
    return raise(th, Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                 w->name->data, tname(w->owner));
  if (!wrapper_check_self(th, w, args[0])) return Value();
  return slot_call(th, w, args[0], args + 1, nargs - 1, kwnames);
}

static Value slot_wrapper_get(Thread& th, Value descr, Value obj, Value /*type*/) {
  auto* w = as<SlotWrapperObject>(descr);
  if (obj.is_empty() || w->kind == SlotKind::new_) return descr;
  if (!isinstance(obj, w->owner))
    return raise(th, Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 w->name->data, tname(w->owner), type_name(obj));
  auto* m = gc_new<MethodWrapperObject>(th, MethodWrapperType);
  m->descr = w;
  m->self = obj;
  return V(m);
}

static Value slot_wrapper_repr(Thread& th, Value v) {
  auto* w = as<SlotWrapperObject>(v);
  char buf[256];
  if (w->kind == SlotKind::new_)
    std::snprintf(buf, sizeof buf, "<built-in method __new__ of type object at %p>",
                  static_cast<void*>(w->owner));
  else
    std::snprintf(buf, sizeof buf, "<slot wrapper '%s' of '%s' objects>", w->name->data,
                  tname(w->owner));
  return V(str_new(th, buf));
}

static Value sw_name(Thread&, Value self) { return V(as<SlotWrapperObject>(self)->name); }
static Value sw_qualname(Thread& th, Value self) {
  auto* w = as<SlotWrapperObject>(self);
  return V(str_new(th, std::string(tname(w->owner)) + "." + w->name->data));
}
static Value sw_objclass(Thread&, Value self) { return V(as<SlotWrapperObject>(self)->owner); }
static Value sw_self(Thread&, Value self) { return V(as<SlotWrapperObject>(self)->owner); }
// CPython's docstrings for slot wrappers (typeobject.c's slotdefs).
static std::string slot_doc(const SlotWrapperObject* w) {
  switch (w->kind) {
    case SlotKind::repr: return "Return repr(self).";
    case SlotKind::str: return "Return str(self).";
    case SlotKind::hash: return "Return hash(self).";
    case SlotKind::bool_: return "True if self else False";
    case SlotKind::len: return "Return len(self).";
    case SlotKind::iter: return "Implement iter(self).";
    case SlotKind::next: return "Implement next(self).";
    case SlotKind::call: return "Call self as a function.";
    case SlotKind::getattr: return "Return getattr(self, name).";
    case SlotKind::setattr: return "Implement setattr(self, name, value).";
    case SlotKind::delattr: return "Implement delattr(self, name).";
    case SlotKind::getitem: return "Return self[key].";
    case SlotKind::setitem: return "Set self[key] to value.";
    case SlotKind::delitem: return "Delete self[key].";
    case SlotKind::contains: return "Return key in self.";
    case SlotKind::descr_get: return "Return an attribute of instance, which is of type owner.";
    case SlotKind::descr_set: return "Set an attribute of instance to value.";
    case SlotKind::descr_del: return "Delete an attribute of instance.";
    case SlotKind::neg: return "-self";
    case SlotKind::pos: return "+self";
    case SlotKind::invert: return "~self";
    case SlotKind::abs: return "abs(self)";
    case SlotKind::index:
      return "Return self converted to an integer, if self is suitable for use as an index "
             "into a list.";
    case SlotKind::int_: return "int(self)";
    case SlotKind::float_: return "float(self)";
    case SlotKind::new_: return "Create and return a new object.  See help(type) for accurate signature.";
    case SlotKind::init: return "Initialize self.  See help(type(self)) for accurate signature.";
    case SlotKind::richcmp:
      return std::string("Return self") + kCmpOpInfo[w->op].symbol + "value.";
    case SlotKind::binary:
    case SlotKind::rbinary: {
      bool r = w->kind == SlotKind::rbinary;
      if (w->op == static_cast<uint8_t>(BinOp::POW))
        return r ? "Return pow(value, self, mod)." : "Return pow(self, value, mod).";
      std::string sym = kBinOpInfo[w->op].symbol;
      return r ? "Return value" + sym + "self." : "Return self" + sym + "value.";
    }
    case SlotKind::inplace:
      return std::string("Implement self") + kBinOpInfo[w->op].symbol + "=value.";
    default: return "";
  }
}

static Value sw_doc(Thread& th, Value self) {
  std::string d = slot_doc(as<SlotWrapperObject>(self));
  return d.empty() ? g_None : V(str_new(th, d));
}

static const GetSetDef kSlotWrapperGetSets[] = {
    {"__name__", sw_name},
    {"__qualname__", sw_qualname},
    {"__objclass__", sw_objclass},
    {"__self__", sw_self},
    {"__doc__", sw_doc},
    {},
};

// ---- method-wrapper

static void method_wrapper_trace(Object* o, Tracer& t) {
  auto* m = static_cast<MethodWrapperObject*>(o);
  if (m->descr) t.visit(static_cast<Object*>(m->descr));
  t.visit(m->self);
}

static Value method_wrapper_call(Thread& th, Value callable, const Value* args, size_t nargs,
                                 TupleObject* kwnames) {
  auto* m = as<MethodWrapperObject>(callable);
  return slot_call(th, m->descr, m->self, args, nargs, kwnames);
}

static Value method_wrapper_repr(Thread& th, Value v) {
  auto* m = as<MethodWrapperObject>(v);
  char buf[256];
  std::snprintf(buf, sizeof buf, "<method-wrapper '%s' of %s object at %p>", m->descr->name->data,
                type_name(m->self), addr(m->self));
  return V(str_new(th, buf));
}

static Value method_wrapper_richcmp(Thread&, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::EQ && op != CmpOp::NE) || type_of(b) != MethodWrapperType)
    return g_NotImplemented;
  auto* x = as<MethodWrapperObject>(a);
  auto* y = as<MethodWrapperObject>(b);
  bool same = x->descr == y->descr && x->self.is(y->self);
  return bool_value(op == CmpOp::EQ ? same : !same);
}

static Value mw_name(Thread&, Value self) { return V(as<MethodWrapperObject>(self)->descr->name); }
static Value mw_self(Thread&, Value self) { return as<MethodWrapperObject>(self)->self; }
static Value mw_objclass(Thread&, Value self) {
  return V(as<MethodWrapperObject>(self)->descr->owner);
}
static Value mw_qualname(Thread& th, Value self) {
  auto* w = as<MethodWrapperObject>(self)->descr;
  return V(str_new(th, std::string(tname(w->owner)) + "." + w->name->data));
}

static Value mw_doc(Thread& th, Value self) { return sw_doc(th, V(as<MethodWrapperObject>(self)->descr)); }

static const GetSetDef kMethodWrapperGetSets[] = {
    {"__doc__", mw_doc},
    {"__name__", mw_name},
    {"__qualname__", mw_qualname},
    {"__self__", mw_self},
    {"__objclass__", mw_objclass},
    {},
};

// ------------------------------------------------------------------ property

static void property_trace(Object* o, Tracer& t) {
  auto* p = static_cast<PropertyObject*>(o);
  t.visit(p->fget);
  t.visit(p->fset);
  t.visit(p->fdel);
  t.visit(p->doc);
  t.visit(p->name);
  if (o->type->flags & TF_HEAPTYPE) t.visit(static_cast<Object*>(o->type));
}

static PropertyObject* prop(Value v) { return as<PropertyObject>(v); }

static void property_fill(Thread& th, PropertyObject* p, Value fget, Value fset, Value fdel,
                          Value doc) {
  p->fget = fget.is_empty() ? g_None : fget;
  p->fset = fset.is_empty() ? g_None : fset;
  p->fdel = fdel.is_empty() ? g_None : fdel;
  p->doc = doc.is_empty() ? g_None : doc;
  p->getter_doc = false;
  if (is_none(p->doc) && !is_none(p->fget)) {
    Value d = getattr_opt(th, p->fget, sym::__doc__);
    if (d.is_empty()) {
      clear_exc(th);
    } else {
      p->doc = d;
      p->getter_doc = true;
    }
  }
}

Value property_new(Thread& th, Value fget, Value fset, Value fdel, Value doc) {
  auto* p = gc_new<PropertyObject>(th, PropertyType);
  Root keep(th, static_cast<Object*>(p));
  property_fill(th, p, fget, fset, fdel, doc);
  return V(p);
}

static Value property_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  auto* p = static_cast<PropertyObject*>(gc_alloc(th, type, type->basicsize));
  p->fget = p->fset = p->fdel = p->doc = g_None;
  return V(p);
}

static Value property_init_impl(Thread& th, const Value* a) {
  PropertyObject* p = prop(a[0]);
  property_fill(th, p, a[1], a[2], a[3], a[4]);
  // A subclass instance with a __dict__ keeps the doc there (as CPython does).
  if (type_of(a[0]) != PropertyType && !is_none(p->doc)) {
    std::atomic<DictObject*>* slot = instance_dict_slot(a[0]);
    if (slot) {
      DictObject* d = load_acquire(*slot);
      if (!d) {
        d = dict_new(th);
        store_release(*slot, d);
      }
      dict_set_str(th, d, sym::__doc__, p->doc);
    }
  }
  return g_None;
}

static const NativeDef kPropertyInitDef = {
    "property(self, fget=None, fset=None, fdel=None, doc=None)", property_init_impl};

static int property_init(Thread& th, Value self, const Value* args, size_t nargs,
                         TupleObject* kwnames) {
  Value r = call_native(th, &kPropertyInitDef, self, args, nargs, kwnames);
  return r.is_empty() ? -1 : 0;
}

// "property 'x' of 'C' object": the name given by __set_name__ (the class attribute
// the property was assigned to), the qualified name of the instance's class.
static std::string property_desc(Thread& th, PropertyObject* p, Value obj) {
  std::string s = "property ";
  if (!p->name.is_empty()) {
    Value r = repr(th, p->name);
    if (r.is_empty()) clear_exc(th);
    else s += std::string(str_view(r)) + " ";
  }
  Type* t = type_of(obj);
  s += "of '";
  s += t->qualname ? t->qualname->data : t->name->data;
  s += "' object";
  return s;
}

static Value property_get(Thread& th, Value descr, Value obj, Value /*type*/) {
  if (obj.is_empty()) return descr;
  PropertyObject* p = prop(descr);
  if (is_none(p->fget)) {
    Root keep(th, descr);
    std::string d = property_desc(th, p, obj);
    return raise(th, Exc_AttributeError, "%s has no getter", d.c_str());
  }
  return call1(th, p->fget, obj);
}

static int property_set(Thread& th, Value descr, Value obj, Value v) {
  PropertyObject* p = prop(descr);
  Value f = v.is_empty() ? p->fdel : p->fset;
  if (is_none(f)) {
    Root keep(th, descr);
    std::string d = property_desc(th, p, obj);
    raise(th, Exc_AttributeError, "%s has no %s", d.c_str(), v.is_empty() ? "deleter" : "setter");
    return -1;
  }
  Value r = v.is_empty() ? call1(th, f, obj) : call2(th, f, obj, v);
  return r.is_empty() ? -1 : 0;
}

// getter/setter/deleter: a copy of the property with one function replaced, made by
// calling type(self) so subclasses survive.
static Value property_copy(Thread& th, Value self, int which, Value f) {
  PropertyObject* p = prop(self);
  Value a[4] = {p->fget, p->fset, p->fdel, p->getter_doc ? g_None : p->doc};
  a[which] = f;
  Value r = call(th, V(type_of(self)), a, 4);
  if (!r.is_empty() && isinstance(r, PropertyType)) prop(r)->name = prop(self)->name;
  return r;
}
static Value property_set_name_impl(Thread&, const Value* a) {
  prop(a[0])->name = a[2];
  return g_None;
}
static Value property_getter_impl(Thread& th, const Value* a) { return property_copy(th, a[0], 0, a[1]); }
static Value property_setter_impl(Thread& th, const Value* a) { return property_copy(th, a[0], 1, a[1]); }
static Value property_deleter_impl(Thread& th, const Value* a) { return property_copy(th, a[0], 2, a[1]); }

static const NativeDef kPropertyMethods[] = {
    {"getter(self, fget, /)", property_getter_impl},
    {"setter(self, fset, /)", property_setter_impl},
    {"deleter(self, fdel, /)", property_deleter_impl},
    {"__set_name__(self, owner, name, /)", property_set_name_impl},
    {},
};

static Value property_get_fget(Thread&, Value self) { return prop(self)->fget; }
static Value property_get_fset(Thread&, Value self) { return prop(self)->fset; }
static Value property_get_fdel(Thread&, Value self) { return prop(self)->fdel; }
static Value property_get_doc(Thread&, Value self) { return prop(self)->doc; }
static int property_set_doc(Thread&, Value self, Value v) {
  prop(self)->doc = v.is_empty() ? g_None : v;
  return 0;
}
static Value property_get_abstract(Thread& th, Value self) {
  PropertyObject* p = prop(self);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (is_none(f)) continue;
    Value r = getattr_opt(th, f, str_intern("__isabstractmethod__"));
    if (r.is_empty()) {
      if (has_exc(th)) return r;
      continue;
    }
    int t = truthy(th, r);
    if (t < 0) return Value();
    if (t) return g_True;
  }
  return g_False;
}

static const GetSetDef kPropertyGetSets[] = {
    {"fget", property_get_fget},
    {"fset", property_get_fset},
    {"fdel", property_get_fdel},
    {"__doc__", property_get_doc, property_set_doc},
    {"__isabstractmethod__", property_get_abstract},
    {},
};

// ------------------------------------------------------------------ staticmethod, classmethod

static void wrapper_descr_trace(Object* o, Tracer& t) {
  auto* w = static_cast<WrapperDescrObject*>(o);
  t.visit(w->callable);
  DictObject* d = load_relaxed(w->dict);
  if (d) t.visit(reinterpret_cast<Object*>(d));
  if (o->type->flags & TF_HEAPTYPE) t.visit(static_cast<Object*>(o->type));
}

static Value wrapper_descr_make(Thread& th, Type* type, Value callable) {
  auto* w = static_cast<WrapperDescrObject*>(gc_alloc(th, type, type->basicsize));
  w->callable = callable;
  return V(w);
}

Value staticmethod_new(Thread& th, Value callable) {
  return wrapper_descr_make(th, StaticMethodType, callable);
}
Value classmethod_new(Thread& th, Value callable) {
  return wrapper_descr_make(th, ClassMethodType, callable);
}

static Value wrapper_descr_new_slot(Thread& th, Type* type, const Value* args, size_t nargs,
                                    TupleObject* kwnames) {
  const char* n = is_subtype(type, StaticMethodType) ? "staticmethod" : "classmethod";
  if (kwnames && kwnames->size)
    return raise(th, Exc_TypeError, "%s() takes no keyword arguments", n);
  if (nargs != 1)
    return raise(th, Exc_TypeError, "%s expected 1 argument, got %zu", n, nargs);
  return wrapper_descr_make(th, type, args[0]);
}

static int wrapper_descr_init(Thread& th, Value self, const Value* args, size_t nargs,
                              TupleObject*) {
  if (nargs == 1) as<WrapperDescrObject>(self)->callable = args[0];
  (void)th;
  return 0;
}

static Value staticmethod_get(Thread&, Value descr, Value, Value) {
  return as<WrapperDescrObject>(descr)->callable;
}

static Value staticmethod_call(Thread& th, Value callable, const Value* args, size_t nargs,
                               TupleObject* kwnames) {
  return call(th, as<WrapperDescrObject>(callable)->callable, args, nargs, kwnames);
}

static Value classmethod_get(Thread& th, Value descr, Value obj, Value type) {
  Value cls = type.is_empty() || is_none(type) ? V(type_of(obj)) : type;
  Value f = as<WrapperDescrObject>(descr)->callable;
  DescrGetFn get = type_of(f)->descr_get;
  if (get) return get(th, f, cls, cls);
  // A callable that is not a descriptor: a bound method object.
  return method_new(th, f, cls);
}

static Value wrapper_descr_repr(Thread& th, Value v) {
  auto* w = as<WrapperDescrObject>(v);
  Value r = repr(th, w->callable);
  if (r.is_empty()) return r;
  std::string s = "<";
  s += type_of(v)->name->data;
  s += "(";
  s += str_view(r);
  s += ")>";
  return V(str_new(th, s));
}

static Value wd_func(Thread&, Value self) { return as<WrapperDescrObject>(self)->callable; }
static Value wd_abstract(Thread& th, Value self) {
  Value r = getattr_opt(th, as<WrapperDescrObject>(self)->callable, str_intern("__isabstractmethod__"));
  if (r.is_empty()) return has_exc(th) ? r : g_False;
  return r;
}
static Value wd_get_dict(Thread& th, Value self) {
  auto* w = as<WrapperDescrObject>(self);
  DictObject* d = load_acquire(w->dict);
  if (!d) {
    DictObject* fresh = dict_new(th);
    DictObject* expected = nullptr;
    d = w->dict.compare_exchange_strong(expected, fresh) ? fresh : expected;
  }
  return V(reinterpret_cast<Object*>(d));
}
// __doc__ and __name__ etc. forward to the wrapped callable (3.10+ copies them).
static Value wd_doc(Thread& th, Value self) {
  Value r = getattr_opt(th, as<WrapperDescrObject>(self)->callable, sym::__doc__);
  if (r.is_empty()) return has_exc(th) ? r : g_None;
  return r;
}

static const GetSetDef kWrapperDescrGetSets[] = {
    {"__func__", wd_func},
    {"__wrapped__", wd_func},
    {"__isabstractmethod__", wd_abstract},
    {"__dict__", wd_get_dict},
    {"__doc__", wd_doc},
    {},
};

// ------------------------------------------------------------------ super

static void super_trace(Object* o, Tracer& t) {
  auto* s = static_cast<SuperObject*>(o);
  if (s->type) t.visit(static_cast<Object*>(s->type));
  t.visit(s->obj);
  if (s->obj_type) t.visit(static_cast<Object*>(s->obj_type));
  if (o->type->flags & TF_HEAPTYPE) t.visit(static_cast<Object*>(o->type));
}

// The type whose MRO super() walks: obj itself when it is a subclass of type, else
// type(obj). Null with TypeError pending when obj fits neither.
static Type* super_check(Thread& th, Type* type, Value obj) {
  if (is_type(obj) && is_subtype(as<Type>(obj), type)) return as<Type>(obj);
  if (isinstance(obj, type)) return type_of(obj);
  Value cls = getattr_opt(th, obj, sym::__class__);
  if (!cls.is_empty() && is_type(cls) && is_subtype(as<Type>(cls), type)) return as<Type>(cls);
  if (!has_exc(th))
    raise(th, Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

static int super_fill(Thread& th, SuperObject* s, Value type, Value obj) {
  if (!is_type(type)) {
    raise(th, Exc_TypeError, "super() argument 1 must be a type, not %s", type_name(type));
    return -1;
  }
  Type* t = as<Type>(type);
  Type* ot = nullptr;
  if (!obj.is_empty() && !is_none(obj)) {
    ot = super_check(th, t, obj);
    if (!ot) return -1;
  } else {
    obj = Value();
  }
  s->type = t;
  s->obj = obj;
  s->obj_type = ot;
  return 0;
}

Value super_new(Thread& th, Type* type, Value obj) {
  auto* s = gc_new<SuperObject>(th, SuperType);
  Root keep(th, static_cast<Object*>(s));
  if (super_fill(th, s, V(type), obj) < 0) return Value();
  return V(s);
}

static Value super_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return V(gc_alloc(th, type, type->basicsize));
}

static int super_init(Thread& th, Value self, const Value* args, size_t nargs,
                      TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    raise(th, Exc_TypeError, "super() takes no keyword arguments");
    return -1;
  }
  if (nargs > 2) {
    raise(th, Exc_TypeError, "super() expected at most 2 arguments, got %zu", nargs);
    return -1;
  }
  Value type, obj;
  if (nargs == 0) {
    if (!current_super_args(th, &type, &obj)) {
      if (!has_exc(th)) raise(th, Exc_RuntimeError, "super(): no arguments");
      return -1;
    }
  } else {
    type = args[0];
    if (nargs == 2) obj = args[1];
  }
  return super_fill(th, as<SuperObject>(self), type, obj);
}

static Value super_getattr(Thread& th, Value self, StrObject* name) {
  auto* s = as<SuperObject>(self);
  if (s->obj_type && !str_eq(name, sym::__class__)) {
    TupleObject* mro = s->obj_type->mro;
    int64_t n = mro ? mro->size : 0;
    int64_t i = 0;
    while (i < n && mro->items[i].obj() != s->type) ++i;
    for (++i; i < n; ++i) {
      Type* t = as<Type>(mro->items[i]);
      if (!t->dict) continue;
      Value res = dict_get_str(t->dict, name);
      if (res.is_empty()) continue;
      DescrGetFn get = type_of(res)->descr_get;
      if (!get) return res;
      Value inst = s->obj.is(V(s->obj_type)) ? Value() : s->obj;
      return get(th, res, inst, V(s->obj_type));
    }
  }
  return generic_getattr(th, self, name);
}

static Value super_repr(Thread& th, Value v) {
  auto* s = as<SuperObject>(v);
  char buf[512];
  if (s->obj_type)
    std::snprintf(buf, sizeof buf, "<super: <class '%s'>, <%s object>>",
                  s->type ? tname(s->type) : "NULL", tname(s->obj_type));
  else
    std::snprintf(buf, sizeof buf, "<super: <class '%s'>, NULL>", s->type ? tname(s->type) : "NULL");
  return V(str_new(th, buf));
}

static Value super_descr_get(Thread& th, Value descr, Value obj, Value /*type*/) {
  auto* s = as<SuperObject>(descr);
  if (obj.is_empty() || !s->obj.is_empty()) return descr;
  return super_new(th, s->type, obj);
}

static Value super_thisclass(Thread&, Value self) {
  auto* s = as<SuperObject>(self);
  return s->type ? V(s->type) : g_None;
}
static Value super_self(Thread&, Value self) {
  auto* s = as<SuperObject>(self);
  return s->obj.is_empty() ? g_None : s->obj;
}
static Value super_self_class(Thread&, Value self) {
  auto* s = as<SuperObject>(self);
  return s->obj_type ? V(s->obj_type) : g_None;
}

static const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_thisclass},
    {"__self__", super_self},
    {"__self_class__", super_self_class},
    {},
};

// ------------------------------------------------------------------ init

// offsetof is only conditionally supported on these (non-standard-layout) structs.
static int32_t wrapper_descr_dict_offset() {
  static WrapperDescrObject probe;
  return static_cast<int32_t>(reinterpret_cast<char*>(&probe.dict) -
                              reinterpret_cast<char*>(&probe));
}

void init_descr_types(Thread& /*th*/) {
  Type* t = GetSetDescriptorType;
  t->trace = getset_trace;
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->repr = getset_repr;
  t->getsets = kGetSetGetSets;
  t->flags |= TF_IMMUTABLE;

  t = MemberDescriptorType;
  t->trace = member_trace;
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->repr = member_repr;
  t->getsets = kMemberGetSets;
  t->flags |= TF_IMMUTABLE;

  t = SlotWrapperType;
  t->trace = slot_wrapper_trace;
  t->call = slot_wrapper_call;
  t->descr_get = slot_wrapper_get;
  t->repr = slot_wrapper_repr;
  t->getsets = kSlotWrapperGetSets;
  t->flags |= TF_IMMUTABLE;

  t = MethodWrapperType;
  t->trace = method_wrapper_trace;
  t->call = method_wrapper_call;
  t->repr = method_wrapper_repr;
  t->richcmp = method_wrapper_richcmp;
  t->getsets = kMethodWrapperGetSets;
  t->flags |= TF_IMMUTABLE;

  t = PropertyType;
  t->trace = property_trace;
  t->new_ = property_new_slot;
  t->init = property_init;
  t->descr_get = property_get;
  t->descr_set = property_set;
  t->methods = kPropertyMethods;
  t->getsets = kPropertyGetSets;
  t->flags |= TF_BASETYPE;
  t->tp_doc = "Property attribute.";

  for (Type* w : {StaticMethodType, ClassMethodType}) {
    w->trace = wrapper_descr_trace;
    w->new_ = wrapper_descr_new_slot;
    w->init = wrapper_descr_init;
    w->repr = wrapper_descr_repr;
    w->getsets = kWrapperDescrGetSets;
    w->flags |= TF_BASETYPE | TF_HAS_DICT;
    w->dictoffset = wrapper_descr_dict_offset();
  }
  StaticMethodType->descr_get = staticmethod_get;
  StaticMethodType->call = staticmethod_call;
  ClassMethodType->descr_get = classmethod_get;

  t = SuperType;
  t->trace = super_trace;
  t->new_ = super_new_slot;
  t->init = super_init;
  t->getattr = super_getattr;
  t->repr = super_repr;
  t->descr_get = super_descr_get;
  t->getsets = kSuperGetSets;
  t->flags |= TF_BASETYPE;
}

}  // namespace taipan
