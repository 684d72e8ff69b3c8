// Calls: call()/call_method()/call_ex()/call_special() for any callable (vm/abstract.h),
// and the argument binder for Python functions (positional, keyword, defaults,
// keyword-only, *args, **kwargs, positional-only) with CPython 3.11's messages.
//
// Calls made from C++ to a Python function run a nested interpreter loop
// (call_function); calls made by the loop itself push frames without recursing.
//
// GC: a callee may reach a safepoint. Values copied into a frame are rooted by the
// frame; argument arrays built here for native callees are rooted with RootSpan.
#include <cstring>
#include <string>
#include <vector>

#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/handles.h"
#include "vm/interp.h"

namespace taipan {

namespace {

std::string qualname_of(FunctionObject* f) {
  Value q = f->qualname;
  if (is_str(q)) return std::string(str_view(q));
  return std::string(str_view(f->code->qualname));
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string join_names(const std::vector<StrObject*>& names) {
  std::string out;
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      if (n == 2) out += " and ";
      else if (i == n - 1) out += ", and ";
      else out += ", ";
    }
    out += '\'';
    out += str_view(names[i]);
    out += '\'';
  }
  return out;
}

void missing_arguments(Thread& th, FunctionObject* f, Value* locals, int32_t start, int32_t end,
                       bool kwonly, int32_t defcount) {
  CodeObject* co = f->code;
  std::vector<StrObject*> names;
  for (int32_t i = start; i < end; i++) {
    if (!locals[i].is_empty()) continue;
    if (kwonly) {
      if (!f->kwdefaults.is_empty() &&
          !dict_get_str(as_dict(f->kwdefaults), as<StrObject>(co->varnames->items[i]))
               .is_empty())
        continue;
    } else if (i >= co->argcount - defcount) {
      continue;
    }
    names.push_back(as<StrObject>(co->varnames->items[i]));
  }
  raise(th, Exc_TypeError, "%s() missing %zu required %s argument%s: %s", qualname_of(f).c_str(),
        names.size(), kwonly ? "keyword-only" : "positional", names.size() == 1 ? "" : "s",
        join_names(names).c_str());
}

void too_many_positional(Thread& th, FunctionObject* f, Value* locals, size_t given,
                         int32_t defcount) {
  CodeObject* co = f->code;
  int64_t kwonly_given = 0;
  for (int32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
    if (!locals[i].is_empty()) kwonly_given++;
  std::string sig;
  bool plural;
  if (defcount) {
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
    plural = true;
  } else {
    sig = std::to_string(co->argcount);
    plural = co->argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = " positional argument" + std::string(given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" +
                 (kwonly_given != 1 ? "s" : "") + ")";
  }
  raise(th, Exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
        qualname_of(f).c_str(), sig.c_str(), plural ? "s" : "", given, kwonly_sig.c_str(),
        given == 1 && !kwonly_given ? "was" : "were");
}

bool posonly_passed_as_keyword(Thread& th, FunctionObject* f, TupleObject* kwnames) {
  CodeObject* co = f->code;
  std::string names;
  for (int32_t i = 0; i < co->posonlyargcount; i++) {
    StrObject* name = as<StrObject>(co->varnames->items[i]);
    for (int64_t k = 0; k < kwnames->size; k++) {
      if (str_eq(name, as<StrObject>(kwnames->items[k]))) {
        if (!names.empty()) names += ", ";
        names += str_view(name);
        break;
      }
    }
  }
  if (names.empty()) return false;
  raise(th, Exc_TypeError,
        "%s() got some positional-only arguments passed as keyword arguments: '%s'",
        qualname_of(f).c_str(), names.c_str());
  return true;
}

bool is_generic_getattr(Type* t) {
  return !t->getattr || t->getattr == generic_getattr ||
         (ObjectType->getattr != nullptr && t->getattr == ObjectType->getattr);
}

// Calls callable(first, args...) without allocating for small argument counts.
// The argument array handed to the callee must stay put: it is a C++ buffer, never the
// root stack itself (which moves when it grows); RootSpan only keeps a traced copy.
Value call_prepend(Thread& th, Value callable, Value first, const Value* args, size_t nargs,
                   TupleObject* kwnames) {
  size_t total = nargs + (kwnames ? static_cast<size_t>(kwnames->size) : 0);
  Value small[16];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 16) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = first;
  if (total) std::memcpy(static_cast<void*>(buf + 1), args, total * sizeof(Value));
  // A Python callee copies the arguments into its frame before any safepoint.
  if (is_function(callable))
    return call_function(th, as<FunctionObject>(callable), buf, nargs + 1, kwnames);
  Root keep(th, callable);
  RootSpan keep_args(th, buf, total + 1);
  return call(th, callable, buf, nargs + 1, kwnames);
}

}  // namespace

bool bind_args(Thread& th, FunctionObject* f, Value* locals, const Value* args, size_t nargs,
               TupleObject* kwnames) {
  CodeObject* co = f->code;
  const int32_t argcount = co->argcount;
  const int32_t total_args = argcount + co->kwonlyargcount;
  size_t n = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
  for (size_t i = 0; i < n; i++) locals[i] = args[i];

  if (co->flags & CO_VARARGS) {
    size_t extra = nargs - n;
    TupleObject* t = extra ? tuple_from(th, args + n, static_cast<int64_t>(extra)) : g_empty_tuple;
    locals[total_args] = V(t);
  }
  DictObject* kwdict = nullptr;
  if (co->flags & CO_VARKEYWORDS) {
    kwdict = dict_new(th);
    locals[total_args + ((co->flags & CO_VARARGS) ? 1 : 0)] = dict_value(kwdict);
  }

  if (kwnames) {
    const Value* kwvalues = args + nargs;
    for (int64_t k = 0; k < kwnames->size; k++) {
      Value key = kwnames->items[k];
      if (!is_str(key)) {
        raise(th, Exc_TypeError, "%s() keywords must be strings", qualname_of(f).c_str());
        return false;
      }
      StrObject* ks = as<StrObject>(key);
      int32_t j = -1;
      Value* names = co->varnames->items;
      for (int32_t i = co->posonlyargcount; i < total_args; i++) {
        if (names[i].is(key)) {
          j = i;
          break;
        }
      }
      if (j < 0) {
        for (int32_t i = co->posonlyargcount; i < total_args; i++) {
          if (str_eq(as<StrObject>(names[i]), ks)) {
            j = i;
            break;
          }
        }
      }
      if (j < 0) {
        if (!kwdict) {
          if (co->posonlyargcount && posonly_passed_as_keyword(th, f, kwnames)) return false;
          raise(th, Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'",
                qualname_of(f).c_str(), static_cast<int>(ks->byte_length), ks->data);
          return false;
        }
        dict_set_str(th, kwdict, ks, kwvalues[k]);
        continue;
      }
      if (!locals[j].is_empty()) {
        raise(th, Exc_TypeError, "%s() got multiple values for argument '%.*s'",
              qualname_of(f).c_str(), static_cast<int>(ks->byte_length), ks->data);
        return false;
      }
      locals[j] = kwvalues[k];
    }
  }

  TupleObject* defaults = f->defaults.is_empty() ? nullptr : as<TupleObject>(f->defaults);
  int32_t defcount = defaults ? static_cast<int32_t>(defaults->size) : 0;
  if (nargs > static_cast<size_t>(argcount) && !(co->flags & CO_VARARGS)) {
    too_many_positional(th, f, locals, nargs, defcount);
    return false;
  }
  if (nargs < static_cast<size_t>(argcount)) {
    int32_t m = argcount - defcount;
    for (int32_t i = static_cast<int32_t>(nargs); i < m; i++) {
      if (locals[i].is_empty()) {
        missing_arguments(th, f, locals, static_cast<int32_t>(nargs), m, false, defcount);
        return false;
      }
    }
    int32_t i = static_cast<int32_t>(nargs) > m ? static_cast<int32_t>(nargs) - m : 0;
    for (; i < defcount; i++) {
      if (locals[m + i].is_empty()) locals[m + i] = defaults->items[i];
    }
  }
  if (co->kwonlyargcount > 0) {
    bool missing = false;
    DictObject* kwdefs = f->kwdefaults.is_empty() ? nullptr : as_dict(f->kwdefaults);
    for (int32_t i = argcount; i < total_args; i++) {
      if (!locals[i].is_empty()) continue;
      Value d = kwdefs ? dict_get_str(kwdefs, as<StrObject>(co->varnames->items[i])) : Value();
      if (d.is_empty()) {
        missing = true;
        continue;
      }
      locals[i] = d;
    }
    if (missing) {
      missing_arguments(th, f, locals, argcount, total_args, true, defcount);
      return false;
    }
  }
  return true;
}

Frame* frame_for_call(Thread& th, FunctionObject* f, const Value* args, size_t nargs,
                      TupleObject* kwnames) {
  CodeObject* co = f->code;
  Frame* fr = frame_alloc(th, co);
  if (!fr) return nullptr;
  fr->func = f;
  fr->globals = f->globals;
  fr->builtins = f->builtins;
  Value* locals = fr->localsplus();
  if (co->simple_args && !kwnames && nargs == static_cast<size_t>(co->argcount)) {
    for (size_t i = 0; i < nargs; i++) locals[i] = args[i];
  } else if (!bind_args(th, f, locals, args, nargs, kwnames)) {
    th.stack_top = reinterpret_cast<Value*>(fr);
    return nullptr;
  }
  if (co->ncells | co->nfrees) frame_init_cells(th, fr, f->closure);
  return fr;
}

Value call_function(Thread& th, FunctionObject* f, const Value* args, size_t nargs,
                    TupleObject* kwnames) {
  if (f->code->flags & CO_GENERATOR) return gen_new_for_call(th, f, args, nargs, kwnames);
  Frame* fr = frame_for_call(th, f, args, nargs, kwnames);
  if (!fr) return Value();
  fr->flags = FRAME_ENTRY;
  frame_link(th, fr);
  return interp_run(th, false);
}

Value call(Thread& th, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (callable.is_obj()) {
    Type* t = callable.obj()->type;
    if (t == FunctionType)
      return call_function(th, as<FunctionObject>(callable), args, nargs, kwnames);
    if (t == MethodType) {
      MethodObject* m = as<MethodObject>(callable);
      return call_prepend(th, m->func, m->self, args, nargs, kwnames);
    }
    if (t->call) return t->call(th, callable, args, nargs, kwnames);
  }
  return raise(th, Exc_TypeError, "'%s' object is not callable", type_name(callable));
}

Value call0(Thread& th, Value callable) { return call(th, callable, nullptr, 0, nullptr); }

Value call1(Thread& th, Value callable, Value a) { return call(th, callable, &a, 1, nullptr); }

Value call2(Thread& th, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(th, callable, args, 2, nullptr);
}

Value call_method(Thread& th, Value obj, StrObject* name, const Value* args, size_t nargs,
                  TupleObject* kwnames) {
  Type* t = type_of(obj);
  if (is_generic_getattr(t)) {
    Value descr = lookup_in_mro(t, name);
    if (descr.is_obj() && (descr.obj()->type == FunctionType ||
                           descr.obj()->type == MethodDescriptorType)) {
      bool shadowed = false;
      if (auto* slot = instance_dict_slot(obj)) {
        DictObject* d = load_acquire(*slot);
        if (d && !dict_get_str(d, name).is_empty()) shadowed = true;
      }
      if (!shadowed) return call_prepend(th, descr, obj, args, nargs, kwnames);
    }
  }
  Value m = getattr(th, obj, name);
  if (m.is_empty()) return m;
  Root keep(th, m);
  return call(th, m, args, nargs, kwnames);
}

Value call_special(Thread& th, Value self, StrObject* name, const Value* args, size_t nargs) {
  Type* t = type_of(self);
  Value descr = lookup_in_mro(t, name);
  if (descr.is_empty()) return Value();
  if (descr.is_obj()) {
    Type* dt = descr.obj()->type;
    if (dt == FunctionType || dt == MethodDescriptorType)
      return call_prepend(th, descr, self, args, nargs, nullptr);
    if (dt->descr_get) {
      Root keep(th, descr);
      Value bound = dt->descr_get(th, descr, self, V(t));
      if (bound.is_empty()) return bound;
      Root keep_bound(th, bound);
      return call(th, bound, args, nargs, nullptr);
    }
  }
  return call(th, descr, args, nargs, nullptr);
}

Value call_ex(Thread& th, Value callable, TupleObject* args, DictObject* kwargs) {
  int64_t n = args ? args->size : 0;
  if (!kwargs || dict_size(kwargs) == 0) return call(th, callable, n ? args->items : nullptr, static_cast<size_t>(n), nullptr);
  Root keep_callable(th, callable);
  Root keep_args(th, args);
  Root keep_kwargs(th, reinterpret_cast<Object*>(kwargs));
  // Snapshot the dict: keys into kwnames, values after the positional arguments.
  std::vector<Value> keys, values;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(k)) return raise(th, Exc_TypeError, "keywords must be strings");
    keys.push_back(k);
    values.push_back(v);
  }
  int64_t nk = static_cast<int64_t>(keys.size());
  TupleObject* kwnames = tuple_from(th, keys.data(), nk);
  Root keep_names(th, kwnames);
  TupleObject* buf = tuple_new(th, n + nk);
  for (int64_t i = 0; i < n; i++) buf->items[i] = args->items[i];
  for (int64_t i = 0; i < nk; i++) buf->items[n + i] = values[static_cast<size_t>(i)];
  Root keep_buf(th, buf);
  return call(th, callable, buf->items, static_cast<size_t>(n), nk ? kwnames : nullptr);
}

}  // namespace taipan
