// Runtime start-up: the builtin type table, singletons, interned names, and the order
// in which each part initializes its types (see vm/runtime.h).
//
// Builtin types are static, immortal objects: their addresses are fixed for the life of
// the process, so `IntType` and friends can be compared by pointer anywhere.
#include "vm/runtime.h"

#include <cstdio>

#include "vm/all_objects.h"
#include "vm/gc.h"
#include "vm/thread.h"

namespace taipan {

namespace {

enum TypeIndex : size_t {
#define TYPE(var, pyname, base, layout) kIdx_##var,
#include "vm/types.def"
#undef TYPE
  kTypeCount
};

Type g_type_storage[kTypeCount];
Object g_none_obj, g_notimpl_obj, g_ellipsis_obj;

}  // namespace

#define TYPE(var, pyname, base, layout) Type* var = &g_type_storage[kIdx_##var];
#include "vm/types.def"
#undef TYPE

#define EXC(name, base) Type* Exc_##name = nullptr;
#include "vm/exceptions.def"
#undef EXC

Value g_None, g_True, g_False, g_NotImplemented, g_Ellipsis;

namespace sym {
#define SYM(id, text) StrObject* id = nullptr;
#include "vm/names.def"
#undef SYM
}  // namespace sym

Runtime g_runtime;

namespace {

// Names, bases, sizes and the fast-subclass flags of every builtin type; the owning
// files fill in slots and tables afterwards.
void setup_type_table() {
  struct Row {
    Type* t;
    const char* name;
    Type* base;
    size_t size;
  };
  Type* const NONE = nullptr;
  const Row rows[] = {
#define TYPE(var, pyname, base, layout) {var, pyname, base, sizeof(layout)},
#include "vm/types.def"
#undef TYPE
  };
  for (const Row& r : rows) {
    r.t->type = TypeType;
    r.t->base = r.base;
    r.t->basicsize = r.size;
    gc_register_static(r.t);
  }
  for (const Row& r : rows) r.t->name = str_intern(r.name);
  IntType->flags |= TF_INT_SUBCLASS | TF_BASETYPE;
  BoolType->flags |= TF_INT_SUBCLASS;
  FloatType->flags |= TF_FLOAT_SUBCLASS | TF_BASETYPE;
  StrType->flags |= TF_STR_SUBCLASS | TF_BASETYPE | TF_IMMUTABLE;
  BytesType->flags |= TF_BYTES_SUBCLASS | TF_BASETYPE | TF_IMMUTABLE;
  TupleType->flags |= TF_TUPLE_SUBCLASS | TF_BASETYPE | TF_IMMUTABLE;
  ListType->flags |= TF_LIST_SUBCLASS | TF_BASETYPE;
  DictType->flags |= TF_DICT_SUBCLASS | TF_BASETYPE;
  TypeType->flags |= TF_TYPE_SUBCLASS | TF_BASETYPE;
  ObjectType->flags |= TF_BASETYPE;
  for (Type* t : {SetType, FrozenSetType, ComplexType, ByteArrayType, PropertyType,
                  StaticMethodType, ClassMethodType, SuperType, ModuleType})
    t->flags |= TF_BASETYPE;
}

void setup_singletons() {
  g_none_obj.type = NoneType;
  g_notimpl_obj.type = NotImplementedType;
  g_ellipsis_obj.type = EllipsisType;
  for (Object* o : {&g_none_obj, &g_notimpl_obj, &g_ellipsis_obj}) gc_register_static(o);
  g_None = Value::from_obj(&g_none_obj);
  g_NotImplemented = Value::from_obj(&g_notimpl_obj);
  g_Ellipsis = Value::from_obj(&g_ellipsis_obj);
}

void setup_names() {
#define SYM(id, text) sym::id = str_intern(text);
#include "vm/names.def"
#undef SYM
}

}  // namespace

Thread& runtime_init(const std::vector<std::string>& argv) {
  gc_init();
  Thread* th = thread_register();
  th->is_main = true;
  install_interrupt_handler();
  g_runtime.argv = argv;
  setup_type_table();
  setup_singletons();
  setup_names();
  init_object_model(*th);
  init_numbers(*th);
  init_strings(*th);
  init_containers(*th);
  init_iterators(*th);
  init_functions(*th);
  init_exceptions(*th);
  init_io(*th);
  init_threads(*th);
  init_weakref_type(*th);
  finish_builtin_types(*th);
  g_runtime.modules = dict_new(*th);
  gc_make_immortal(reinterpret_cast<Object*>(g_runtime.modules));
  init_builtins_module(*th);
  init_sys_module(*th);
  return *th;
}

}  // namespace taipan
