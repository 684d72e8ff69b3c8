// Module objects (vm/objects.h ModuleObject): a namespace dict with attribute access;
// and module specs (vm/module.h).
//
// Invariants: `dict` is set when the module is made and never replaced, so it is read
// without the module's lock; the dict locks itself. Type::dictoffset of `module` points
// at it, so subclasses of ModuleType share the same namespace slot (no second dict).
// A module's repr follows importlib's: from its __spec__ when it has one, else from
// __file__, else just the name.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/module.h"
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

static Value spec_attr(ModuleSpecObject* s, const char* name) {
  DictObject* d = load_acquire(s->dict);
  Value v = d ? dict_get_str(d, str_intern(name)) : Value();
  return v.is_empty() ? g_None : v;
}

static Value module_repr(Thread& th, Value self) {
  auto* m = as<ModuleObject>(self);
  std::string name = module_name_text(m);
  if (name.empty()) name = "?";
  std::string s = "<module '" + name + "'";
  Value spec = dict_get_str(m->dict, sym::__spec__);
  Value file = dict_get_str(m->dict, sym::__file__);
  if (!spec.is_empty() && type_of(spec) == ModuleSpecType) {
    auto* sp = as<ModuleSpecObject>(spec);
    Value origin = spec_attr(sp, "origin");
    if (is_str(origin))
      s += (sp->has_location ? " from '" : " (") + std::string(str_view(origin)) +
           (sp->has_location ? "'" : ")");
  } else if (!file.is_empty() && is_str(file)) {
    s += " from '" + std::string(str_view(file)) + "'";
  } else if (m == g_runtime.sys || m == g_runtime.builtins) {
    s += " (built-in)";  // made by the runtime itself, not imported
  }
  s += ">";
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

// ------------------------------------------------------------------ ModuleSpec

std::string absolute_path(std::string_view path) {
  if (!path.empty() && path[0] == '/') return std::string(path);
  std::vector<char> buf(4096);
  while (!::getcwd(buf.data(), buf.size())) {
    if (buf.size() > (1u << 20)) return std::string(path);
    buf.resize(buf.size() * 2);
  }
  std::string cwd(buf.data());
  if (path.empty() || path == ".") return cwd;
  if (path.substr(0, 2) == "./") path.remove_prefix(2);
  return cwd + (cwd.size() > 1 ? "/" : "") + std::string(path);
}

static DictObject* spec_dict(Thread& th, ModuleSpecObject* s) {
  DictObject* d = load_acquire(s->dict);
  if (d) return d;
  DictObject* fresh = dict_new(th);
  DictObject* expected = nullptr;
  return s->dict.compare_exchange_strong(expected, fresh) ? fresh : expected;
}

static Value spec_make(Thread& th, Type* type, Value name, Value loader, Value origin,
                       Value loader_state, Value search_locations, bool has_location) {
  Value vals[] = {name, loader, origin, loader_state, search_locations};
  RootSpan keep(th, vals, 5);
  auto* s = static_cast<ModuleSpecObject*>(gc_alloc(th, type, type->basicsize));
  Root keep_s(th, static_cast<Object*>(s));
  DictObject* d = spec_dict(th, s);
  const char* names[] = {"name", "loader", "origin", "loader_state", "submodule_search_locations"};
  for (int i = 0; i < 5; ++i) dict_set_str(th, d, str_intern(names[i]), vals[i]);
  dict_set_str(th, d, str_intern("cached"), g_None);
  s->has_location = has_location;
  return V(s);
}

void module_set_spec(Thread& th, ModuleObject* m, std::string_view origin, bool has_location,
                     Value search_locations) {
  Root keep_m(th, static_cast<Object*>(m)), keep_l(th, search_locations);
  Value name = dict_get_str(m->dict, sym::__name__);
  Value o = V(str_new(th, origin));
  Root keep_o(th, o);
  Value spec = spec_make(th, ModuleSpecType, name.is_empty() ? g_None : name, g_None, o, g_None,
                         search_locations.is_empty() ? g_None : search_locations, has_location);
  dict_set_str(th, m->dict, sym::__spec__, spec);
}

static void spec_trace(Object* o, Tracer& t) {
  DictObject* d = load_relaxed(static_cast<ModuleSpecObject*>(o)->dict);
  if (d) t.visit(reinterpret_cast<Object*>(d));
  if (o->type->flags & TF_HEAPTYPE) t.visit(static_cast<Object*>(o->type));
}

static Value spec_new_impl(Thread& th, const Value* a) {
  Value locations = g_None;
  if (!is_none(a[5])) {
    int t = truthy(th, a[5]);
    if (t < 0) return Value();
    if (t) locations = V(list_new(th));
  }
  return spec_make(th, as<Type>(a[0]), a[1], a[2], a[3], a[4], locations, false);
}
static const NativeDef kSpecNewDef = {
    "ModuleSpec(cls, name, loader, *, origin=None, loader_state=None, is_package=None)",
    spec_new_impl};

static Value spec_new_slot(Thread& th, Type* type, const Value* args, size_t nargs,
                           TupleObject* kwnames) {
  return call_native(th, &kSpecNewDef, V(type), args, nargs, kwnames);
}

static Value spec_repr(Thread& th, Value self) {
  auto* s = as<ModuleSpecObject>(self);
  std::string out = type_of(self)->name->data;
  out += "(";
  const char* keys[] = {"name", "loader", "origin", "submodule_search_locations"};
  for (int i = 0; i < 4; ++i) {
    Value v = spec_attr(s, keys[i]);
    if (i >= 2 && is_none(v)) continue;
    Value r = i == 3 ? str_of(th, v) : repr(th, v);
    if (r.is_empty()) return r;
    if (i) out += ", ";
    out += keys[i];
    out += "=";
    out += str_view(r);
  }
  out += ")";
  return V(str_new(th, out));
}

static Value spec_get_parent(Thread& th, Value self) {
  auto* s = as<ModuleSpecObject>(self);
  Value name = spec_attr(s, "name");
  if (!is_none(spec_attr(s, "submodule_search_locations")) || !is_str(name)) return name;
  std::string_view n = str_view(name);
  size_t dot = n.rfind('.');
  return V(str_new(th, dot == std::string_view::npos ? std::string_view() : n.substr(0, dot)));
}
static Value spec_get_has_location(Thread&, Value self) {
  return bool_value(as<ModuleSpecObject>(self)->has_location);
}
static int spec_set_has_location(Thread& th, Value self, Value v) {
  int t = v.is_empty() ? 0 : truthy(th, v);
  if (t < 0) return -1;
  as<ModuleSpecObject>(self)->has_location = t != 0;
  return 0;
}
static Value spec_get_dict(Thread& th, Value self) {
  return V(reinterpret_cast<Object*>(spec_dict(th, as<ModuleSpecObject>(self))));
}

static const GetSetDef kSpecGetSets[] = {
    {"parent", spec_get_parent},
    {"has_location", spec_get_has_location, spec_set_has_location},
    {"__dict__", spec_get_dict},
    {},
};

static int32_t spec_dict_offset() {
  static ModuleSpecObject probe;
  return static_cast<int32_t>(reinterpret_cast<char*>(&probe.dict) -
                              reinterpret_cast<char*>(&probe));
}

static void init_module_spec_type() {
  Type* t = ModuleSpecType;
  t->module = V(str_intern("_frozen_importlib"));
  t->trace = spec_trace;
  t->new_ = spec_new_slot;
  t->repr = spec_repr;
  t->getsets = kSpecGetSets;
  t->dictoffset = spec_dict_offset();
  t->flags |= TF_BASETYPE | TF_HAS_DICT;
  t->tp_doc = "The specification for a module, used for loading.";
}

void init_module_type(Thread& /*th*/) {
  init_module_spec_type();
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
