// The import system (vm/import.cpp, by the builtins helper): sys.modules, native
// modules written in C++, the standard library embedded in the binary (stdlib/*.py via
// stdlib/embedded.h; importing it touches no file), then .py files and packages on
// sys.path.
#pragma once
#include <string>
#include <string_view>

#include "vm/objects.h"

namespace taipan {

// A module implemented in C++: `init` fills the module's dict.
struct NativeModuleDef {
  const char* name;
  int (*init)(Thread& th, ModuleObject* m);  // -1 raised
};

// __import__(name, globals, locals, fromlist, level) semantics; returns the top-level
// package or, with a fromlist, the module itself.
Value import_name(Thread& th, StrObject* name, Value globals, Value fromlist, int level);
// importlib.import_module(name): the (sub)module itself.
Value import_module(Thread& th, std::string_view name);

// Locates a module's source without importing it (for `taipan -m`). `origin` is the
// file path, or "<embedded>" for the embedded standard library.
bool find_module_source(Thread& th, std::string_view dotted_name, std::string* source,
                        std::string* origin, bool* is_package);

}  // namespace taipan
