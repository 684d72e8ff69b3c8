// Builtin functions declared with a Python signature (vm/native.h): the signature
// parser, the one argument binder every builtin goes through, and the three callable
// types made from NativeDefs (builtin_function_or_method, method_descriptor,
// classmethod_descriptor).
//
// Invariants:
// - A NativeDef's signature is parsed once. The parsed NativeSig is published in a
//   lock-free open-addressed table keyed by the NativeDef's address (tables are static
//   data, so the key never dies); readers never lock. NativeFunctionObjects also keep
//   the pointer, so calls through them skip the table.
// - The binder fills one slot per parameter. Positional values come from the caller's
//   (rooted) argument array; defaults are immortal; the only objects it allocates are
//   the *args tuple and the **kwargs dict, which it roots for the duration of the call.
// - Error messages follow CPython 3.11, which has three families: METH_O/METH_NOARGS
//   ("len() takes exactly one argument (2 given)"), positional-only checks ("divmod
//   expected 2 arguments, got 1") and Argument Clinic keyword parsing ("round() takes
//   at most 2 arguments (3 given)", "pow() missing required argument 'exp' (pos 2)").
//   The family is chosen from the shape of the signature.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

struct NativeParam {
  std::string name;
  Value def;          // the default; EMPTY when required or '?'
  bool has_default;   // a default or '?'
};

struct NativeSig {
  std::string name;
  std::vector<NativeParam> params;
  int nposonly = 0;   // parameters before '/'
  int npos = 0;       // positional parameters (position-only and positional-or-keyword)
  int minpos = 0;     // required positional parameters
  int varargs = -1;   // index of *args, or -1
  int varkw = -1;     // index of **kwargs, or -1
  int nkwcap = 0;     // parameters that accept a keyword (pos-or-kw and kw-only)
  bool simple = false;  // no *args, no **kwargs, no required kw-only: the fast path applies
};

// ------------------------------------------------------------------ signature parsing

[[noreturn]] static void sig_fail(const char* sig, const char* why) {
  std::fprintf(stderr, "taipan: bad native signature \"%s\": %s\n", sig, why);
  std::abort();
}

static Value parse_default(const char* sig, std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) sig_fail(sig, "empty default");
  if (text == "?") return Value();
  if (text == "None") return g_None;
  if (text == "True") return g_True;
  if (text == "False") return g_False;
  if (text == "()") {
    if (!g_empty_tuple) sig_fail(sig, "() default before the empty tuple exists");
    return V(g_empty_tuple);
  }
  if (text.front() == '\'' || text.front() == '"') {
    if (text.size() < 2 || text.back() != text.front()) sig_fail(sig, "bad string default");
    std::string out;
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      char c = text[i];
      if (c == '\\' && i + 2 < text.size()) {
        char n = text[++i];
        switch (n) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case '0': out += '\0'; break;
          default: out += n; break;
        }
      } else {
        out += c;
      }
    }
    return V(str_intern(out));
  }
  std::string s(text);
  char* end = nullptr;
  long long iv = std::strtoll(s.c_str(), &end, 0);
  if (end && *end == '\0' && Value::fits_small(iv)) return Value::from_small(iv);
  double dv = std::strtod(s.c_str(), &end);
  if (end && *end == '\0') return Value::from_double(dv);
  sig_fail(sig, "unsupported default");
}

static NativeSig* parse_sig(const char* sig) {
  auto* ps = new NativeSig();
  std::string_view s(sig);
  size_t lp = s.find('(');
  if (lp == std::string_view::npos || s.back() != ')') sig_fail(sig, "expected name(...)");
  ps->name = std::string(s.substr(0, lp));
  std::string_view body = s.substr(lp + 1, s.size() - lp - 2);
  // Split at top-level commas (defaults may be quoted strings holding commas).
  std::vector<std::string_view> parts;
  size_t start = 0;
  char quote = 0;
  for (size_t i = 0; i <= body.size(); ++i) {
    if (i < body.size()) {
      char c = body[i];
      if (quote) {
        if (c == '\\') { ++i; continue; }
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '\'' || c == '"') { quote = c; continue; }
      if (c != ',') continue;
    }
    std::string_view p = body.substr(start, i - start);
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
    if (!p.empty()) parts.push_back(p);
    start = i + 1;
  }
  bool kwonly = false;
  bool seen_slash = false;
  int nkwonly = 0;
  bool required_kwonly = false;
  for (std::string_view p : parts) {
    if (p == "/") {
      if (seen_slash || kwonly) sig_fail(sig, "misplaced '/'");
      seen_slash = true;
      ps->nposonly = static_cast<int>(ps->params.size());
      continue;
    }
    if (p == "*") {
      kwonly = true;
      continue;
    }
    NativeParam np{};
    if (p.substr(0, 2) == "**") {
      np.name = std::string(p.substr(2));
      ps->varkw = static_cast<int>(ps->params.size());
      ps->params.push_back(np);
      continue;
    }
    if (p.front() == '*') {
      np.name = std::string(p.substr(1));
      ps->varargs = static_cast<int>(ps->params.size());
      ps->params.push_back(np);
      kwonly = true;
      continue;
    }
    size_t eq = p.find('=');
    if (eq != std::string_view::npos) {
      std::string_view n = p.substr(0, eq);
      while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
      np.name = std::string(n);
      np.has_default = true;
      np.def = parse_default(sig, p.substr(eq + 1));
    } else {
      np.name = std::string(p);
    }
    if (kwonly) {
      ++nkwonly;
      if (!np.has_default) required_kwonly = true;
    } else {
      if (ps->varkw >= 0) sig_fail(sig, "parameter after **kwargs");
      if (!np.has_default) {
        if (ps->npos != ps->minpos) sig_fail(sig, "required parameter after optional one");
        ++ps->minpos;
      }
      ++ps->npos;
    }
    ps->params.push_back(np);
  }
  ps->nkwcap = ps->npos - ps->nposonly + nkwonly;
  ps->simple = ps->varargs < 0 && ps->varkw < 0 && !required_kwonly;
  return ps;
}

namespace {
constexpr size_t kSigTableBits = 14;
constexpr size_t kSigTableSize = size_t(1) << kSigTableBits;
struct SigSlot {
  std::atomic<const NativeDef*> key;
  std::atomic<const NativeSig*> sig;
};
SigSlot g_sig_table[kSigTableSize];
}  // namespace

const NativeSig* native_sig(const NativeDef* def) {
  uint64_t h = (reinterpret_cast<uintptr_t>(def) >> 3) * 0x9E3779B97F4A7C15ull;
  size_t i = static_cast<size_t>(h >> (64 - kSigTableBits));
  NativeSig* mine = nullptr;
  for (size_t probe = 0; probe < kSigTableSize; ++probe, i = (i + 1) & (kSigTableSize - 1)) {
    SigSlot& slot = g_sig_table[i];
    const NativeDef* k = load_acquire(slot.key);
    if (k == nullptr) {
      if (!mine) mine = parse_sig(def->sig);
      const NativeDef* expected = nullptr;
      if (slot.key.compare_exchange_strong(expected, def, std::memory_order_acq_rel)) {
        store_release(slot.sig, static_cast<const NativeSig*>(mine));
        return mine;
      }
      k = expected;
    }
    if (k == def) {
      // Another thread claimed the slot; it publishes the parse right after.
      const NativeSig* s;
      while ((s = load_acquire(slot.sig)) == nullptr) {
      }
      delete mine;
      return s;
    }
  }
  // Table full (thousands of builtins): parse privately and keep it alive forever.
  return mine ? mine : parse_sig(def->sig);
}

const char* native_name(const NativeDef* def) { return native_sig(def)->name.c_str(); }

// ------------------------------------------------------------------ the binder

// "list.append" for methods, "len" for functions: the METH_O/NOARGS messages qualify.
static std::string qual_name(const NativeSig* sig, const char* owner) {
  if (!owner) return sig->name;
  return std::string(owner) + "." + sig->name;
}

static const char* plural(int64_t n) { return n == 1 ? "" : "s"; }

// Too few / too many positional arguments; `given` excludes self.
static Value raise_count(Thread& th, const NativeSig* sig, int self_n, const char* owner,
                         int64_t given) {
  int maxpos = sig->npos - self_n;
  int minpos = sig->minpos - self_n;
  const char* name = sig->name.c_str();
  bool clinic_kw = sig->npos > sig->nposonly;  // has positional-or-keyword parameters
  if (!clinic_kw) {
    if (sig->varargs < 0 && sig->nkwcap == 0 && sig->varkw < 0) {
      if (maxpos == 0)
        return raise(th, Exc_TypeError, "%s() takes no arguments (%" PRId64 " given)",
                     qual_name(sig, owner).c_str(), given);
      if (maxpos == 1 && minpos == 1)
        return raise(th, Exc_TypeError, "%s() takes exactly one argument (%" PRId64 " given)",
                     qual_name(sig, owner).c_str(), given);
    }
    if (maxpos == 0 && sig->varargs < 0)
      return raise(th, Exc_TypeError, "%s() takes no positional arguments", name);
    if (given < minpos) {
      bool exact = minpos == maxpos && sig->varargs < 0;
      return raise(th, Exc_TypeError, "%s expected %s%d argument%s, got %" PRId64, name,
                   exact ? "" : "at least ", minpos, plural(minpos), given);
    }
    bool exact = minpos == maxpos;
    return raise(th, Exc_TypeError, "%s expected %s%d argument%s, got %" PRId64, name,
                 exact ? "" : "at most ", maxpos, plural(maxpos), given);
  }
  if (given > maxpos) {
    if (maxpos == 0) return raise(th, Exc_TypeError, "%s() takes no positional arguments", name);
    return raise(th, Exc_TypeError, "%s() takes %s %d positional argument%s (%" PRId64 " given)",
                 name, minpos < maxpos ? "at most" : "exactly", maxpos, plural(maxpos), given);
  }
  int minposonly = std::min(sig->nposonly - self_n, minpos);
  return raise(th, Exc_TypeError, "%s() takes %s %d positional argument%s (%" PRId64 " given)",
               name, (sig->varargs >= 0 || minposonly < maxpos) ? "at least" : "exactly",
               minposonly, plural(minposonly), given);
}

static Value raise_missing(Thread& th, const NativeSig* sig, int self_n, int idx) {
  const NativeParam& p = sig->params[idx];
  if (idx >= sig->npos)
    return raise(th, Exc_TypeError, "%s() missing required keyword-only argument: '%s'",
                 sig->name.c_str(), p.name.c_str());
  if (idx < sig->nposonly || sig->npos == sig->nposonly)
    return raise_count(th, sig, self_n, nullptr, 0);
  return raise(th, Exc_TypeError, "%s() missing required argument '%s' (pos %d)",
               sig->name.c_str(), p.name.c_str(), idx + 1 - self_n);
}

static int find_kw_param(const NativeSig* sig, std::string_view kw) {
  for (int j = sig->nposonly; j < static_cast<int>(sig->params.size()); ++j) {
    if (j == sig->varargs || j == sig->varkw) continue;
    if (sig->params[j].name == kw) return j;
  }
  return -1;
}

static Value bind_general(Thread& th, const NativeDef* def, const NativeSig* sig, Value self,
                          const Value* args, size_t nargs, TupleObject* kwnames,
                          const char* owner, Value* a) {
  const int self_n = self.is_empty() ? 0 : 1;
  const int64_t nkw = kwnames ? kwnames->size : 0;
  const int64_t given = static_cast<int64_t>(nargs);  // without self
  const int64_t npos_total = given + self_n;
  const int nparams = static_cast<int>(sig->params.size());
  for (int i = 0; i < nparams; ++i) a[i] = Value();

  if (nkw > 0 && sig->nkwcap == 0 && sig->varkw < 0) {
    std::string q = (sig->npos > sig->nposonly || sig->varargs >= 0 || sig->nkwcap > 0)
                        ? sig->name
                        : qual_name(sig, owner);
    return raise(th, Exc_TypeError, "%s() takes no keyword arguments", q.c_str());
  }
  bool clinic_kw = sig->npos > sig->nposonly;
  if (clinic_kw && sig->varargs < 0 && sig->varkw < 0) {
    int maxargs = sig->nposonly - self_n + sig->nkwcap;
    if (given + nkw > maxargs)
      return raise(th, Exc_TypeError, "%s() takes at most %d %sargument%s (%" PRId64 " given)",
                   sig->name.c_str(), maxargs, given == 0 ? "keyword " : "", plural(maxargs),
                   given + nkw);
  }
  if (npos_total > sig->npos && sig->varargs < 0)
    return raise_count(th, sig, self_n, owner, given);
  if (clinic_kw && npos_total < std::min(sig->nposonly, sig->minpos))
    return raise_count(th, sig, self_n, owner, given);

  // Positional arguments.
  int64_t take = std::min<int64_t>(npos_total, sig->npos);
  int64_t k = 0;
  if (self_n) a[k++] = self;
  for (; k < take; ++k) a[k] = args[k - self_n];
  Root keep_tuple(th, Value());
  Root keep_dict(th, Value());
  if (sig->varargs >= 0) {
    int64_t extra = npos_total - take;
    TupleObject* t = extra > 0 ? tuple_from(th, args + (take - self_n), extra) : g_empty_tuple;
    keep_tuple.set(t);
    a[sig->varargs] = V(t);
  }

  // Keyword arguments. As Argument Clinic, missing arguments are reported before a
  // keyword that is unknown or repeats a positional one (`bad` remembers the first).
  DictObject* kwdict = nullptr;
  int64_t bad = -1;
  int bad_pos = -1;
  for (int64_t i = 0; i < nkw; ++i) {
    StrObject* kn = as<StrObject>(kwnames->items[i]);
    Value v = args[nargs + i];
    int j = find_kw_param(sig, str_view(kn));
    if (j >= 0 && a[j].is_empty()) {
      a[j] = v;
      continue;
    }
    if (j < 0 && sig->varkw >= 0) {
      if (!kwdict) {
        kwdict = dict_new(th);
        keep_dict.set(reinterpret_cast<Object*>(kwdict));
      }
      dict_set_str(th, kwdict, kn, v);
      continue;
    }
    if (bad < 0) {
      bad = i;
      bad_pos = j;
    }
  }
  if (sig->varkw >= 0) a[sig->varkw] = kwdict ? V(reinterpret_cast<Object*>(kwdict)) : Value();

  // Defaults and missing arguments.
  for (int i = 0; i < nparams; ++i) {
    if (i == sig->varargs || i == sig->varkw || !a[i].is_empty()) continue;
    const NativeParam& p = sig->params[i];
    if (p.has_default) {
      a[i] = p.def;
      continue;
    }
    if (i < sig->npos && !clinic_kw) return raise_count(th, sig, self_n, owner, given);
    return raise_missing(th, sig, self_n, i);
  }
  if (bad >= 0) {
    const char* kn = as<StrObject>(kwnames->items[bad])->data;
    if (bad_pos >= 0)
      return raise(th, Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                   sig->name.c_str(), kn, bad_pos + 1 - self_n);
    return raise(th, Exc_TypeError, "'%s' is an invalid keyword argument for %s()", kn,
                 sig->name.c_str());
  }
  return def->fn(th, a);
}

static Value bind_and_call(Thread& th, const NativeDef* def, const NativeSig* sig, Value self,
                           const Value* args, size_t nargs, TupleObject* kwnames,
                           const char* owner) {
  const size_t nparams = sig->params.size();
  Value inline_buf[12];
  std::vector<Value> heap_buf;
  Value* a = inline_buf;
  if (nparams > 12) {
    heap_buf.resize(nparams);
    a = heap_buf.data();
  }
  // Fast path: positional arguments only, no *args/**kwargs.
  if (sig->simple && (!kwnames || kwnames->size == 0)) {
    const int self_n = self.is_empty() ? 0 : 1;
    const size_t total = nargs + self_n;
    if (total >= static_cast<size_t>(sig->minpos) && total <= static_cast<size_t>(sig->npos)) {
      size_t k = 0;
      if (self_n) a[k++] = self;
      for (size_t i = 0; i < nargs; ++i) a[k++] = args[i];
      for (; k < nparams; ++k) a[k] = sig->params[k].def;
      return def->fn(th, a);
    }
  }
  return bind_general(th, def, sig, self, args, nargs, kwnames, owner, a);
}

Value call_native(Thread& th, const NativeDef* def, Value self, const Value* args, size_t nargs,
                  TupleObject* kwnames) {
  // A type as self is a constructor or class method: its messages are unqualified.
  const char* owner = self.is_empty() || is_type(self) ? nullptr : type_name(self);
  return bind_and_call(th, def, native_sig(def), self, args, nargs, kwnames, owner);
}

// ------------------------------------------------------------------ function objects

static NativeFunctionObject* native_alloc(Thread& th, Type* type, const NativeDef* def) {
  auto* f = gc_new<NativeFunctionObject>(th, type);
  f->def = def;
  f->sig = native_sig(def);
  return f;
}

Value make_native_function(Thread& th, const NativeDef* def, Value module_name) {
  NativeFunctionObject* f = native_alloc(th, BuiltinFunctionType, def);
  f->module = module_name;
  return V(f);
}

void add_native_functions(Thread& th, DictObject* dict, const NativeDef* defs,
                          Value module_name) {
  for (const NativeDef* d = defs; d && d->sig; ++d) {
    Value f = make_native_function(th, d, module_name);
    dict_set_str(th, dict, str_intern(native_name(d)), f);
  }
}

Value native_bind(Thread& th, const NativeDef* def, Type* owner, Value self) {
  NativeFunctionObject* f = native_alloc(th, BuiltinFunctionType, def);
  f->owner = owner;
  f->self = self;
  return V(f);
}

Value native_method_descr_new(Thread& th, Type* owner, const NativeDef* def) {
  if (def->flags & NF_STATICMETHOD) {
    // As CPython: a builtin function bound to the type, called without it.
    return native_bind(th, def, owner, V(owner));
  }
  Type* t = (def->flags & NF_CLASSMETHOD) ? ClassMethodDescriptorType : MethodDescriptorType;
  NativeFunctionObject* f = native_alloc(th, t, def);
  f->owner = owner;
  return V(f);
}

static void native_trace(Object* self, Tracer& t) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  t.visit(f->self);
  t.visit(f->module);
  if (f->owner) t.visit(f->owner);
}

static const char* owner_name(const NativeFunctionObject* f) {
  return f->owner ? f->owner->name->data : "?";
}

// builtin_function_or_method.__call__
static Value builtin_call(Thread& th, Value callable, const Value* args, size_t nargs,
                          TupleObject* kwnames) {
  auto* f = as<NativeFunctionObject>(callable);
  Value self = (f->def->flags & NF_STATICMETHOD) ? Value() : f->self;
  const char* owner = self.is_empty()                  ? nullptr
                      : (f->def->flags & NF_CLASSMETHOD) ? (is_type(self) ? as<Type>(self)->name->data
                                                                          : owner_name(f))
                                                         : type_name(self);
  return bind_and_call(th, f->def, f->sig, self, args, nargs, kwnames, owner);
}

static Value descr_check_self(Thread& th, NativeFunctionObject* f, Value self) {
  if (!isinstance(self, f->owner))
    return raise(th, Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 f->sig->name.c_str(), owner_name(f), type_name(self));
  return self;
}

// method_descriptor.__call__: list.append(lst, x)
static Value method_descr_call(Thread& th, Value callable, const Value* args, size_t nargs,
                               TupleObject* kwnames) {
  auto* f = as<NativeFunctionObject>(callable);
  if (nargs == 0)
    return raise(th, Exc_TypeError, "unbound method %s.%s() needs an argument", owner_name(f),
                 f->sig->name.c_str());
  if (descr_check_self(th, f, args[0]).is_empty()) return Value();
  return bind_and_call(th, f->def, f->sig, args[0], args + 1, nargs - 1, kwnames, owner_name(f));
}

static Value method_descr_get(Thread& th, Value descr, Value obj, Value /*type*/) {
  auto* f = as<NativeFunctionObject>(descr);
  if (obj.is_empty()) return descr;
  if (descr_check_self(th, f, obj).is_empty()) return Value();
  return native_bind(th, f->def, f->owner, obj);
}

// classmethod_descriptor: dict.fromkeys binds to the class.
static Value classmethod_descr_get(Thread& th, Value descr, Value obj, Value type) {
  auto* f = as<NativeFunctionObject>(descr);
  Value cls = type;
  if (cls.is_empty() || is_none(cls)) cls = V(type_of(obj));
  if (!is_type(cls) || !is_subtype(as<Type>(cls), f->owner))
    return raise(th, Exc_TypeError, "descriptor '%s' for type '%s' doesn't apply to type '%s'",
                 f->sig->name.c_str(), owner_name(f),
                 is_type(cls) ? as<Type>(cls)->name->data : type_name(cls));
  return native_bind(th, f->def, f->owner, cls);
}

static Value classmethod_descr_call(Thread& th, Value callable, const Value* args, size_t nargs,
                                    TupleObject* kwnames) {
  auto* f = as<NativeFunctionObject>(callable);
  if (nargs == 0)
    return raise(th, Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                 f->sig->name.c_str(), owner_name(f));
  if (!is_type(args[0]) || !is_subtype(as<Type>(args[0]), f->owner))
    return raise(th, Exc_TypeError, "descriptor '%s' for type '%s' doesn't apply to type '%s'",
                 f->sig->name.c_str(), owner_name(f), type_name(args[0]));
  return bind_and_call(th, f->def, f->sig, args[0], args + 1, nargs - 1, kwnames, owner_name(f));
}

static Value builtin_repr(Thread& th, Value v) {
  auto* f = as<NativeFunctionObject>(v);
  char buf[256];
  if (f->self.is_empty()) {
    std::snprintf(buf, sizeof buf, "<built-in function %s>", f->sig->name.c_str());
  } else {
    std::snprintf(buf, sizeof buf, "<built-in method %s of %s object at %p>",
                  f->sig->name.c_str(), type_name(f->self),
                  static_cast<void*>(f->self.is_obj() ? f->self.obj() : nullptr));
  }
  return V(str_new(th, buf));
}

static Value method_descr_repr(Thread& th, Value v) {
  auto* f = as<NativeFunctionObject>(v);
  char buf[256];
  std::snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", f->sig->name.c_str(),
                owner_name(f));
  return V(str_new(th, buf));
}

static Value builtin_richcmp(Thread& /*th*/, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::EQ && op != CmpOp::NE) || type_of(a) != type_of(b)) return g_NotImplemented;
  auto* x = as<NativeFunctionObject>(a);
  auto* y = as<NativeFunctionObject>(b);
  bool same = x->def == y->def && x->self.is(y->self);
  return bool_value(op == CmpOp::EQ ? same : !same);
}

static bool builtin_hash(Thread& th, Value v, int64_t* out) {
  auto* f = as<NativeFunctionObject>(v);
  int64_t h = 0;
  if (!f->self.is_empty() && !hash_value(th, f->self, &h)) return false;
  h ^= static_cast<int64_t>(reinterpret_cast<uintptr_t>(f->def) >> 4);
  if (h == -1) h = -2;
  *out = h;
  return true;
}

// ---- attributes

static Value nf_name(Thread&, Value self) {
  return V(str_intern(as<NativeFunctionObject>(self)->sig->name));
}
static Value nf_qualname(Thread& th, Value self) {
  auto* f = as<NativeFunctionObject>(self);
  if (!f->owner) return V(str_intern(f->sig->name));
  return V(str_new(th, std::string(f->owner->name->data) + "." + f->sig->name));
}
static Value nf_self(Thread&, Value self) {
  auto* f = as<NativeFunctionObject>(self);
  return f->self.is_empty() ? g_None : f->self;
}
static Value nf_module(Thread&, Value self) {
  auto* f = as<NativeFunctionObject>(self);
  return f->module.is_empty() ? g_None : f->module;
}
static Value nf_doc(Thread& th, Value self) {
  auto* f = as<NativeFunctionObject>(self);
  if (!f->def->doc) return g_None;
  return V(str_new(th, f->def->doc));
}
static Value nf_text_signature(Thread& th, Value self) {
  auto* f = as<NativeFunctionObject>(self);
  std::string_view s(f->def->sig);
  size_t lp = s.find('(');
  return V(str_new(th, s.substr(lp)));
}
static Value nf_objclass(Thread&, Value self) {
  auto* f = as<NativeFunctionObject>(self);
  return f->owner ? V(f->owner) : g_None;
}

static const GetSetDef kBuiltinGetSets[] = {
    {"__name__", nf_name},
    {"__qualname__", nf_qualname},
    {"__self__", nf_self},
    {"__module__", nf_module},
    {"__doc__", nf_doc},
    {"__text_signature__", nf_text_signature},
    {},
};
static const GetSetDef kDescrGetSets[] = {
    {"__name__", nf_name},
    {"__qualname__", nf_qualname},
    {"__objclass__", nf_objclass},
    {"__doc__", nf_doc},
    {"__text_signature__", nf_text_signature},
    {},
};

void init_native_types(Thread& /*th*/) {
  Type* t = BuiltinFunctionType;
  t->trace = native_trace;
  t->call = builtin_call;
  t->repr = builtin_repr;
  t->richcmp = builtin_richcmp;
  t->hash = builtin_hash;
  t->getsets = kBuiltinGetSets;
  t->flags |= TF_IMMUTABLE;

  t = MethodDescriptorType;
  t->trace = native_trace;
  t->call = method_descr_call;
  t->descr_get = method_descr_get;
  t->repr = method_descr_repr;
  t->getsets = kDescrGetSets;
  t->flags |= TF_IMMUTABLE;

  t = ClassMethodDescriptorType;
  t->trace = native_trace;
  t->call = classmethod_descr_call;
  t->descr_get = classmethod_descr_get;
  t->repr = method_descr_repr;
  t->getsets = kDescrGetSets;
  t->flags |= TF_IMMUTABLE;
}

}  // namespace taipan
