"""Helpers shared by pickle and copy: the reduce registry and the default reduction.

Public names as CPython's copyreg: pickle(), constructor(), dispatch_table (complex is
registered, as in CPython), __newobj__, __newobj_ex__, _reconstructor, _slotnames and
the extension registry (add_extension, remove_extension, clear_extension_cache).

taipan's object.__reduce_ex__ is a bare stub, so the default protocol lives here:
_reduce(obj, proto) is what `obj.__reduce_ex__(proto)` gives in CPython, whether the
class overrides __reduce_ex__/__reduce__ or relies on object's (protocol 2+:
(__newobj__, (cls, *args), state, listitems, dictitems); protocols 0-1:
(_reconstructor, (cls, base, state), dict)). Builtin types whose CPython __reduce__
taipan lacks (set, frozenset, range, slice, bytearray subclasses, method descriptors)
are reduced by a private table with CPython's results.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the slots of cls and its bases (mangled, without __dict__ and
    __weakref__), cached in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# ---------------------------------------------------------------- default reduction

_object_reduce_ex = object.__reduce_ex__
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)
_method_descriptor = type(str.upper)
_builtin_method = type(len)
_wrapper_descriptor = type(object.__init__)


def _is_python_class(cls):
    # Class statements and type() always store __module__ in the class namespace;
    # builtin types (int, array.array, ...) keep it outside their dict.
    return "__module__" in cls.__dict__


def _native_base(cls):
    for c in cls.__mro__:
        if not _is_python_class(c):
            return c
    return object


def _reduce_set(s):
    return type(s), (list(s),), getattr(s, "__dict__", None) or None


def _reduce_bytearray(b, proto):
    state = getattr(b, "__dict__", None) or None
    if proto < 3:
        return type(b), (str(b, "latin-1"), "latin-1"), state
    return type(b), (bytes(b),), state


def _reduce_builtin_method(m):
    owner = getattr(m, "__self__", None)
    if owner is None or type(owner).__name__ == "module":
        return m.__qualname__
    return getattr, (owner, m.__name__)


def _reduce_native(obj, cls, proto):
    # CPython's __reduce__ of builtin types that taipan does not define itself.
    if isinstance(obj, (set, frozenset)):
        return _reduce_set(obj)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, bytearray):
        return _reduce_bytearray(obj, proto)
    if cls is _method_descriptor or cls is _wrapper_descriptor:
        return getattr, (obj.__objclass__, obj.__name__)
    if cls is _builtin_method:
        return _reduce_builtin_method(obj)
    if cls is memoryview:
        raise TypeError("cannot pickle memoryview objects")
    return None


def _getstate(obj, required):
    getstate = getattr(type(obj), "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        return obj.__getstate__()
    cls = type(obj)
    if required and _native_base(cls) not in (object,):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _newargs(obj):
    cls = type(obj)
    if hasattr(cls, "__getnewargs_ex__"):
        rv = obj.__getnewargs_ex__()
        if not isinstance(rv, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(rv).__name__)
        if len(rv) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(rv))
        args, kwargs = rv
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    if hasattr(cls, "__getnewargs__"):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    return None, None


def _reduce_newobj(obj):
    cls = type(obj)
    if getattr(cls, "__new__", None) is None:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    args, kwargs = _newargs(obj)
    if not kwargs:
        func = __newobj__
        newargs = (cls,) + (args or ())
    else:
        func = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj, not (args is not None or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_old(obj, proto):
    # Protocols 0 and 1: rebuild from the nearest native base's value.
    cls = type(obj)
    base = _native_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(obj)
    args = (cls, base, state)
    getstate = getattr(type(obj), "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        d = obj.__getstate__()
    else:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        d = getattr(obj, "__dict__", None)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


_reduce_ex = _reduce_old  # CPython's name for the protocol 0-1 reduction


def _default_reduce_ex(obj, proto):
    cls = type(obj)
    rv = _reduce_native(obj, cls, proto)
    if rv is not None:
        return rv
    native = _native_base(cls)
    if native is not object and native not in _newobj_bases and \
            getattr(cls, "__getstate__", None) in (None, _object_getstate) and \
            not hasattr(cls, "__getnewargs__") and not hasattr(cls, "__getnewargs_ex__"):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_old(obj, proto)


_newobj_bases = (object, int, float, str, bytes, tuple, list, dict, complex, bool)


def _reduce(obj, proto):
    """obj.__reduce_ex__(proto) with CPython's object.__reduce_ex__ behaviour."""
    cls = type(obj)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return obj.__reduce_ex__(proto)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return obj.__reduce__()
    return _default_reduce_ex(obj, proto)


# ---------------------------------------------------------------- extension registry

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
