// Runtime support for structural pattern matching: which subjects count as mappings and
// sequences, key lookup for mapping patterns and attribute extraction for class
// patterns. Semantics and messages follow CPython 3.11 (ceval.c's match_keys /
// match_class). No locks are held here: dict reads go through dict_lookup, and
// everything else may run Python code, so values kept across calls are rooted.
#include "vm/match.h"

#include <string>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/handles.h"

namespace taipan {

namespace {

// A class created in Python derives from collections.abc.<name> (there being no
// Py_TPFLAGS_SEQUENCE/MAPPING bits, the ABCs are recognised along the MRO).
bool derives_from_abc(Type* t, std::string_view a, std::string_view b) {
  TupleObject* mro = t->mro;
  if (!mro) return false;
  static StrObject* s_module = str_intern("__module__");
  for (int64_t i = 0; i < mro->size; i++) {
    Type* base = as<Type>(mro->items[i]);
    std::string_view n = str_view(base->name);
    if (n != a && n != b) continue;
    if (!base->dict) continue;
    Value m = dict_get_str(base->dict, s_module);
    if (m.is_empty() || !is_str(m)) continue;
    std::string_view mv = str_view(m);
    if (mv == "collections.abc" || mv == "_collections_abc") return true;
  }
  return false;
}

// Builtin types whose single positional sub-pattern matches the subject itself.
bool match_self_type(Type* t) {
  static Type* const* kTypes[] = {&BoolType, &ByteArrayType, &BytesType, &DictType,
                                  &FloatType, &FrozenSetType, &IntType, &ListType,
                                  &SetType, &StrType, &TupleType};
  for (Type* const* k : kTypes)
    if (t == *k) return true;
  return false;
}

}  // namespace

bool match_is_mapping(Value subject) {
  Type* t = type_of(subject);
  if (t->flags & TF_DICT_SUBCLASS) return true;
  if (!(t->flags & TF_HEAPTYPE)) return false;
  return derives_from_abc(t, "Mapping", "MutableMapping");
}

bool match_is_sequence(Value subject) {
  Type* t = type_of(subject);
  if (t->flags & (TF_STR_SUBCLASS | TF_BYTES_SUBCLASS)) return false;
  if (is_subtype(t, ByteArrayType)) return false;
  if (t->flags & (TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS)) return true;
  if (is_subtype(t, RangeType)) return true;
  if (!(t->flags & TF_HEAPTYPE)) return false;
  return derives_from_abc(t, "Sequence", "MutableSequence");
}

Value match_keys(Thread& th, Value subject, Value keys) {
  TupleObject* kt = as<TupleObject>(keys);
  int64_t n = kt->size;
  if (n == 0) return V(g_empty_tuple);
  TupleObject* out = tuple_new(th, n);
  for (int64_t i = 0; i < n; i++) out->items[i] = g_None;
  Root keep_out(th, out);
  // Keys seen so far, to report duplicates (equal keys, e.g. 1 and 1.0) as CPython.
  SetObject* seen = set_new(th, SetType);
  Root keep_seen(th, V(seen));
  Value get;
  bool exact = type_of(subject) == DictType;
  if (!exact) {
    get = getattr(th, subject, sym::get);
    if (get.is_empty()) return get;
  }
  Root keep_get(th, get);
  // A private sentinel: a missing key is told from a stored None.
  Value dummy = V(tuple_new(th, 0));
  if (!exact) dummy = V(list_new(th));
  Root keep_dummy(th, dummy);
  for (int64_t i = 0; i < n; i++) {
    Value k = kt->items[i];
    int r = set_contains(th, seen, k);
    if (r < 0) return Value();
    if (r) {
      Value rk = repr(th, k);
      if (rk.is_empty()) return rk;
      return raise(th, Exc_ValueError, "mapping pattern checks duplicate key (%s)",
                   std::string(str_view(rk)).c_str());
    }
    if (set_add(th, seen, k) < 0) return Value();
    Value v;
    if (exact) {
      int found = dict_lookup(th, as<DictObject>(subject), k, &v);
      if (found < 0) return Value();
      if (!found) return g_None;
    } else {
      Value args[2] = {k, dummy};
      v = call(th, get, args, 2);
      if (v.is_empty()) return v;
      if (v.is(dummy)) return g_None;
    }
    out->items[i] = v;
  }
  return V(out);
}

Value match_class(Thread& th, Value subject, Value cls, Value names, uint32_t nargs) {
  if (!is_type(cls)) return raise(th, Exc_TypeError, "called match pattern must be a type");
  Type* type = as<Type>(cls);
  if (!isinstance(subject, type)) return g_None;
  TupleObject* kw = as<TupleObject>(names);
  int64_t total = static_cast<int64_t>(nargs) + kw->size;
  TupleObject* out = tuple_new(th, total);
  for (int64_t i = 0; i < total; i++) out->items[i] = g_None;
  Root keep_out(th, out);
  ListObject* seen = list_new(th);
  Root keep_seen(th, V(seen));
  auto attr = [&](StrObject* name, int64_t slot) -> int {  // 1 ok, 0 missing, -1 raised
    for (int64_t j = 0; j < list_size(seen); j++) {
      if (str_eq(as<StrObject>(list_get(seen, j)), name)) {
        raise(th, Exc_TypeError, "%s() got multiple sub-patterns for attribute '%s'",
              std::string(str_view(type->name)).c_str(), std::string(str_view(name)).c_str());
        return -1;
      }
    }
    if (list_append(th, seen, V(name)) < 0) return -1;
    Value v = getattr_opt(th, subject, name);
    if (v.is_empty()) return has_exc(th) ? -1 : 0;
    out->items[slot] = v;
    return 1;
  };
  if (nargs > 0) {
    Value ma = getattr_opt(th, cls, sym::__match_args__);
    if (ma.is_empty() && has_exc(th)) return Value();
    Root keep_ma(th, ma);
    bool match_self = false;
    int64_t allowed;
    if (!ma.is_empty()) {
      if (!is_tuple(ma))
        return raise(th, Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                     std::string(str_view(type->name)).c_str(), type_name(ma));
      allowed = as<TupleObject>(ma)->size;
    } else {
      match_self = false;
      for (Type* t = type; t; t = t->base)
        if (match_self_type(t)) { match_self = true; break; }
      allowed = match_self ? 1 : 0;
    }
    if (static_cast<int64_t>(nargs) > allowed) {
      return raise(th, Exc_TypeError, "%s() accepts %lld positional sub-pattern%s (%u given)",
                   std::string(str_view(type->name)).c_str(), static_cast<long long>(allowed),
                   allowed == 1 ? "" : "s", nargs);
    }
    if (match_self) {
      out->items[0] = subject;
    } else {
      for (uint32_t i = 0; i < nargs; i++) {
        Value name = as<TupleObject>(ma)->items[i];
        if (!is_str(name))
          return raise(th, Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                       type_name(name));
        int r = attr(as<StrObject>(name), i);
        if (r < 0) return Value();
        if (r == 0) return g_None;
      }
    }
  }
  for (int64_t i = 0; i < kw->size; i++) {
    int r = attr(as<StrObject>(kw->items[i]), nargs + i);
    if (r < 0) return Value();
    if (r == 0) return g_None;
  }
  return V(out);
}

}  // namespace taipan
