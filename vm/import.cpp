// The import system (see vm/import.h).
//
// Search order for a top-level name: sys.modules, the native modules (C++), the
// standard library embedded in the binary, then each folder on sys.path (NAME.py, or
// NAME/__init__.py for a package). Submodules search their package's __path__.
//
// A module enters sys.modules before its body runs, so circular imports see the
// partly initialized module, as in CPython; a failed import removes it again.
// Imports are serialized by one recursive lock, taken detached (the holder runs Python
// code and reaches safepoints; a waiter must not stall a collection). It guards only
// imports, never ordinary execution.
#include "vm/import.h"

#include <sys/stat.h>

#include <mutex>
#include <string>

#include "builtins/exceptions.h"
#include "stdlib/embedded.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/module.h"
#include "vm/run.h"

namespace taipan {

int init_time_module(Thread& th, ModuleObject* m);    // builtins/time_module.cpp
int init_thread_module(Thread& th, ModuleObject* m);  // builtins/thread_module.cpp
int init_posix_module(Thread& th, ModuleObject* m);   // builtins/posix_module.cpp
int init_math_module(Thread& th, ModuleObject* m);    // builtins/math_module.cpp
int init_random_module(Thread& th, ModuleObject* m);  // builtins/random_module.cpp
int init_gc_module(Thread& th, ModuleObject* m);      // builtins/gc_module.cpp
int init_array_module(Thread& th, ModuleObject* m);   // builtins/array_module.cpp
int init_weakref_module(Thread& th, ModuleObject* m); // builtins/weakref.cpp
int init_pcre_module(Thread& th, ModuleObject* m);    // builtins/re_module.cpp
int init_struct_module(Thread& th, ModuleObject* m);  // builtins/struct_module.cpp
int init_binascii_module(Thread& th, ModuleObject* m);  // builtins/binascii_module.cpp
int init_zlib_module(Thread& th, ModuleObject* m);  // builtins/zlib_module.cpp
int init_hashlib_module(Thread& th, ModuleObject* m);  // builtins/hashlib_module.cpp
int init_collections_module(Thread& th, ModuleObject* m);  // builtins/collections_module.cpp
int init_itertools_module(Thread& th, ModuleObject* m);  // builtins/itertools_module.cpp

namespace {

std::recursive_mutex& g_import_mu = *new std::recursive_mutex;  // never destroyed (daemon threads at exit)

const NativeModuleDef kNativeModules[] = {
    {"time", init_time_module},
    {"_thread", init_thread_module},
    {"posix", init_posix_module},
    {"math", init_math_module},
    {"_random", init_random_module},
    {"gc", init_gc_module},
    {"array", init_array_module},
    {"_weakref", init_weakref_module},
    {"_pcre", init_pcre_module},
    {"_struct", init_struct_module},
    {"binascii", init_binascii_module},
    {"zlib", init_zlib_module},
    {"_hashlib", init_hashlib_module},
    {"_collections", init_collections_module},
    {"_itertools", init_itertools_module},
};

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Value sys_modules_get(StrObject* name) { return dict_get_str(g_runtime.modules, name); }

// Where a module's code comes from.
struct Found {
  enum Kind { None, Native, Embedded, File } kind = None;
  const NativeModuleDef* native = nullptr;
  const EmbeddedModule* embedded = nullptr;
  std::string path;        // the .py file
  std::string package_dir;  // for packages: the folder (its __path__)
  bool is_package = false;
};

// Searches `dirs` (a list of str) for the last component of a dotted name.
bool search_dirs(Thread& th, Value dirs, std::string_view last, Found* out) {
  if (!is_list(dirs)) return false;
  auto* l = as<ListObject>(dirs);
  for (int64_t i = 0; i < list_size(l); ++i) {
    Value d = list_get(l, i);
    if (d.is_empty() || !is_str(d)) continue;
    std::string base = absolute_path(str_view(d));  // __file__ and __path__ are absolute
    if (!base.empty() && base.back() != '/') base += '/';
    std::string pkg_init = base + std::string(last) + "/__init__.py";
    if (is_file(pkg_init)) {
      out->kind = Found::File;
      out->path = pkg_init;
      out->package_dir = base + std::string(last);
      out->is_package = true;
      return true;
    }
    std::string file = base + std::string(last) + ".py";
    if (is_file(file)) {
      out->kind = Found::File;
      out->path = file;
      return true;
    }
  }
  (void)th;
  return false;
}

bool find(Thread& th, std::string_view full, Value parent, Found* out) {
  size_t dot = full.rfind('.');
  std::string_view last = dot == std::string_view::npos ? full : full.substr(dot + 1);
  if (parent.is_empty()) {
    for (const NativeModuleDef& d : kNativeModules) {
      if (full == d.name) {
        out->kind = Found::Native;
        out->native = &d;
        return true;
      }
    }
  }
  if (const EmbeddedModule* e = find_embedded_module(full)) {
    out->kind = Found::Embedded;
    out->embedded = e;
    out->is_package = e->is_package;
    return true;
  }
  Value dirs;
  if (parent.is_empty()) {
    dirs = dict_get_str(g_runtime.sys->dict, sym::path);
  } else {
    dirs = getattr_opt(th, parent, sym::__path__);
    if (dirs.is_empty()) return false;
  }
  return search_dirs(th, dirs, last, out);
}

// Raises ModuleNotFoundError(msg) with its `name` attribute set.
Value module_not_found(Thread& th, const std::string& msg, std::string_view name) {
  Value exc = exception_new(th, Exc_ModuleNotFoundError, msg);
  if (exc.is_empty()) return Value();
  as<ExceptionObject>(exc)->extra[EX_IMPORT_NAME] = V(str_new(th, name));
  return raise_value(th, exc);
}

Value not_found(Thread& th, std::string_view full) {
  return module_not_found(th, "No module named '" + std::string(full) + "'", full);
}

// Loads one module whose parent (if any) is already imported.
Value load(Thread& th, std::string_view full, Value parent) {
  Found f;
  if (!find(th, full, parent, &f)) {
    if (has_exc(th)) return Value();
    return not_found(th, full);
  }
  StrObject* name = str_new(th, full);
  Root keep_name(th, name);
  ModuleObject* m = module_new(th, name);
  Root keep_m(th, m);
  DictObject* d = m->dict;
  dict_set_str(th, d, sym::__builtins__, V(g_runtime.builtins));
  if (f.kind == Found::Native) {
    module_set_spec(th, m, "built-in", false, Value());
    dict_set_str(th, g_runtime.modules, name, V(m));
    if (f.native->init(th, m) < 0) {
      dict_del_str(th, g_runtime.modules, name);
      return Value();
    }
    return V(m);
  }
  std::string source;
  std::string filename;
  if (f.kind == Found::Embedded) {
    source.assign(f.embedded->source, f.embedded->size);
    filename = "<embedded " + std::string(full) + ">";
  } else {
    if (!read_file(f.path, &source)) return raise(th, Exc_ImportError, "cannot read '%s'", f.path.c_str());
    filename = f.path;
    dict_set_str(th, d, sym::__file__, V(str_new(th, f.path)));
  }
  if (f.is_package) {
    ListObject* path = list_new(th);
    Root keep_path(th, path);
    if (!f.package_dir.empty()) list_append(th, path, V(str_new(th, f.package_dir)));
    dict_set_str(th, d, sym::__path__, V(path));
    dict_set_str(th, d, sym::__package__, V(name));
  } else {
    size_t dot = full.rfind('.');
    dict_set_str(th, d, sym::__package__,
                 V(str_new(th, dot == std::string_view::npos ? std::string_view() : full.substr(0, dot))));
  }
  module_set_spec(th, m, f.kind == Found::File ? std::string_view(f.path) : "frozen",
                  f.kind == Found::File, f.is_package ? dict_get_str(d, sym::__path__) : Value());
  CodeObject* code = compile_to_code(th, source, filename, ParseMode::Exec);
  if (!code) return Value();
  Root keep_code(th, reinterpret_cast<Object*>(code));
  dict_set_str(th, g_runtime.modules, name, V(m));
  if (eval_code(th, code, d, Value()).is_empty()) {
    dict_del_str(th, g_runtime.modules, name);
    return Value();
  }
  // The module may have replaced itself in sys.modules.
  Value final_mod = sys_modules_get(name);
  return final_mod.is_empty() ? V(m) : final_mod;
}

// Imports every prefix of a dotted name; returns the last module.
Value import_dotted(Thread& th, std::string_view full) {
  Value parent;
  Root keep_parent(th, parent);
  size_t pos = 0;
  for (;;) {
    size_t dot = full.find('.', pos);
    std::string_view prefix = full.substr(0, dot);
    StrObject* key = str_new(th, prefix);
    Value m = sys_modules_get(key);
    if (!m.is_empty() && is_none(m))
      return module_not_found(th, "import of " + std::string(prefix) + " halted; None in sys.modules",
                              prefix);
    if (m.is_empty()) {
      if (!parent.is_empty() && getattr_opt(th, parent, sym::__path__).is_empty()) {
        if (has_exc(th)) return Value();
        std::string msg = "No module named '" + std::string(prefix) + "'; '" +
                          std::string(full.substr(0, pos ? pos - 1 : 0)) + "' is not a package";
        return module_not_found(th, msg, prefix);
      }
      m = load(th, prefix, parent);
      if (m.is_empty()) return Value();
      if (!parent.is_empty()) {
        Root keep_m(th, m);
        StrObject* last = str_new(th, prefix.substr(pos));
        if (setattr(th, parent, last, m) < 0) return Value();
      }
    }
    parent = m;
    keep_parent.set(parent);
    if (dot == std::string_view::npos) return m;
    pos = dot + 1;
  }
}

// The absolute name for a relative import of `name` at `level` from `globals`.
bool resolve_relative(Thread& th, std::string_view name, Value globals, int level, std::string* out) {
  if (!is_dict(globals)) {
    raise(th, Exc_KeyError, "'__name__' not in globals");
    return false;
  }
  auto* g = as<DictObject>(globals);
  Value pkg = dict_get_str(g, sym::__package__);
  std::string package;
  if (!pkg.is_empty() && is_str(pkg)) {
    package = str_view(pkg);
  } else {
    Value modname = dict_get_str(g, sym::__name__);
    if (modname.is_empty() || !is_str(modname)) {
      raise(th, Exc_KeyError, "'__name__' not in globals");
      return false;
    }
    package = str_view(modname);
    if (dict_get_str(g, sym::__path__).is_empty()) {
      size_t dot = package.rfind('.');
      package = dot == std::string::npos ? std::string() : package.substr(0, dot);
    }
  }
  if (package.empty()) {
    raise(th, Exc_ImportError, "attempted relative import with no known parent package");
    return false;
  }
  for (int i = 1; i < level; ++i) {
    size_t dot = package.rfind('.');
    if (dot == std::string::npos) {
      raise(th, Exc_ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    package.resize(dot);
  }
  *out = name.empty() ? package : package + "." + std::string(name);
  return true;
}

}  // namespace

Value import_name(Thread& th, StrObject* name_obj, Value globals, Value fromlist, int level) {
  std::string_view name = str_view(name_obj);
  std::string full(name);
  if (level < 0) return raise(th, Exc_ValueError, "level must be >= 0");
  if (level > 0 && !resolve_relative(th, name, globals, level, &full)) return Value();
  if (full.empty()) return raise(th, Exc_ValueError, "Empty module name");

  // Fast path: already imported, and no fromlist submodules to load.
  bool has_fromlist = !fromlist.is_empty() && !is_none(fromlist) && truthy(th, fromlist) == 1;
  Value m = sys_modules_get(str_new(th, full));
  if (m.is_empty() || is_none(m) || has_fromlist) {
    {
      DetachScope detached(th);
      g_import_mu.lock();
    }
    m = import_dotted(th, full);
    g_import_mu.unlock();
    if (m.is_empty()) return Value();
  }
  if (!has_fromlist) {
    if (level > 0 && name.empty()) return m;
    size_t dot = full.find('.');
    if (dot == std::string::npos) return m;
    // `import a.b.c` binds `a`; for a relative name, the first component after the
    // resolved package.
    size_t skip = level > 0 ? full.size() - name.size() : 0;
    size_t first_dot = full.find('.', skip);
    std::string top = first_dot == std::string::npos ? full : full.substr(0, first_dot);
    Value t = sys_modules_get(str_new(th, top));
    return t.is_empty() ? m : t;
  }
  // `from pkg import sub`: load submodules named in the fromlist that are not attributes;
  // for `from pkg import *`, those named in pkg.__all__.
  Root keep_m(th, m);
  if (!getattr_opt(th, m, sym::__path__).is_empty()) {
    ListObject* names = list_new(th);
    Root keep_names(th, names);
    if (list_extend(th, names, fromlist) < 0) return Value();
    for (int64_t i = 0, n = list_size(names); i < n; ++i) {
      Value item = list_get(names, i);
      if (!is_str(item) || str_view(item) != "*") continue;
      Value all = getattr_opt(th, m, str_intern("__all__"));
      if (all.is_empty()) {
        if (has_exc(th)) return Value();
      } else {
        Root keep_all(th, all);
        if (list_extend(th, names, all) < 0) return Value();
      }
      break;
    }
    for (int64_t i = 0; i < list_size(names); ++i) {
      Value item = list_get(names, i);
      if (!is_str(item) || str_view(item) == "*") continue;
      if (!getattr_opt(th, m, as<StrObject>(item)).is_empty()) continue;
      if (has_exc(th)) return Value();
      std::string sub = full + "." + std::string(str_view(item));
      {
        DetachScope detached(th);
        g_import_mu.lock();
      }
      Value r = import_dotted(th, sub);
      g_import_mu.unlock();
      if (r.is_empty()) {
        // A missing submodule is left for IMPORT_FROM to report as CPython does.
        if (exc_matches(th, Exc_ModuleNotFoundError)) {
          clear_exc(th);
          continue;
        }
        return Value();
      }
    }
  }
  return m;
}

Value import_module(Thread& th, std::string_view name) {
  {
    DetachScope detached(th);
    g_import_mu.lock();
  }
  Value m = import_dotted(th, name);
  g_import_mu.unlock();
  return m;
}

bool find_module_source(Thread& th, std::string_view dotted_name, std::string* source,
                        std::string* origin, bool* is_package) {
  Value parent;
  size_t dot = dotted_name.rfind('.');
  if (dot != std::string_view::npos) {
    parent = import_module(th, dotted_name.substr(0, dot));
    if (parent.is_empty()) return false;
  }
  Root keep(th, parent);
  Found f;
  if (!find(th, dotted_name, parent, &f)) return false;
  *is_package = f.is_package;
  if (f.kind == Found::Embedded) {
    source->assign(f.embedded->source, f.embedded->size);
    *origin = "<embedded " + std::string(dotted_name) + ">";
    return true;
  }
  if (f.kind == Found::File) {
    *origin = f.path;
    return read_file(f.path, source);
  }
  return false;
}

}  // namespace taipan
