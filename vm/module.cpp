// Module objects (vm/objects.h ModuleObject): a namespace dict with attribute access.
//
// Invariants: `dict` is set when the module is made and never replaced, so it is read
// without the module's lock; the dict locks itself. Type::dictoffset of `module` points
// at it, so subclasses of ModuleType share the same namespace slot (no second dict).
#include <cstdio>
#include <string>

#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

static void module_init_dict(Thread& th, DictObject* d, Value name, Value doc) {
  dict_set_str(th, d, sym::__name__, name);
  dict_set_str(th, d, sym::__doc__, doc);
  dict_set_str(th, d, sym::__package__, g_None);
  dict_set_str(th, d, sym::__loader__, g_None);
  dict_set_str(th, d, sym::__spec__, g_None);
}

static ModuleObject* module_alloc(Thread& th, Type* type) {
  auto* m = static_cast<ModuleObject*>(gc_alloc(th, type, type->basicsize));
  m->dict = dict_new(th);
  return m;
}

ModuleObject* module_new(Thread& th, StrObject* name) {
  ModuleObject* m = module_alloc(th, ModuleType);
  module_init_dict(th, m->dict, V(name), g_None);
  return m;
}

static void module_trace(Object* o, Tracer& t) {
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict) t.visit(reinterpret_cast<Object*>(m->dict));
}

static std::string module_name_text(ModuleObject* m) {
  Value n = dict_get_str(m->dict, sym::__name__);
  if (n.is_empty() || !is_str(n)) return "";
  return std::string(str_view(n));
}

static Value module_attr_error(Thread& th, ModuleObject* m, StrObject* name) {
  std::string mn = module_name_text(m);
  if (mn.empty())
    raise(th, Exc_AttributeError, "module has no attribute '%s'", name->data);
  else
    raise(th, Exc_AttributeError, "module '%s' has no attribute '%s'", mn.c_str(), name->data);
  return Value();
}

static Value module_getattr(Thread& th, Value self, StrObject* name) {
  auto* m = as<ModuleObject>(self);
  Type* t = type_of(self);
  Value descr = lookup_in_mro(t, name);
  DescrGetFn get = nullptr;
  if (!descr.is_empty()) {
    Type* dt = type_of(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) return get(th, descr, self, V(t));
  }
  Value v = dict_get_str(m->dict, name);
  if (!v.is_empty()) return v;
  if (get) return get(th, descr, self, V(t));
  if (!descr.is_empty()) return descr;
  // PEP 562: a module-level __getattr__.
  Value ga = dict_get_str(m->dict, sym::__getattr__);
  if (!ga.is_empty()) return call1(th, ga, V(name));
  return module_attr_error(th, m, name);
}

static int module_setattr(Thread& th, Value self, StrObject* name, Value v) {
  auto* m = as<ModuleObject>(self);
  Value descr = lookup_in_mro(type_of(self), name);
  if (!descr.is_empty()) {
    DescrSetFn set = type_of(descr)->descr_set;
    if (set) return set(th, descr, self, v);
  }
  if (v.is_empty()) {
    if (!dict_del_str(th, m->dict, name)) {
      module_attr_error(th, m, name);
      return -1;
    }
    return 0;
  }
  dict_set_str(th, m->dict, name, v);
  return 0;
}

static Value module_repr(Thread& th, Value self) {
  auto* m = as<ModuleObject>(self);
  std::string name = module_name_text(m);
  if (name.empty()) name = "?";
  Value file = dict_get_str(m->dict, sym::__file__);
  std::string s = "<module '" + name + "'";
  if (!file.is_empty() && is_str(file))
    s += " from '" + std::string(str_view(file)) + "'>";
  else
    s += " (built-in)>";
  return V(str_new(th, s));
}

static Value module_new_slot(Thread& th, Type* type, const Value*, size_t, TupleObject*) {
  return V(module_alloc(th, type));
}

static Value module_init_impl(Thread& th, const Value* a) {
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                 type_name(a[1]));
  module_init_dict(th, as<ModuleObject>(a[0])->dict, a[1], a[2]);
  return g_None;
}
static const NativeDef kModuleInitDef = {"module(self, name, doc=None)", module_init_impl};

static int module_init(Thread& th, Value self, const Value* args, size_t nargs,
                       TupleObject* kwnames) {
  return call_native(th, &kModuleInitDef, self, args, nargs, kwnames).is_empty() ? -1 : 0;
}

static Value module_get_dict(Thread&, Value self) {
  return V(reinterpret_cast<Object*>(as<ModuleObject>(self)->dict));
}

static const GetSetDef kModuleGetSets[] = {
    {"__dict__", module_get_dict},
    {},
};

static Value module_dir_impl(Thread& th, const Value* a) {
  auto* m = as<ModuleObject>(a[0]);
  Value custom = dict_get_str(m->dict, str_intern("__dir__"));
  if (!custom.is_empty()) return call0(th, custom);
  ListObject* l = list_new(th, dict_size(m->dict));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(m->dict, &pos, &k, &v)) list_append(th, l, k);
  return V(l);
}

static const NativeDef kModuleMethods[] = {
    {"__dir__(self, /)", module_dir_impl},
    {},
};

static int32_t module_dict_offset() {
  static ModuleObject probe;
  return static_cast<int32_t>(reinterpret_cast<char*>(&probe.dict) -
                              reinterpret_cast<char*>(&probe));
}

void init_module_type(Thread& /*th*/) {
  static_assert(sizeof(std::atomic<DictObject*>) == sizeof(DictObject*));
  Type* t = ModuleType;
  t->trace = module_trace;
  t->getattr = module_getattr;
  t->setattr = module_setattr;
  t->repr = module_repr;
  t->new_ = module_new_slot;
  t->init = module_init;
  t->getsets = kModuleGetSets;
  t->methods = kModuleMethods;
  t->dictoffset = module_dict_offset();
  t->flags |= TF_BASETYPE | TF_HAS_DICT;
  t->tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";
}

}  // namespace taipan
