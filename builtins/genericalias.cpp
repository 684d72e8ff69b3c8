// types.GenericAlias and types.UnionType (builtins/genericalias.h).
//
// A GenericAlias forwards every attribute it does not define itself to its origin
// (`list[int].append is list.append`), as CPython's does; its repr, comparison, hash,
// call and the PEP 560 hooks are its own. isinstance()/issubclass() refuse it. A union
// is flattened and deduplicated when made (`int | int` is `int`), compares as a set of
// members, and isinstance() treats it as the tuple of its members (builtins_module.cpp).
//
// Type-variable substitution (`dict[str, T][int]`) follows CPython 3.11's rules for
// plain type variables: an argument with __typing_subst__ is replaced, one with
// __parameters__ is subscripted with the replacements of those parameters. TypeVarTuple
// and ParamSpec unpacking are not supported.
#include "builtins/genericalias.h"

#include <string>
#include <vector>

#include "builtins/containers.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

struct Names {
  StrObject* origin = str_intern("__origin__");
  StrObject* args = str_intern("__args__");
  StrObject* parameters = str_intern("__parameters__");
  StrObject* typing_subst = str_intern("__typing_subst__");
  StrObject* orig_class = str_intern("__orig_class__");
  StrObject* dir = str_intern("__dir__");
};
const Names& names() {
  static const Names n;
  return n;
}

// Attributes a GenericAlias answers itself; all others come from the origin.
const char* const kAliasOwnAttrs[] = {
    "__class__",      "__origin__",  "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__",       "__deepcopy__",
};

GenericAliasObject* ga(Value v) { return as<GenericAliasObject>(v); }
bool is_alias(Value v) { return v.is_obj() && is_subtype(v.obj()->type, GenericAliasType); }

bool is_unionable(Value v) { return is_none(v) || is_type(v) || is_alias(v) || is_union(v); }

GenericAliasObject* alias_alloc(Thread& th, Type* type, Value origin, TupleObject* args,
                                bool starred) {
  auto* a = static_cast<GenericAliasObject*>(gc_alloc(th, type, type->basicsize));
  a->origin = origin;
  a->args = args;
  a->starred = starred;
  return a;
}

TupleObject* as_args_tuple(Thread& th, Value args) {
  if (is_tuple(args)) return as<TupleObject>(args);
  return tuple_from(th, &args, 1);
}

// ---------------------------------------------------------------- repr

// One argument as CPython writes it: classes by (module.)qualname, aliases and other
// objects by repr, Ellipsis as "..." (aliases) and NoneType as "None" (unions).
bool repr_item(Thread& th, Value p, std::string& out, bool in_union) {
  if (in_union && p.is(V(NoneType))) {
    out += "None";
    return true;
  }
  if (!in_union && p.is(g_Ellipsis)) {
    out += "...";
    return true;
  }
  Root keep(th, p);
  bool use_repr = false;
  Value o = getattr_opt(th, p, names().origin);
  if (has_exc(th)) return false;
  if (!o.is_empty()) {
    Value a = getattr_opt(th, p, names().args);
    if (has_exc(th)) return false;
    use_repr = !a.is_empty();
  }
  Value qual, mod;
  if (!use_repr) {
    qual = getattr_opt(th, p, sym::__qualname__);
    if (has_exc(th)) return false;
    use_repr = qual.is_empty();
  }
  Root keep_q(th, qual);
  if (!use_repr) {
    mod = getattr_opt(th, p, sym::__module__);
    if (has_exc(th)) return false;
    use_repr = mod.is_empty() || is_none(mod);
  }
  Root keep_m(th, mod);
  if (use_repr) {
    Value r = repr(th, p);
    if (r.is_empty()) return false;
    out += str_view(r);
    return true;
  }
  if (!(is_str(mod) && str_view(mod) == "builtins")) {
    Value ms = str_of(th, mod);
    if (ms.is_empty()) return false;
    out += str_view(ms);
    out += '.';
  }
  Value qs = str_of(th, qual);
  if (qs.is_empty()) return false;
  out += str_view(qs);
  return true;
}

Value ga_repr(Thread& th, Value self) {
  GenericAliasObject* a = ga(self);
  std::string s = a->starred ? "*" : "";
  if (!repr_item(th, a->origin, s, false)) return Value();
  s += '[';
  TupleObject* args = a->args;
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) s += ", ";
    Value p = args->items[i];
    if (p.is_obj() && p.obj()->type == ListType) {
      // A ParamSpec's list of argument types (Callable[[int, str], None]).
      ListObject* l = as<ListObject>(p);
      Root keep(th, p);
      s += '[';
      for (int64_t j = 0; j < list_size(l); ++j) {
        Value x = list_get(l, j);
        if (x.is_empty()) break;
        if (j) s += ", ";
        if (!repr_item(th, x, s, false)) return Value();
      }
      s += ']';
    } else if (!repr_item(th, p, s, false)) {
      return Value();
    }
  }
  if (args->size == 0) s += "()";
  s += ']';
  return V(str_new(th, s));
}

Value union_repr(Thread& th, Value self) {
  TupleObject* args = as<UnionObject>(self)->args;
  std::string s;
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) s += " | ";
    if (!repr_item(th, args->items[i], s, true)) return Value();
  }
  return V(str_new(th, s));
}

// ---------------------------------------------------------------- parameters

// Appends v to acc unless already there (by identity, as CPython).
int add_unique(Thread& th, ListObject* acc, Value v) {
  for (int64_t i = 0, n = list_size(acc); i < n; ++i)
    if (list_get(acc, i).is(v)) return 0;
  return list_append(th, acc, v);
}

// The type variables among args, in order of first appearance: arguments with
// __typing_subst__ themselves, and the __parameters__ of the others (classes skipped).
Value make_parameters(Thread& th, TupleObject* args) {
  Root keep_args(th, args);
  ListObject* acc = list_new(th);
  Root keep_acc(th, acc);
  for (int64_t i = 0; i < args->size; ++i) {
    Value t = args->items[i];
    if (is_type(t)) continue;
    Value subst = getattr_opt(th, t, names().typing_subst);
    if (has_exc(th)) return Value();
    if (!subst.is_empty()) {
      if (add_unique(th, acc, t) < 0) return Value();
      continue;
    }
    Value sub = getattr_opt(th, t, names().parameters);
    if (has_exc(th)) return Value();
    if (sub.is_empty() || !is_tuple(sub)) continue;
    Root keep_sub(th, sub);
    auto* st = as<TupleObject>(sub);
    for (int64_t j = 0; j < st->size; ++j)
      if (add_unique(th, acc, st->items[j]) < 0) return Value();
  }
  return V(list_to_tuple(th, acc));
}

Value cached_parameters(Thread& th, std::atomic<uint64_t>& slot, TupleObject* args) {
  uint64_t bits = slot.load(std::memory_order_acquire);
  if (bits) return Value::from_bits(bits);
  Value p = make_parameters(th, args);
  if (p.is_empty()) return p;
  uint64_t expected = 0;
  if (!slot.compare_exchange_strong(expected, p.bits(), std::memory_order_acq_rel))
    return Value::from_bits(expected);
  return p;
}

int64_t index_of(TupleObject* t, Value v) {
  for (int64_t i = 0; i < t->size; ++i)
    if (t->items[i].is(v)) return i;
  return -1;
}

// The arguments of `self` (whose args and parameters are given) after substituting
// `item` for its parameters. Null with TypeError pending on a bad count.
TupleObject* subs_parameters(Thread& th, Value self, TupleObject* args, TupleObject* params,
                             Value item) {
  Root keep_self(th, self), keep_args(th, args), keep_params(th, params), keep_item(th, item);
  int64_t nparams = params->size;
  if (nparams == 0) {
    Value r = repr(th, self);
    if (r.is_empty()) return nullptr;
    raise(th, Exc_TypeError, "%s is not a generic class", as<StrObject>(r)->data);
    return nullptr;
  }
  TupleObject* items = as_args_tuple(th, item);
  Root keep_items(th, items);
  if (items->size != nparams) {
    Value r = repr(th, self);
    if (r.is_empty()) return nullptr;
    raise(th, Exc_TypeError, "Too %s arguments for %s; actual %lld, expected %lld",
          items->size > nparams ? "many" : "few", as<StrObject>(r)->data,
          static_cast<long long>(items->size), static_cast<long long>(nparams));
    return nullptr;
  }
  TupleObject* out = tuple_new(th, args->size);
  for (int64_t i = 0; i < args->size; ++i) out->items[i] = g_None;
  Root keep_out(th, out);
  for (int64_t i = 0; i < args->size; ++i) {
    Value arg = args->items[i];
    if (is_type(arg)) {
      out->items[i] = arg;
      continue;
    }
    Value subst = getattr_opt(th, arg, names().typing_subst);
    if (has_exc(th)) return nullptr;
    if (!subst.is_empty()) {
      Root keep_subst(th, subst);
      int64_t k = index_of(params, arg);
      Value r = k < 0 ? arg : call1(th, subst, items->items[k]);
      if (r.is_empty()) return nullptr;
      out->items[i] = r;
      continue;
    }
    Value sub = getattr_opt(th, arg, names().parameters);
    if (has_exc(th)) return nullptr;
    if (!sub.is_empty() && is_tuple(sub) && as<TupleObject>(sub)->size > 0) {
      Root keep_sub(th, sub);
      auto* st = as<TupleObject>(sub);
      TupleObject* subargs = tuple_new(th, st->size);
      for (int64_t j = 0; j < st->size; ++j) {
        int64_t k = index_of(params, st->items[j]);
        subargs->items[j] = k < 0 ? st->items[j] : items->items[k];
      }
      Root keep_subargs(th, subargs);
      Value r = getitem(th, arg, V(subargs));
      if (r.is_empty()) return nullptr;
      out->items[i] = r;
      continue;
    }
    out->items[i] = arg;
  }
  return out;
}

// ---------------------------------------------------------------- GenericAlias

void ga_trace(Object* o, Tracer& t) {
  auto* a = static_cast<GenericAliasObject*>(o);
  t.visit(a->origin);
  if (a->args) t.visit(reinterpret_cast<Object*>(a->args));
  t.visit(Value::from_bits(a->parameters.load(std::memory_order_relaxed)));
  if (o->type->flags & TF_HEAPTYPE) t.visit(static_cast<Object*>(o->type));
}

Value ga_new_impl(Thread& th, const Value* a) {
  Type* type = as<Type>(a[0]);
  TupleObject* args = as_args_tuple(th, a[2]);
  return V(alias_alloc(th, type, a[1], args, false));
}
const NativeDef kGaNewDef = {"GenericAlias(cls, origin, args, /)", ga_new_impl};

Value ga_new_slot(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return raise(th, Exc_TypeError, "GenericAlias() takes no keyword arguments");
  return call_native(th, &kGaNewDef, V(type), args, nargs, nullptr);
}

Value ga_getattr(Thread& th, Value self, StrObject* name) {
  for (const char* own : kAliasOwnAttrs)
    if (str_view(name) == own) return generic_getattr(th, self, name);
  return getattr(th, ga(self)->origin, name);
}

Value ga_call(Thread& th, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value obj = call(th, ga(self)->origin, args, nargs, kwnames);
  if (obj.is_empty()) return obj;
  Root keep(th, obj);
  if (setattr(th, obj, names().orig_class, self) < 0) {
    if (!exc_matches(th, Exc_AttributeError) && !exc_matches(th, Exc_TypeError)) return Value();
    clear_exc(th);
  }
  return obj;
}

Value ga_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_alias(b) || (op != CmpOp::EQ && op != CmpOp::NE)) return g_NotImplemented;
  bool want_eq = op == CmpOp::EQ;
  if (ga(a)->starred != ga(b)->starred) return bool_value(!want_eq);
  int r = eq(th, ga(a)->origin, ga(b)->origin);
  if (r < 0) return Value();
  if (!r) return bool_value(!want_eq);
  r = eq(th, V(ga(a)->args), V(ga(b)->args));
  if (r < 0) return Value();
  return bool_value(want_eq ? r != 0 : r == 0);
}

bool ga_hash(Thread& th, Value self, int64_t* out) {
  int64_t h1, h2;
  if (!hash_value(th, ga(self)->origin, &h1)) return false;
  if (!hash_value(th, V(ga(self)->args), &h2)) return false;
  int64_t h = h1 ^ h2;
  *out = h == -1 ? -2 : h;
  return true;
}

Value ga_getitem(Thread& th, Value self, Value item) {
  GenericAliasObject* a = ga(self);
  Value params = cached_parameters(th, a->parameters, a->args);
  if (params.is_empty()) return params;
  TupleObject* newargs = subs_parameters(th, self, a->args, as<TupleObject>(params), item);
  if (!newargs) return Value();
  Root keep(th, newargs);
  return V(alias_alloc(th, GenericAliasType, a->origin, newargs, a->starred));
}

Value ga_iter(Thread& th, Value self) {
  GenericAliasObject* a = ga(self);
  Value starred = V(alias_alloc(th, GenericAliasType, a->origin, a->args, true));
  Root keep(th, starred);
  TupleObject* one = tuple_from(th, &starred, 1);
  return get_iter(th, V(one));
}

Value ga_mro_entries_impl(Thread& th, const Value* a) { return V(tuple_from(th, &ga(a[0])->origin, 1)); }
Value ga_instancecheck_impl(Thread& th, const Value*) {
  return raise(th, Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Value ga_subclasscheck_impl(Thread& th, const Value*) {
  return raise(th, Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}
Value ga_reduce_impl(Thread& th, const Value* a) {
  GenericAliasObject* g = ga(a[0]);
  Value inner[2] = {g->origin, V(g->args)};
  TupleObject* t = tuple_from(th, inner, 2);
  Root keep(th, t);
  Value outer[2] = {V(type_of(a[0])), V(t)};
  return V(tuple_from(th, outer, 2));
}
Value ga_dir_impl(Thread& th, const Value* a) {
  Value d = call_special(th, ga(a[0])->origin, names().dir, nullptr, 0);
  if (d.is_empty()) {
    if (!has_exc(th)) raise(th, Exc_TypeError, "object does not provide __dir__");
    return d;
  }
  Root keep(th, d);
  ListObject* l = list_new(th);
  Root keep_l(th, l);
  if (list_extend(th, l, d) < 0) return Value();
  for (const char* own : kAliasOwnAttrs) {
    Value n = V(str_intern(own));
    int r = contains(th, V(l), n);
    if (r < 0) return Value();
    if (!r && list_append(th, l, n) < 0) return Value();
  }
  return V(l);
}

const NativeDef kGaMethods[] = {
    {"__mro_entries__(self, bases, /)", ga_mro_entries_impl},
    {"__instancecheck__(self, obj, /)", ga_instancecheck_impl},
    {"__subclasscheck__(self, cls, /)", ga_subclasscheck_impl},
    {"__reduce__(self, /)", ga_reduce_impl},
    {"__dir__(self, /)", ga_dir_impl},
    {},
};

Value ga_get_origin(Thread&, Value self) { return ga(self)->origin; }
Value ga_get_args(Thread&, Value self) { return V(ga(self)->args); }
Value ga_get_parameters(Thread& th, Value self) {
  return cached_parameters(th, ga(self)->parameters, ga(self)->args);
}
Value ga_get_unpacked(Thread&, Value self) { return bool_value(ga(self)->starred); }
Value ga_get_unpacked_args(Thread&, Value self) {
  GenericAliasObject* a = ga(self);
  if (a->starred && a->origin.is(V(TupleType))) return V(a->args);
  return g_None;
}

const GetSetDef kGaGetSets[] = {
    {"__origin__", ga_get_origin},
    {"__args__", ga_get_args},
    {"__parameters__", ga_get_parameters, nullptr, "Type variables in the GenericAlias."},
    {"__unpacked__", ga_get_unpacked},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_args},
    {},
};

// ---------------------------------------------------------------- UnionType

void union_trace(Object* o, Tracer& t) {
  auto* u = static_cast<UnionObject*>(o);
  if (u->args) t.visit(reinterpret_cast<Object*>(u->args));
  t.visit(Value::from_bits(u->parameters.load(std::memory_order_relaxed)));
}

Value union_new_slot(Thread& th, Type*, const Value*, size_t, TupleObject*) {
  return raise(th, Exc_TypeError, "cannot create 'types.UnionType' instances");
}

// The members of a union as a frozenset (comparison and hashing ignore order).
Value members_set(Thread& th, Value u) {
  SetObject* s = set_from_iterable(th, FrozenSetType, V(as<UnionObject>(u)->args));
  return s ? V(reinterpret_cast<Object*>(s)) : Value();
}

Value union_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_union(b) || (op != CmpOp::EQ && op != CmpOp::NE)) return g_NotImplemented;
  Value sa = members_set(th, a);
  if (sa.is_empty()) return sa;
  Root keep(th, sa);
  Value sb = members_set(th, b);
  if (sb.is_empty()) return sb;
  Root keep_b(th, sb);
  return richcmp(th, sa, sb, op);
}

bool union_hash(Thread& th, Value self, int64_t* out) {
  Value s = members_set(th, self);
  if (s.is_empty()) return false;
  Root keep(th, s);
  return hash_value(th, s, out);
}

Value union_getitem(Thread& th, Value self, Value item) {
  auto* u = as<UnionObject>(self);
  Value params = cached_parameters(th, u->parameters, u->args);
  if (params.is_empty()) return params;
  TupleObject* newargs = subs_parameters(th, self, u->args, as<TupleObject>(params), item);
  if (!newargs) return Value();
  Root keep(th, newargs);
  if (newargs->size == 0) return self;
  Value res = newargs->items[0];
  Root keep_res(th, res);
  for (int64_t i = 1; i < newargs->size; ++i) {
    res = binary_op(th, res, newargs->items[i], BinOp::OR);
    if (res.is_empty()) return res;
    keep_res.set(res);
  }
  return res;
}

// Only __module__ differs from the generic lookup: the type's ('types'), for typing.
Value union_getattr(Thread& th, Value self, StrObject* name) {
  if (str_eq(name, sym::__module__)) return type_module(th, UnionType);
  return generic_getattr(th, self, name);
}

Value union_get_args(Thread&, Value self) { return V(as<UnionObject>(self)->args); }
Value union_get_parameters(Thread& th, Value self) {
  auto* u = as<UnionObject>(self);
  return cached_parameters(th, u->parameters, u->args);
}

const GetSetDef kUnionGetSets[] = {
    {"__args__", union_get_args},
    {"__parameters__", union_get_parameters, nullptr, "Type variables in the types.UnionType."},
    {},
};

}  // namespace

Value generic_alias_new(Thread& th, Value origin, Value args) {
  Root keep(th, origin);
  TupleObject* t = as_args_tuple(th, args);
  Root keep_t(th, t);
  return V(alias_alloc(th, GenericAliasType, origin, t, false));
}

Value union_or(Thread& th, Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return g_NotImplemented;
  Root keep_a(th, a), keep_b(th, b);
  std::vector<Value> flat;
  for (Value x : {a, b}) {
    if (is_union(x)) {
      TupleObject* m = as<UnionObject>(x)->args;
      flat.insert(flat.end(), m->items, m->items + m->size);
    } else {
      flat.push_back(is_none(x) ? V(NoneType) : x);
    }
  }
  // Aliases compare by value (list[int] | list[int] has one member), the rest by identity.
  std::vector<Value> kept;
  for (Value x : flat) {
    bool dup = false;
    for (Value y : kept) {
      if (is_alias(x) && is_alias(y)) {
        int r = eq(th, x, y);
        if (r < 0) return Value();
        dup = r != 0;
      } else {
        dup = x.is(y);
      }
      if (dup) break;
    }
    if (!dup) kept.push_back(x);
  }
  if (kept.size() == 1) return kept[0];
  TupleObject* args = tuple_from(th, kept.data(), static_cast<int64_t>(kept.size()));
  Root keep_args(th, args);
  auto* u = gc_new<UnionObject>(th, UnionType);
  u->args = args;
  return V(u);
}

void init_genericalias_types(Thread& /*th*/) {
  Value types_mod = V(str_intern("types"));
  constexpr size_t kOr = static_cast<size_t>(BinOp::OR);

  Type* t = GenericAliasType;
  t->module = types_mod;
  t->trace = ga_trace;
  t->new_ = ga_new_slot;
  t->repr = ga_repr;
  t->getattr = ga_getattr;
  t->call = ga_call;
  t->richcmp = ga_richcmp;
  t->hash = ga_hash;
  t->getitem = ga_getitem;
  t->iter = ga_iter;
  t->nb[kOr] = union_or;
  t->methods = kGaMethods;
  t->getsets = kGaGetSets;
  t->flags |= TF_BASETYPE | TF_IMMUTABLE;
  t->tp_doc =
      "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and "
      "t.__args__ is (int,).";

  t = UnionType;
  t->module = types_mod;
  t->trace = union_trace;
  t->new_ = union_new_slot;
  t->repr = union_repr;
  t->getattr = union_getattr;
  t->richcmp = union_richcmp;
  t->hash = union_hash;
  t->getitem = union_getitem;
  t->nb[kOr] = union_or;
  t->getsets = kUnionGetSets;
  t->flags |= TF_IMMUTABLE;
  t->tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
}

}  // namespace taipan
