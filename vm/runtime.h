// The process-wide runtime: builtin types, exception classes, singletons, interned
// names, the module table. There is one runtime per process; it holds no lock that
// Python code runs under (there is no GIL) — the module table is a dict with its own
// object lock like any other.
#pragma once
#include <string>
#include <vector>

#include "vm/object.h"

namespace taipan {

struct ModuleObject;
struct StrObject;
struct DictObject;

// ---- builtin types: `Type* IntType` etc. (vm/types.def)
#define TYPE(var, pyname, base, layout) extern Type* var;
#include "vm/types.def"
#undef TYPE

// ---- exception classes: `Type* Exc_TypeError` etc. (vm/exceptions.def)
#define EXC(name, base) extern Type* Exc_##name;
#include "vm/exceptions.def"
#undef EXC

// ---- singletons (immortal)
extern Value g_None, g_True, g_False, g_NotImplemented, g_Ellipsis;
inline Value bool_value(bool b) { return b ? g_True : g_False; }

// ---- interned names: sym::__init__ etc. (vm/names.def)
namespace sym {
#define SYM(id, text) extern StrObject* id;
#include "vm/names.def"
#undef SYM
}  // namespace sym

struct Runtime {
  DictObject* modules = nullptr;        // sys.modules
  ModuleObject* builtins = nullptr;     // the builtins module
  ModuleObject* sys = nullptr;          // the sys module
  std::atomic<int> recursion_limit{1000};
  std::vector<std::string> argv;        // sys.argv
  std::string executable;               // sys.executable
  std::vector<std::string> path;        // initial sys.path
  bool interactive = false;
};
extern Runtime g_runtime;

// Starts the runtime on the calling thread (which becomes the main thread).
Thread& runtime_init(const std::vector<std::string>& argv);

// Init functions called by runtime_init in this order (each defined by the file that
// owns the types; see the comment on each).
void init_object_model(Thread& th);   // vm/typeobject.cpp: object, type, NoneType, descriptors, module, super, property...
void init_numbers(Thread& th);        // builtins/int.cpp etc.: int, bool, float, complex
void init_strings(Thread& th);        // builtins/str.cpp, bytes.cpp: str, bytes, bytearray
void init_containers(Thread& th);     // builtins/{tuple,list,dict,set,range,slice}.cpp
void init_iterators(Thread& th);      // builtins/iterators.cpp: enumerate, zip, map, filter, reversed, seq/callable iterators
void init_functions(Thread& th);      // vm/function.cpp etc.: function, code, cell, method, generator, traceback, frame
void init_exceptions(Thread& th);     // builtins/exceptions.cpp: the Exc_* classes
void init_io(Thread& th);             // builtins/io.cpp: file objects
void init_threads(Thread& th);        // builtins/thread_module.cpp: lock types
// After all types have their slots and tables: builds dicts, MROs, inherits slots.
void finish_builtin_types(Thread& th);  // vm/typeobject.cpp
void init_builtins_module(Thread& th);  // builtins/builtins_module.cpp
void init_sys_module(Thread& th);       // builtins/sys_module.cpp

}  // namespace taipan
