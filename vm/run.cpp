// Program entry points (see vm/run.h).
#include "vm/run.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/compiler.h"
#include "parser/disasm.h"
#include "parser/syntax_error.h"
#include "builtins/io.h"
#include "builtins/thread_module.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/module.h"
#include "vm/objects.h"
#include "vm/runtime.h"

namespace taipan {

bool read_file(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

ModuleObject* main_module(Thread& th) {
  Value m = dict_get_str(g_runtime.modules, sym::__main__);
  if (!m.is_empty()) return as<ModuleObject>(m);
  ModuleObject* mod = module_new(th, sym::__main__);
  dict_set_str(th, mod->dict, sym::__builtins__, V(g_runtime.builtins));
  dict_set_str(th, g_runtime.modules, sym::__main__, V(mod));
  return mod;
}

int handle_uncaught(Thread& th, Value exc) {
  Root keep(th, exc);
  if (isinstance(exc, Exc_SystemExit)) {
    Value code = as<ExceptionObject>(exc)->extra[0];
    if (code.is_empty() || is_none(code)) return 0;
    int64_t n;
    if (int_to_i64(code, &n)) return static_cast<int>(n & 0xff);
    Value s = str_of(th, code);
    if (!s.is_empty()) {
      std::string_view text = str_view(s);
      std::fwrite(text.data(), 1, text.size(), stderr);
      std::fputc('\n', stderr);
    } else {
      clear_exc(th);
    }
    return 1;
  }
  print_exception(th, exc);
  clear_exc(th);
  // As CPython: dying of Ctrl-C reports the signal's conventional status.
  return isinstance(exc, Exc_KeyboardInterrupt) ? 130 : 1;
}

namespace {

int run_code_in_main(Thread& th, CodeObject* code, ModuleObject* mod) {
  Root keep(th, reinterpret_cast<Object*>(code));
  Value r = eval_code(th, code, mod->dict, Value());
  if (r.is_empty()) return handle_uncaught(th, take_exc(th));
  return 0;
}

}  // namespace

int run_main_source(Thread& th, std::string_view source, const std::string& filename) {
  ModuleObject* mod = main_module(th);
  Root keep(th, mod);
  if (filename.empty() || filename[0] != '<')
    dict_set_str(th, mod->dict, sym::__file__, V(str_new(th, filename)));
  CodeObject* code = compile_to_code(th, source, filename, ParseMode::Exec);
  if (!code) return handle_uncaught(th, take_exc(th));
  return run_code_in_main(th, code, mod);
}

int run_main_file(Thread& th, const std::string& path) {
  std::string src;
  if (!read_file(path, &src)) {
    std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
                 g_runtime.executable.c_str(), path.c_str());
    return 2;
  }
  // As CPython 3.9+: the main script's __file__ and traceback name are absolute.
  std::string abs = path;
  if (!abs.empty() && abs[0] != '/') abs = std::filesystem::absolute(path).lexically_normal().string();
  return run_main_source(th, src, abs);
}

int run_interactive_entry(Thread& th, std::string_view source) {
  ModuleObject* mod = main_module(th);
  Root keep(th, mod);
  CodeObject* code = compile_to_code(th, source, "<stdin>", ParseMode::Single);
  Value exc;
  if (code) {
    Root keep_code(th, reinterpret_cast<Object*>(code));
    if (!eval_code(th, code, mod->dict, Value()).is_empty()) return -1;
  }
  exc = take_exc(th);
  if (isinstance(exc, Exc_SystemExit)) return handle_uncaught(th, exc);
  print_exception(th, exc);
  return -1;
}

int disassemble_file(const std::string& path) {
  std::string src;
  if (!read_file(path, &src)) {
    std::fprintf(stderr, "taipan: can't open file '%s'\n", path.c_str());
    return 2;
  }
  try {
    auto unit = compile_source(src, path, ParseMode::Exec);
    std::string text = disassemble(*unit);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  } catch (const SyntaxErrorInfo& e) {
    std::fprintf(stderr, "  File \"%s\", line %d\n    %s\nSyntaxError: %s\n", e.filename.c_str(),
                 e.line, e.text.c_str(), e.msg.c_str());
    return 1;
  }
}

// atexit._run_exitfuncs(), if the program imported atexit.
static void run_atexit(Thread& th) {
  Value m = dict_get_str(g_runtime.modules, str_intern("atexit"));
  if (m.is_empty()) return;
  Root keep(th, m);
  if (call_method(th, m, str_intern("_run_exitfuncs"), nullptr, 0).is_empty()) print_exception(th, take_exc(th));
}

int runtime_finish(Thread& th, int status) {
  threads_shutdown(th);
  run_atexit(th);
  if (g_runtime.sys) {
    for (StrObject* name : {sym::stdout, sym::stderr}) {
      Value f = dict_get_str(g_runtime.sys->dict, name);
      if (f.is_empty() || is_none(f)) continue;
      Value r = call_method(th, f, sym::flush, nullptr, 0);
      if (r.is_empty()) {
        clear_exc(th);
        if (status == 0) status = 1;
      }
    }
  }
  io_flush_all();
  std::fflush(stdout);
  std::fflush(stderr);
  return status;
}

}  // namespace taipan

namespace taipan {

int run_main_module(Thread& th, const std::string& name) {
  // sys.path[0] is the current directory, absolute, as CPython's for -m.
  Value path = dict_get_str(g_runtime.sys->dict, sym::path);
  std::error_code ec;
  std::string cwd = std::filesystem::current_path(ec).string();
  if (!ec && is_list(path) && list_size(as<ListObject>(path)) > 0)
    setitem(th, path, Value::from_small(0), V(str_new(th, cwd)));
  std::string source, origin;
  bool is_package = false;
  std::string target = name;
  if (!find_module_source(th, target, &source, &origin, &is_package)) {
    if (has_exc(th)) return handle_uncaught(th, take_exc(th));
    std::fprintf(stderr, "%s: No module named %s\n", g_runtime.executable.c_str(), name.c_str());
    return 1;
  }
  if (is_package) {
    target = name + ".__main__";
    if (!find_module_source(th, target, &source, &origin, &is_package)) {
      if (has_exc(th)) return handle_uncaught(th, take_exc(th));
      std::fprintf(stderr, "%s: No module named %s.__main__; '%s' is a package and cannot be directly executed\n",
                   g_runtime.executable.c_str(), name.c_str(), name.c_str());
      return 1;
    }
  }
  // As CPython: sys.argv[0] is the module's file, as an absolute path.
  if (!origin.empty() && origin[0] != '<' && origin[0] != '/')
    origin = std::filesystem::absolute(origin).lexically_normal().string();
  Value argv = dict_get_str(g_runtime.sys->dict, sym::argv);
  if (is_list(argv) && list_size(as<ListObject>(argv)) > 0)
    setitem(th, argv, Value::from_small(0), V(str_new(th, origin)));
  // As runpy: __package__ and __spec__ describe the module found (pkg.__main__ for a
  // package), so relative imports inside it resolve against its package.
  ModuleObject* mod = main_module(th);
  Root keep(th, mod);
  size_t dot = target.rfind('.');
  dict_set_str(th, mod->dict, sym::__package__,
               V(str_new(th, dot == std::string::npos ? std::string() : target.substr(0, dot))));
  // module_set_spec names the spec after __name__: show it the real name meanwhile.
  dict_set_str(th, mod->dict, sym::__name__, V(str_new(th, target)));
  bool has_location = !origin.empty() && origin[0] != '<';
  module_set_spec(th, mod, has_location ? std::string_view(origin) : "frozen", has_location, Value());
  dict_set_str(th, mod->dict, sym::__name__, V(sym::__main__));
  return run_main_source(th, source, origin);
}

}  // namespace taipan
