// builtins.__build_class__(func, name, *bases, metaclass=?, **kw): what a `class`
// statement runs. Resolves __mro_entries__, picks the most derived metaclass, prepares
// the namespace, runs the class body with that namespace as its locals mapping (and the
// body function's closure, so the body may use free variables), calls the metaclass,
// and fills the __class__ cell the body returned (zero-argument super()).
#include <string>
#include <vector>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/handles.h"
#include "vm/interp.h"

namespace taipan {

namespace {

// The most derived metaclass of meta and the types of all bases; null with TypeError
// pending on a conflict.
Type* calculate_metaclass(Thread& th, Type* meta, TupleObject* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; i++) {
    Type* t = type_of(bases->items[i]);
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(th, Exc_TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
          "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// Applies __mro_entries__ (PEP 560). Returns the new bases tuple (or `bases` itself).
TupleObject* update_bases(Thread& th, TupleObject* bases, bool* changed) {
  *changed = false;
  std::vector<Value> out;
  Root keep(th, bases);
  ListObject* acc = list_new(th);
  Root keep_acc(th, acc);
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (is_type(b)) {
      list_append(th, acc, b);
      continue;
    }
    Value meth = getattr_opt(th, b, sym::__mro_entries__);
    if (meth.is_empty()) {
      if (has_exc(th)) return nullptr;
      list_append(th, acc, b);
      continue;
    }
    Root keep_m(th, meth);
    Value r = call1(th, meth, V(bases));
    if (r.is_empty()) return nullptr;
    if (!is_tuple(r)) {
      raise(th, Exc_TypeError, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    *changed = true;
    Root keep_r(th, r);
    if (list_extend(th, acc, r) < 0) return nullptr;
  }
  if (!*changed) return bases;
  return list_to_tuple(th, acc);
}

}  // namespace

Value builtin_build_class(Thread& th, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 2) return raise(th, Exc_TypeError, "__build_class__: not enough arguments");
  Value func = args[0];
  if (!is_function(func)) return raise(th, Exc_TypeError, "__build_class__: func must be a function");
  Value name = args[1];
  if (!is_str(name)) return raise(th, Exc_TypeError, "__build_class__: name is not a string");
  Root keep_func(th, func);
  Root keep_name(th, name);

  TupleObject* orig_bases = tuple_from(th, args + 2, static_cast<int64_t>(nargs - 2));
  Root keep_orig(th, orig_bases);
  bool changed;
  TupleObject* bases = update_bases(th, orig_bases, &changed);
  if (!bases) return Value();
  Root keep_bases(th, bases);

  // Split the class keywords: metaclass=, the rest go to the metaclass and __prepare__.
  Value meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwkeys;
  if (kwnames) {
    for (int64_t i = 0; i < kwnames->size; i++) {
      Value k = kwnames->items[i];
      Value v = args[nargs + static_cast<size_t>(i)];
      if (is_str(k) && str_view(k) == "metaclass") meta = v;
      else {
        kwkeys.push_back(k);
        kwvals.push_back(v);
      }
    }
  }
  TupleObject* kw = kwkeys.empty() ? nullptr
                                   : tuple_from(th, kwkeys.data(), static_cast<int64_t>(kwkeys.size()));
  Root keep_kw(th, kw);
  TupleObject* kwv = tuple_from(th, kwvals.data(), static_cast<int64_t>(kwvals.size()));
  Root keep_kwv(th, kwv);
  Root keep_meta(th, meta);

  if (meta.is_empty()) {
    meta = bases->size == 0 ? V(TypeType) : V(type_of(bases->items[0]));
  }
  if (is_type(meta)) {
    Type* winner = calculate_metaclass(th, as<Type>(meta), bases);
    if (!winner) return Value();
    meta = V(winner);
  }
  keep_meta.set(meta);

  // Namespace: meta.__prepare__(name, bases, **kw), else a new dict.
  Value ns;
  Value prep = getattr_opt(th, meta, sym::__prepare__);
  if (has_exc(th)) return Value();
  size_t nkw = kwvals.size();
  if (!prep.is_empty()) {
    Root keep_prep(th, prep);
    std::vector<Value> pargs = {name, V(bases)};
    for (size_t i = 0; i < nkw; i++) pargs.push_back(kwv->items[i]);
    RootSpan keep_pargs(th, pargs.data(), pargs.size());
    ns = call(th, prep, pargs.data(), 2, kw);
    if (ns.is_empty()) return ns;
    if (!type_of(ns)->getitem)
      return raise(th, Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                   is_type(meta) ? as<Type>(meta)->name->data : "<metaclass>", type_name(ns));
  } else {
    ns = dict_value(dict_new(th));
  }
  Root keep_ns(th, ns);
  if (changed) {
    if (setitem(th, ns, V(str_intern("__orig_bases__")), V(orig_bases)) < 0) return Value();
  }

  auto* fn = as<FunctionObject>(func);
  Value cell = eval_code_ex(th, fn->code, fn->globals, ns, fn->closure);
  if (cell.is_empty()) return cell;
  Root keep_cell(th, cell);

  std::vector<Value> margs = {name, V(bases), ns};
  for (size_t i = 0; i < nkw; i++) margs.push_back(kwv->items[i]);
  RootSpan keep_margs(th, margs.data(), margs.size());
  Value cls = call(th, meta, margs.data(), 3, kw);
  if (cls.is_empty()) return cls;
  if (cell.is_obj() && cell.obj()->type == CellType && is_type(cls)) {
    auto* c = as<CellObject>(cell);
    Value cur = Value::from_bits(c->contents.load(std::memory_order_acquire));
    if (cur.is_empty()) {
      c->contents.store(cls.bits(), std::memory_order_release);
    } else if (!cur.is(cls)) {
      return raise(th, Exc_TypeError, "__class__ set to %s defining '%s' as %s",
                   type_name(cur), std::string(str_view(name)).c_str(), type_name(cls));
    }
  }
  return cls;
}

}  // namespace taipan
