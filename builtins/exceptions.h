// The builtin exception classes (builtins/exceptions.cpp): BaseException and the whole
// 3.11 hierarchy of vm/exceptions.def, their attributes and the OSError errno mapping;
// exception groups and except* support (builtins/exception_group.cpp).
//
// Every exception instance has the ExceptionObject layout (vm/objects.h). Subclass
// attributes live in ExceptionObject::extra at the fixed positions below, so C++ code
// (the interpreter, the traceback printer) can read them without a dict lookup. An
// unset position holds EMPTY and reads as None.
#pragma once
#include <string_view>

#include "vm/objects.h"

namespace taipan {

struct SyntaxErrorInfo;  // parser/syntax_error.h

// ExceptionObject::extra positions.
enum ExcExtra : int {
  EX_STOPITER_VALUE = 0,   // StopIteration.value
  EX_SYSEXIT_CODE = 0,     // SystemExit.code
  EX_OS_ERRNO = 0,         // OSError.errno
  EX_OS_STRERROR = 1,      // OSError.strerror
  EX_OS_FILENAME = 2,      // OSError.filename
  EX_OS_FILENAME2 = 3,     // OSError.filename2
  EX_SYNTAX_MSG = 0,       // SyntaxError.msg
  EX_SYNTAX_FILENAME = 1,
  EX_SYNTAX_LINENO = 2,
  EX_SYNTAX_OFFSET = 3,
  EX_SYNTAX_TEXT = 4,
  EX_SYNTAX_END_LINENO = 5,
  EX_SYNTAX_END_OFFSET = 6,
  EX_SYNTAX_PRINT_FILE_AND_LINE = 7,
  EX_NAME_NAME = 0,        // NameError.name, AttributeError.name
  EX_ATTR_OBJ = 1,         // AttributeError.obj
  EX_IMPORT_MSG = 0,       // ImportError.msg
  EX_IMPORT_NAME = 1,      // ImportError.name
  EX_IMPORT_PATH = 2,      // ImportError.path
  EX_UNICODE_ENCODING = 0, // UnicodeError.encoding
  EX_UNICODE_OBJECT = 1,
  EX_UNICODE_START = 2,
  EX_UNICODE_END = 3,
  EX_UNICODE_REASON = 4,
  EX_EG_MSG = 0,           // BaseExceptionGroup.message
  EX_EG_EXCS = 1,          // BaseExceptionGroup.exceptions (a tuple)
};

// Raises OSError (or the subclass CPython picks for err, e.g. FileNotFoundError for
// ENOENT) with strerror(err) and an optional filename (EMPTY: none). Returns EMPTY.
Value raise_os_error(Thread& th, int err, Value filename);
// The OSError subclass for an errno value (Exc_OSError if none is specific).
Type* os_error_type_for_errno(int err);
// A SyntaxError (or IndentationError/TabError) instance with info's fields.
Value syntax_error_from_info(Thread& th, const SyntaxErrorInfo& info);
// Adds every exception class of vm/exceptions.def to the builtins dict.
void add_exceptions_to_dict(Thread& th, DictObject* builtins_dict);
// Makes an instance of an exception class with the given args (no Python __init__ run
// for builtin classes; for Python subclasses calls the class). EMPTY if raised.
Value exception_from_args(Thread& th, Type* type, const Value* args, size_t n);
// The string form as str(exc) would give it, for printing (EMPTY if str() raised).
Value exception_str(Thread& th, Value exc);

// ---- exception groups (builtins/exception_group.cpp)
// Is v a BaseExceptionGroup (or subclass) instance?
bool is_exception_group(Value v);
// The nested exceptions of a group (an empty tuple if __new__ never set them).
TupleObject* exception_group_excs(Value eg);
// CHECK_EG_MATCH: validates an except* type (TypeError for non-exception classes and for
// group classes) and splits exc_value (an exception or None) by it. *match is None when
// nothing matched, else exc_value itself (a fully matching group), exc_value wrapped in
// BaseExceptionGroup('', (exc_value,)) (a matching naked exception) or the first item of
// exc_value.split(type); *rest is the unmatched part or None. false: raised.
bool except_star_match(Thread& th, Value exc_value, Value type, Value* match, Value* rest);
// PREP_RERAISE_STAR: what a try/except* statement raises, given the exception caught
// (orig) and the list of exceptions its clauses raised followed by the unhandled rest
// (None items skipped). None when nothing is left; EMPTY if raised.
Value prep_reraise_star(Thread& th, Value orig, Value excs_list);
// Slots of BaseExceptionGroup (from init_exceptions), and ExceptionGroup's second base,
// Exception (once the builtin types are finished; from add_exceptions_to_dict).
void init_exception_group_types(Thread& th);
void finish_exception_group_types(Thread& th);

}  // namespace taipan
