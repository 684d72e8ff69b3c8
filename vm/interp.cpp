// The interpreter loop: one function, computed-goto dispatch over vm/opcodes.def.
//
// Invariants:
// - Python-to-Python calls push a frame on the thread's VM stack and continue in this
//   same loop; returning pops it and resumes the caller. A generator frame resumed by
//   FOR_ITER/SEND is linked on top of the resumer in the same way. C++ recursion
//   happens only when C++ code calls back into Python (call_function, slots).
// - The GC sees exactly the live operand slots: `f->sp` is stored (SAVE) before
//   anything that can reach a safepoint (any call out of the loop that may run Python
//   code, allocation-free polls included). Operands consumed by an instruction stay
//   below the saved sp until it completes, so they remain rooted during it.
// - Inline caches (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR) are immutable
//   GC-allocated records published with one release store; a reader checks the
//   record's keys (dict/type identity and version) before using it. A site that keeps
//   missing stops being re-cached after kMaxCacheUpdates records.
// - Exceptions: an instruction that fails jumps to `error` with th.exc set; the frame's
//   traceback entry is added there, then the exception table decides. An exception
//   leaving a frame adds an entry for each caller frame it passes through.
#include <cmath>
#include <cstring>
#include <string>

#include "builtins/dict.h"
#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/match.h"
#include "vm/coroutine.h"

namespace taipan {

// ------------------------------------------------------------------ inline caches

struct CacheRecord : Object {
  Object* k1;        // globals dict / receiver type
  Object* k2;        // builtins dict
  uint64_t v1;       // version of k1
  uint64_t v2;       // version of k2
  Value value;       // the cached global / descriptor
  uint32_t kind;     // AttrKind for attribute sites
  uint32_t updates;  // records this site has had, this one included
  int32_t hint;      // AK_INSTANCE: entry number of the name in instance dicts, or -1
};

namespace {

// Records are garbage once replaced, so the limit only bounds the allocation churn of a
// polymorphic attribute site; global sites re-cache without limit (a miss there means
// the module dict changed).
constexpr uint32_t kMaxCacheUpdates = 64;

enum AttrKind : uint32_t {
  AK_INSTANCE = 1,   // not on the type: the instance dict only
  AK_DATA_DESCR,     // a data descriptor on the type: descr.__get__ wins
  AK_METHOD,         // a function / method descriptor on the type (instance dict first)
  AK_NONDATA,        // another class attribute (instance dict first, then __get__ or itself)
  AK_STORE_DICT,     // STORE_ATTR: no data descriptor, store into the instance dict
};

Type g_cache_type;

void cache_trace(Object* self, Tracer& t) {
  auto* r = static_cast<CacheRecord*>(self);
  if (r->k1) t.visit(r->k1);
  if (r->k2) t.visit(r->k2);
  t.visit(r->value);
}

CacheRecord* new_record(Thread& th, const CacheRecord* prev, bool limited = true) {
  uint32_t updates = prev ? prev->updates + 1 : 1;
  if (limited && updates > kMaxCacheUpdates) return nullptr;
  CacheRecord* r = gc_new<CacheRecord>(th, &g_cache_type);
  r->updates = updates;
  return r;
}

inline DictObject* inst_dict(Value obj, Type* t) {
  if (t->dictoffset <= 0) return nullptr;
  // str and tuple subclasses keep the slot after their variable-size items.
  if (__builtin_expect(t->flags & (TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS), 0))
    return load_acquire(*instance_dict_slot(obj));
  return load_acquire(*reinterpret_cast<std::atomic<DictObject*>*>(
      reinterpret_cast<char*>(obj.obj()) + t->dictoffset));
}

// Instance dicts of one class usually hold their attributes at the same entry numbers
// (set in the same order by __init__): an attribute site remembers the entry number and
// checks that entry's key by identity (names are interned) before any hashing. Entries
// are never reused within a table and a deleted one has its key cleared, so a matching
// key means the value read is current (or EMPTY if deleted meanwhile: fall back).
inline Value dict_hint_get(DictObject* d, StrObject* name, int32_t hint) {
  DictTable* t = load_acquire(d->table);
  if (!t || hint < 0 || 2 * static_cast<int64_t>(hint) + 1 >= t->nvalues) return Value();
  const Value* kv = t->kv + 2 * static_cast<int64_t>(hint);
  Value k = Value::from_bits(__atomic_load_n(reinterpret_cast<const uint64_t*>(kv), __ATOMIC_ACQUIRE));
  if (k.obj() != name) return Value();
  return Value::from_bits(__atomic_load_n(reinterpret_cast<const uint64_t*>(kv + 1), __ATOMIC_ACQUIRE));
}

int32_t dict_find_hint(DictObject* d, StrObject* name) {
  if (!d) return -1;
  DictTable* t = load_acquire(d->table);
  if (!t) return -1;
  int64_t n = t->nvalues / 2;
  if (n > 64) n = 64;
  for (int64_t i = 0; i < n; i++) {
    Value k = Value::from_bits(
        __atomic_load_n(reinterpret_cast<const uint64_t*>(t->kv + 2 * i), __ATOMIC_ACQUIRE));
    if (k.is_obj() && k.obj() == name) return static_cast<int32_t>(i);
  }
  return -1;
}

inline bool generic_getattr_type(Type* t) {
  return !t->getattr || t->getattr == generic_getattr ||
         (ObjectType->getattr && t->getattr == ObjectType->getattr);
}
inline bool generic_setattr_type(Type* t) {
  return t->setattr == generic_setattr ||
         (ObjectType->setattr && t->setattr == ObjectType->setattr);
}

inline bool is_method_descr(Value d) {
  if (!d.is_obj()) return false;
  Type* dt = d.obj()->type;
  return dt == FunctionType || dt == MethodDescriptorType;
}

// Attribute read through a record whose keys matched. *is_meth (LOAD_METHOD only) is
// set when the result is an unbound method to be called with obj first.
Value attr_via_record(Thread& th, const CacheRecord* r, Type* t, Value obj, StrObject* name,
                      bool method_mode, bool* is_meth) {
  switch (r->kind) {
    case AK_INSTANCE: {
      if (DictObject* d = inst_dict(obj, t)) {
        Value v = dict_hint_get(d, name, r->hint);
        if (__builtin_expect(!v.is_empty(), 1)) return v;
        v = dict_get_str(d, name);
        if (!v.is_empty()) return v;
      }
      return getattr(th, obj, name);  // raises the AttributeError
    }
    case AK_DATA_DESCR: {
      Value d = r->value;
      Root keep(th, d);
      return type_of(d)->descr_get(th, d, obj, V(t));
    }
    case AK_METHOD: {
      if (DictObject* d = inst_dict(obj, t)) {
        Value v = dict_get_str(d, name);
        if (!v.is_empty()) return v;
      }
      Value d = r->value;
      if (method_mode) {
        *is_meth = true;
        return d;
      }
      if (d.obj()->type == FunctionType) return method_new(th, d, obj);
      Root keep(th, d);
      return type_of(d)->descr_get(th, d, obj, V(t));
    }
    case AK_NONDATA: {
      if (DictObject* d = inst_dict(obj, t)) {
        Value v = dict_get_str(d, name);
        if (!v.is_empty()) return v;
      }
      Value d = r->value;
      DescrGetFn get = type_of(d)->descr_get;
      if (!get) return d;
      Root keep(th, d);
      return get(th, d, obj, V(t));
    }
    default:
      return getattr(th, obj, name);
  }
}

// LOAD_ATTR / LOAD_METHOD with the inline cache of instruction `idx`.
Value load_attr(Thread& th, CodeObject* co, int32_t idx, Value obj, StrObject* name,
                bool method_mode, bool* is_meth) {
  Type* t = type_of(obj);
  std::atomic<CacheRecord*>& slot = co->caches[idx];
  CacheRecord* r = slot.load(std::memory_order_acquire);
  if (r && r->k1 == t && r->v1 == t->version.load(std::memory_order_acquire))
    return attr_via_record(th, r, t, obj, name, method_mode, is_meth);
  if (t == ModuleType) {
    Value v = dict_get_str(as<ModuleObject>(obj)->dict, name);
    if (!v.is_empty()) return v;
    return getattr(th, obj, name);
  }
  if (generic_getattr_type(t)) {
    uint64_t ver = t->version.load(std::memory_order_acquire);
    if (ver != 0) {
      Value descr = lookup_in_mro(t, name);
      uint32_t kind;
      if (descr.is_empty()) {
        kind = t->dictoffset > 0 ? static_cast<uint32_t>(AK_INSTANCE) : 0u;
      } else {
        Type* dt = type_of(descr);
        if (dt->descr_get && dt->descr_set) kind = AK_DATA_DESCR;
        else if (is_method_descr(descr)) kind = AK_METHOD;
        else kind = AK_NONDATA;
      }
      if (kind) {
        CacheRecord* nr = new_record(th, r);
        if (nr) {
          nr->k1 = t;
          nr->v1 = ver;
          nr->value = descr;
          nr->kind = kind;
          nr->hint = kind == AK_INSTANCE ? dict_find_hint(inst_dict(obj, t), name) : -1;
          slot.store(nr, std::memory_order_release);
        }
        CacheRecord tmp;  // same logic without a record when the site gave up caching
        tmp.kind = kind;
        tmp.value = descr;
        tmp.hint = -1;
        return attr_via_record(th, nr ? nr : &tmp, t, obj, name, method_mode, is_meth);
      }
    }
  }
  return getattr(th, obj, name);
}

int store_attr(Thread& th, CodeObject* co, int32_t idx, Value obj, StrObject* name, Value v) {
  Type* t = type_of(obj);
  std::atomic<CacheRecord*>& slot = co->caches[idx];
  CacheRecord* r = slot.load(std::memory_order_acquire);
  if (r && r->k1 == t && r->v1 == t->version.load(std::memory_order_acquire)) {
    if (DictObject* d = inst_dict(obj, t)) {
      dict_set_str(th, d, name, v);
      return 0;
    }
    return generic_setattr(th, obj, name, v);
  }
  if (obj.is_obj() && t->dictoffset > 0 && generic_setattr_type(t)) {
    uint64_t ver = t->version.load(std::memory_order_acquire);
    if (ver != 0) {
      Value descr = lookup_in_mro(t, name);
      if (descr.is_empty() || !type_of(descr)->descr_set) {
        if (CacheRecord* nr = new_record(th, r)) {
          nr->k1 = t;
          nr->v1 = ver;
          nr->kind = AK_STORE_DICT;
          slot.store(nr, std::memory_order_release);
        }
      }
    }
  }
  return setattr(th, obj, name, v);
}

// LOAD_GLOBAL: globals, then builtins. EMPTY with NameError pending when missing.
Value load_global(Thread& th, Frame* f, int32_t idx, StrObject* name) {
  DictObject* g = f->globals;
  DictObject* b = f->builtins;
  std::atomic<CacheRecord*>& slot = f->code->caches[idx];
  CacheRecord* r = slot.load(std::memory_order_acquire);
  uint64_t gv = g->version.load(std::memory_order_acquire);
  uint64_t bv = b ? b->version.load(std::memory_order_acquire) : 0;
  if (r && r->k1 == reinterpret_cast<Object*>(g) && r->v1 == gv &&
      r->k2 == reinterpret_cast<Object*>(b) && r->v2 == bv)
    return r->value;
  Value v = dict_get_str(g, name);
  if (v.is_empty() && b) v = dict_get_str(b, name);
  if (v.is_empty()) {
    raise(th, Exc_NameError, "name '%s' is not defined", name->data);
    if (is_exception(th.exc)) as<ExceptionObject>(th.exc)->extra[EX_NAME_NAME] = V(name);
    return Value();
  }
  if (CacheRecord* nr = new_record(th, r, false)) {
    nr->k1 = reinterpret_cast<Object*>(g);
    nr->v1 = gv;
    nr->k2 = reinterpret_cast<Object*>(b);
    nr->v2 = bv;
    nr->value = v;
    slot.store(nr, std::memory_order_release);
  }
  return v;
}

// ------------------------------------------------------------------ helpers

Value name_error(Thread& th, StrObject* name) {
  raise(th, Exc_NameError, "name '%s' is not defined", name->data);
  if (is_exception(th.exc)) as<ExceptionObject>(th.exc)->extra[EX_NAME_NAME] = V(name);
  return Value();
}

void unbound_local(Thread& th, CodeObject* co, int32_t i) {
  raise(th, Exc_UnboundLocalError,
        "cannot access local variable '%s' where it is not associated with a value",
        as<StrObject>(co->varnames->items[i])->data);
}

void unbound_deref(Thread& th, CodeObject* co, int32_t i) {
  if (i < co->ncells) {
    raise(th, Exc_UnboundLocalError,
          "cannot access local variable '%s' where it is not associated with a value",
          as<StrObject>(co->cellvars->items[i])->data);
  } else {
    raise(th, Exc_NameError,
          "cannot access free variable '%s' where it is not associated with a value in "
          "enclosing scope",
          as<StrObject>(co->freevars->items[i - co->ncells])->data);
  }
}

StrObject* deref_name(CodeObject* co, int32_t i) {
  return i < co->ncells ? as<StrObject>(co->cellvars->items[i])
                        : as<StrObject>(co->freevars->items[i - co->ncells]);
}

// Reads name from a locals mapping: 1 found, 0 missing, -1 raised.
int mapping_lookup(Thread& th, Value mapping, StrObject* name, Value* out) {
  if (mapping.is_obj() && mapping.obj()->type == DictType) {
    *out = dict_get_str(as_dict(mapping), name);
    return out->is_empty() ? 0 : 1;
  }
  Value v = getitem(th, mapping, V(name));
  if (v.is_empty()) {
    if (exc_matches(th, Exc_KeyError)) {
      clear_exc(th);
      return 0;
    }
    return -1;
  }
  *out = v;
  return 1;
}

int mapping_store(Thread& th, Value mapping, StrObject* name, Value v) {
  if (mapping.is_obj() && mapping.obj()->type == DictType) {
    dict_set_str(th, as_dict(mapping), name, v);
    return 0;
  }
  return setitem(th, mapping, V(name), v);
}

}  // namespace

const ExcEntry* find_handler(const CodeObject* co, int32_t lasti) {
  if (lasti < 0) return nullptr;
  uint32_t pc = static_cast<uint32_t>(lasti);
  int32_t lo = 0, hi = co->nexc - 1;
  while (lo <= hi) {
    int32_t mid = (lo + hi) / 2;
    const ExcEntry& e = co->exctable[mid];
    if (pc < e.start) hi = mid - 1;
    else if (pc >= e.end) lo = mid + 1;
    else return &e;
  }
  return nullptr;
}

namespace {

// Implicit chaining: exc.__context__ = the exception being handled (cycles cut).
void set_exc_context(Thread& th, bool force) {
  Value exc = th.exc;
  Value ctx = th.handled_exc;
  if (ctx.is_empty() || ctx.is(exc) || !is_exception(exc) || !is_exception(ctx)) return;
  auto* e = as<ExceptionObject>(exc);
  if (!force && !e->context.is_empty()) return;
  Value o = ctx;
  for (int guard = 0; guard < 100000; guard++) {
    auto* oe = as<ExceptionObject>(o);
    Value c = oe->context;
    if (c.is_empty() || !is_exception(c)) break;
    if (c.is(exc)) {
      oe->context = Value();
      break;
    }
    o = c;
  }
  e->context = ctx;
}

// Makes an exception instance out of `raise X`: a class is instantiated.
Value make_exception(Thread& th, Value v, bool for_cause) {
  if (is_type(v) && is_subtype(as<Type>(v), Exc_BaseException)) {
    Value inst = call0(th, v);
    if (inst.is_empty()) return inst;
    if (!is_exception(inst)) {
      return raise(th, Exc_TypeError,
                   "calling %s should have returned an instance of BaseException, not %s",
                   as<Type>(v)->name->data, type_name(inst));
    }
    return inst;
  }
  if (is_exception(v)) return v;
  if (for_cause) return raise(th, Exc_TypeError, "exception causes must derive from BaseException");
  return raise(th, Exc_TypeError, "exceptions must derive from BaseException");
}

// CHECK_EXC_MATCH's validation and test. -1 raised.
int exc_match(Thread& th, Value exc, Value spec) {
  auto valid = [](Value c) { return is_type(c) && is_subtype(as<Type>(c), Exc_BaseException); };
  if (is_tuple(spec)) {
    TupleObject* t = as<TupleObject>(spec);
    for (int64_t i = 0; i < t->size; i++) {
      if (!valid(t->items[i])) {
        raise(th, Exc_TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
    }
    for (int64_t i = 0; i < t->size; i++)
      if (isinstance(exc, as<Type>(t->items[i]))) return 1;
    return 0;
  }
  if (!valid(spec)) {
    raise(th, Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isinstance(exc, as<Type>(spec)) ? 1 : 0;
}

// A special method looked up on the type and bound to obj; EMPTY (nothing pending) if absent.
Value lookup_special_bound(Thread& th, Value obj, StrObject* name) {
  Type* t = type_of(obj);
  Value d = lookup_in_mro(t, name);
  if (d.is_empty()) return d;
  if (d.is_obj() && d.obj()->type == FunctionType) return method_new(th, d, obj);
  DescrGetFn get = type_of(d)->descr_get;
  if (!get) return d;
  return get(th, d, obj, V(t));
}

// "f()" / "print()" / "C.m()" for call error messages, as CPython's _PyObject_FunctionStr.
std::string function_str(Thread& th, Value fn) {
  Root keep(th, fn);
  Value q = getattr_opt(th, fn, sym::__qualname__);
  if (q.is_empty() || !is_str(q)) {
    clear_exc(th);
    Value r = str_of(th, fn);
    if (r.is_empty()) {
      clear_exc(th);
      return "object";
    }
    return std::string(str_view(r));
  }
  Root keep_q(th, q);
  Value m = getattr_opt(th, fn, sym::__module__);
  clear_exc(th);
  std::string out;
  if (!m.is_empty() && is_str(m) && str_view(m) != "builtins") {
    out += str_view(m);
    out += '.';
  }
  out += str_view(q);
  out += "()";
  return out;
}

Value build_string(Thread& th, const Value* items, uint32_t n) {
  size_t total = 0;
  for (uint32_t i = 0; i < n; i++) total += static_cast<size_t>(as<StrObject>(items[i])->byte_length);
  std::string s;
  s.reserve(total);
  for (uint32_t i = 0; i < n; i++) s += str_view(items[i]);
  return V(str_new(th, s));
}

int import_star(Thread& th, Value module, Value locals) {
  Root keep_mod(th, module);
  Value all = getattr_opt(th, module, sym::__all__);
  if (has_exc(th)) return -1;
  if (all.is_empty()) {
    Value d = getattr(th, module, sym::__dict__);
    if (d.is_empty()) return -1;
    if (!is_dict(d)) {
      raise(th, Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    Root keep_d(th, d);
    int64_t pos = 0;
    Value k, v;
    ListObject* names = list_new(th);
    Root keep_names(th, names);
    while (dict_next(as_dict(d), &pos, &k, &v)) {
      if (is_str(k) && !str_view(k).starts_with("_")) list_append(th, names, k);
    }
    all = V(names);
  }
  Root keep_all(th, all);
  Value it = get_iter(th, all);
  if (it.is_empty()) return -1;
  Root keep_it(th, it);
  for (;;) {
    Value name = iter_next(th, it);
    if (name.is_empty()) return has_exc(th) ? -1 : 0;
    if (!is_str(name)) {
      Root keep_item(th, name);
      Value modname = getattr_opt(th, module, sym::__name__);
      clear_exc(th);
      std::string mn = !modname.is_empty() && is_str(modname) ? std::string(str_view(modname)) : "module";
      raise(th, Exc_TypeError, "Item in %s.__all__ must be str, not %s", mn.c_str(), type_name(name));
      return -1;
    }
    Root keep_name(th, name);
    Value v = getattr(th, module, as<StrObject>(name));
    if (v.is_empty()) return -1;
    Root keep_v(th, v);
    if (mapping_store(th, locals, as<StrObject>(name), v) < 0) return -1;
  }
}

// Whether module's body is still running on this thread (a circular import): a frame
// below runs module-level code in its dict. CPython asks __spec__._initializing instead;
// the frame walk needs no cooperation from the importer.
static bool module_initializing(Thread& th, Value module) {
  if (!module.is_obj() || module.obj()->type != ModuleType) return false;
  DictObject* d = as<ModuleObject>(module)->dict;
  for (Frame* f = th.frame; f; f = f->back)
    if (f->globals == d && !f->locals.is_empty() && f->locals == dict_value(d)) return true;
  return false;
}

Value import_from(Thread& th, Value module, StrObject* name) {
  Value v = getattr_opt(th, module, name);
  if (!v.is_empty() || has_exc(th)) return v;
  Root keep(th, module);
  Value pkg = getattr_opt(th, module, sym::__name__);
  clear_exc(th);
  if (!pkg.is_empty() && is_str(pkg)) {
    std::string full = std::string(str_view(pkg)) + "." + std::string(str_view(name));
    Value m = dict_get_str(g_runtime.modules, str_intern(full));
    if (!m.is_empty()) return m;
  }
  std::string modname = (!pkg.is_empty() && is_str(pkg)) ? std::string(str_view(pkg)) : "<unknown module name>";
  Value file = getattr_opt(th, module, sym::__file__);
  clear_exc(th);
  std::string where = (!file.is_empty() && is_str(file)) ? std::string(str_view(file)) : "unknown location";
  if (module_initializing(th, module))
    raise(th, Exc_ImportError,
          "cannot import name '%s' from partially initialized module '%s' "
          "(most likely due to a circular import) (%s)",
          name->data, modname.c_str(), where.c_str());
  else
    raise(th, Exc_ImportError, "cannot import name '%s' from '%s' (%s)", name->data, modname.c_str(),
          where.c_str());
  if (is_exception(th.exc)) {
    auto* e = as<ExceptionObject>(th.exc);
    e->extra[EX_IMPORT_NAME] = pkg.is_empty() ? Value() : pkg;
    e->extra[EX_IMPORT_PATH] = file;
  }
  return Value();
}

int print_expr(Thread& th, Value v) {
  if (is_none(v)) return 0;
  Root keep(th, v);
  DictObject* bd = g_runtime.builtins ? g_runtime.builtins->dict : nullptr;
  if (bd) dict_set_str(th, bd, sym::_, g_None);
  Value r = repr(th, v);
  if (r.is_empty()) return -1;
  Root keep_r(th, r);
  std::string text = std::string(str_view(r)) + "\n";
  Value out = g_runtime.sys ? dict_get_str(g_runtime.sys->dict, sym::stdout) : Value();
  if (out.is_empty() || is_none(out)) {
    raise(th, Exc_RuntimeError, "lost sys.stdout");
    return -1;
  }
  Value s = V(str_new(th, text));
  if (call_method(th, out, sym::write, &s, 1).is_empty()) return -1;
  if (bd) dict_set_str(th, bd, sym::_, v);
  return 0;
}

// Sequence unpacking into dst[0..n) in the order given by the iterable.
int unpack_iterable(Thread& th, Value seq, int64_t before, int64_t after, bool starred,
                    ListObject** out) {
  ListObject* l = list_new(th);
  Root keep(th, l);
  if (seq.is_obj() && (seq.obj()->type == ListType || seq.obj()->type == TupleType)) {
    if (list_extend(th, l, seq) < 0) return -1;
  } else {
    Value it = get_iter(th, seq);
    if (it.is_empty()) {
      if (exc_matches(th, Exc_TypeError) && type_of(seq)->iter == nullptr &&
          type_of(seq)->getitem == nullptr) {
        clear_exc(th);
        raise(th, Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
      }
      return -1;
    }
    Root keep_it(th, it);
    for (;;) {
      Value v = iter_next(th, it);
      if (v.is_empty()) {
        if (has_exc(th)) return -1;
        break;
      }
      list_append(th, l, v);
      if (!starred && list_size(l) > before) break;
    }
  }
  int64_t n = list_size(l);
  if (!starred) {
    if (n < before) {
      raise(th, Exc_ValueError, "not enough values to unpack (expected %lld, got %lld)",
            static_cast<long long>(before), static_cast<long long>(n));
      return -1;
    }
    if (n > before) {
      raise(th, Exc_ValueError, "too many values to unpack (expected %lld)",
            static_cast<long long>(before));
      return -1;
    }
  } else if (n < before + after) {
    raise(th, Exc_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
          static_cast<long long>(before + after), static_cast<long long>(n));
    return -1;
  }
  *out = l;
  return 0;
}

// ---- generators: the handled-exception state follows the generator frame.
inline void gen_enter(Thread& th, GeneratorObject* g) {
  g->caller_exc = th.handled_exc;
  if (!g->exc_state.is_empty()) th.handled_exc = g->exc_state;
}
inline void gen_leave_suspended(Thread& th, GeneratorObject* g) {
  g->exc_state = th.handled_exc.is(g->caller_exc) ? Value() : th.handled_exc;
  th.handled_exc = g->caller_exc;
  g->caller_exc = Value();
}
inline void gen_leave_finished(Thread& th, GeneratorObject* g) {
  th.handled_exc = g->caller_exc;
  g->caller_exc = Value();
  g->exc_state = Value();
}

}  // namespace

void gen_convert_stop_iteration(Thread& th, GeneratorObject* g) {
  if (!is_exception(th.exc)) return;
  bool agen = g->type == AsyncGeneratorType;
  const char* msg;
  if (isinstance(th.exc, Exc_StopIteration))
    msg = agen ? "async generator raised StopIteration"
               : g->type == CoroutineType ? "coroutine raised StopIteration"
                                          : "generator raised StopIteration";
  else if (agen && isinstance(th.exc, Exc_StopAsyncIteration))
    msg = "async generator raised StopAsyncIteration";
  else
    return;
  Value old = th.exc;
  Root keep(th, old);
  clear_exc(th);
  Value e = exception_new(th, Exc_RuntimeError, msg);
  if (e.is_empty()) return;
  auto* eo = as<ExceptionObject>(e);
  eo->cause = old;
  eo->context = old;
  eo->suppress_context = true;
  th.exc = e;
}

namespace {

// Checks and marks a generator as running for an inline resume. 1 ok, 0 finished,
// -1 raised.
int gen_try_start(Thread& th, GeneratorObject* g, Value sent, bool* created) {
  GenState s = g->state.load(std::memory_order_acquire);
  for (;;) {
    if (s == GenState::Finished) return 0;
    bool coro = g->type == CoroutineType;
    if (s == GenState::Running) {
      raise(th, Exc_ValueError, coro ? "coroutine already executing" : "generator already executing");
      return -1;
    }
    if (s == GenState::Created && !sent.is_empty() && !is_none(sent)) {
      raise(th, Exc_TypeError, "can't send non-None value to a just-started %s",
            coro ? "coroutine" : "generator");
      return -1;
    }
    if (g->state.compare_exchange_weak(s, GenState::Running, std::memory_order_acq_rel)) break;
  }
  *created = (s == GenState::Created);
  return 1;
}

}  // namespace

// ------------------------------------------------------------------ tracebacks

void traceback_add(Thread& th, Value exc, Frame* f, int32_t lasti) {
  if (!is_exception(exc)) return;
  auto* e = as<ExceptionObject>(exc);
  CodeObject* co = f->code;
  int line = code_line_of(co, lasti);
  FrameObject* fo = gc_new<FrameObject>(th, FrameType);
  fo->code = co;
  fo->globals = f->globals;
  fo->lineno = line;
  fo->lasti = lasti;
  fo->locals = frame_save_locals(th, f);  // tb_frame.f_locals outlives the call
  TracebackObject* tb = gc_new<TracebackObject>(th, TracebackType);
  tb->next = e->traceback;
  tb->filename = co->filename;
  tb->name = co->name;
  tb->lineno = line;
  tb->lasti = lasti;
  tb->frame = V(fo);
  e->traceback = V(tb);
}

void init_interp(Thread&) {
  g_cache_type.type = TypeType;
  g_cache_type.gc_flags = GC_IMMORTAL;  // static, holds nothing: never traced or swept
  g_cache_type.name = str_intern("inline_cache_record");
  g_cache_type.qualname = g_cache_type.name;
  g_cache_type.basicsize = sizeof(CacheRecord);
  g_cache_type.trace = cache_trace;
  g_cache_type.base = ObjectType;
}

// ------------------------------------------------------------------ the loop

Value interp_run(Thread& th, bool throwing) {
  static void* const kLabels[] = {
#define OP(name, kind) &&op_##name,
#include "vm/opcodes.def"
#undef OP
  };
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == static_cast<size_t>(Op::COUNT_));

  Frame* f = th.frame;
  CodeObject* co;
  const uint32_t* pc;
  Value* sp;
  Value* locals;
  const Value* consts;
  uint32_t oparg = 0;
  bool force_context = false;
  // CALL / CALL_KW / CALL_EX state (declared here: labels must not cross initializations).
  Value* call_base;     // slot A of [A B args...]
  Value* call_args;
  size_t call_nargs;
  Value callable;
  TupleObject* kwnames;

#define LOAD_FRAME()               \
  do {                             \
    co = f->code;                  \
    pc = f->pc;                    \
    sp = f->sp;                    \
    locals = f->localsplus();      \
    consts = co->consts->items;    \
  } while (0)
#define SAVE()    \
  do {            \
    f->sp = sp;   \
    f->pc = pc;   \
  } while (0)
#define DISPATCH()                  \
  do {                              \
    uint32_t w_ = *pc++;            \
    oparg = w_ >> 8;                \
    goto* kLabels[w_ & 0xff];       \
  } while (0)
#define LASTI() static_cast<int32_t>(pc - co->insns - 1)
#define JUMP_TO(target) (pc = co->insns + (target))
#define POLL()                                                              \
  do {                                                                      \
    if (th.safepoint_requested.load(std::memory_order_relaxed)) {           \
      SAVE();                                                               \
      safepoint_slow(th);                                                   \
    }                                                                       \
  } while (0)
// A safepoint where KeyboardInterrupt may be raised: only where pc - 1 is the
// instruction the traceback and the exception table should see.
#define POLL_INTERRUPTIBLE()                                                \
  do {                                                                      \
    if (th.safepoint_requested.load(std::memory_order_relaxed)) {           \
      SAVE();                                                               \
      safepoint_slow(th);                                                   \
      if (take_interrupt(th)) goto error;                                   \
    }                                                                       \
  } while (0)

  LOAD_FRAME();
  if (throwing) goto error_no_context;
  POLL();
  DISPATCH();

op_NOP:
  DISPATCH();

op_EXTENDED_ARG: {
  uint32_t w = *pc++;
  oparg = (oparg << 24) | (w >> 8);
  goto* kLabels[w & 0xff];
}

op_POP_TOP:
  sp--;
  DISPATCH();

op_COPY: {
  Value v = sp[-static_cast<int32_t>(oparg)];
  *sp++ = v;
  DISPATCH();
}

op_SWAP: {
  Value t = sp[-1];
  sp[-1] = sp[-static_cast<int32_t>(oparg)];
  sp[-static_cast<int32_t>(oparg)] = t;
  DISPATCH();
}

op_PUSH_NULL:
  *sp++ = Value();
  DISPATCH();

op_LOAD_CONST:
  *sp++ = consts[oparg];
  DISPATCH();

op_LOAD_FAST: {
  Value v = locals[oparg];
  if (__builtin_expect(v.is_empty(), 0)) {
    unbound_local(th, co, static_cast<int32_t>(oparg));
    goto error;
  }
  *sp++ = v;
  DISPATCH();
}

op_STORE_FAST:
  locals[oparg] = *--sp;
  DISPATCH();

op_DELETE_FAST:
  if (locals[oparg].is_empty()) {
    unbound_local(th, co, static_cast<int32_t>(oparg));
    goto error;
  }
  locals[oparg] = Value();
  DISPATCH();

op_LOAD_DEREF: {
  auto* cell = as<CellObject>(locals[co->nlocals + static_cast<int32_t>(oparg)]);
  Value v = Value::from_bits(cell->contents.load(std::memory_order_acquire));
  if (v.is_empty()) {
    unbound_deref(th, co, static_cast<int32_t>(oparg));
    goto error;
  }
  *sp++ = v;
  DISPATCH();
}

op_STORE_DEREF: {
  auto* cell = as<CellObject>(locals[co->nlocals + static_cast<int32_t>(oparg)]);
  cell->contents.store((*--sp).bits(), std::memory_order_release);
  DISPATCH();
}

op_DELETE_DEREF: {
  auto* cell = as<CellObject>(locals[co->nlocals + static_cast<int32_t>(oparg)]);
  if (cell->contents.load(std::memory_order_acquire) == 0) {
    unbound_deref(th, co, static_cast<int32_t>(oparg));
    goto error;
  }
  cell->contents.store(0, std::memory_order_release);
  DISPATCH();
}

op_LOAD_CLOSURE:
  *sp++ = locals[co->nlocals + static_cast<int32_t>(oparg)];
  DISPATCH();

op_LOAD_CLASSDEREF: {
  SAVE();
  StrObject* name = deref_name(co, static_cast<int32_t>(oparg));
  Value v;
  if (!f->locals.is_empty()) {
    int r = mapping_lookup(th, f->locals, name, &v);
    if (r < 0) goto error;
    if (r > 0) {
      *sp++ = v;
      DISPATCH();
    }
  }
  auto* cell = as<CellObject>(locals[co->nlocals + static_cast<int32_t>(oparg)]);
  v = Value::from_bits(cell->contents.load(std::memory_order_acquire));
  if (v.is_empty()) {
    unbound_deref(th, co, static_cast<int32_t>(oparg));
    goto error;
  }
  *sp++ = v;
  DISPATCH();
}

op_LOAD_GLOBAL: {
  Value v = load_global(th, f, LASTI(), as<StrObject>(co->names->items[oparg]));
  if (v.is_empty()) goto error;
  *sp++ = v;
  DISPATCH();
}

op_STORE_GLOBAL:
  dict_set_str(th, f->globals, as<StrObject>(co->names->items[oparg]), sp[-1]);
  sp--;
  DISPATCH();

op_DELETE_GLOBAL: {
  StrObject* name = as<StrObject>(co->names->items[oparg]);
  if (!dict_del_str(th, f->globals, name)) {
    name_error(th, name);
    goto error;
  }
  DISPATCH();
}

op_LOAD_NAME: {
  SAVE();
  StrObject* name = as<StrObject>(co->names->items[oparg]);
  Value v;
  if (!f->locals.is_empty() && !f->locals.is(dict_value(f->globals))) {
    int r = mapping_lookup(th, f->locals, name, &v);
    if (r < 0) goto error;
    if (r > 0) {
      *sp++ = v;
      DISPATCH();
    }
  }
  v = dict_get_str(f->globals, name);
  if (v.is_empty() && f->builtins) v = dict_get_str(f->builtins, name);
  if (v.is_empty()) {
    name_error(th, name);
    goto error;
  }
  *sp++ = v;
  DISPATCH();
}

op_STORE_NAME: {
  SAVE();
  StrObject* name = as<StrObject>(co->names->items[oparg]);
  if (f->locals.is_empty()) {
    raise(th, Exc_SystemError, "no locals found when storing '%s'", name->data);
    goto error;
  }
  if (mapping_store(th, f->locals, name, sp[-1]) < 0) goto error;
  sp--;
  DISPATCH();
}

op_DELETE_NAME: {
  SAVE();
  StrObject* name = as<StrObject>(co->names->items[oparg]);
  Value m = f->locals;
  if (m.is_empty()) {
    raise(th, Exc_SystemError, "no locals when deleting '%s'", name->data);
    goto error;
  }
  if (m.is_obj() && m.obj()->type == DictType) {
    if (!dict_del_str(th, as_dict(m), name)) {
      name_error(th, name);
      goto error;
    }
  } else if (delitem(th, m, V(name)) < 0) {
    if (exc_matches(th, Exc_KeyError)) {
      clear_exc(th);
      name_error(th, name);
    }
    goto error;
  }
  DISPATCH();
}

op_LOAD_ATTR: {
  SAVE();
  bool is_meth = false;
  Value v = load_attr(th, co, LASTI(), sp[-1], as<StrObject>(co->names->items[oparg]), false,
                      &is_meth);
  if (v.is_empty()) goto error;
  sp[-1] = v;
  DISPATCH();
}

op_STORE_ATTR: {
  SAVE();
  if (store_attr(th, co, LASTI(), sp[-1], as<StrObject>(co->names->items[oparg]), sp[-2]) < 0)
    goto error;
  sp -= 2;
  DISPATCH();
}

op_DELETE_ATTR: {
  SAVE();
  if (delattr(th, sp[-1], as<StrObject>(co->names->items[oparg])) < 0) goto error;
  sp--;
  DISPATCH();
}

op_LOAD_METHOD: {
  SAVE();
  bool is_meth = false;
  Value obj = sp[-1];
  Value v = load_attr(th, co, LASTI(), obj, as<StrObject>(co->names->items[oparg]), true,
                      &is_meth);
  if (v.is_empty()) goto error;
  if (is_meth) {
    sp[-1] = v;
    *sp++ = obj;
  } else {
    sp[-1] = Value();
    *sp++ = v;
  }
  DISPATCH();
}

  // ---------------------------------------------------------------- calls
op_CALL:
    SAVE();
    kwnames = nullptr;
    call_base = sp - oparg - 2;
    call_nargs = oparg;
    goto call_common;

op_CALL_KW:
    SAVE();
    kwnames = as<TupleObject>(sp[-1]);
    call_base = sp - 1 - oparg - 2;
    call_nargs = oparg - static_cast<size_t>(kwnames->size);
    goto call_common;

call_common:
    call_args = call_base + 2;
    if (!call_base[0].is_empty()) {
      callable = call_base[0];
      call_args = call_base + 1;
      call_nargs++;
    } else {
      callable = call_base[1];
      if (callable.is_obj() && callable.obj()->type == MethodType) {
        auto* m = as<MethodObject>(callable);
        call_base[0] = m->func;
        call_base[1] = m->self;
        callable = m->func;
        call_args = call_base + 1;
        call_nargs++;
      }
    }
    if (callable.is_obj() && callable.obj()->type == FunctionType) {
      auto* fn = as<FunctionObject>(callable);
      CodeObject* fco = fn->code;
      if (!(fco->flags & CO_GENERATOR)) {
        Frame* nf;
        if (fco->simple_args && !kwnames && call_nargs == static_cast<size_t>(fco->argcount)) {
          nf = frame_alloc(th, fco);
          if (!nf) goto error;
          nf->func = fn;
          nf->globals = fn->globals;
          nf->builtins = fn->builtins;
          Value* nl = nf->localsplus();
          for (size_t i = 0; i < call_nargs; i++) nl[i] = call_args[i];
          if (fco->ncells | fco->nfrees) frame_init_cells(th, nf, fn->closure);
        } else {
          nf = frame_for_call(th, fn, call_args, call_nargs, kwnames);
          if (!nf) goto error;
        }
        f->sp = call_base;  // the arguments now live in the callee's frame
        f->pc = pc;
        frame_link(th, nf);
        f = nf;
        LOAD_FRAME();
        POLL();
        DISPATCH();
      }
    }
    {
      Value res = call(th, callable, call_args, call_nargs, kwnames);
      if (res.is_empty()) goto error;
      sp = call_base;
      *sp++ = res;
      POLL();
      DISPATCH();
    }

op_CALL_EX: {
    SAVE();
    Value kw = (oparg & 1) ? sp[-1] : Value();
    Value* p = (oparg & 1) ? sp - 1 : sp;
    Value args = p[-1];
    call_base = p - 3;
    Value fnv = call_base[0].is_empty() ? call_base[1] : call_base[0];
    if (!is_tuple(args) || args.obj()->type != TupleType) {
      Type* at = type_of(args);
      if (!at->iter && !at->getitem) {
        std::string fs = function_str(th, fnv);
        raise(th, Exc_TypeError, "%s argument after * must be an iterable, not %s", fs.c_str(),
              type_name(args));
        goto error;
      }
      ListObject* l = list_new(th);
      p[-1] = V(l);  // keep it rooted in the stack slot
      if (list_extend(th, l, args) < 0) goto error;
      args = V(list_to_tuple(th, l));
      p[-1] = args;
    }
    if (!call_base[0].is_empty()) {
      TupleObject* t = as<TupleObject>(args);
      TupleObject* nt = tuple_new(th, t->size + 1);
      nt->items[0] = call_base[1];
      for (int64_t i = 0; i < t->size; i++) nt->items[i + 1] = t->items[i];
      args = V(nt);
      p[-1] = args;
    }
    DictObject* kwd = nullptr;
    if (!kw.is_empty()) {
      if (kw.obj()->type == DictType) {
        kwd = as_dict(kw);
      } else {
        Value keys = getattr_opt(th, kw, sym::keys);
        if (keys.is_empty()) {
          if (has_exc(th)) goto error;
          std::string fs = function_str(th, fnv);
          raise(th, Exc_TypeError, "%s argument after ** must be a mapping, not %s", fs.c_str(),
                type_name(kw));
          goto error;
        }
        kwd = dict_new(th);
        sp[-1] = dict_value(kwd);
        Root keep(th, kw);
        if (dict_update(th, kwd, kw) < 0) goto error;
      }
    }
    Value res = call_ex(th, fnv, as<TupleObject>(args), kwd);
    if (res.is_empty()) goto error;
    sp = call_base;
    *sp++ = res;
    POLL();
    DISPATCH();
  }

  // ---------------------------------------------------------------- operators
op_UNARY_NEGATIVE: {
  Value v = sp[-1];
  if (v.is_small() && v.small() != Value::kSmallMin) {
    sp[-1] = Value::from_small(-v.small());
    DISPATCH();
  }
  if (v.is_double()) {
    sp[-1] = Value::from_double(-v.dbl());
    DISPATCH();
  }
  SAVE();
  Value r = unary_neg(th, v);
  if (r.is_empty()) goto error;
  sp[-1] = r;
  DISPATCH();
}

op_UNARY_POSITIVE: {
  Value v = sp[-1];
  if (v.is_small() || v.is_double()) DISPATCH();
  SAVE();
  Value r = unary_pos(th, v);
  if (r.is_empty()) goto error;
  sp[-1] = r;
  DISPATCH();
}

op_UNARY_NOT: {
  Value v = sp[-1];
  if (v.is(g_True)) {
    sp[-1] = g_False;
    DISPATCH();
  }
  if (v.is(g_False) || v.is(g_None)) {
    sp[-1] = g_True;
    DISPATCH();
  }
  SAVE();
  int t = truthy(th, v);
  if (t < 0) goto error;
  sp[-1] = bool_value(!t);
  DISPATCH();
}

op_UNARY_INVERT: {
  Value v = sp[-1];
  if (v.is_small()) {
    sp[-1] = Value::from_small(~v.small());
    DISPATCH();
  }
  SAVE();
  Value r = unary_invert(th, v);
  if (r.is_empty()) goto error;
  sp[-1] = r;
  DISPATCH();
}

op_BINARY_OP: {
  Value b = sp[-1];
  Value a = sp[-2];
  uint32_t kind = oparg >= kInplaceOffset ? oparg - kInplaceOffset : oparg;
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small(), y = b.small(), r;
    switch (static_cast<BinOp>(kind)) {
      case BinOp::ADD:
        r = x + y;
        goto small_result;
      case BinOp::SUB:
        r = x - y;
        goto small_result;
      case BinOp::MUL:
        if (__builtin_mul_overflow(x, y, &r)) break;
        goto small_result;
      case BinOp::FLOORDIV:
        if (y == 0) break;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        goto small_result;
      case BinOp::MOD:
        if (y == 0) break;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        goto small_result;
      case BinOp::AND:
        r = x & y;
        goto small_result;
      case BinOp::OR:
        r = x | y;
        goto small_result;
      case BinOp::XOR:
        r = x ^ y;
        goto small_result;
      case BinOp::RSHIFT:
        if (y < 0) break;
        r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
        goto small_result;
      case BinOp::LSHIFT:
        if (y < 0 || y > 47) break;
        {
          __int128 wide = static_cast<__int128>(x) << y;
          if (wide < Value::kSmallMin || wide > Value::kSmallMax) break;
          r = static_cast<int64_t>(wide);
        }
        goto small_result;
      case BinOp::TRUEDIV:
        if (y == 0) break;
        sp--;
        sp[-1] = Value::from_double(static_cast<double>(x) / static_cast<double>(y));
        DISPATCH();
      default:
        break;
    }
    goto binary_slow;
  small_result:
    sp--;
    if (__builtin_expect(Value::fits_small(r), 1)) {
      sp[-1] = Value::from_small(r);
    } else {
      sp[-1] = int_from_i64(th, r);
    }
    DISPATCH();
  }
  if ((a.is_double() || a.is_small()) && (b.is_double() || b.is_small())) {
    double x = a.is_double() ? a.dbl() : static_cast<double>(a.small());
    double y = b.is_double() ? b.dbl() : static_cast<double>(b.small());
    double r;
    switch (static_cast<BinOp>(kind)) {
      case BinOp::ADD: r = x + y; break;
      case BinOp::SUB: r = x - y; break;
      case BinOp::MUL: r = x * y; break;
      case BinOp::TRUEDIV:
        if (y == 0.0) goto binary_slow;
        r = x / y;
        break;
      default:
        goto binary_slow;
    }
    sp--;
    sp[-1] = Value::from_double(r);
    DISPATCH();
  }
binary_slow : {
  SAVE();
  Value r = oparg >= kInplaceOffset ? inplace_op(th, a, b, static_cast<BinOp>(kind))
                                    : binary_op(th, a, b, static_cast<BinOp>(kind));
  if (r.is_empty()) goto error;
  sp--;
  sp[-1] = r;
  DISPATCH();
}
}

op_COMPARE_OP: {
  Value b = sp[-1];
  Value a = sp[-2];
  bool res;
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small(), y = b.small();
    switch (static_cast<CmpOp>(oparg)) {
      case CmpOp::LT: res = x < y; break;
      case CmpOp::LE: res = x <= y; break;
      case CmpOp::EQ: res = x == y; break;
      case CmpOp::NE: res = x != y; break;
      case CmpOp::GT: res = x > y; break;
      default: res = x >= y; break;
    }
  } else if ((a.is_double() || a.is_small()) && (b.is_double() || b.is_small())) {
    double x = a.is_double() ? a.dbl() : static_cast<double>(a.small());
    double y = b.is_double() ? b.dbl() : static_cast<double>(b.small());
    switch (static_cast<CmpOp>(oparg)) {
      case CmpOp::LT: res = x < y; break;
      case CmpOp::LE: res = x <= y; break;
      case CmpOp::EQ: res = x == y; break;
      case CmpOp::NE: res = x != y; break;
      case CmpOp::GT: res = x > y; break;
      default: res = x >= y; break;
    }
  } else {
    SAVE();
    Value r = richcmp(th, a, b, static_cast<CmpOp>(oparg));
    if (r.is_empty()) goto error;
    sp--;
    sp[-1] = r;
    DISPATCH();
  }
  sp--;
  sp[-1] = bool_value(res);
  DISPATCH();
}

op_IS_OP: {
  bool r = sp[-2].is(sp[-1]) != (oparg != 0);
  sp--;
  sp[-1] = bool_value(r);
  DISPATCH();
}

op_CONTAINS_OP: {
  SAVE();
  int r = contains(th, sp[-1], sp[-2]);
  if (r < 0) goto error;
  sp--;
  sp[-1] = bool_value((r != 0) != (oparg != 0));
  DISPATCH();
}

op_BINARY_SUBSCR: {
  Value c = sp[-2];
  Value k = sp[-1];
  if (k.is_small() && c.is_obj()) {
    Type* ct = c.obj()->type;
    int64_t i = k.small();
    if (ct == ListType) {
      auto* l = as<ListObject>(c);
      if (i < 0) i += list_size(l);
      Value v = i >= 0 ? list_get(l, i) : Value();
      if (!v.is_empty()) {
        sp--;
        sp[-1] = v;
        DISPATCH();
      }
    } else if (ct == TupleType) {
      auto* t = as<TupleObject>(c);
      if (i < 0) i += t->size;
      if (i >= 0 && i < t->size) {
        sp--;
        sp[-1] = t->items[i];
        DISPATCH();
      }
    }
  }
  SAVE();
  Value v = getitem(th, c, k);
  if (v.is_empty()) goto error;
  sp--;
  sp[-1] = v;
  DISPATCH();
}

op_STORE_SUBSCR:
  SAVE();
  if (setitem(th, sp[-2], sp[-1], sp[-3]) < 0) goto error;
  sp -= 3;
  DISPATCH();

op_DELETE_SUBSCR:
  SAVE();
  if (delitem(th, sp[-2], sp[-1]) < 0) goto error;
  sp -= 2;
  DISPATCH();

op_BUILD_SLICE: {
  Value step = oparg == 3 ? sp[-1] : g_None;
  Value* base = sp - (oparg == 3 ? 3 : 2);
  Value s = slice_new(th, base[0], base[1], step);
  if (s.is_empty()) goto error;
  sp = base;
  *sp++ = s;
  DISPATCH();
}

  // ---------------------------------------------------------------- builders
op_BUILD_TUPLE: {
  Value* base = sp - oparg;
  TupleObject* t = oparg ? tuple_from(th, base, oparg) : g_empty_tuple;
  sp = base;
  *sp++ = V(t);
  DISPATCH();
}

op_BUILD_LIST: {
  Value* base = sp - oparg;
  ListObject* l = list_from(th, base, oparg);
  sp = base;
  *sp++ = V(l);
  DISPATCH();
}

op_BUILD_SET: {
  // (No Root may be live at a DISPATCH: computed gotos skip destructors.)
  SAVE();
  Value* base = sp - oparg;
  SetObject* s = set_new(th, SetType);
  *sp++ = V(reinterpret_cast<Object*>(s));  // rooted in the spare slot while filling
  f->sp = sp;
  for (uint32_t i = 0; i < oparg; i++)
    if (set_add(th, s, base[i]) < 0) goto error;
  sp = base;
  *sp++ = V(reinterpret_cast<Object*>(s));
  DISPATCH();
}

op_BUILD_MAP: {
  SAVE();
  Value* base = sp - 2 * oparg;
  DictObject* d = dict_new(th);
  *sp++ = dict_value(d);  // rooted in the spare slot while filling
  f->sp = sp;
  for (uint32_t i = 0; i < oparg; i++)
    if (dict_set(th, d, base[2 * i], base[2 * i + 1]) < 0) goto error;
  sp = base;
  *sp++ = dict_value(d);
  DISPATCH();
}

op_BUILD_STRING: {
  Value* base = sp - oparg;
  Value s = oparg == 1 ? base[0] : build_string(th, base, oparg);
  sp = base;
  *sp++ = s;
  DISPATCH();
}

op_LIST_APPEND: {
  Value v = sp[-1];
  auto* l = as<ListObject>(sp[-static_cast<int32_t>(oparg)]);  // counted before the pop
  if (list_append(th, l, v) < 0) goto error;
  sp--;
  DISPATCH();
}

op_SET_ADD: {
  SAVE();
  Value v = sp[-1];
  auto* s = reinterpret_cast<SetObject*>(sp[-static_cast<int32_t>(oparg)].obj());  // before the pop
  if (set_add(th, s, v) < 0) goto error;
  sp--;
  DISPATCH();
}

op_MAP_ADD: {
  SAVE();
  Value v = sp[-1];
  Value k = sp[-2];
  DictObject* d = as_dict(sp[-2 - static_cast<int32_t>(oparg)]);
  if (dict_set(th, d, k, v) < 0) goto error;
  sp -= 2;
  DISPATCH();
}

op_LIST_EXTEND: {
  SAVE();
  Value it = sp[-1];
  auto* l = as<ListObject>(sp[-1 - static_cast<int32_t>(oparg)]);
  if (list_extend(th, l, it) < 0) {
    if (exc_matches(th, Exc_TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
      clear_exc(th);
      raise(th, Exc_TypeError, "Value after * must be an iterable, not %s", type_name(it));
    }
    goto error;
  }
  sp--;
  DISPATCH();
}

op_SET_UPDATE: {
  SAVE();
  Value it = sp[-1];
  auto* s = reinterpret_cast<SetObject*>(sp[-1 - static_cast<int32_t>(oparg)].obj());
  if (set_update(th, s, it) < 0) goto error;
  sp--;
  DISPATCH();
}

op_DICT_UPDATE: {
  SAVE();
  Value m = sp[-1];
  DictObject* d = as_dict(sp[-1 - static_cast<int32_t>(oparg)]);
  if (!is_dict(m)) {
    Value keys = getattr_opt(th, m, sym::keys);
    if (keys.is_empty()) {
      if (!has_exc(th)) raise(th, Exc_TypeError, "'%s' object is not a mapping", type_name(m));
      goto error;
    }
  }
  if (dict_update(th, d, m) < 0) goto error;
  sp--;
  DISPATCH();
}

op_DICT_MERGE: {
  SAVE();
  Value m = sp[-1];
  int32_t i = static_cast<int32_t>(oparg);
  DictObject* d = as_dict(sp[-1 - i]);
  // The callable: [A B args_tuple dict ... m] -> A if set (LOAD_METHOD form), else B.
  Value fnv;
  {
    Value* dict_slot = sp - 1 - i;
    Value a = dict_slot - 3 >= f->stack_base() ? dict_slot[-3] : Value();
    Value b = dict_slot - 2 >= f->stack_base() ? dict_slot[-2] : Value();
    fnv = !a.is_empty() ? a : b;
    if (fnv.is_empty() || is_tuple(fnv)) fnv = dict_slot[-1];
  }
  if (!is_dict(m)) {
    Value keys = getattr_opt(th, m, sym::keys);
    if (keys.is_empty()) {
      if (!has_exc(th)) {
        std::string fs = function_str(th, fnv);
        raise(th, Exc_TypeError, "%s argument after ** must be a mapping, not %s", fs.c_str(),
              type_name(m));
      }
      goto error;
    }
  }
  // Snapshot the new items, checking for duplicates.
  DictObject* src;
  if (m.obj()->type == DictType) {
    src = as_dict(m);
  } else {
    src = dict_new(th);
    sp[-1] = dict_value(src);
    Root keep(th, m);
    if (dict_update(th, src, m) < 0) goto error;
  }
  {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (!is_str(k)) {
        // CPython 3.11 names no function here (unlike the duplicate-keyword error).
        raise(th, Exc_TypeError, "keywords must be strings");
        goto error;
      }
      if (!dict_get_str(d, as<StrObject>(k)).is_empty()) {
        std::string fs = function_str(th, fnv);
        raise(th, Exc_TypeError, "%s got multiple values for keyword argument '%s'", fs.c_str(),
              as<StrObject>(k)->data);
        goto error;
      }
      dict_set_str(th, d, as<StrObject>(k), v);
    }
  }
  sp--;
  DISPATCH();
}

op_LIST_TO_TUPLE:
  sp[-1] = V(list_to_tuple(th, as<ListObject>(sp[-1])));
  DISPATCH();

op_FORMAT_VALUE: {
  SAVE();
  Value spec = (oparg & 4) ? sp[-1] : Value();
  Value* vp = (oparg & 4) ? sp - 2 : sp - 1;
  Value v = *vp;
  switch (oparg & 3) {
    case 1: v = str_of(th, v); break;
    case 2: v = repr(th, v); break;
    case 3: v = ascii_of(th, v); break;
    default: break;
  }
  if (v.is_empty()) goto error;
  if (spec.is_empty() && is_exact_str(v)) {
    *vp = v;
  } else {
    *vp = v;  // keep it rooted
    Value r = format(th, v, spec.is_empty() ? V(sym::empty) : spec);
    if (r.is_empty()) goto error;
    *vp = r;
  }
  sp = vp + 1;
  DISPATCH();
}

  // ---------------------------------------------------------------- control flow
op_JUMP_FORWARD:
  JUMP_TO(oparg);
  DISPATCH();

op_JUMP_BACKWARD:
  POLL_INTERRUPTIBLE();
  JUMP_TO(oparg);
  DISPATCH();

op_POP_JUMP_IF_FALSE: {
  Value v = sp[-1];
  if (v.is(g_False)) {
    sp--;
    JUMP_TO(oparg);
    DISPATCH();
  }
  if (v.is(g_True)) {
    sp--;
    DISPATCH();
  }
  SAVE();
  int t = truthy(th, v);
  if (t < 0) goto error;
  sp--;
  if (!t) JUMP_TO(oparg);
  DISPATCH();
}

op_POP_JUMP_IF_TRUE: {
  Value v = sp[-1];
  if (v.is(g_True)) {
    sp--;
    JUMP_TO(oparg);
    DISPATCH();
  }
  if (v.is(g_False)) {
    sp--;
    DISPATCH();
  }
  SAVE();
  int t = truthy(th, v);
  if (t < 0) goto error;
  sp--;
  if (t) JUMP_TO(oparg);
  DISPATCH();
}

op_POP_JUMP_IF_NONE:
  if ((*--sp).is(g_None)) JUMP_TO(oparg);
  DISPATCH();

op_POP_JUMP_IF_NOT_NONE:
  if (!(*--sp).is(g_None)) JUMP_TO(oparg);
  DISPATCH();

op_JUMP_IF_FALSE_OR_POP: {
  Value v = sp[-1];
  int t;
  if (v.is(g_False)) t = 0;
  else if (v.is(g_True)) t = 1;
  else {
    SAVE();
    t = truthy(th, v);
    if (t < 0) goto error;
  }
  if (!t) JUMP_TO(oparg);
  else sp--;
  DISPATCH();
}

op_JUMP_IF_TRUE_OR_POP: {
  Value v = sp[-1];
  int t;
  if (v.is(g_False)) t = 0;
  else if (v.is(g_True)) t = 1;
  else {
    SAVE();
    t = truthy(th, v);
    if (t < 0) goto error;
  }
  if (t) JUMP_TO(oparg);
  else sp--;
  DISPATCH();
}

op_GET_ITER: {
  Value v = sp[-1];
  SAVE();
  Value it = get_iter(th, v);
  if (it.is_empty()) goto error;
  sp[-1] = it;
  DISPATCH();
}

op_FOR_ITER: {
  Value it = sp[-1];
  Type* t = type_of(it);
  if (t == GeneratorType) {
    auto* g = as<GeneratorObject>(it);
    bool created;
    int s = gen_try_start(th, g, Value(), &created);
    if (s < 0) goto error;
    if (s == 0) {
      sp--;
      JUMP_TO(oparg);
      DISPATCH();
    }
    Frame* gf = g->frame;
    if (th.depth >= g_runtime.recursion_limit.load(std::memory_order_relaxed)) {
      g->state.store(created ? GenState::Created : GenState::Suspended, std::memory_order_release);
      raise(th, Exc_RecursionError, "maximum recursion depth exceeded");
      goto error;
    }
    if (!created) *gf->sp++ = g_None;
    gf->flags = FRAME_GEN_FOR_ITER;
    gf->resume_target = oparg;
    SAVE();
    frame_link(th, gf);
    gen_enter(th, g);
    f = gf;
    LOAD_FRAME();
    POLL();
    DISPATCH();
  }
  SAVE();
  Value v = t->next ? t->next(th, it) : iter_next(th, it);
  if (__builtin_expect(!v.is_empty(), 1)) {
    *sp++ = v;
    DISPATCH();
  }
  if (has_exc(th)) {
    if (!exc_matches(th, Exc_StopIteration)) goto error;
    clear_exc(th);
  }
  sp--;
  JUMP_TO(oparg);
  DISPATCH();
}

op_RETURN_VALUE: {
  Value r = *--sp;
  // A frame object made by sys._getframe (or locals()) keeps the final locals, as CPython's.
  if (__builtin_expect(!f->locals_snapshot.is_empty(), 0)) frame_locals(th, f);
  if (f->gen) {
    GeneratorObject* g = f->gen;
    uint32_t flags = f->flags;
    uint32_t target = f->resume_target;
    f->sp = f->stack_base();
    gen_leave_finished(th, g);
    frame_unlink(th, f);
    g->state.store(GenState::Finished, std::memory_order_release);
    if (flags & FRAME_ENTRY) return r;
    f = th.frame;
    LOAD_FRAME();
    if (flags & FRAME_GEN_SEND) {
      sp -= 2;
      *sp++ = r;
    } else {
      sp--;
    }
    JUMP_TO(target);
    SAVE();
    POLL();
    DISPATCH();
  }
  uint32_t flags = f->flags;
  frame_unlink(th, f);
  if (flags & FRAME_ENTRY) return r;
  f = th.frame;
  LOAD_FRAME();
  *sp++ = r;
  SAVE();
  POLL();
  DISPATCH();
}

  // ---------------------------------------------------------------- exceptions
op_PUSH_EXC_INFO: {
  Value exc = sp[-1];
  sp[-1] = th.handled_exc;
  *sp++ = exc;
  th.handled_exc = exc;
  DISPATCH();
}

op_POP_EXCEPT:
  th.handled_exc = *--sp;
  DISPATCH();

op_RERAISE: {
  // With arg 1 the saved lasti (below exc) only matters for the frame's reported line,
  // never for the handler lookup, which uses this instruction (as CPython 3.11); the
  // traceback already holds this frame's entry, so nothing else to do with it.
  th.exc = *--sp;
  goto exception_unwind;
}

op_CHECK_EXC_MATCH: {
  SAVE();
  int r = exc_match(th, sp[-2], sp[-1]);
  if (r < 0) goto error;
  sp[-1] = bool_value(r != 0);
  DISPATCH();
}

op_CHECK_EG_MATCH: {
  SAVE();
  Value match, rest;
  if (!except_star_match(th, sp[-2], sp[-1], &match, &rest)) goto error;
  sp--;
  if (is_none(match)) {
    *sp++ = g_None;  // [exc None]: exc stays the part left to match
    DISPATCH();
  }
  sp[-1] = rest;
  *sp++ = match;
  th.handled_exc = match;  // what a bare `raise` and sys.exc_info() see in the clause
  DISPATCH();
}

op_PREP_RERAISE_STAR: {
  SAVE();
  Value r = prep_reraise_star(th, sp[-2], sp[-1]);
  if (r.is_empty()) goto error;
  sp--;
  sp[-1] = r;
  DISPATCH();
}

op_RAISE_VARARGS: {
  SAVE();
  if (oparg == 0) {
    if (th.handled_exc.is_empty()) {
      raise(th, Exc_RuntimeError, "No active exception to reraise");
      goto error;
    }
    th.exc = th.handled_exc;
    goto exception_unwind;
  }
  Value cause;
  bool has_cause = oparg == 2;
  if (has_cause) {
    Value c = sp[-1];
    if (!is_none(c)) {
      cause = make_exception(th, c, true);
      if (cause.is_empty()) goto error;
      sp[-1] = cause;
    }
  }
  Value* ep = has_cause ? sp - 2 : sp - 1;
  Value exc = make_exception(th, *ep, false);
  if (exc.is_empty()) goto error;
  if (has_cause) {
    auto* e = as<ExceptionObject>(exc);
    e->cause = cause;
    e->suppress_context = true;
  }
  th.exc = exc;
  force_context = true;
  goto error;
}

op_LOAD_ASSERTION_ERROR:
  *sp++ = V(Exc_AssertionError);
  DISPATCH();

op_BEFORE_WITH: {
  SAVE();
  Value mgr = sp[-1];
  Value enter = lookup_special_bound(th, mgr, sym::__enter__);
  if (enter.is_empty()) {
    if (!has_exc(th))
      raise(th, Exc_TypeError, "'%s' object does not support the context manager protocol",
            type_name(mgr));
    goto error;
  }
  *sp++ = enter;  // rooted in the spare slot
  f->sp = sp;
  Value exit = lookup_special_bound(th, mgr, sym::__exit__);
  sp--;
  if (exit.is_empty()) {
    if (!has_exc(th))
      raise(th, Exc_TypeError,
            "'%s' object does not support the context manager protocol (missed __exit__ method)",
            type_name(mgr));
    goto error;
  }
  sp[-1] = exit;  // mgr stays reachable through the bound __exit__
  *sp++ = mgr;
  f->sp = sp;
  Value res = call0(th, enter);
  if (res.is_empty()) goto error;
  sp[-1] = res;
  DISPATCH();
}

op_WITH_EXCEPT_START: {
  SAVE();
  Value exc = sp[-1];
  Value exit = sp[-4];
  Value tb = is_exception(exc) ? as<ExceptionObject>(exc)->traceback : Value();
  Value args[3] = {V(type_of(exc)), exc, tb.is_empty() ? g_None : tb};
  Value res = call(th, exit, args, 3, nullptr);
  if (res.is_empty()) goto error;
  *sp++ = res;
  DISPATCH();
}

  // ---------------------------------------------------------------- functions, classes, imports
op_MAKE_FUNCTION: {
  Value* p = sp;
  auto* code = as<CodeObject>(*--p);
  FunctionObject* fn = gc_new<FunctionObject>(th, FunctionType);
  fn->code = code;
  fn->globals = f->globals;
  fn->builtins = f->builtins;
  fn->name = V(code->name);
  fn->qualname = V(code->qualname);
  Value mod = dict_get_str(f->globals, sym::__name__);
  fn->module = mod.is_empty() ? g_None : mod;
  fn->doc = code->doc;
  if (oparg & 1) {
    Value d = *--p;
    fn->defaults = (is_tuple(d) && as<TupleObject>(d)->size) ? d : Value();
  }
  if (oparg & 2) fn->kwdefaults = *--p;
  if (oparg & 4) {
    Value a = *--p;
    if (is_tuple(a)) {
      DictObject* d = dict_new(th);
      TupleObject* t = as<TupleObject>(a);
      for (int64_t i = 0; i + 1 < t->size; i += 2) {
        if (is_str(t->items[i])) dict_set_str(th, d, as<StrObject>(t->items[i]), t->items[i + 1]);
      }
      fn->annotations = dict_value(d);
    } else if (is_dict(a)) {
      fn->annotations = a;
    }
  }
  if (oparg & 8) fn->closure = as<TupleObject>(*--p);
  sp = p;
  *sp++ = V(fn);
  DISPATCH();
}

op_LOAD_BUILD_CLASS: {
  Value bc = f->builtins ? dict_get_str(f->builtins, sym::__build_class__) : Value();
  if (bc.is_empty()) {
    raise(th, Exc_NameError, "__build_class__ not found");
    goto error;
  }
  *sp++ = bc;
  DISPATCH();
}

op_SETUP_ANNOTATIONS: {
  SAVE();
  if (f->locals.is_empty()) {
    raise(th, Exc_SystemError, "no locals found when setting up annotations");
    goto error;
  }
  Value v;
  int r = mapping_lookup(th, f->locals, sym::__annotations__, &v);
  if (r < 0) goto error;
  if (r == 0) {
    DictObject* d = dict_new(th);
    if (mapping_store(th, f->locals, sym::__annotations__, dict_value(d)) < 0) goto error;
  }
  DISPATCH();
}

op_IMPORT_NAME: {
  SAVE();
  StrObject* name = as<StrObject>(co->names->items[oparg]);
  Value imp = f->builtins ? dict_get_str(f->builtins, sym::__import__) : Value();
  if (imp.is_empty()) {
    raise(th, Exc_ImportError, "__import__ not found");
    goto error;
  }
  Value args[5] = {V(name), dict_value(f->globals),
                   f->locals.is_empty() ? g_None : f->locals, sp[-1], sp[-2]};
  Value m = call(th, imp, args, 5, nullptr);
  if (m.is_empty()) goto error;
  sp--;
  sp[-1] = m;
  DISPATCH();
}

op_IMPORT_FROM: {
  SAVE();
  Value v = import_from(th, sp[-1], as<StrObject>(co->names->items[oparg]));
  if (v.is_empty()) goto error;
  *sp++ = v;
  DISPATCH();
}

op_IMPORT_STAR: {
  SAVE();
  if (f->locals.is_empty()) {
    raise(th, Exc_SystemError, "no locals found during 'import *'");
    goto error;
  }
  if (import_star(th, sp[-1], f->locals) < 0) goto error;
  sp--;
  DISPATCH();
}

op_UNPACK_SEQUENCE: {
  Value seq = sp[-1];
  int64_t n = oparg;
  if (seq.is_obj()) {
    Type* st = seq.obj()->type;
    if (st == TupleType && as<TupleObject>(seq)->size == n) {
      TupleObject* t = as<TupleObject>(seq);
      sp--;
      for (int64_t i = n - 1; i >= 0; i--) *sp++ = t->items[i];
      DISPATCH();
    }
    if (st == ListType) {
      auto* l = as<ListObject>(seq);
      TupleObject* snap = list_to_tuple(th, l);
      if (snap->size == n) {
        sp--;
        for (int64_t i = n - 1; i >= 0; i--) *sp++ = snap->items[i];
        DISPATCH();
      }
    }
  }
  SAVE();
  ListObject* l;
  if (unpack_iterable(th, seq, n, 0, false, &l) < 0) goto error;
  sp--;
  for (int64_t i = n - 1; i >= 0; i--) *sp++ = list_get(l, i);
  DISPATCH();
}

op_UNPACK_EX: {
  SAVE();
  Value seq = sp[-1];
  int64_t before = oparg & 0xff, after = oparg >> 8;
  ListObject* l;
  if (unpack_iterable(th, seq, before, after, true, &l) < 0) goto error;
  TupleObject* items = list_to_tuple(th, l);  // no safepoint from here on
  int64_t n = items->size;
  sp--;
  for (int64_t i = n - 1; i >= n - after; i--) *sp++ = items->items[i];
  ListObject* mid = list_from(th, items->items + before, n - after - before);
  *sp++ = V(mid);
  for (int64_t i = before - 1; i >= 0; i--) *sp++ = items->items[i];
  DISPATCH();
}

  // ---------------------------------------------------------------- generators
op_YIELD_VALUE: {
  Value y = *--sp;
  GeneratorObject* g = f->gen;
  SAVE();
  uint32_t flags = f->flags;
  gen_leave_suspended(th, g);
  frame_unlink(th, f);
  // An entry frame returns to gen_run, which publishes Suspended itself: until then no
  // other thread can resume g, so gen_run can tell this yield from a return.
  if (flags & FRAME_ENTRY) return y;
  g->state.store(GenState::Suspended, std::memory_order_release);
  f = th.frame;
  LOAD_FRAME();
  if (flags & FRAME_GEN_SEND) sp[-1] = y;
  else *sp++ = y;
  SAVE();
  DISPATCH();
}

op_GET_YIELD_FROM_ITER: {
  Value v = sp[-1];
  if (v.is_obj() && v.obj()->type == GeneratorType) DISPATCH();
  if (v.is_obj() && v.obj()->type == CoroutineType) {
    if (co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) DISPATCH();
    raise(th, Exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    goto error;
  }
  SAVE();
  Value it = get_iter(th, v);
  if (it.is_empty()) goto error;
  sp[-1] = it;
  DISPATCH();
}

op_SEND: {
  Value sub = sp[-2];
  Value v = sp[-1];
  if (is_gen_or_coro(sub)) {
    auto* g = as<GeneratorObject>(sub);
    bool created;
    int s = gen_try_start(th, g, v, &created);
    if (s < 0) goto error;
    if (s == 0) {
      if (g->type == CoroutineType) {
        raise(th, Exc_RuntimeError, "cannot reuse already awaited coroutine");
        goto error;
      }
      sp -= 2;
      *sp++ = g_None;
      JUMP_TO(oparg);
      DISPATCH();
    }
    if (th.depth >= g_runtime.recursion_limit.load(std::memory_order_relaxed)) {
      g->state.store(created ? GenState::Created : GenState::Suspended, std::memory_order_release);
      raise(th, Exc_RecursionError, "maximum recursion depth exceeded");
      goto error;
    }
    Frame* gf = g->frame;
    if (!created) *gf->sp++ = v;
    gf->flags = FRAME_GEN_SEND;
    gf->resume_target = oparg;
    SAVE();
    frame_link(th, gf);
    gen_enter(th, g);
    f = gf;
    LOAD_FRAME();
    POLL();
    DISPATCH();
  }
  SAVE();
  Value r;
  if (is_none(v)) {
    Type* t = type_of(sub);
    r = t->next ? t->next(th, sub) : iter_next(th, sub);
  } else {
    r = call_method(th, sub, sym::send, &v, 1);
  }
  if (!r.is_empty()) {
    sp[-1] = r;
    DISPATCH();
  }
  Value ret = g_None;
  if (has_exc(th)) {
    if (!exc_matches(th, Exc_StopIteration)) goto error;
    Value e = take_exc(th);
    if (is_exception(e)) {
      Value val = as<ExceptionObject>(e)->extra[EX_STOPITER_VALUE];
      if (!val.is_empty()) ret = val;
    }
  }
  sp -= 2;
  *sp++ = ret;
  JUMP_TO(oparg);
  DISPATCH();
}

op_PRINT_EXPR: {
  SAVE();
  if (print_expr(th, sp[-1]) < 0) goto error;
  sp--;
  DISPATCH();
}

  // ---------------------------------------------------------------- match
op_GET_LEN: {
  SAVE();
  int64_t n = length(th, sp[-1]);
  if (n < 0) goto error;
  Value nv = int_from_i64(th, n);
  *sp++ = nv;
  DISPATCH();
}

op_MATCH_MAPPING:
  *sp = bool_value(match_is_mapping(sp[-1]));
  sp++;
  DISPATCH();

op_MATCH_SEQUENCE:
  *sp = bool_value(match_is_sequence(sp[-1]));
  sp++;
  DISPATCH();

op_MATCH_KEYS: {
  SAVE();
  Value r = match_keys(th, sp[-2], sp[-1]);
  if (r.is_empty()) goto error;
  *sp++ = r;
  DISPATCH();
}

op_MATCH_CLASS: {
  SAVE();
  Value r = match_class(th, sp[-3], sp[-2], sp[-1], oparg);
  if (r.is_empty()) goto error;
  sp -= 2;
  sp[-1] = r;
  DISPATCH();
}

  // ---------------------------------------------------------------- async
op_GET_AWAITABLE: {
  SAVE();
  Value r = get_awaitable(th, sp[-1], static_cast<int>(oparg));
  if (r.is_empty()) goto error;
  sp[-1] = r;
  DISPATCH();
}

op_GET_AITER: {
  SAVE();
  Value r = get_aiter(th, sp[-1]);
  if (r.is_empty()) goto error;
  sp[-1] = r;
  DISPATCH();
}

op_GET_ANEXT: {
  SAVE();
  Value r = get_anext(th, sp[-1]);
  if (r.is_empty()) goto error;
  *sp++ = r;
  DISPATCH();
}

op_BEFORE_ASYNC_WITH: {
  SAVE();
  Value exit;
  Value r = before_async_with(th, sp[-1], &exit);
  if (r.is_empty()) goto error;
  sp[-1] = exit;
  *sp++ = r;
  DISPATCH();
}

op_END_ASYNC_FOR: {
  Value exc = sp[-1];
  if (is_exception(exc) && isinstance(exc, Exc_StopAsyncIteration)) {
    sp -= 2;
    DISPATCH();
  }
  sp -= 2;
  SAVE();
  th.exc = exc;
  goto exception_unwind;
}

op_ASYNC_GEN_WRAP: {
  Value w = async_gen_wrap(th, sp[-1]);
  sp[-1] = w;
  DISPATCH();
}

  // ---------------------------------------------------------------- unwinding
error:
  // A new exception raised by the instruction at LASTI().
  if (__builtin_expect(th.exc.is_empty(), 0))
    raise(th, Exc_SystemError, "error return without exception set");
  set_exc_context(th, force_context);
  force_context = false;
error_no_context:
  traceback_add(th, th.exc, f, LASTI());
exception_unwind: {
  int32_t lasti = LASTI();
  const ExcEntry* e = find_handler(co, lasti);
  if (e) {
    sp = f->stack_base() + e->depth;
    if (e->lasti) *sp++ = Value::from_small(lasti);
    *sp++ = take_exc(th);
    JUMP_TO(e->target);
    SAVE();
    DISPATCH();
  }
  // No handler here: the frame is done.
  if (__builtin_expect(!f->locals_snapshot.is_empty(), 0)) frame_locals(th, f);
  uint32_t flags = f->flags;
  if (GeneratorObject* g = f->gen) {
    f->sp = f->stack_base();
    gen_leave_finished(th, g);
    gen_convert_stop_iteration(th, g);
    frame_unlink(th, f);
    g->state.store(GenState::Finished, std::memory_order_release);
  } else {
    frame_unlink(th, f);
  }
  if (flags & FRAME_ENTRY) return Value();
  f = th.frame;
  LOAD_FRAME();
  goto error_no_context;
}

#undef LOAD_FRAME
#undef SAVE
#undef DISPATCH
#undef LASTI
#undef JUMP_TO
#undef POLL
}

}  // namespace taipan
