// dict_keys / dict_values / dict_items views and the dict iterators.
//
// Views hold only their dict; every operation reads the dict live. Iterators walk the
// table the dict had when they were made, lock-free by entry number, and raise
// "RuntimeError: dictionary changed size during iteration" as CPython when their own
// thread changed the dict's size (see DictObject::last_writer). Set operations on key and item views build
// a set (builtins/set.cpp) and run the matching set.xxx_update with the other operand.
#include <string>

#include "builtins/containers.h"
#include "builtins/dict_internal.h"
#include "builtins/set.h"
#include "vm/native.h"

namespace taipan {

Value dict_view_new(Thread& th, Type* type, DictObject* d) {
  DictViewObject* v = gc_new<DictViewObject>(th, type);
  v->dict = d;
  return V(v);
}

Value dict_iter_new(Thread& th, Type* type, DictObject* d, bool reverse) {
  DictIterObject* it = gc_new<DictIterObject>(th, type);
  store_relaxed(it->dict, d);
  DictTable* t = load_acquire(d->table);
  store_relaxed(it->table, t);
  store_relaxed(it->pos, reverse ? dict_table_last_pos(t) : int64_t(0));
  store_relaxed(it->expected, dict_size(d));
  it->reverse = reverse;
  return V(it);
}

static inline DictObject* view_dict(Value v) { return as<DictViewObject>(v)->dict; }
static inline bool is_keys_or_items_view(Value v) {
  return v.is_obj() && (v.obj()->type == DictKeysType || v.obj()->type == DictItemsType);
}

// ---------------------------------------------------------------- snapshots

Value snapshot_items(Thread& th, Value v) {
  if (!v.is_obj()) return Value();
  Type* t = v.obj()->type;
  int kind;
  DictObject* d;
  if (t == DictType || ((t->flags & TF_DICT_SUBCLASS) && t->iter == DictType->iter)) {
    kind = 0;
    d = as<DictObject>(v);
  } else if (t == DictKeysType || t == DictValuesType || t == DictItemsType) {
    kind = t == DictKeysType ? 0 : t == DictValuesType ? 1 : 2;
    d = view_dict(v);
  } else if (t == SetType || t == FrozenSetType || (is_any_set(v) && t->iter == SetType->iter)) {
    return V(set_snapshot_tuple(th, as<SetObject>(v)));
  } else {
    return Value();
  }
  DictSnapshot s = dict_snapshot(th, d);
  Root keep(th, s.kv);
  TupleObject* r = tuple_new(th, s.n);
  if (kind == 2) {
    Root keep_r(th, r);
    for (int64_t i = 0; i < s.n; ++i) r->items[i] = V(tuple_from(th, s.kv->items + 2 * i, 2));
  } else {
    for (int64_t i = 0; i < s.n; ++i) r->items[i] = s.kv->items[2 * i + kind];
  }
  return V(r);
}

// ---------------------------------------------------------------- iterators

static Value dictiter_next_kind(Thread& th, Value self, int kind /*0 keys 1 values 2 items*/) {
  DictIterObject* it = as<DictIterObject>(self);
  DictObject* d = load_relaxed(it->dict);
  if (!d) return Value();
  int64_t expected = load_relaxed(it->expected);
  int64_t size = dict_size(d);
  if (expected != size) {
    if (expected < 0 || load_relaxed(d->last_writer) == &th) {
      store_relaxed(it->expected, int64_t(-1));
      return raise(th, Exc_RuntimeError, "dictionary changed size during iteration");
    }
    store_relaxed(it->expected, size);  // another thread's change: go on (see dict.h)
  }
  // Threads sharing the iterator each claim an entry by a compare-and-swap on pos (from
  // the position they started the scan at), so every entry is produced once.
  DictTable* t = load_relaxed(it->table);
  int64_t start = load_relaxed(it->pos);
  Value k, v;
  bool more = false;
  while (t) {
    int64_t pos = start;
    more = it->reverse ? dict_table_prev(t, &pos, &k, &v) : dict_table_next(t, &pos, &k, &v);
    if (!more || it->pos.compare_exchange_weak(start, pos, std::memory_order_relaxed)) break;
  }
  if (!more) {
    store_relaxed(it->dict, static_cast<DictObject*>(nullptr));
    store_relaxed(it->table, static_cast<DictTable*>(nullptr));
    return Value();
  }
  if (kind == 0) return k;
  if (kind == 1) return v;
  Value kv[2] = {k, v};
  return V(tuple_from(th, kv, 2));
}

static Value dict_keyiter_next(Thread& th, Value self) { return dictiter_next_kind(th, self, 0); }
static Value dict_valueiter_next(Thread& th, Value self) { return dictiter_next_kind(th, self, 1); }
static Value dict_itemiter_next(Thread& th, Value self) { return dictiter_next_kind(th, self, 2); }

static void dictiter_trace(Object* self, Tracer& tr) {
  DictIterObject* it = static_cast<DictIterObject*>(self);
  DictObject* d = load_relaxed(it->dict);
  if (d) tr.visit(d);
  DictTable* t = load_relaxed(it->table);
  if (t) tr.visit(t);
}

static Value dictiter_length_hint(Thread&, const Value* a) {
  DictIterObject* it = as<DictIterObject>(a[0]);
  DictObject* d = load_relaxed(it->dict);
  if (!d) return Value::from_small(0);
  // An upper bound is enough for a hint: entries not yet visited.
  int64_t n = dict_size(d);
  return Value::from_small(n);
}

static const NativeDef kDictIterMethods[] = {
    {"__length_hint__(self, /)", dictiter_length_hint},
    {},
};

// ---------------------------------------------------------------- views

static Type* iter_type_for(Type* view_type) {
  if (view_type == DictKeysType) return DictKeyIterType;
  if (view_type == DictValuesType) return DictValueIterType;
  return DictItemIterType;
}

static Value view_iter(Thread& th, Value self) {
  return dict_iter_new(th, iter_type_for(self.obj()->type), view_dict(self), false);
}

static Value view_reversed(Thread& th, const Value* a) {
  return dict_iter_new(th, iter_type_for(a[0].obj()->type), view_dict(a[0]), true);
}

static int64_t view_len(Thread&, Value self) { return dict_size(view_dict(self)); }

static void view_trace(Object* self, Tracer& tr) {
  DictObject* d = static_cast<DictViewObject*>(self)->dict;
  if (d) tr.visit(d);
}

static Value view_repr(Thread& th, Value self) {
  const char* name = self.obj()->type == DictKeysType     ? "dict_keys"
                     : self.obj()->type == DictValuesType ? "dict_values"
                                                          : "dict_items";
  if (repr_enter(th, self.obj())) return str_from_std(th, "...");
  Root keep(th, self);
  ListObject* items = list_new(th);
  Root keep_items(th, items);
  if (list_extend(th, items, self) < 0) {
    repr_leave(th, self.obj());
    return Value();
  }
  std::string out = name;
  out += "(";
  bool ok = append_repr(th, out, V(items));
  repr_leave(th, self.obj());
  if (!ok) return Value();
  out += ")";
  return str_from_std(th, out);
}

static int keys_contains(Thread& th, Value self, Value key) {
  Value v;
  return dict_lookup(th, view_dict(self), key, &v);
}

static int items_contains(Thread& th, Value self, Value item) {
  if (!is_tuple(item) || as<TupleObject>(item)->size != 2) return 0;
  TupleObject* t = as<TupleObject>(item);
  Root keep(th, item);
  Value v;
  int r = dict_lookup(th, view_dict(self), t->items[0], &v);
  if (r <= 0) return r;
  return eq_fast(th, v, t->items[1]);
}

static int values_contains(Thread& th, Value self, Value item) {
  DictObject* d = view_dict(self);
  Root keep(th, self), keep_item(th, item);
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    int r = eq_fast(th, v, item);
    if (r != 0) return r;
  }
  return 0;
}

// 1 when every item of `a` is in `b`.
static int all_contained_in(Thread& th, Value a, Value b) {
  int result = 1;
  bool ok = for_each_item(th, a, [&](Value x) -> bool {
    int r = contains(th, b, x);
    if (r < 0) return false;
    if (r == 0) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result == 1) return -1;
  return result;
}

static Value view_richcmp(Thread& th, Value a, Value b, CmpOp op) {
  if (!is_keys_or_items_view(a) || (!is_any_set(b) && !is_keys_or_items_view(b))) return g_NotImplemented;
  Root ra(th, a), rb(th, b);
  int64_t la = length(th, a);
  if (la < 0) return Value();
  int64_t lb = length(th, b);
  if (lb < 0) return Value();
  int ok = 0;
  switch (op) {
    case CmpOp::EQ:
    case CmpOp::NE:
      if (la == lb) ok = all_contained_in(th, a, b);
      if (ok >= 0 && op == CmpOp::NE) ok = !ok;
      break;
    case CmpOp::LT: if (la < lb) ok = all_contained_in(th, a, b); break;
    case CmpOp::LE: if (la <= lb) ok = all_contained_in(th, a, b); break;
    case CmpOp::GT: if (la > lb) ok = all_contained_in(th, b, a); break;
    case CmpOp::GE: if (la >= lb) ok = all_contained_in(th, b, a); break;
    default: break;
  }
  if (ok < 0) return Value();
  return bool_value(ok != 0);
}

// view op other (or other op view): a set built from the view (from the left operand
// for `-`, as CPython), updated in place with the other operand.
static Value view_setop(Thread& th, Value a, Value b, BinOp op) {
  bool a_view = is_keys_or_items_view(a);
  if (!a_view && !is_keys_or_items_view(b)) return g_NotImplemented;
  Root ra(th, a), rb(th, b);
  Value base = a, other = b;
  if (op != BinOp::SUB && !a_view) std::swap(base, other);
  SetObject* s = set_from_iterable(th, SetType, base);
  if (!s) return Value();
  Root rs(th, s);
  if (set_update_op(th, s, other, op) < 0) return Value();
  return V(s);
}

static Value view_and(Thread& th, Value a, Value b) { return view_setop(th, a, b, BinOp::AND); }
static Value view_or(Thread& th, Value a, Value b) { return view_setop(th, a, b, BinOp::OR); }
static Value view_sub(Thread& th, Value a, Value b) { return view_setop(th, a, b, BinOp::SUB); }
static Value view_xor(Thread& th, Value a, Value b) { return view_setop(th, a, b, BinOp::XOR); }

static Value view_isdisjoint(Thread& th, const Value* a) {
  Value self = a[0], other = a[1];
  Root rs(th, self), ro(th, other);
  int result = 1;
  bool ok = for_each_item(th, other, [&](Value x) -> bool {
    int r = contains(th, self, x);
    if (r < 0) return false;
    if (r) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result == 1) return Value();
  return bool_value(result == 1);
}

static Value view_mapping(Thread&, Value self) { return V(view_dict(self)); }

static const NativeDef kSetViewMethods[] = {
    {"isdisjoint(self, other, /)", view_isdisjoint, 0,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__(self, /)", view_reversed, 0, "Return a reverse iterator over the dict keys."},
    {},
};
static const NativeDef kValuesViewMethods[] = {
    {"__reversed__(self, /)", view_reversed, 0, "Return a reverse iterator over the dict values."},
    {},
};
static const GetSetDef kViewGetSets[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    {},
};

void init_dict_view_types(Thread&) {
  for (Type* t : {DictKeysType, DictValuesType, DictItemsType}) {
    t->len = view_len;
    t->iter = view_iter;
    t->repr = view_repr;
    t->trace = view_trace;
    t->getsets = kViewGetSets;
  }
  for (Type* t : {DictKeysType, DictItemsType}) {
    t->hash = nullptr;  // set-like: unhashable (dict_values keeps object's identity hash)
    t->flags |= TF_HASH_NONE;
    t->richcmp = view_richcmp;
    t->nb[int(BinOp::AND)] = view_and;
    t->nb[int(BinOp::OR)] = view_or;
    t->nb[int(BinOp::SUB)] = view_sub;
    t->nb[int(BinOp::XOR)] = view_xor;
    t->methods = kSetViewMethods;
  }
  DictKeysType->contains = keys_contains;
  DictItemsType->contains = items_contains;
  DictValuesType->contains = values_contains;
  DictValuesType->methods = kValuesViewMethods;

  DictKeyIterType->next = dict_keyiter_next;
  DictValueIterType->next = dict_valueiter_next;
  DictItemIterType->next = dict_itemiter_next;
  for (Type* t : {DictKeyIterType, DictValueIterType, DictItemIterType}) {
    t->iter = iter_self;
    t->trace = dictiter_trace;
    t->methods = kDictIterMethods;
  }
}

}  // namespace taipan
