// The `builtins` module: the builtin functions, each declared once with its Python
// signature (vm/native.h), plus the builtin types, constants and exception classes.
#include <cstdio>
#include <string>

#include "builtins/exceptions.h"
#include "builtins/io.h"
#include "builtins/iterators.h"
#include "builtins/numbers.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/typeobject.h"
#include "parser/parser.h"

namespace taipan {

namespace {

Value sys_attr(StrObject* name) {
  if (!g_runtime.sys) return Value();
  return dict_get_str(g_runtime.sys->dict, name);
}

// ---- output and input

Value print_impl(Thread& th, const Value* a) {
  auto* args = as<TupleObject>(a[0]);
  Value sep = a[1], end = a[2], file = a[3];
  if (!is_none(sep) && !is_str(sep))
    return raise(th, Exc_TypeError, "sep must be None or a string, not %s", type_name(sep));
  if (!is_none(end) && !is_str(end))
    return raise(th, Exc_TypeError, "end must be None or a string, not %s", type_name(end));
  if (is_none(file)) {
    file = sys_attr(sym::stdout);
    if (file.is_empty() || is_none(file)) return g_None;
  }
  Root keep_file(th, file);
  std::string_view sep_text = is_none(sep) ? std::string_view(" ") : str_view(sep);
  std::string_view end_text = is_none(end) ? std::string_view("\n") : str_view(end);
  std::string line;
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) line += sep_text;
    Value s = str_of(th, args->items[i]);
    if (s.is_empty()) return Value();
    line += str_view(s);
  }
  line += end_text;
  if (file_write_str(th, file, line) < 0) return Value();
  int flush = truthy(th, a[4]);
  if (flush < 0) return Value();
  if (flush && call_method(th, file, sym::flush, nullptr, 0).is_empty()) return Value();
  return g_None;
}

Value input_impl(Thread& th, const Value* a) {
  Value out = sys_attr(sym::stdout);
  if (!a[0].is_empty() && !out.is_empty() && !is_none(out)) {
    Root keep(th, out);
    Value s = str_of(th, a[0]);
    if (s.is_empty()) return Value();
    if (file_write_str(th, out, str_view(s)) < 0) return Value();
    if (call_method(th, out, sym::flush, nullptr, 0).is_empty()) return Value();
  }
  Value in = sys_attr(sym::stdin);
  if (in.is_empty() || is_none(in)) return raise(th, Exc_RuntimeError, "input(): lost sys.stdin");
  Value line = call_method(th, in, sym::readline, nullptr, 0);
  if (line.is_empty()) return Value();
  if (!is_str(line)) return raise(th, Exc_TypeError, "object.readline() returned non-string");
  std::string_view text = str_view(line);
  if (text.empty()) return raise(th, Exc_EOFError, "EOF when reading a line");
  if (text.back() == '\n') text.remove_suffix(1);
  return V(str_new(th, text));
}

// ---- numbers

Value abs_impl(Thread& th, const Value* a) { return abs_value(th, a[0]); }

Value divmod_impl(Thread& th, const Value* a) { return number_divmod(th, a[0], a[1]); }

Value pow_impl(Thread& th, const Value* a) {
  if (is_none(a[2])) return binary_op(th, a[0], a[1], BinOp::POW);
  return number_pow3(th, a[0], a[1], a[2]);
}

Value round_impl(Thread& th, const Value* a) {
  Value args[1] = {a[1]};
  size_t n = is_none(a[1]) ? 0 : 1;
  Value r = call_special(th, a[0], sym::__round__, args, n);
  if (r.is_empty() && !has_exc(th))
    return raise(th, Exc_TypeError, "type %s doesn't define __round__ method", type_name(a[0]));
  return r;
}

Value int_text(Thread& th, Value v, int base, const char* prefix) {
  Value i = index_value(th, v);
  if (i.is_empty()) return Value();
  std::string digits = int_to_string(i, base);
  std::string out;
  if (!digits.empty() && digits[0] == '-') {
    out = "-";
    out += prefix;
    out.append(digits, 1);
  } else {
    out = prefix;
    out += digits;
  }
  return V(str_new(th, out));
}
Value hex_impl(Thread& th, const Value* a) { return int_text(th, a[0], 16, "0x"); }
Value oct_impl(Thread& th, const Value* a) { return int_text(th, a[0], 8, "0o"); }
Value bin_impl(Thread& th, const Value* a) { return int_text(th, a[0], 2, "0b"); }

Value sum_impl(Thread& th, const Value* a) {
  Value acc = a[1];
  if (is_str(acc)) return raise(th, Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isinstance(acc, BytesType))
    return raise(th, Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (isinstance(acc, ByteArrayType))
    return raise(th, Exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Value it = get_iter(th, a[0]);
  if (it.is_empty()) return Value();
  Root keep_it(th, it);
  Root keep_acc(th, acc);
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return has_exc(th) ? Value() : acc;
    if (acc.is_small() && v.is_small()) {
      int64_t s = acc.small() + v.small();  // 48-bit operands cannot overflow int64
      acc = Value::fits_small(s) ? Value::from_small(s) : int_from_i64(th, s);
    } else if (acc.is_double() && v.is_double()) {
      acc = Value::from_double(acc.dbl() + v.dbl());
    } else {
      acc = binary_op(th, acc, v, BinOp::ADD);
      if (acc.is_empty()) return Value();
    }
    keep_acc.set(acc);
  }
}

// min() and max() share everything but the comparison.
Value minmax(Thread& th, const Value* a, CmpOp op, const char* name) {
  auto* args = as<TupleObject>(a[0]);
  Value key = a[1], dflt = a[2];
  if (args->size == 0)
    return raise(th, Exc_TypeError, "%s expected at least 1 argument, got 0", name);
  Value it;
  if (args->size == 1) {
    it = get_iter(th, args->items[0]);
  } else {
    if (!dflt.is_empty())
      return raise(th, Exc_TypeError,
                   "Cannot specify a default for %s() with multiple positional arguments", name);
    it = get_iter(th, V(args));
  }
  if (it.is_empty()) return Value();
  Root keep_it(th, it);
  Root best(th, Value()), best_key(th, Value());
  bool use_key = !is_none(key);
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) {
      if (has_exc(th)) return Value();
      break;
    }
    Root keep_v(th, v);
    Value k = v;
    if (use_key) {
      k = call1(th, key, v);
      if (k.is_empty()) return Value();
    }
    if (best.get().is_empty()) {
      best.set(v);
      best_key.set(k);
      continue;
    }
    Root keep_k(th, k);
    int better = richcmp_bool(th, k, best_key.get(), op);
    if (better < 0) return Value();
    if (better) {
      best.set(v);
      best_key.set(k);
    }
  }
  if (best.get().is_empty()) {
    if (!dflt.is_empty()) return dflt;
    return raise(th, Exc_ValueError, "%s() arg is an empty sequence", name);
  }
  return best.get();
}
Value min_impl(Thread& th, const Value* a) { return minmax(th, a, CmpOp::LT, "min"); }
Value max_impl(Thread& th, const Value* a) { return minmax(th, a, CmpOp::GT, "max"); }

// ---- iteration

Value all_any(Thread& th, Value iterable, bool want) {
  Value it = get_iter(th, iterable);
  if (it.is_empty()) return Value();
  Root keep(th, it);
  for (;;) {
    Value v = iter_next(th, it);
    if (v.is_empty()) return has_exc(th) ? Value() : bool_value(!want);
    int t = truthy(th, v);
    if (t < 0) return Value();
    if ((t != 0) == want) return bool_value(want);
  }
}
Value all_impl(Thread& th, const Value* a) { return all_any(th, a[0], false); }
Value any_impl(Thread& th, const Value* a) { return all_any(th, a[0], true); }

Value iter_impl(Thread& th, const Value* a) {
  if (a[1].is_empty()) return get_iter(th, a[0]);
  if (!type_of(a[0])->call) return raise(th, Exc_TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(th, a[0], a[1]);
}

Value next_impl(Thread& th, const Value* a) {
  Type* t = type_of(a[0]);
  if (!t->next) return raise(th, Exc_TypeError, "'%s' object is not an iterator", type_name(a[0]));
  // A generator's return value travels in its StopIteration, which the plain `next`
  // slot (used by for loops) does not make.
  Value v = t == GeneratorType ? gen_next_raising(th, as<GeneratorObject>(a[0])) : t->next(th, a[0]);
  if (!v.is_empty()) return v;
  if (has_exc(th)) {
    if (a[1].is_empty() || !exc_matches(th, Exc_StopIteration)) return Value();
    clear_exc(th);
    return a[1];
  }
  if (!a[1].is_empty()) return a[1];
  return raise_stop_iteration(th, Value());
}

// aiter() and anext(): the async iteration protocol's entry points. anext with a
// default needs an awaitable that turns StopAsyncIteration into the default; that one
// is a coroutine written in Python (stdlib/_asyncbuiltins.py, embedded).
Value aiter_impl(Thread& th, const Value* a) {
  if (lookup_in_mro(type_of(a[0]), sym::__aiter__).is_empty())
    return raise(th, Exc_TypeError, "'%s' object is not an async iterable", type_name(a[0]));
  Value it = call_special(th, a[0], sym::__aiter__, nullptr, 0);
  if (it.is_empty()) return it;
  if (lookup_in_mro(type_of(it), sym::__anext__).is_empty())
    return raise(th, Exc_TypeError, "aiter() returned not an async iterator of type '%s'", type_name(it));
  return it;
}

Value anext_impl(Thread& th, const Value* a) {
  if (lookup_in_mro(type_of(a[0]), sym::__anext__).is_empty())
    return raise(th, Exc_TypeError, "'%s' object is not an async iterator", type_name(a[0]));
  Value aw = call_special(th, a[0], sym::__anext__, nullptr, 0);
  if (aw.is_empty() || a[1].is_empty()) return aw;
  Root keep(th, aw);
  Value m = import_module(th, "_asyncbuiltins");
  if (m.is_empty()) return m;
  Root keep_m(th, m);
  Value args[2] = {aw, a[1]};
  return call_method(th, m, str_intern("anext_default"), args, 2);
}

Value len_impl(Thread& th, const Value* a) {
  int64_t n = length(th, a[0]);
  if (n < 0) return Value();
  return int_from_i64(th, n);
}

Value sorted_impl(Thread& th, const Value* a) {
  ListObject* l = list_new(th);
  Root keep(th, l);
  if (list_extend(th, l, a[0]) < 0) return Value();
  Value kwargs[2] = {a[1], a[2]};
  Value names_items[2] = {V(sym::key), V(sym::reverse)};
  TupleObject* kwnames = tuple_from(th, names_items, 2);
  Root keep_names(th, kwnames);
  if (call_method(th, V(l), str_intern("sort"), kwargs, 0, kwnames).is_empty()) return Value();
  return V(l);
}

// ---- objects and attributes

Value repr_impl(Thread& th, const Value* a) { return repr(th, a[0]); }
Value ascii_impl(Thread& th, const Value* a) { return ascii_of(th, a[0]); }
Value format_impl(Thread& th, const Value* a) { return format(th, a[0], a[1]); }

Value hash_impl(Thread& th, const Value* a) {
  int64_t h;
  if (!hash_value(th, a[0], &h)) return Value();
  return int_from_i64(th, h);
}

Value id_impl(Thread& th, const Value* a) {
  Value v = a[0];
  // Inline values have no address: their bits are a stable identity for equal values,
  // which is all `is` promises for them.
  uint64_t id = v.is_obj() ? reinterpret_cast<uint64_t>(v.obj()) : v.bits();
  return int_from_u64(th, id);
}

Value callable_impl(Thread&, const Value* a) { return bool_value(type_of(a[0])->call != nullptr); }

StrObject* attr_name(Thread& th, Value name) {
  if (!is_str(name)) {
    raise(th, Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return nullptr;
  }
  return as<StrObject>(name);
}

Value getattr_impl(Thread& th, const Value* a) {
  StrObject* name = attr_name(th, a[1]);
  if (!name) return Value();
  if (a[2].is_empty()) return getattr(th, a[0], name);
  Value v = getattr_opt(th, a[0], name);
  if (v.is_empty() && !has_exc(th)) return a[2];
  return v;
}
Value hasattr_impl(Thread& th, const Value* a) {
  StrObject* name = attr_name(th, a[1]);
  if (!name) return Value();
  Value v = getattr_opt(th, a[0], name);
  if (v.is_empty()) return has_exc(th) ? Value() : g_False;
  return g_True;
}
Value setattr_impl(Thread& th, const Value* a) {
  StrObject* name = attr_name(th, a[1]);
  if (!name) return Value();
  return setattr(th, a[0], name, a[2]) < 0 ? Value() : g_None;
}
Value delattr_impl(Thread& th, const Value* a) {
  StrObject* name = attr_name(th, a[1]);
  if (!name) return Value();
  return delattr(th, a[0], name) < 0 ? Value() : g_None;
}

// isinstance/issubclass: the protocol lives with the type machinery (vm/typeobject.cpp).
Value isinstance_impl(Thread& th, const Value* a) {
  int r = object_isinstance(th, a[0], a[1]);
  return r < 0 ? Value() : bool_value(r);
}
Value issubclass_impl(Thread& th, const Value* a) {
  int r = object_issubclass(th, a[0], a[1]);
  return r < 0 ? Value() : bool_value(r);
}

// ---- characters

Value chr_impl(Thread& th, const Value* a) {
  int64_t cp;
  if (!index_to_i64(th, a[0], &cp)) return Value();
  if (cp < 0 || cp > 0x10FFFF) return raise(th, Exc_ValueError, "chr() arg not in range(0x110000)");
  char buf[4];
  int n;
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  return V(str_new(th, std::string_view(buf, n)));
}

Value ord_impl(Thread& th, const Value* a) {
  Value c = a[0];
  if (is_str(c)) {
    auto* s = as<StrObject>(c);
    if (s->length != 1)
      return raise(th, Exc_TypeError, "ord() expected a character, but string of length %lld found",
                   static_cast<long long>(s->length));
    auto* p = reinterpret_cast<const unsigned char*>(s->data);
    uint32_t cp;
    if (p[0] < 0x80) cp = p[0];
    else if (p[0] < 0xE0) cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    else if (p[0] < 0xF0) cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return Value::from_small(cp);
  }
  if (isinstance(c, BytesType) || isinstance(c, ByteArrayType)) {
    int64_t n = length(th, c);
    if (n < 0) return Value();
    if (n != 1)
      return raise(th, Exc_TypeError, "ord() expected a character, but string of length %lld found",
                   static_cast<long long>(n));
    return getitem(th, c, Value::from_small(0));
  }
  return raise(th, Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(c));
}

// ---- namespaces and code

Value globals_impl(Thread& th, const Value*) {
  DictObject* g = current_globals(th);
  return g ? V(reinterpret_cast<Object*>(g)) : g_None;
}
Value locals_impl(Thread& th, const Value*) { return current_locals(th); }

Value vars_impl(Thread& th, const Value* a) {
  if (a[0].is_empty()) return current_locals(th);
  Value d = getattr_opt(th, a[0], sym::__dict__);
  if (d.is_empty() && !has_exc(th))
    return raise(th, Exc_TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Value dir_impl(Thread& th, const Value* a) {
  Value names;
  if (a[0].is_empty()) {
    Value loc = current_locals(th);
    if (loc.is_empty()) return Value();
    Root keep(th, loc);
    ListObject* l = list_new(th);
    Root keep_l(th, l);
    if (list_extend(th, l, loc) < 0) return Value();
    names = V(l);
  } else {
    names = call_special(th, a[0], str_intern("__dir__"), nullptr, 0);
    if (names.is_empty()) {
      if (!has_exc(th)) raise(th, Exc_TypeError, "object does not provide __dir__");
      return Value();
    }
    Root keep(th, names);
    ListObject* l = list_new(th);
    Root keep_l(th, l);
    if (list_extend(th, l, names) < 0) return Value();
    names = V(l);
  }
  Root keep(th, names);
  if (call_method(th, names, str_intern("sort"), nullptr, 0).is_empty()) return Value();
  return names;
}

// exec/eval share the namespace rules: globals defaults to the caller's, locals to globals.
bool exec_namespaces(Thread& th, Value g, Value l, DictObject** globals, Value* locals, const char* fname) {
  // CPython's checks and wording: eval() looks at locals first.
  bool is_eval = std::string_view(fname) == "eval";
  auto is_mapping = [](Value v) { return type_of(v)->getitem != nullptr; };
  if (is_eval) {
    if (!is_none(l) && !is_mapping(l)) {
      raise(th, Exc_TypeError, "locals must be a mapping");
      return false;
    }
    if (!is_none(g) && !is_dict(g)) {
      raise(th, Exc_TypeError, "%s", is_mapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                   : "globals must be a dict");
      return false;
    }
  } else {
    if (!is_none(g) && !is_dict(g)) {
      raise(th, Exc_TypeError, "%s() globals must be a dict, not %s", fname, type_name(g));
      return false;
    }
    if (!is_none(l) && !is_mapping(l)) {
      raise(th, Exc_TypeError, "locals must be a mapping or None, not %s", type_name(l));
      return false;
    }
  }
  if (is_none(g)) {
    *globals = current_globals(th);
    *locals = is_none(l) ? current_locals(th) : l;
    if (locals->is_empty()) return false;
  } else {
    if (!is_dict(g)) {
      raise(th, Exc_TypeError, "%s() globals must be a dict, not %s", fname, type_name(g));
      return false;
    }
    *globals = as<DictObject>(g);
    *locals = is_none(l) ? g : l;
  }
  if (dict_get_str(*globals, sym::__builtins__).is_empty())
    dict_set_str(th, *globals, sym::__builtins__, V(g_runtime.builtins));
  return true;
}

Value run_source_or_code(Thread& th, Value src, Value g, Value l, ParseMode mode, const char* fname) {
  DictObject* globals;
  Value locals;
  if (!exec_namespaces(th, g, l, &globals, &locals, fname)) return Value();
  Root keep_g(th, reinterpret_cast<Object*>(globals));
  Root keep_l(th, locals);
  CodeObject* code;
  if (isinstance(src, CodeType)) {
    code = as<CodeObject>(src);
  } else if (is_str(src)) {
    std::string_view text = str_view(src);
    // As CPython, eval() ignores leading spaces and tabs.
    if (mode == ParseMode::Eval) text.remove_prefix(std::min(text.find_first_not_of(" \t"), text.size()));
    code = compile_to_code(th, text, "<string>", mode);
    if (!code) return Value();
  } else if (isinstance(src, BytesType)) {
    auto* b = as<BytesObject>(src);
    code = compile_to_code(th, std::string_view(b->data, b->size), "<string>", mode);
    if (!code) return Value();
  } else {
    return raise(th, Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  }
  Root keep_code(th, reinterpret_cast<Object*>(code));
  Value r = eval_code(th, code, globals, locals);
  if (r.is_empty()) return Value();
  return mode == ParseMode::Eval ? r : g_None;
}
Value exec_impl(Thread& th, const Value* a) {
  return run_source_or_code(th, a[0], a[1], a[2], ParseMode::Exec, "exec");
}
Value eval_impl(Thread& th, const Value* a) {
  return run_source_or_code(th, a[0], a[1], a[2], ParseMode::Eval, "eval");
}

Value compile_impl(Thread& th, const Value* a) {
  Value src = a[0], filename = a[1], mode = a[2];
  if (!is_str(filename) || !is_str(mode))
    return raise(th, Exc_TypeError, "compile() arguments must be str");
  std::string_view m = str_view(mode);
  ParseMode pm;
  if (m == "exec") pm = ParseMode::Exec;
  else if (m == "eval") pm = ParseMode::Eval;
  else if (m == "single") pm = ParseMode::Single;
  else return raise(th, Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string_view text;
  if (is_str(src)) {
    text = str_view(src);
  } else if (isinstance(src, BytesType)) {
    text = std::string_view(as<BytesObject>(src)->data, as<BytesObject>(src)->size);
  } else {
    return raise(th, Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  CodeObject* code = compile_to_code(th, text, std::string(str_view(filename)), pm);
  return code ? V(reinterpret_cast<Object*>(code)) : Value();
}

Value import_impl(Thread& th, const Value* a) {
  if (!is_str(a[0])) return raise(th, Exc_TypeError, "__import__() argument 1 must be str, not %s", type_name(a[0]));
  int64_t level;
  if (!index_to_i64(th, a[4], &level)) return Value();
  return import_name(th, as<StrObject>(a[0]), a[1], a[3], static_cast<int>(level));
}

Value build_class_impl(Thread& th, const Value* a) {
  // Re-pack into the vectorcall layout the interpreter's __build_class__ takes.
  auto* bases = as<TupleObject>(a[2]);
  Value kw = a[3];
  std::vector<Value> args;
  args.push_back(a[0]);
  args.push_back(a[1]);
  for (int64_t i = 0; i < bases->size; ++i) args.push_back(bases->items[i]);
  size_t npos = args.size();
  TupleObject* kwnames = nullptr;
  if (!kw.is_empty() && dict_size(as<DictObject>(kw)) > 0) {
    auto* d = as<DictObject>(kw);
    kwnames = tuple_new(th, dict_size(d));
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v) && i < kwnames->size) {
      kwnames->items[i++] = k;
      args.push_back(v);
    }
    kwnames->size = i;
  }
  Root keep(th, kwnames);
  RootSpan keep_args(th, args.data(), args.size());
  return builtin_build_class(th, args.data(), npos, kwnames);
}

const NativeDef kBuiltinFunctions[] = {
    {"print(*args, sep=None, end=None, file=None, flush=False)", print_impl, 0,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"input(prompt=?, /)", input_impl},
    {"abs(x, /)", abs_impl},
    {"divmod(x, y, /)", divmod_impl},
    {"pow(base, exp, mod=None)", pow_impl},
    {"round(number, ndigits=None)", round_impl},
    {"hex(number, /)", hex_impl},
    {"oct(number, /)", oct_impl},
    {"bin(number, /)", bin_impl},
    {"sum(iterable, /, start=0)", sum_impl},
    {"min(*args, key=None, default=?)", min_impl},
    {"max(*args, key=None, default=?)", max_impl},
    {"all(iterable, /)", all_impl},
    {"any(iterable, /)", any_impl},
    {"iter(object, sentinel=?, /)", iter_impl},
    {"next(iterator, default=?, /)", next_impl},
    {"aiter(async_iterable, /)", aiter_impl},
    {"anext(aiterator, default=?, /)", anext_impl},
    {"len(obj, /)", len_impl, 0, "Return the number of items in a container."},
    {"sorted(iterable, /, *, key=None, reverse=False)", sorted_impl},
    {"repr(obj, /)", repr_impl},
    {"ascii(obj, /)", ascii_impl},
    {"format(value, format_spec='', /)", format_impl},
    {"hash(obj, /)", hash_impl},
    {"id(obj, /)", id_impl},
    {"callable(obj, /)", callable_impl},
    {"getattr(object, name, default=?, /)", getattr_impl},
    {"hasattr(obj, name, /)", hasattr_impl},
    {"setattr(obj, name, value, /)", setattr_impl},
    {"delattr(obj, name, /)", delattr_impl},
    {"isinstance(obj, class_or_tuple, /)", isinstance_impl},
    {"issubclass(cls, class_or_tuple, /)", issubclass_impl},
    {"chr(i, /)", chr_impl},
    {"ord(c, /)", ord_impl},
    {"globals()", globals_impl},
    {"locals()", locals_impl},
    {"vars(object=?, /)", vars_impl},
    {"dir(object=?, /)", dir_impl},
    {"exec(source, globals=None, locals=None, /)", exec_impl},
    {"eval(source, globals=None, locals=None, /)", eval_impl},
    {"compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)", compile_impl},
    {"__import__(name, globals=None, locals=None, fromlist=(), level=0)", import_impl},
    {"__build_class__(func, name, /, *bases, **kwds)", build_class_impl},
    {},
};

}  // namespace

void init_builtins_module(Thread& th) {
  ModuleObject* m = module_new(th, sym::builtins);
  gc_make_immortal(m);
  g_runtime.builtins = m;
  DictObject* d = m->dict;
  add_native_functions(th, d, kBuiltinFunctions, V(sym::builtins));
  dict_set_str(th, d, str_intern("open"), make_native_function(th, &kOpenDef, V(sym::builtins)));
  struct {
    const char* name;
    Type* type;
  } types[] = {
      {"object", ObjectType},       {"type", TypeType},           {"int", IntType},
      {"bool", BoolType},           {"float", FloatType},         {"complex", ComplexType},
      {"str", StrType},             {"bytes", BytesType},         {"bytearray", ByteArrayType},
      {"tuple", TupleType},         {"list", ListType},           {"dict", DictType},
      {"set", SetType},             {"frozenset", FrozenSetType}, {"range", RangeType},
      {"slice", SliceType},         {"enumerate", EnumerateType}, {"zip", ZipType},
      {"map", MapType},             {"filter", FilterType},       {"reversed", ReversedType},
      {"super", SuperType},         {"property", PropertyType},   {"staticmethod", StaticMethodType},
      {"classmethod", ClassMethodType},
      {"memoryview", MemoryViewType},
  };
  for (auto& t : types) dict_set_str(th, d, str_intern(t.name), V(t.type));
  dict_set_str(th, d, str_intern("None"), g_None);
  dict_set_str(th, d, str_intern("True"), g_True);
  dict_set_str(th, d, str_intern("False"), g_False);
  dict_set_str(th, d, str_intern("Ellipsis"), g_Ellipsis);
  dict_set_str(th, d, str_intern("NotImplemented"), g_NotImplemented);
  dict_set_str(th, d, str_intern("__debug__"), g_True);
  dict_set_str(th, d, sym::__name__, V(sym::builtins));
  add_exceptions_to_dict(th, d);
  dict_set_str(th, g_runtime.modules, sym::builtins, V(m));
}

}  // namespace taipan
