// Late native types and exception classes of native modules (see vm/native_type.h).
#include "vm/native_type.h"

#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

void native_type_init(Thread& th, Type* t, const char* module, const char* name,
                      size_t basicsize) {
  t->type = TypeType;
  t->base = ObjectType;
  t->basicsize = basicsize;
  gc_register_static(t);
  t->name = str_intern(name);
  t->module = V(str_intern(module));
  finish_type(th, t);
}

Value new_exception_class(Thread& th, const char* module, const char* name, Type* base) {
  DictObject* ns = dict_new(th);
  Root keep(th, reinterpret_cast<Object*>(ns));
  dict_set_str(th, ns, sym::__module__, V(str_intern(module)));
  Value b = V(base);
  TupleObject* bases = tuple_from(th, &b, 1);
  return type_new(th, TypeType, str_intern(name), bases, ns);
}

int ensure_exception_class(Thread& th, Value* slot, const char* module, const char* name,
                           Type* base) {
  if (!slot->is_empty()) return 0;
  Value e = new_exception_class(th, module, name, base);
  if (e.is_empty()) return -1;
  *slot = e;
  gc_add_root(slot);
  return 0;
}

}  // namespace taipan
