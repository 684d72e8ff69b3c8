// Exception groups (PEP 654, builtins/exceptions.h): BaseExceptionGroup and ExceptionGroup
// with split/subgroup/derive, and the runtime halves of `except*` (the CHECK_EG_MATCH and
// PREP_RERAISE_STAR opcodes), following CPython 3.11's Objects/exceptions.c semantics.
//
// Invariants: a group is an ExceptionObject whose extra[EX_EG_MSG] holds the message (a
// str) and extra[EX_EG_EXCS] the non-empty tuple of nested exceptions. Both are written
// once by __new__ and are read-only to Python, so they are read without locks. (A group
// made by BaseException.__new__ alone has neither: it reads as '' and ().)
//
// ExceptionGroup derives from both BaseExceptionGroup and Exception. vm/exceptions.def
// gives each class one base, so finish_exception_group_types() adds Exception to its
// bases and MRO once the builtin types are finished.
//
// Splitting recurses through nested groups on the C++ stack, bounded by the recursion
// limit as in CPython. Values held across calls that may run Python code (split, derive,
// predicates, __notes__ lookups) are rooted.
#include <string>
#include <unordered_set>

#include "builtins/containers.h"
#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

namespace {

ExceptionObject* exc(Value v) { return as<ExceptionObject>(v); }

StrObject* name_derive() {
  static StrObject* s = str_intern("derive");
  return s;
}
StrObject* name_split() {
  static StrObject* s = str_intern("split");
  return s;
}
StrObject* name_notes() {
  static StrObject* s = str_intern("__notes__");
  return s;
}

Value eg_message(Value eg) {
  Value m = exc(eg)->extra[EX_EG_MSG];
  return m.is_empty() ? V(sym::empty) : m;
}

TupleObject* eg_excs(Value eg) {
  Value t = exc(eg)->extra[EX_EG_EXCS];
  return t.is_empty() ? g_empty_tuple : as<TupleObject>(t);
}

bool is_exc_class(Value v) { return is_type(v) && is_subtype(as<Type>(v), Exc_BaseException); }

// PySequence_Check: indexable and not a mapping.
bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem != nullptr && !(t->flags & TF_DICT_SUBCLASS);
}

// `where` names the function in the message, as CPython's.
bool recursion_too_deep(Thread& th, int depth, const char* where) {
  if (depth < g_runtime.recursion_limit.load(std::memory_order_relaxed)) return false;
  raise(th, Exc_RecursionError, "maximum recursion depth exceeded in %s", where);
  return true;
}

// ------------------------------------------------------------------ the type

Value eg_new(Thread& th, Type* type, const Value* args, size_t nargs, TupleObject* /*kwnames*/) {
  if (nargs != 2)
    return raise(th, Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                 nargs);
  Value msg = args[0];
  if (!is_str(msg))
    return raise(th, Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                 is_none(msg) ? "None" : type_name(msg));
  if (!is_sequence(args[1]))
    return raise(th, Exc_TypeError, "second argument (exceptions) must be a sequence");
  Value excs = sequence_tuple(th, args[1]);
  if (excs.is_empty()) return excs;
  Root keep(th, excs);
  TupleObject* t = as<TupleObject>(excs);
  if (t->size == 0)
    return raise(th, Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base_exceptions = false;
  for (int64_t i = 0; i < t->size; ++i) {
    Value e = t->items[i];
    if (!is_exception(e))
      return raise(th, Exc_ValueError, "Item %lld of second argument (exceptions) is not an exception",
                   static_cast<long long>(i));
    if (!isinstance(e, Exc_Exception)) nested_base_exceptions = true;
  }
  Type* cls = type;
  if (cls == Exc_ExceptionGroup) {
    if (nested_base_exceptions)
      return raise(th, Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == Exc_BaseExceptionGroup) {
    // All members are Exceptions: the result is an ExceptionGroup.
    if (!nested_base_exceptions) cls = Exc_ExceptionGroup;
  } else if (nested_base_exceptions && is_subtype(cls, Exc_Exception)) {
    return raise(th, Exc_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name->data);
  }
  Value self = Exc_BaseException->new_(th, cls, args, nargs, nullptr);
  if (self.is_empty()) return self;
  exc(self)->extra[EX_EG_MSG] = msg;
  exc(self)->extra[EX_EG_EXCS] = excs;
  return self;
}

Value eg_str(Thread& th, Value self) {
  Value m = str_of(th, eg_message(self));
  if (m.is_empty()) return m;
  int64_t n = eg_excs(self)->size;
  std::string s(str_view(m));
  s += " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s)" : ")");
  return V(str_new(th, s));
}

Value eg_get_message(Thread&, Value self) { return eg_message(self); }
Value eg_get_exceptions(Thread&, Value self) { return V(eg_excs(self)); }
int eg_set_readonly(Thread& th, Value, Value) {
  raise(th, Exc_AttributeError, "readonly attribute");
  return -1;
}

const GetSetDef kGroupGetSets[] = {
    {"message", eg_get_message, eg_set_readonly, "exception message"},
    {"exceptions", eg_get_exceptions, eg_set_readonly, "nested exceptions"},
    {},
};

// ------------------------------------------------------------------ split machinery

enum class MatchKind { ByType, Predicate, InstanceIds };

struct Matcher {
  MatchKind kind;
  Value value;                                      // the type(s) or the predicate
  const std::unordered_set<uint64_t>* ids = nullptr;  // InstanceIds: leaf exceptions to keep
};

bool matcher_from(Thread& th, Value v, Matcher* m) {
  m->value = v;
  if (type_of(v)->call && !is_type(v)) {
    m->kind = MatchKind::Predicate;
    return true;
  }
  bool ok = is_exc_class(v);
  if (!ok && is_tuple(v)) {
    TupleObject* t = as<TupleObject>(v);
    ok = true;
    for (int64_t i = 0; i < t->size && ok; ++i) ok = is_exc_class(t->items[i]);
  }
  if (!ok) {
    raise(th, Exc_TypeError, "expected a function, exception type or tuple of exception types");
    return false;
  }
  m->kind = MatchKind::ByType;
  return true;
}

// PyErr_GivenExceptionMatches for an exception instance and a class or tuple of classes.
bool given_matches(Value e, Value spec) {
  if (is_tuple(spec)) {
    TupleObject* t = as<TupleObject>(spec);
    for (int64_t i = 0; i < t->size; ++i)
      if (given_matches(e, t->items[i])) return true;
    return false;
  }
  return is_exc_class(spec) && is_subtype(type_of(e), as<Type>(spec));
}

// 1 match, 0 no match, -1 raised.
int check_match(Thread& th, Value e, const Matcher& m) {
  switch (m.kind) {
    case MatchKind::ByType:
      return given_matches(e, m.value) ? 1 : 0;
    case MatchKind::Predicate: {
      Value r = call1(th, m.value, e);
      if (r.is_empty()) return -1;
      return truthy(th, r);
    }
    case MatchKind::InstanceIds:
      return m.ids->count(e.bits()) ? 1 : 0;
  }
  return 0;
}

// A group derived from orig (orig.derive(excs)) carrying orig's traceback, cause, context
// and a copy of its notes; EMPTY in *out when excs is empty. -1 raised.
int derive_subset(Thread& th, Value orig, ListObject* excs, Value* out) {
  *out = Value();
  if (list_size(excs) == 0) return 0;
  Value arg = V(excs);
  Value eg = call_method(th, orig, name_derive(), &arg, 1);
  if (eg.is_empty()) return -1;
  if (!is_exception_group(eg)) {
    raise(th, Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    return -1;
  }
  Root keep(th, eg);
  ExceptionObject* o = exc(orig);
  ExceptionObject* d = exc(eg);
  if (!o->traceback.is_empty()) d->traceback = o->traceback;
  d->context = o->context;
  d->cause = o->cause;
  d->suppress_context = true;  // as PyException_SetCause
  Value notes = getattr_opt(th, orig, name_notes());
  if (notes.is_empty()) {
    if (has_exc(th)) return -1;
  } else if (is_sequence(notes)) {
    // The parts get their own notes lists. Notes of another type are not copied.
    Value copy = call1(th, V(ListType), notes);
    if (copy.is_empty()) return -1;
    if (setattr(th, eg, name_notes(), copy) < 0) return -1;
  }
  *out = eg;
  return 0;
}

// Splits e by m into the matching part (*match) and, with construct_rest, the rest
// (*rest); EMPTY for an empty part. Both are rooted by the caller. -1 raised.
int split_recursive(Thread& th, Value e, const Matcher& m, bool construct_rest, Value* match,
                    Value* rest, int depth) {
  *match = Value();
  *rest = Value();
  Root keep(th, e);
  int r = check_match(th, e, m);
  if (r < 0) return -1;
  if (r) {
    *match = e;
    return 0;
  }
  if (!is_exception_group(e)) {
    if (construct_rest) *rest = e;
    return 0;
  }
  if (recursion_too_deep(th, depth, "exceptiongroup_split_recursive")) return -1;
  TupleObject* excs = eg_excs(e);
  ListObject* match_list = list_new(th);
  Root keep_m(th, match_list);
  ListObject* rest_list = construct_rest ? list_new(th) : nullptr;
  Root keep_r(th, rest_list);
  for (int64_t i = 0; i < excs->size; ++i) {
    Value sub_match, sub_rest;
    if (split_recursive(th, excs->items[i], m, construct_rest, &sub_match, &sub_rest, depth + 1) < 0)
      return -1;
    // Appending allocates but never collects, so sub_rest survives the first append.
    if (!sub_match.is_empty() && list_append(th, match_list, sub_match) < 0) return -1;
    if (!sub_rest.is_empty() && list_append(th, rest_list, sub_rest) < 0) return -1;
  }
  if (derive_subset(th, e, match_list, match) < 0) return -1;
  if (construct_rest) {
    Root keep_match(th, *match);
    if (derive_subset(th, e, rest_list, rest) < 0) return -1;
  }
  return 0;
}

// The leaf exceptions (non-groups) under e, by identity.
bool collect_leaf_ids(Thread& th, Value e, std::unordered_set<uint64_t>* ids, int depth) {
  if (e.is_empty() || is_none(e)) return true;
  if (!is_exception_group(e)) {
    ids->insert(e.bits());
    return true;
  }
  if (recursion_too_deep(th, depth, "collect_exception_group_leaf_ids")) return false;
  TupleObject* excs = eg_excs(e);
  for (int64_t i = 0; i < excs->size; ++i)
    if (!collect_leaf_ids(th, excs->items[i], ids, depth + 1)) return false;
  return true;
}

Value split_method(Thread& th, const Value* a, bool construct_rest, const char* name) {
  TupleObject* args = as<TupleObject>(a[1]);
  if (args->size != 1)
    return raise(th, Exc_TypeError, "%s expected 1 argument, got %lld", name,
                 static_cast<long long>(args->size));
  Matcher m;
  if (!matcher_from(th, args->items[0], &m)) return Value();
  Value match, rest;
  if (split_recursive(th, a[0], m, construct_rest, &match, &rest, 0) < 0) return Value();
  if (!construct_rest) return match.is_empty() ? g_None : match;
  Value pair[2] = {match.is_empty() ? g_None : match, rest.is_empty() ? g_None : rest};
  return V(tuple_from(th, pair, 2));
}

Value eg_split_impl(Thread& th, const Value* a) { return split_method(th, a, true, "split"); }
Value eg_subgroup_impl(Thread& th, const Value* a) { return split_method(th, a, false, "subgroup"); }

Value eg_derive_impl(Thread& th, const Value* a) {
  TupleObject* args = as<TupleObject>(a[1]);
  if (args->size != 1)
    return raise(th, Exc_TypeError, "function takes exactly 1 argument (%lld given)",
                 static_cast<long long>(args->size));
  return call2(th, V(Exc_BaseExceptionGroup), eg_message(a[0]), args->items[0]);
}

const NativeDef kGroupMethods[] = {
    {"derive(self, *args)", eg_derive_impl},
    {"split(self, *args)", eg_split_impl},
    {"subgroup(self, *args)", eg_subgroup_impl},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD, "See PEP 585"},
    {},
};

// BaseExceptionGroup('', excs) for the groups that except* makes.
Value new_anonymous_group(Thread& th, Value excs) {
  return call2(th, V(Exc_BaseExceptionGroup), V(sym::empty), excs);
}

}  // namespace

bool is_exception_group(Value v) {
  return is_exception(v) && is_subtype(type_of(v), Exc_BaseExceptionGroup);
}

TupleObject* exception_group_excs(Value eg) { return eg_excs(eg); }

// ------------------------------------------------------------------ except*

bool except_star_match(Thread& th, Value exc_value, Value type, Value* match, Value* rest) {
  *match = g_None;
  *rest = g_None;
  bool valid = is_exc_class(type);
  bool group_type = valid && is_subtype(as<Type>(type), Exc_BaseExceptionGroup);
  if (is_tuple(type)) {
    TupleObject* t = as<TupleObject>(type);
    valid = true;
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_exc_class(t->items[i])) valid = false;
      else if (is_subtype(as<Type>(t->items[i]), Exc_BaseExceptionGroup)) group_type = true;
    }
  }
  if (!valid) {
    raise(th, Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  if (group_type) {
    raise(th, Exc_TypeError,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  if (is_none(exc_value)) return true;
  if (given_matches(exc_value, type)) {
    if (is_exception_group(exc_value)) {
      *match = exc_value;
      return true;
    }
    // A naked exception: the clause sees it wrapped in a group.
    TupleObject* one = tuple_from(th, &exc_value, 1);
    Value wrapped = new_anonymous_group(th, V(one));
    if (wrapped.is_empty()) return false;
    *match = wrapped;
    return true;
  }
  if (!is_exception_group(exc_value)) return true;
  Value pair = call_method(th, exc_value, name_split(), &type, 1);
  if (pair.is_empty()) return false;
  if (!is_tuple(pair) || as<TupleObject>(pair)->size != 2) {
    raise(th, Exc_TypeError, "%s.split must return a 2-tuple, not %s", type_name(exc_value),
          type_name(pair));
    return false;
  }
  *match = as<TupleObject>(pair)->items[0];
  *rest = as<TupleObject>(pair)->items[1];
  return true;
}

Value prep_reraise_star(Thread& th, Value orig, Value excs_list) {
  ListObject* excs = as<ListObject>(excs_list);
  int64_t n = list_size(excs);
  if (n == 0) return g_None;
  // A naked exception was caught: only one clause can have run, so there is at most one
  // exception (the first item; a second is the None rest).
  if (!is_exception_group(orig)) return list_get(excs, 0);

  // Exceptions with orig's metadata were re-raised (a bare `raise` of a clause's match or
  // the unhandled rest, all derived from orig); the others were raised anew.
  ListObject* raised = list_new(th);
  Root keep_raised(th, raised);
  ListObject* reraised = list_new(th);
  Root keep_reraised(th, reraised);
  ExceptionObject* o = exc(orig);
  for (int64_t i = 0; i < n; ++i) {
    Value e = list_get(excs, i);
    if (e.is_empty() || is_none(e) || !is_exception(e)) continue;
    ExceptionObject* x = exc(e);
    bool same = x->traceback.bits() == o->traceback.bits() && x->cause.bits() == o->cause.bits() &&
                x->context.bits() == o->context.bits();
    if (list_append(th, same ? reraised : raised, e) < 0) return Value();
  }

  // The re-raised leaves, in orig's nesting.
  std::unordered_set<uint64_t> ids;
  for (int64_t i = 0; i < list_size(reraised); ++i)
    if (!collect_leaf_ids(th, list_get(reraised, i), &ids, 0)) return Value();
  Matcher m{MatchKind::InstanceIds, Value(), &ids};
  Value reraised_eg, unused;
  if (split_recursive(th, orig, m, false, &reraised_eg, &unused, 0) < 0) return Value();
  if (list_size(raised) == 0) return reraised_eg.is_empty() ? g_None : reraised_eg;
  if (!reraised_eg.is_empty() && list_append(th, raised, reraised_eg) < 0) return Value();
  if (list_size(raised) == 1) return list_get(raised, 0);
  return new_anonymous_group(th, V(raised));
}

// ------------------------------------------------------------------ setup

void init_exception_group_types(Thread&) {
  Type* b = Exc_BaseExceptionGroup;
  b->new_ = eg_new;
  b->str = eg_str;
  b->methods = kGroupMethods;
  b->getsets = kGroupGetSets;
  b->tp_doc = "A combination of multiple unrelated exceptions.";
}

void finish_exception_group_types(Thread& th) {
  Type* t = Exc_ExceptionGroup;
  if (t->bases && t->bases->size == 2) return;
  Value bases[2] = {V(Exc_BaseExceptionGroup), V(Exc_Exception)};
  TupleObject* bt = tuple_from(th, bases, 2);
  gc_make_immortal(bt);
  // (ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object): the C3
  // linearization of the two bases.
  Value mro[5] = {V(t), V(Exc_BaseExceptionGroup), V(Exc_Exception), V(Exc_BaseException),
                  V(ObjectType)};
  TupleObject* mt = tuple_from(th, mro, 5);
  gc_make_immortal(mt);
  t->bases = bt;
  t->mro = mt;
  t->version.store(type_next_version(), std::memory_order_release);
}

}  // namespace taipan
