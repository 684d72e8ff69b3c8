// The standard library's Python sources, compiled into the binary.
//
// tools/embed_stdlib.py turns every stdlib/**/*.py into one entry of kEmbeddedModules in a
// generated file (build*/generated/stdlib_sources.cpp), so importing the standard library
// touches no file. Invariant: entries are sorted by name (byte order) and names are
// unique, so find_embedded_module() is a binary search.
#pragma once
#include <cstddef>
#include <string_view>

namespace taipan {

struct EmbeddedModule {
  const char* name;    // dotted, e.g. "os.path"; a package's __init__.py gives the package name
  const char* source;  // the file's bytes, NUL-terminated; may hold other NULs, use size
  size_t size;         // bytes in source, not counting the terminating NUL
  bool is_package;     // true for a package's __init__.py
};

// kEmbeddedModuleCount entries; the array always has at least one element (a sentinel
// when the standard library is empty).
extern const EmbeddedModule kEmbeddedModules[];
extern const size_t kEmbeddedModuleCount;

// The module with this dotted name, or nullptr.
const EmbeddedModule* find_embedded_module(std::string_view name);

}  // namespace taipan
