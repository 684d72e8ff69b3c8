// mappingproxy (builtins/mappingproxy.h): reads go to the wrapped mapping; there is no
// write operation at all, so `C.__dict__["x"] = 1` raises "'mappingproxy' object does
// not support item assignment" and class dicts change only through setattr on the
// class (which keeps type versions, and so the inline caches, correct).
#include "builtins/mappingproxy.h"

#include <string>

#include "builtins/containers.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"

namespace taipan {

namespace {

Value mapping_of(Value v) { return as<MappingProxyObject>(v)->mapping; }

void mp_trace(Object* o, Tracer& t) { t.visit(static_cast<MappingProxyObject*>(o)->mapping); }

Value mp_new_impl(Thread& th, const Value* a) {
  Value m = a[1];
  Type* mt = type_of(m);
  if (!mt->getitem || is_list(m) || is_tuple(m))
    return raise(th, Exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                 type_name(m));
  return mappingproxy_new(th, m);
}
const NativeDef kMpNewDef = {"mappingproxy(cls, mapping)", mp_new_impl};

Value mp_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call_native(th, &kMpNewDef, V(type), args, nargs, kwnames);
}

Value mp_getitem(Thread& th, Value self, Value key) { return getitem(th, mapping_of(self), key); }
int mp_contains(Thread& th, Value self, Value key) { return contains(th, mapping_of(self), key); }
int64_t mp_len(Thread& th, Value self) { return length(th, mapping_of(self)); }
Value mp_iter(Thread& th, Value self) { return get_iter(th, mapping_of(self)); }
Value mp_str(Thread& th, Value self) { return str_of(th, mapping_of(self)); }

Value mp_repr(Thread& th, Value self) {
  Value r = repr(th, mapping_of(self));
  if (r.is_empty()) return r;
  std::string s = "mappingproxy(";
  s += str_view(r);
  s += ')';
  return V(str_new(th, s));
}

Value mp_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!(a.is_obj() && a.obj()->type == MappingProxyType)) return g_NotImplemented;
  return richcmp(th, mapping_of(a), b, op);
}

Value mp_or(Thread& th, Value a, Value b) {
  if (a.is_obj() && a.obj()->type == MappingProxyType) a = mapping_of(a);
  if (b.is_obj() && b.obj()->type == MappingProxyType) b = mapping_of(b);
  return binary_op(th, a, b, BinOp::OR);
}

Value mp_ior(Thread& th, Value, Value) {
  return raise(th, Exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

Value forward(Thread& th, Value self, const char* name, const Value* args, size_t nargs) {
  return call_method(th, mapping_of(self), str_intern(name), args, nargs);
}
Value mp_get_impl(Thread& th, const Value* a) {
  return forward(th, a[0], "get", a + 1, a[2].is_empty() ? 1 : 2);
}
Value mp_keys_impl(Thread& th, const Value* a) { return forward(th, a[0], "keys", nullptr, 0); }
Value mp_values_impl(Thread& th, const Value* a) { return forward(th, a[0], "values", nullptr, 0); }
Value mp_items_impl(Thread& th, const Value* a) { return forward(th, a[0], "items", nullptr, 0); }
Value mp_copy_impl(Thread& th, const Value* a) { return forward(th, a[0], "copy", nullptr, 0); }
Value mp_reversed_impl(Thread& th, const Value* a) {
  return forward(th, a[0], "__reversed__", nullptr, 0);
}
const NativeDef kMpMethods[] = {
    {"get(self, key, default=?, /)", mp_get_impl, 0,
     "Return the value for key if key is in the mapping, else default."},
    {"keys(self, /)", mp_keys_impl, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values(self, /)", mp_values_impl, 0, "D.values() -> an object providing a view on D's values"},
    {"items(self, /)", mp_items_impl, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy(self, /)", mp_copy_impl, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__(self, /)", mp_reversed_impl, 0, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD,
     "See PEP 585"},
    {},
};

}  // namespace

Value mappingproxy_new(Thread& th, Value mapping) {
  Root keep(th, mapping);
  auto* p = gc_new<MappingProxyObject>(th, MappingProxyType);
  p->mapping = mapping;
  return V(p);
}

void init_mappingproxy_type(Thread& /*th*/) {
  Type* t = MappingProxyType;
  t->trace = mp_trace;
  t->new_ = mp_new_slot;
  t->getitem = mp_getitem;
  t->contains = mp_contains;
  t->len = mp_len;
  t->iter = mp_iter;
  t->repr = mp_repr;
  t->str = mp_str;
  t->richcmp = mp_richcmp;
  t->nb[static_cast<size_t>(BinOp::OR)] = mp_or;
  t->nb_inplace[static_cast<size_t>(BinOp::OR)] = mp_ior;
  t->methods = kMpMethods;
  t->flags |= TF_IMMUTABLE;
}

}  // namespace taipan
