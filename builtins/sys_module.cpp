// The `sys` module.
#include <cfloat>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <system_error>

#include <unistd.h>

#include "builtins/io.h"
#include "builtins/numbers.h"
#include "vm/coroutine.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/objects.h"

namespace taipan {

namespace {

Value exit_impl(Thread& th, const Value* a) {
  Value code = a[0].is_empty() ? g_None : a[0];
  return raise_args(th, Exc_SystemExit, &code, 1);
}

Value getrecursionlimit_impl(Thread&, const Value*) {
  return Value::from_small(g_runtime.recursion_limit.load(std::memory_order_relaxed));
}

Value setrecursionlimit_impl(Thread& th, const Value* a) {
  if (!is_int(a[0])) return raise(th, Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(a[0]));
  int64_t n;
  if (!int_to_i64(a[0], &n) || n > INT_MAX) return raise(th, Exc_OverflowError, "Python int too large to convert to C int");
  if (n < 1) return raise(th, Exc_ValueError, "recursion limit must be greater or equal than 1");
  if (n <= th.depth)
    return raise(th, Exc_RecursionError,
                 "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                 static_cast<long long>(n), th.depth);
  g_runtime.recursion_limit.store(static_cast<int>(n), std::memory_order_relaxed);
  return g_None;
}

Value exc_info_impl(Thread& th, const Value*) {
  TupleObject* t = tuple_new(th, 3);
  Value e = th.handled_exc;
  if (e.is_empty() || is_none(e)) {
    t->items[0] = t->items[1] = t->items[2] = g_None;
  } else {
    t->items[0] = V(type_of(e));
    t->items[1] = e;
    Value tb = as<ExceptionObject>(e)->traceback;
    t->items[2] = tb.is_empty() ? g_None : tb;
  }
  return V(t);
}

Value exception_impl(Thread& th, const Value*) {
  Value e = th.handled_exc;
  return e.is_empty() ? g_None : e;
}

Value intern_impl(Thread& th, const Value* a) {
  if (!is_exact_str(a[0])) return raise(th, Exc_TypeError, "intern() argument must be str, not %s", type_name(a[0]));
  return V(str_intern(th, as<StrObject>(a[0])));
}

Value getsizeof_impl(Thread&, const Value* a) {
  Value v = a[0];
  int64_t n = v.is_obj() ? static_cast<int64_t>(type_of(v)->basicsize) : 24;
  return Value::from_small(n);
}

Value excepthook_impl(Thread& th, const Value* a) {
  if (is_exception(a[1])) print_exception(th, a[1]);
  return g_None;
}

Value getframe_impl(Thread& th, const Value* a) {
  int64_t depth = 0;
  if (!index_to_i64(th, a[0], &depth)) return Value();
  if (depth < 0) depth = 0;
  if (depth > 1 << 30) return raise(th, Exc_ValueError, "call stack is not deep enough");
  return current_frame_object(th, static_cast<int>(depth));
}

// sys.set_asyncgen_hooks(): an omitted argument leaves that hook as it is; the finalizer
// is checked (and set) first, as CPython does.
Value set_asyncgen_hooks_impl(Thread& th, const Value* a) {
  const char* names[2] = {"firstiter", "finalizer"};
  for (int i = 1; i >= 0; i--) {
    Value v = a[i];
    if (!v.is_empty() && !is_none(v) && type_of(v)->call == nullptr)
      return raise(th, Exc_TypeError, "callable %s expected, got %s", names[i], type_name(v));
  }
  for (int i = 1; i >= 0; i--)
    if (!a[i].is_empty()) set_asyncgen_hook(i == 1, a[i]);
  return g_None;
}

// The asyncgen_hooks record type, made by stdlib/_structseq.py on first use.
Value g_asyncgen_hooks_type;

Value get_asyncgen_hooks_impl(Thread& th, const Value*) {
  Value vals[2] = {asyncgen_hook(false), asyncgen_hook(true)};
  TupleObject* t = tuple_from(th, vals, 2);
  Root keep_t(th, t);
  if (!g_asyncgen_hooks_type.is_empty()) return call1(th, g_asyncgen_hooks_type, V(t));
  Value maker_mod = import_module(th, "_structseq");
  if (maker_mod.is_empty()) return maker_mod;
  Root keep_mod(th, maker_mod);
  TupleObject* names = tuple_new(th, 2);
  names->items[0] = V(str_intern("firstiter"));
  names->items[1] = V(str_intern("finalizer"));
  Root keep_names(th, names);
  Value args[3] = {V(str_intern("asyncgen_hooks")), V(names), V(t)};
  Value maker = getattr(th, maker_mod, str_intern("make"));
  Value rec = maker.is_empty() ? maker : call(th, maker, args, 3);
  if (rec.is_empty()) return rec;
  if (g_asyncgen_hooks_type.is_empty()) {
    gc_add_root(&g_asyncgen_hooks_type);
    g_asyncgen_hooks_type = V(type_of(rec));
  }
  return rec;
}

Value getdefaultencoding_impl(Thread&, const Value*) { return V(str_intern("utf-8")); }
Value getfilesystemencoding_impl(Thread&, const Value*) { return V(str_intern("utf-8")); }
Value getfilesystemencodeerrors_impl(Thread&, const Value*) { return V(str_intern("surrogateescape")); }

Value get_int_max_str_digits_impl(Thread& th, const Value*) {
  return int_from_i64(th, g_int_max_str_digits.load(std::memory_order_relaxed));
}

Value set_int_max_str_digits_impl(Thread& th, const Value* a) {
  int64_t n;
  if (!index_to_i64(th, a[0], &n)) return Value();
  if (n != 0 && n < 640) return raise(th, Exc_ValueError, "maxdigits must be 0 or larger than 640");
  g_int_max_str_digits.store(n, std::memory_order_relaxed);
  return g_None;
}

// With no GIL there is nothing to switch; the interval is kept so that code which sets
// and reads it back works.
std::atomic<double> g_switch_interval{0.005};

Value getswitchinterval_impl(Thread&, const Value*) {
  return Value::from_double(g_switch_interval.load(std::memory_order_relaxed));
}

Value setswitchinterval_impl(Thread& th, const Value* a) {
  Value f = number_float(th, a[0]);
  if (f.is_empty()) return f;
  double d = f.dbl();
  if (!(d > 0.0)) return raise(th, Exc_ValueError, "switch interval must be strictly positive");
  g_switch_interval.store(d, std::memory_order_relaxed);
  return g_None;
}

const NativeDef kSysFunctions[] = {
    {"getdefaultencoding()", getdefaultencoding_impl},
    {"getfilesystemencoding()", getfilesystemencoding_impl},
    {"getfilesystemencodeerrors()", getfilesystemencodeerrors_impl},
    {"get_int_max_str_digits()", get_int_max_str_digits_impl},
    {"set_int_max_str_digits(maxdigits)", set_int_max_str_digits_impl},
    {"getswitchinterval()", getswitchinterval_impl},
    {"setswitchinterval(interval, /)", setswitchinterval_impl},
    {"set_asyncgen_hooks(firstiter=?, finalizer=?)", set_asyncgen_hooks_impl},
    {"get_asyncgen_hooks()", get_asyncgen_hooks_impl},
    {"_getframe(depth=0, /)", getframe_impl},
    {"excepthook(exctype, value, traceback, /)", excepthook_impl},
    {"__excepthook__(exctype, value, traceback, /)", excepthook_impl},
    {"exit(status=?, /)", exit_impl},
    {"getrecursionlimit()", getrecursionlimit_impl},
    {"setrecursionlimit(limit, /)", setrecursionlimit_impl},
    {"exc_info()", exc_info_impl},
    {"exception()", exception_impl},
    {"intern(string, /)", intern_impl},
    {"getsizeof(object, default=?, /)", getsizeof_impl},
    {},
};

ListObject* str_list(Thread& th, const std::vector<std::string>& items) {
  ListObject* l = list_new(th);
  Root keep(th, l);
  for (const std::string& s : items) list_append(th, l, V(str_new(th, s)));
  return l;
}

// sys.executable is absolute, as CPython's: argv[0] made absolute when it names a
// path, else looked up on PATH (a bare name the shell found there).
std::string executable_path(const std::string& argv0) {
  if (argv0.empty()) return argv0;
  std::error_code ec;
  if (argv0.find('/') != std::string::npos) {
    auto p = std::filesystem::absolute(argv0, ec);
    return ec ? argv0 : p.lexically_normal().string();
  }
  const char* env = std::getenv("PATH");
  std::string path = env ? env : "";
  size_t start = 0;
  while (start <= path.size()) {
    size_t colon = path.find(':', start);
    if (colon == std::string::npos) colon = path.size();
    std::string dir = path.substr(start, colon - start);
    std::string cand = (dir.empty() ? std::string(".") : dir) + "/" + argv0;
    if (access(cand.c_str(), X_OK) == 0) {
      auto p = std::filesystem::absolute(cand, ec);
      return ec ? cand : p.lexically_normal().string();
    }
    start = colon + 1;
  }
  return argv0;
}

void set(Thread& th, DictObject* d, const char* name, Value v) { dict_set_str(th, d, str_intern(name), v); }

// sys.version_info and friends are struct sequences made by stdlib/_structseq.py.
void set_record(Thread& th, DictObject* d, const char* attr, const char* qualified,
                std::initializer_list<const char*> fields, std::initializer_list<Value> values) {
  Value maker_mod = import_module(th, "_structseq");
  if (maker_mod.is_empty()) {
    print_exception(th, take_exc(th));
    return;
  }
  Root keep_mod(th, maker_mod);
  TupleObject* names = tuple_new(th, static_cast<int64_t>(fields.size()));
  int64_t i = 0;
  for (const char* f : fields) names->items[i++] = V(str_intern(f));
  Root keep_names(th, names);
  TupleObject* vals = tuple_from(th, values.begin(), static_cast<int64_t>(values.size()));
  Root keep_vals(th, vals);
  Value args[3] = {V(str_intern(qualified)), V(names), V(vals)};
  Value maker = getattr(th, maker_mod, str_intern("make"));
  Value rec = maker.is_empty() ? maker : call(th, maker, args, 3);
  if (rec.is_empty()) {
    print_exception(th, take_exc(th));
    return;
  }
  set(th, d, attr, rec);
}

}  // namespace

void init_sys_module(Thread& th) {
  ModuleObject* m = module_new(th, sym::sys);
  gc_make_immortal(m);
  g_runtime.sys = m;
  DictObject* d = m->dict;
  dict_set_str(th, g_runtime.modules, sym::sys, V(m));
  add_native_functions(th, d, kSysFunctions, V(sym::sys));
  set(th, d, "argv", V(str_list(th, g_runtime.argv)));
  // sys.path: the script's folder, absolute and with symlinks resolved as CPython's (or
  // '' for -c / stdin / REPL; run_main_module puts the current directory there for -m),
  // then PYTHONPATH.
  std::vector<std::string> path;
  const std::string& script = g_runtime.argv.empty() ? std::string() : g_runtime.argv[0];
  if (!script.empty() && script != "-c" && script[0] != '-') {
    std::error_code ec;
    auto real = std::filesystem::weakly_canonical(std::filesystem::absolute(script, ec), ec);
    size_t slash = script.rfind('/');
    path.push_back(!ec ? real.parent_path().string()
                       : slash == std::string::npos ? std::string() : script.substr(0, slash));
  } else {
    path.push_back(std::string());
  }
  if (const char* pp = std::getenv("PYTHONPATH")) {
    std::string s = pp;
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      if (colon == std::string::npos) colon = s.size();
      if (colon > start) path.push_back(s.substr(start, colon - start));
      start = colon + 1;
    }
  }
  for (const std::string& p : g_runtime.path) path.push_back(p);
  set(th, d, "path", V(str_list(th, path)));
  set(th, d, "modules", V(reinterpret_cast<Object*>(g_runtime.modules)));
  Value out = file_from_fd(th, 1, "w", "<stdout>");
  Value err = file_from_fd(th, 2, "w", "<stderr>");
  Value in = file_from_fd(th, 0, "r", "<stdin>");
  set(th, d, "stdout", out);
  set(th, d, "stderr", err);
  set(th, d, "stdin", in);
  set(th, d, "__stdout__", out);
  set(th, d, "__stderr__", err);
  set(th, d, "__stdin__", in);
  set(th, d, "version", V(str_intern("3.11.7 (taipan 0.1.0)")));
  set_record(th, d, "version_info", "sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"},
             {Value::from_small(3), Value::from_small(11), Value::from_small(7), V(str_intern("final")),
              Value::from_small(0)});
  set_record(th, d, "float_info", "sys.float_info",
             {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
              "radix", "rounds"},
             {Value::from_double(DBL_MAX), Value::from_small(DBL_MAX_EXP), Value::from_small(DBL_MAX_10_EXP),
              Value::from_double(DBL_MIN), Value::from_small(DBL_MIN_EXP), Value::from_small(DBL_MIN_10_EXP),
              Value::from_small(DBL_DIG), Value::from_small(DBL_MANT_DIG), Value::from_double(DBL_EPSILON),
              Value::from_small(FLT_RADIX), Value::from_small(1)});
  set_record(th, d, "int_info", "sys.int_info",
             {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
             {Value::from_small(30), Value::from_small(4), Value::from_small(4300), Value::from_small(640)});
  // The int/float hashes are CPython's (modulus 2**61 - 1); str/bytes hashing differs
  // in detail but the fields describe the same layout, which is what callers check.
  set_record(th, d, "hash_info", "sys.hash_info",
             {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
             {Value::from_small(64), int_from_i64(th, (int64_t(1) << 61) - 1), Value::from_small(314159),
              Value::from_small(0), Value::from_small(1000003), V(str_intern("siphash13")),
              Value::from_small(64), Value::from_small(128), Value::from_small(0)});
  set_record(th, d, "flags", "sys.flags",
             {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
              "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
              "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
             {Value::from_small(0), Value::from_small(0), Value::from_small(g_runtime.interactive ? 1 : 0),
              Value::from_small(0), Value::from_small(1), Value::from_small(0), Value::from_small(0),
              Value::from_small(0), Value::from_small(0), Value::from_small(0), Value::from_small(0),
              Value::from_small(0), Value::from_small(0), g_False, Value::from_small(1), Value::from_small(0),
              g_False, Value::from_small(-1)});  // int_max_str_digits: -1, no -X option given
  set_record(th, d, "implementation", "types.SimpleNamespace", {"name", "cache_tag", "version"},
             {V(str_intern("taipan")), g_None, V(str_intern("0.1.0"))});
  set(th, d, "hexversion", Value::from_small(0x030B07F0));
  set(th, d, "platform", V(str_intern("linux")));
  set(th, d, "dont_write_bytecode", g_True);  // taipan never writes bytecode files
  set(th, d, "float_repr_style", V(str_intern("short")));
  set(th, d, "byteorder", V(str_intern("little")));
  set(th, d, "maxsize", int_from_i64(th, INT64_MAX));
  set(th, d, "maxunicode", Value::from_small(0x10FFFF));
  set(th, d, "executable", V(str_new(th, executable_path(g_runtime.executable))));
  set(th, d, "implementation_name", V(str_intern("taipan")));
  set(th, d, "copyright", V(str_intern("taipan: a Python 3.11 subset without a GIL")));
  set(th, d, "builtin_module_names", V(g_empty_tuple));
  dict_set_str(th, g_runtime.modules, sym::sys, V(m));
}

}  // namespace taipan
