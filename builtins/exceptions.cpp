// The builtin exception classes (builtins/exceptions.h): BaseException and the 3.11
// hierarchy of vm/exceptions.def, with their attributes, __str__/__repr__ and the
// OSError errno -> subclass mapping.
//
// Invariants: the classes are immortal Type objects made here (not TF_HEAPTYPE, so
// Python code cannot modify them). Every instance has the ExceptionObject layout;
// subclass attributes sit in ExceptionObject::extra at the positions named in
// exceptions.h (EMPTY reads as None). Fields are written by __init__ and by the
// interpreter (traceback, context) without locks: an exception is normally owned by
// one thread while it propagates; racing writers can only replace one valid Value by
// another.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "builtins/exceptions.h"
#include "parser/syntax_error.h"
#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/native.h"
#include "vm/typeobject.h"

namespace taipan {

static inline ExceptionObject* exc(Value v) { return as<ExceptionObject>(v); }
static inline Value or_none(Value v) { return v.is_empty() ? g_None : v; }

static TupleObject* exc_args(ExceptionObject* e) { return e->args ? e->args : g_empty_tuple; }

// ------------------------------------------------------------------ BaseException

static void exc_trace(Object* o, Tracer& t) {
  auto* e = static_cast<ExceptionObject*>(o);
  DictObject* d = load_relaxed(e->dict);
  if (d) t.visit(reinterpret_cast<Object*>(d));
  if (e->args) t.visit(static_cast<Object*>(e->args));
  t.visit(e->traceback);
  t.visit(e->cause);
  t.visit(e->context);
  t.visit(e->notes);  // unused since __notes__ moved to the instance dict
  for (Value v : e->extra) t.visit(v);
}

static Value exc_alloc(Thread& th, Type* type, const Value* args, size_t nargs) {
  size_t size = type->basicsize >= sizeof(ExceptionObject) ? type->basicsize : sizeof(ExceptionObject);
  auto* e = static_cast<ExceptionObject*>(gc_alloc(th, type, size));
  Root keep(th, static_cast<Object*>(e));
  e->args = nargs ? tuple_from(th, args, static_cast<int64_t>(nargs)) : g_empty_tuple;
  return V(e);
}

static Value base_exc_new(Thread& th, Type* type, const Value* args, size_t nargs,
                          TupleObject* /*kwnames*/) {
  return exc_alloc(th, type, args, nargs);
}

static bool no_kwargs(Thread& th, Value self, TupleObject* kwnames) {
  if (!kwnames || kwnames->size == 0) return true;
  raise(th, Exc_TypeError, "%s() takes no keyword arguments", type_name(self));
  return false;
}

static void set_args(Thread& th, Value self, const Value* args, size_t nargs) {
  exc(self)->args = nargs ? tuple_from(th, args, static_cast<int64_t>(nargs)) : g_empty_tuple;
}

static int base_exc_init(Thread& th, Value self, const Value* args, size_t nargs,
                         TupleObject* kwnames) {
  if (!no_kwargs(th, self, kwnames)) return -1;
  set_args(th, self, args, nargs);
  return 0;
}

static Value base_exc_str(Thread& th, Value self) {
  TupleObject* a = exc_args(exc(self));
  if (a->size == 0) return V(sym::empty);
  if (a->size == 1) return str_of(th, a->items[0]);
  return str_of(th, V(a));
}

static Value base_exc_repr(Thread& th, Value self) {
  TupleObject* a = exc_args(exc(self));
  std::string s = type_of(self)->name->data;
  if (a->size == 1) {
    Value r = repr(th, a->items[0]);
    if (r.is_empty()) return r;
    s += "(";
    s += str_view(r);
    s += ")";
  } else {
    Value r = repr(th, V(a));
    if (r.is_empty()) return r;
    s += str_view(r);
  }
  return V(str_new(th, s));
}

static Value exc_with_traceback_impl(Thread& th, const Value* a) {
  Value tb = a[1];
  if (!is_none(tb) && type_of(tb) != TracebackType)
    return raise(th, Exc_TypeError, "__traceback__ must be a traceback or None");
  exc(a[0])->traceback = is_none(tb) ? Value() : tb;
  return a[0];
}

static StrObject* notes_name() {
  static StrObject* s = str_intern("__notes__");
  return s;
}

// As CPython 3.11, __notes__ is an ordinary attribute (in the instance __dict__).
static Value exc_add_note_impl(Thread& th, const Value* a) {
  if (!is_str(a[1]))
    return raise(th, Exc_TypeError, "note must be a str, not '%s'", type_name(a[1]));
  Value notes = getattr_opt(th, a[0], notes_name());
  if (notes.is_empty()) {
    if (has_exc(th)) return Value();
    notes = V(list_new(th));
    Root keep(th, notes);
    if (setattr(th, a[0], notes_name(), notes) < 0) return Value();
  }
  if (!is_list(notes)) return raise(th, Exc_TypeError, "Cannot add note: __notes__ is not a list");
  if (list_append(th, as<ListObject>(notes), a[1]) < 0) return Value();
  return g_None;
}

// (type, args), plus the instance dict when it has anything.
static Value exc_reduce_impl(Thread& th, const Value* a) {
  DictObject* d = load_acquire(exc(a[0])->dict);
  Value items[3] = {V(type_of(a[0])), V(exc_args(exc(a[0]))),
                    d ? V(reinterpret_cast<Object*>(d)) : Value()};
  return V(tuple_from(th, items, d && dict_size(d) > 0 ? 3 : 2));
}

static Value exc_setstate_impl(Thread& th, const Value* a) {
  Value state = a[1];
  if (is_none(state)) return g_None;
  if (!is_dict(state)) return raise(th, Exc_TypeError, "state is not a dictionary");
  // A private copy: setting attributes may run Python code that changes `state`.
  DictObject* copy = dict_copy(th, as<DictObject>(state));
  Root keep(th, reinterpret_cast<Object*>(copy));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(copy, &pos, &k, &v)) {
    if (!is_str(k))
      return raise(th, Exc_TypeError, "attribute name must be string, not '%s'", type_name(k));
    if (setattr(th, a[0], as<StrObject>(k), v) < 0) return Value();
  }
  return g_None;
}

static const NativeDef kBaseExceptionMethods[] = {
    {"with_traceback(self, tb, /)", exc_with_traceback_impl},
    {"add_note(self, note, /)", exc_add_note_impl},
    {"__reduce__(self, /)", exc_reduce_impl},
    {"__setstate__(self, state, /)", exc_setstate_impl},
    {},
};

static Value exc_get_args(Thread&, Value self) { return V(exc_args(exc(self))); }
static int exc_set_args(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "args may not be deleted");
    return -1;
  }
  if (is_tuple(v) && type_of(v) == TupleType) {
    exc(self)->args = as<TupleObject>(v);
    return 0;
  }
  Value t = call1(th, V(TupleType), v);
  if (t.is_empty()) return -1;
  exc(self)->args = as<TupleObject>(t);
  return 0;
}
static Value exc_get_tb(Thread&, Value self) { return or_none(exc(self)->traceback); }
static int exc_set_tb(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && type_of(v) != TracebackType) {
    raise(th, Exc_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  exc(self)->traceback = is_none(v) ? Value() : v;
  return 0;
}
static Value exc_get_cause(Thread&, Value self) { return or_none(exc(self)->cause); }
static int exc_set_cause(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && !is_exception(v)) {
    raise(th, Exc_TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  exc(self)->cause = is_none(v) ? Value() : v;
  exc(self)->suppress_context = true;
  return 0;
}
static Value exc_get_context(Thread&, Value self) { return or_none(exc(self)->context); }
static int exc_set_context(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && !is_exception(v)) {
    raise(th, Exc_TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  exc(self)->context = is_none(v) ? Value() : v;
  return 0;
}
static Value exc_get_suppress(Thread&, Value self) { return bool_value(exc(self)->suppress_context); }
static int exc_set_suppress(Thread& th, Value self, Value v) {
  if (v.is_empty()) {
    raise(th, Exc_TypeError, "__suppress_context__ may not be deleted");
    return -1;
  }
  int t = truthy(th, v);
  if (t < 0) return -1;
  exc(self)->suppress_context = t != 0;
  return 0;
}
static Value exc_get_dict(Thread& th, Value self) {
  ExceptionObject* e = exc(self);
  DictObject* d = load_acquire(e->dict);
  if (!d) {
    DictObject* fresh = dict_new(th);
    DictObject* expected = nullptr;
    d = e->dict.compare_exchange_strong(expected, fresh) ? fresh : expected;
  }
  return V(reinterpret_cast<Object*>(d));
}
static int exc_set_dict(Thread& th, Value self, Value v) {
  if (v.is_empty() || !is_dict(v)) {
    raise(th, Exc_TypeError, "__dict__ must be a dictionary");
    return -1;
  }
  store_release(exc(self)->dict, reinterpret_cast<DictObject*>(v.obj()));
  return 0;
}

static const GetSetDef kBaseExceptionGetSets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, exc_set_dict},
    {},
};

// ------------------------------------------------------------------ extra-field getsets

// A getset over ExceptionObject::extra[I].
template <int I>
static Value extra_get(Thread&, Value self) {
  return or_none(exc(self)->extra[I]);
}
template <int I>
static int extra_set(Thread&, Value self, Value v) {
  exc(self)->extra[I] = v.is_empty() ? Value() : v;
  return 0;
}
#define EXTRA(name, idx) {name, extra_get<idx>, extra_set<idx>}

// Finds keyword `name` among kwnames (values after the positionals); EMPTY if absent.
// Any other keyword raises "'x' is an invalid keyword argument for T()".
static bool take_kwargs(Thread& th, Value self, const Value* args, size_t nargs,
                        TupleObject* kwnames, std::initializer_list<const char*> allowed,
                        Value* out) {
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = str_view(kwnames->items[i]);
    size_t j = 0;
    bool found = false;
    for (const char* a : allowed) {
      if (k == a) {
        out[j] = args[nargs + i];
        found = true;
        break;
      }
      ++j;
    }
    if (!found) {
      raise(th, Exc_TypeError, "'%.*s' is an invalid keyword argument for %s()",
            static_cast<int>(k.size()), k.data(), type_name(self));
      return false;
    }
  }
  return true;
}

// ------------------------------------------------------------------ StopIteration, SystemExit

static int stopiter_init(Thread& th, Value self, const Value* args, size_t nargs,
                         TupleObject* kwnames) {
  if (base_exc_init(th, self, args, nargs, kwnames) < 0) return -1;
  exc(self)->extra[EX_STOPITER_VALUE] = nargs ? args[0] : g_None;
  return 0;
}
static const GetSetDef kStopIterationGetSets[] = {EXTRA("value", EX_STOPITER_VALUE), {}};

static int sysexit_init(Thread& th, Value self, const Value* args, size_t nargs,
                        TupleObject* kwnames) {
  if (base_exc_init(th, self, args, nargs, kwnames) < 0) return -1;
  ExceptionObject* e = exc(self);
  e->extra[EX_SYSEXIT_CODE] = nargs == 0 ? g_None : nargs == 1 ? args[0] : V(e->args);
  return 0;
}
static const GetSetDef kSystemExitGetSets[] = {EXTRA("code", EX_SYSEXIT_CODE), {}};

// ------------------------------------------------------------------ KeyError

static Value keyerror_str(Thread& th, Value self) {
  TupleObject* a = exc_args(exc(self));
  if (a->size == 1) return repr(th, a->items[0]);
  return base_exc_str(th, self);
}

// ------------------------------------------------------------------ NameError, AttributeError, ImportError

static int nameerror_init(Thread& th, Value self, const Value* args, size_t nargs,
                          TupleObject* kwnames) {
  Value kw[1];
  if (!take_kwargs(th, self, args, nargs, kwnames, {"name"}, kw)) return -1;
  set_args(th, self, args, nargs);
  exc(self)->extra[EX_NAME_NAME] = kw[0].is_empty() ? g_None : kw[0];
  return 0;
}
static const GetSetDef kNameErrorGetSets[] = {EXTRA("name", EX_NAME_NAME), {}};

static int attrerror_init(Thread& th, Value self, const Value* args, size_t nargs,
                          TupleObject* kwnames) {
  Value kw[2];
  if (!take_kwargs(th, self, args, nargs, kwnames, {"name", "obj"}, kw)) return -1;
  set_args(th, self, args, nargs);
  exc(self)->extra[EX_NAME_NAME] = kw[0].is_empty() ? g_None : kw[0];
  exc(self)->extra[EX_ATTR_OBJ] = kw[1].is_empty() ? g_None : kw[1];
  return 0;
}
static const GetSetDef kAttributeErrorGetSets[] = {
    EXTRA("name", EX_NAME_NAME), EXTRA("obj", EX_ATTR_OBJ), {}};

static int importerror_init(Thread& th, Value self, const Value* args, size_t nargs,
                            TupleObject* kwnames) {
  Value kw[2];
  if (!take_kwargs(th, self, args, nargs, kwnames, {"name", "path"}, kw)) return -1;
  set_args(th, self, args, nargs);
  ExceptionObject* e = exc(self);
  e->extra[EX_IMPORT_NAME] = kw[0].is_empty() ? g_None : kw[0];
  e->extra[EX_IMPORT_PATH] = kw[1].is_empty() ? g_None : kw[1];
  e->extra[EX_IMPORT_MSG] = nargs == 1 ? args[0] : g_None;
  return 0;
}
static Value importerror_str(Thread& th, Value self) {
  Value m = exc(self)->extra[EX_IMPORT_MSG];
  if (!m.is_empty() && !is_none(m)) return str_of(th, m);
  return base_exc_str(th, self);
}
static const GetSetDef kImportErrorGetSets[] = {
    EXTRA("msg", EX_IMPORT_MSG), EXTRA("name", EX_IMPORT_NAME), EXTRA("path", EX_IMPORT_PATH), {}};

// ------------------------------------------------------------------ OSError

Type* os_error_type_for_errno(int err) {
  switch (err) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
      return Exc_BlockingIOError;
    case ECHILD: return Exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return Exc_BrokenPipeError;
    case ECONNABORTED: return Exc_ConnectionAbortedError;
    case ECONNREFUSED: return Exc_ConnectionRefusedError;
    case ECONNRESET: return Exc_ConnectionResetError;
    case EEXIST: return Exc_FileExistsError;
    case ENOENT: return Exc_FileNotFoundError;
    case EISDIR: return Exc_IsADirectoryError;
    case ENOTDIR: return Exc_NotADirectoryError;
    case EINTR: return Exc_InterruptedError;
    case EACCES:
    case EPERM:
      return Exc_PermissionError;
    case ESRCH: return Exc_ProcessLookupError;
    case ETIMEDOUT: return Exc_TimeoutError;
    default: return Exc_OSError;
  }
}

static Value oserror_new(Thread& th, Type* type, const Value* args, size_t nargs,
                         TupleObject* /*kwnames*/) {
  if (type == Exc_OSError && nargs >= 2 && nargs <= 5 && args[0].is_small()) {
    int64_t e = args[0].small();
    if (e >= INT32_MIN && e <= INT32_MAX) type = os_error_type_for_errno(static_cast<int>(e));
  }
  return exc_alloc(th, type, args, nargs);
}

static int oserror_init(Thread& th, Value self, const Value* args, size_t nargs,
                        TupleObject* kwnames) {
  if (!no_kwargs(th, self, kwnames)) return -1;
  ExceptionObject* e = exc(self);
  for (int i = EX_OS_ERRNO; i <= EX_OS_FILENAME2; ++i) e->extra[i] = Value();
  if (nargs >= 2 && nargs <= 5) {
    e->extra[EX_OS_ERRNO] = args[0];
    e->extra[EX_OS_STRERROR] = args[1];
    if (nargs >= 3) {
      e->extra[EX_OS_FILENAME] = args[2];
      if (nargs == 5) e->extra[EX_OS_FILENAME2] = args[4];
      // As CPython: with a filename, args keeps only (errno, strerror).
      set_args(th, self, args, 2);
      return 0;
    }
  }
  set_args(th, self, args, nargs);
  return 0;
}

static Value oserror_str(Thread& th, Value self) {
  ExceptionObject* e = exc(self);
  Value err = e->extra[EX_OS_ERRNO], msg = e->extra[EX_OS_STRERROR];
  Value fn = e->extra[EX_OS_FILENAME], fn2 = e->extra[EX_OS_FILENAME2];
  if (!err.is_empty() && !msg.is_empty()) {
    Value es = str_of(th, err);
    if (es.is_empty()) return es;
    Root r1(th, es);
    Value ms = str_of(th, msg);
    if (ms.is_empty()) return ms;
    Root r2(th, ms);
    std::string s = "[Errno " + std::string(str_view(es)) + "] " + std::string(str_view(ms));
    if (!fn.is_empty() && !is_none(fn)) {
      Value fr = repr(th, fn);
      if (fr.is_empty()) return fr;
      s += ": " + std::string(str_view(fr));
      if (!fn2.is_empty() && !is_none(fn2)) {
        Root r3(th, fr);
        Value fr2 = repr(th, fn2);
        if (fr2.is_empty()) return fr2;
        s += " -> " + std::string(str_view(fr2));
      }
    }
    return V(str_new(th, s));
  }
  return base_exc_str(th, self);
}

static const GetSetDef kOSErrorGetSets[] = {
    EXTRA("errno", EX_OS_ERRNO),       EXTRA("strerror", EX_OS_STRERROR),
    EXTRA("filename", EX_OS_FILENAME), EXTRA("filename2", EX_OS_FILENAME2),
    {},
};

Value raise_os_error(Thread& th, int err, Value filename) {
  Value a[3];
  a[0] = Value::from_small(err);
  a[1] = V(str_new(th, std::strerror(err)));
  Root keep(th, a[1]);
  size_t n = 2;
  if (!filename.is_empty()) a[n++] = filename;
  return raise_args(th, Exc_OSError, a, n);
}

// ------------------------------------------------------------------ SyntaxError

static int syntaxerror_init(Thread& th, Value self, const Value* args, size_t nargs,
                            TupleObject* kwnames) {
  if (!no_kwargs(th, self, kwnames)) return -1;
  set_args(th, self, args, nargs);
  ExceptionObject* e = exc(self);
  for (int i = 0; i < 8; ++i) e->extra[i] = Value();
  if (nargs >= 1) e->extra[EX_SYNTAX_MSG] = args[0];
  if (nargs == 2) {
    Value info = args[1];
    if (!is_tuple(info)) {
      raise(th, Exc_TypeError, "SyntaxError() argument 2 must be tuple, not %s", type_name(info));
      return -1;
    }
    TupleObject* t = as<TupleObject>(info);
    if (t->size < 4 || t->size > 6) {
      raise(th, Exc_IndexError, "tuple index out of range");
      return -1;
    }
    e->extra[EX_SYNTAX_FILENAME] = t->items[0];
    e->extra[EX_SYNTAX_LINENO] = t->items[1];
    e->extra[EX_SYNTAX_OFFSET] = t->items[2];
    e->extra[EX_SYNTAX_TEXT] = t->items[3];
    if (t->size >= 5) e->extra[EX_SYNTAX_END_LINENO] = t->items[4];
    if (t->size >= 6) e->extra[EX_SYNTAX_END_OFFSET] = t->items[5];
  }
  return 0;
}

static Value syntaxerror_str(Thread& th, Value self) {
  ExceptionObject* e = exc(self);
  Value msg = e->extra[EX_SYNTAX_MSG];
  Value ms = str_of(th, or_none(msg));
  if (ms.is_empty()) return ms;
  Value fn = e->extra[EX_SYNTAX_FILENAME];
  Value ln = e->extra[EX_SYNTAX_LINENO];
  bool have_file = !fn.is_empty() && is_str(fn);
  int64_t lineno = 0;
  bool have_line = !ln.is_empty() && int_to_i64(ln, &lineno);
  if (!have_file && !have_line) return ms;
  std::string s(str_view(ms));
  std::string base;
  if (have_file) {
    std::string f(str_view(fn));
    size_t slash = f.rfind('/');
    base = slash == std::string::npos ? f : f.substr(slash + 1);
  }
  if (have_file && have_line)
    s += " (" + base + ", line " + std::to_string(lineno) + ")";
  else if (have_file)
    s += " (" + base + ")";
  else
    s += " (line " + std::to_string(lineno) + ")";
  return V(str_new(th, s));
}

static const GetSetDef kSyntaxErrorGetSets[] = {
    EXTRA("msg", EX_SYNTAX_MSG),
    EXTRA("filename", EX_SYNTAX_FILENAME),
    EXTRA("lineno", EX_SYNTAX_LINENO),
    EXTRA("offset", EX_SYNTAX_OFFSET),
    EXTRA("text", EX_SYNTAX_TEXT),
    EXTRA("end_lineno", EX_SYNTAX_END_LINENO),
    EXTRA("end_offset", EX_SYNTAX_END_OFFSET),
    EXTRA("print_file_and_line", EX_SYNTAX_PRINT_FILE_AND_LINE),
    {},
};

Value syntax_error_from_info(Thread& th, const SyntaxErrorInfo& info) {
  Type* type = info.kind == SyntaxErrorInfo::Kind::TabError           ? Exc_TabError
               : info.kind == SyntaxErrorInfo::Kind::IndentationError ? Exc_IndentationError
                                                                      : Exc_SyntaxError;
  Value items[6];
  items[0] = V(str_new(th, info.filename));
  Root k0(th, items[0]);
  items[1] = int_from_i64(th, info.line);
  items[2] = int_from_i64(th, info.col);
  std::string text = info.text;
  if (!text.empty() && text.back() != '\n') text += '\n';
  // A line of -1 (no position, as some CPython compiler errors) has no text.
  items[3] = info.text.empty() && info.line <= 0 ? g_None : V(str_new(th, text));
  Root k3(th, items[3]);
  items[4] = info.end_line != 0 ? int_from_i64(th, info.end_line) : g_None;
  items[5] = info.end_line != 0 ? int_from_i64(th, info.end_col) : g_None;
  Value a[2];
  a[0] = V(str_new(th, info.msg));
  Root k4(th, a[0]);
  a[1] = V(tuple_from(th, items, 6));
  Root k5(th, a[1]);
  return exception_from_args(th, type, a, 2);
}

// ------------------------------------------------------------------ UnicodeError

static int unicodeerror_init(Thread& th, Value self, const Value* args, size_t nargs,
                             TupleObject* kwnames) {
  if (!no_kwargs(th, self, kwnames)) return -1;
  set_args(th, self, args, nargs);
  ExceptionObject* e = exc(self);
  if (nargs == 5) {
    e->extra[EX_UNICODE_ENCODING] = args[0];
    e->extra[EX_UNICODE_OBJECT] = args[1];
    e->extra[EX_UNICODE_START] = args[2];
    e->extra[EX_UNICODE_END] = args[3];
    e->extra[EX_UNICODE_REASON] = args[4];
  } else if (type_of(self) != Exc_UnicodeError && !is_subtype(type_of(self), Exc_UnicodeTranslateError)) {
    raise(th, Exc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
    return -1;
  }
  return 0;
}

static Value unicodeerror_str(Thread& th, Value self) {
  ExceptionObject* e = exc(self);
  Value enc = e->extra[EX_UNICODE_ENCODING], obj = e->extra[EX_UNICODE_OBJECT];
  Value reason = e->extra[EX_UNICODE_REASON];
  int64_t start = 0, end = 0;
  if (enc.is_empty() || obj.is_empty() || reason.is_empty() ||
      !int_to_i64(e->extra[EX_UNICODE_START], &start) || !int_to_i64(e->extra[EX_UNICODE_END], &end))
    return base_exc_str(th, self);
  Value rs = str_of(th, reason);
  if (rs.is_empty()) return rs;
  Root k1(th, rs);
  Value es = str_of(th, enc);
  if (es.is_empty()) return es;
  std::string s = "'" + std::string(str_view(es)) + "' codec can't ";
  char buf[64];
  bool decode = is_subtype(type_of(self), Exc_UnicodeDecodeError);
  if (decode) {
    s += "decode ";
    if (end - start == 1 && obj.is_obj() && (type_of(obj)->flags & TF_BYTES_SUBCLASS) &&
        start >= 0 && start < as<BytesObject>(obj)->size) {
      std::snprintf(buf, sizeof buf, "byte 0x%02x in position %lld",
                    static_cast<unsigned char>(as<BytesObject>(obj)->data[start]),
                    static_cast<long long>(start));
      s += buf;
    } else {
      std::snprintf(buf, sizeof buf, "bytes in position %lld-%lld", static_cast<long long>(start),
                    static_cast<long long>(end - 1));
      s += buf;
    }
  } else {
    s += is_subtype(type_of(self), Exc_UnicodeEncodeError) ? "encode " : "translate ";
    if (end - start == 1 && is_str(obj)) {
      // The code point at `start`.
      std::string_view text = str_view(obj);
      int64_t idx = 0;
      uint32_t cp = 0;
      for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        int n = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        uint32_t v = n ? (c & (0x3F >> n)) : c;
        for (int k = 1; k <= n && i + k < text.size(); ++k)
          v = (v << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        if (idx == start) {
          cp = v;
          break;
        }
        i += static_cast<size_t>(n) + 1;
        ++idx;
      }
      if (cp <= 0xff)
        std::snprintf(buf, sizeof buf, "character '\\x%02x'", cp);
      else if (cp <= 0xffff)
        std::snprintf(buf, sizeof buf, "character '\\u%04x'", cp);
      else
        std::snprintf(buf, sizeof buf, "character '\\U%08x'", cp);
      s += buf;
      std::snprintf(buf, sizeof buf, " in position %lld", static_cast<long long>(start));
      s += buf;
    } else {
      std::snprintf(buf, sizeof buf, "characters in position %lld-%lld",
                    static_cast<long long>(start), static_cast<long long>(end - 1));
      s += buf;
    }
  }
  s += ": ";
  s += str_view(rs);
  return V(str_new(th, s));
}

static const GetSetDef kUnicodeErrorGetSets[] = {
    EXTRA("encoding", EX_UNICODE_ENCODING), EXTRA("object", EX_UNICODE_OBJECT),
    EXTRA("start", EX_UNICODE_START),       EXTRA("end", EX_UNICODE_END),
    EXTRA("reason", EX_UNICODE_REASON),     {},
};

// ------------------------------------------------------------------ construction

Value exception_from_args(Thread& th, Type* type, const Value* args, size_t n) {
  if (type->flags & TF_HEAPTYPE) return call(th, V(type), args, n);
  if (!type->new_) return raise(th, Exc_TypeError, "cannot create '%s' instances", type->name->data);
  Value e = type->new_(th, type, args, n, nullptr);
  if (e.is_empty()) return e;
  Root keep(th, e);
  Type* et = type_of(e);
  if (et->init && et->init(th, e, args, n, nullptr) < 0) return Value();
  return e;
}

Value exception_str(Thread& th, Value e) { return str_of(th, e); }

void add_exceptions_to_dict(Thread& th, DictObject* d) {
  finish_exception_group_types(th);
#define EXC(cls, base) dict_set_str(th, d, Exc_##cls->name, V(Exc_##cls));
#include "vm/exceptions.def"
#undef EXC
  dict_set_str(th, d, str_intern("EnvironmentError"), V(Exc_OSError));
  dict_set_str(th, d, str_intern("IOError"), V(Exc_OSError));
}

static int32_t exc_dict_offset() {
  static ExceptionObject probe;
  return static_cast<int32_t>(reinterpret_cast<char*>(&probe.dict) -
                              reinterpret_cast<char*>(&probe));
}

static Type* make_exc_type(Thread& th, const char* name, Type* base) {
  Type* t = gc_new<Type>(th, TypeType);
  gc_make_immortal(t);
  t->name = str_intern(name);
  t->qualname = t->name;
  t->base = base ? base : ObjectType;
  t->basicsize = sizeof(ExceptionObject);
  t->dictoffset = exc_dict_offset();
  t->flags = TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT;
  t->version.store(type_next_version(), std::memory_order_relaxed);
  return t;
}

void init_exceptions(Thread& th) {
  Type* Exc_NONE = nullptr;  // the base of BaseException in exceptions.def
#define EXC(name, base) Exc_##name = make_exc_type(th, #name, Exc_##base);
#include "vm/exceptions.def"
#undef EXC
  Type* b = Exc_BaseException;
  b->new_ = base_exc_new;
  b->init = base_exc_init;
  b->str = base_exc_str;
  b->repr = base_exc_repr;
  b->trace = exc_trace;
  b->methods = kBaseExceptionMethods;
  b->getsets = kBaseExceptionGetSets;
  b->tp_doc = "Common base class for all exceptions";

  Exc_StopIteration->init = stopiter_init;
  Exc_StopIteration->getsets = kStopIterationGetSets;
  Exc_SystemExit->init = sysexit_init;
  Exc_SystemExit->getsets = kSystemExitGetSets;
  Exc_KeyError->str = keyerror_str;
  Exc_NameError->init = nameerror_init;
  Exc_NameError->getsets = kNameErrorGetSets;
  Exc_AttributeError->init = attrerror_init;
  Exc_AttributeError->getsets = kAttributeErrorGetSets;
  Exc_ImportError->init = importerror_init;
  Exc_ImportError->str = importerror_str;
  Exc_ImportError->getsets = kImportErrorGetSets;
  Exc_OSError->new_ = oserror_new;
  Exc_OSError->init = oserror_init;
  Exc_OSError->str = oserror_str;
  Exc_OSError->getsets = kOSErrorGetSets;
  Exc_SyntaxError->init = syntaxerror_init;
  Exc_SyntaxError->str = syntaxerror_str;
  Exc_SyntaxError->getsets = kSyntaxErrorGetSets;
  Exc_UnicodeError->init = unicodeerror_init;
  Exc_UnicodeError->str = unicodeerror_str;
  Exc_UnicodeError->getsets = kUnicodeErrorGetSets;
  init_exception_group_types(th);
}

}  // namespace taipan
