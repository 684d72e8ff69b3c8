// Module specs (vm/module.cpp): the __spec__ the import system gives each module it
// loads, a ModuleSpec as importlib's (name, loader, origin, submodule_search_locations,
// loader_state, cached in its __dict__; parent and has_location computed).
#pragma once
#include <string>
#include <string_view>

#include "vm/objects.h"

namespace taipan {

struct ModuleSpecObject : Object {
  std::atomic<DictObject*> dict;  // Type::dictoffset points here
  bool has_location;              // origin is a file path
};

// Sets m.__spec__: origin "built-in" (native), "frozen" (embedded standard library) or a
// file path (has_location); search_locations is a package's __path__ list, else EMPTY.
void module_set_spec(Thread& th, ModuleObject* m, std::string_view origin, bool has_location,
                     Value search_locations);
// path made absolute against the current directory ("" is the current directory).
std::string absolute_path(std::string_view path);

}  // namespace taipan
