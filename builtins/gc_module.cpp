// The `gc` module: a thin face over the tracing collector (vm/gc.h). There are no
// generations, so the counts are always zero and collect() reports nothing found.
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"

namespace taipan {

namespace {

Value collect_impl(Thread& th, const Value*) {
  gc_collect(th);
  return Value::from_small(0);
}
Value enable_impl(Thread&, const Value*) {
  gc_set_enabled(true);
  return g_None;
}
Value disable_impl(Thread&, const Value*) {
  gc_set_enabled(false);
  return g_None;
}
Value isenabled_impl(Thread&, const Value*) { return bool_value(gc_is_enabled()); }

Value get_count_impl(Thread& th, const Value*) {
  Value z[3] = {Value::from_small(0), Value::from_small(0), Value::from_small(0)};
  return V(tuple_from(th, z, 3));
}

Value get_stats_impl(Thread& th, const Value*) {
  Root list{th, V(list_new(th, 3))};
  for (int i = 0; i < 3; ++i) {
    DictObject* d = dict_new(th);
    dict_set_str(th, d, str_intern("collections"), Value::from_small(0));
    dict_set_str(th, d, str_intern("collected"), Value::from_small(0));
    dict_set_str(th, d, str_intern("uncollectable"), Value::from_small(0));
    if (list_append(th, as<ListObject>(list.get()), V(d)) < 0) return Value();
  }
  return list.get();
}

const NativeDef kGcFunctions[] = {
    {"collect(generation=2)", collect_impl},
    {"enable()", enable_impl},
    {"disable()", disable_impl},
    {"isenabled()", isenabled_impl},
    {"get_count()", get_count_impl},
    {"get_stats()", get_stats_impl},
    {},
};

}  // namespace

int init_gc_module(Thread& th, ModuleObject* m) {
  add_native_functions(th, m->dict, kGcFunctions, V(str_intern("gc")));
  dict_set_str(th, m->dict, str_intern("garbage"), V(list_new(th)));
  return 0;
}

}  // namespace taipan
