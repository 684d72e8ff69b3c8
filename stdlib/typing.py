"""Support for type hints (a runtime subset of CPython 3.11's `typing`).

Enough for annotated code to import and run: the special forms (Any, Optional, Union,
Literal, ClassVar, Final, Callable, Annotated, ...) and the generic aliases of the
builtin and abstract collections are subscriptable and print like CPython's
(`typing.List[int]`); TypeVar, Generic, Protocol (with runtime_checkable),
NamedTuple and TypedDict (class and functional syntax), NewType, cast, overload,
final, get_type_hints, get_origin and get_args work. Type checking itself is not done
(as in CPython). isinstance() against a bare alias checks its origin class.
"""

import sys as _sys

__all__ = ["Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic", "Literal",
           "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "Union",
           "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable",
           "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
           "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
           "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
           "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
           "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
           "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque",
           "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
           "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO",
           "AnyStr", "assert_never", "assert_type", "cast", "final", "get_args",
           "get_origin", "get_overloads", "get_type_hints", "is_typeddict", "LiteralString",
           "Never", "NewType", "no_type_check", "no_type_check_decorator", "NoReturn",
           "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required",
           "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
           "TypeGuard", "Annotated", "Concatenate", "dataclass_transform", "Unpack",
           "TypeVarTuple", "clear_overloads"]

TYPE_CHECKING = False

# The runtime's PEP 585 / PEP 604 types (types.GenericAlias, types.UnionType).
_BuiltinGenericAlias = type(list[int])
_UnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg=None):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Optional, Union, ...: subscriptable markers that cannot be instantiated."""

    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _collect_parameters(args):
    """The type variables in args, in order: TypeVars and ParamSpecs themselves, and the
    __parameters__ of nested aliases (list[T], int | T)."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if isinstance(a, (TypeVar, ParamSpec)):
            found = (a,)
        else:
            found = getattr(a, "__parameters__", ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _subst_arg(a, subst):
    if isinstance(a, (TypeVar, ParamSpec)):
        return subst.get(a, a)
    params = getattr(a, "__parameters__", ()) if not isinstance(a, type) else ()
    if isinstance(params, tuple) and params:
        return a[tuple(subst.get(p, p) for p in params)]
    return a


class _GenericAlias(_Final):
    """A subscripted generic: origin[args] (e.g. typing.List[int], Union[int, str])."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return f"{name}[()]"
        return "{}[{}]".format(name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if self.__origin__ is not Generic and not (
                    isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_subst_arg(a, subst) for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_Final):
    """A bare generic alias (typing.List, typing.Iterable): subscriptable, and usable in
    isinstance() checks against its origin."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params),
                             name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(_type_check(p) for p in params), name="Tuple")


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_check(a) for a in args)
        elif args is ...:
            args = (_TypingEllipsis,)
        else:
            args = (args,)
        return _CallableGenericAlias(self.__origin__, args + (_type_check(result),),
                                     name="Callable")


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[-1])}]"
        return "typing.Callable[[{}], {}]".format(
            ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


# ---------------------------------------------------------------- special forms

def _any_getitem(self, params):
    raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm("Any", doc="Special type indicating an unconstrained type.")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")


def _flatten_union(params):
    out = []
    for p in params:
        p = _type_check(p)
        if (isinstance(p, _GenericAlias) and p.__origin__ is Union) or isinstance(p, _UnionType):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in out:
                out.append(q)
    return tuple(out)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[{}]".format(", ".join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(Union, params)


def _optional_getitem(self, parameters):
    return Union[parameters, None]


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[{}]".format(", ".join(repr(a) for a in self.__args__))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


def _wrap_one(name):
    def getitem(self, parameters):
        if isinstance(parameters, tuple) and name not in ("Annotated", "Concatenate"):
            raise TypeError(f"{self} accepts only single type.")
        return _GenericAlias(self, (_type_check(parameters),), name=name)
    return getitem


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _wrap_one("ClassVar"))
Final = _SpecialForm("Final", _wrap_one("Final"))
TypeGuard = _SpecialForm("TypeGuard", _wrap_one("TypeGuard"))
Required = _SpecialForm("Required", _wrap_one("Required"))
NotRequired = _SpecialForm("NotRequired", _wrap_one("NotRequired"))
Unpack = _SpecialForm("Unpack", _wrap_one("Unpack"))


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name="Concatenate")


Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


# ---------------------------------------------------------------- type variables

class TypeVar(_Final):
    """Type variable."""

    __slots__ = ("__name__", "__bound__", "__constraints__", "__covariant__",
                 "__contravariant__", "__dict__")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        return _type_check(arg)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__

    def __typing_subst__(self, arg):
        return arg


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


# ---------------------------------------------------------------- Generic, Protocol

class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and not (
                        isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, tuple(_type_check(p) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        cls.__parameters__ = tuple(tvars)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__",
                    "__next_in_mro__", "__parameters__", "__origin__", "__orig_bases__",
                    "__extra__", "__tree_hash__", "__doc__", "__subclasshook__", "__init__",
                    "__new__", "__module__", "_MutableMapping__marker", "_gorg",
                    "__qualname__", "__init_subclass__", "__class_getitem__",
                    "__protocol_attrs__", "__firstlineno__", "__static_attributes__"):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False) or super().__instancecheck__(instance):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        for attr in _get_protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------- aliases of collections

def _abc(name):
    try:
        import collections.abc as cabc
        return getattr(cabc, name)
    except (ImportError, AttributeError):
        return type(name, (), {"__module__": "collections.abc"})


def _coll(name, fallback):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError):
        return fallback


Hashable = _SpecialGenericAlias(_abc("Hashable"), 0)
Awaitable = _SpecialGenericAlias(_abc("Awaitable"), 1)
Coroutine = _SpecialGenericAlias(_abc("Coroutine"), 3)
AsyncIterable = _SpecialGenericAlias(_abc("AsyncIterable"), 1)
AsyncIterator = _SpecialGenericAlias(_abc("AsyncIterator"), 1)
Iterable = _SpecialGenericAlias(_abc("Iterable"), 1)
Iterator = _SpecialGenericAlias(_abc("Iterator"), 1)
Reversible = _SpecialGenericAlias(_abc("Reversible"), 1)
Sized = _SpecialGenericAlias(_abc("Sized"), 0)
Container = _SpecialGenericAlias(_abc("Container"), 1)
Collection = _SpecialGenericAlias(_abc("Collection"), 1)
Callable = _CallableAlias(_abc("Callable"), 2)
AbstractSet = _SpecialGenericAlias(_abc("Set"), 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc("MutableSet"), 1)
Mapping = _SpecialGenericAlias(_abc("Mapping"), 2)
MutableMapping = _SpecialGenericAlias(_abc("MutableMapping"), 2)
Sequence = _SpecialGenericAlias(_abc("Sequence"), 1)
MutableSequence = _SpecialGenericAlias(_abc("MutableSequence"), 1)
ByteString = _SpecialGenericAlias(_abc("ByteString"), 0)
MappingView = _SpecialGenericAlias(_abc("MappingView"), 1)
KeysView = _SpecialGenericAlias(_abc("KeysView"), 1)
ItemsView = _SpecialGenericAlias(_abc("ItemsView"), 2)
ValuesView = _SpecialGenericAlias(_abc("ValuesView"), 1)
Generator = _SpecialGenericAlias(_abc("Generator"), 3)
AsyncGenerator = _SpecialGenericAlias(_abc("AsyncGenerator"), 2)
ContextManager = _SpecialGenericAlias(type("AbstractContextManager", (), {}), 1,
                                      name="ContextManager")
AsyncContextManager = _SpecialGenericAlias(type("AbstractAsyncContextManager", (), {}), 1,
                                           name="AsyncContextManager")
Tuple = _TupleAlias(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(_coll("deque", list), 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(_coll("defaultdict", dict), 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(_coll("OrderedDict", dict), 2, name="OrderedDict")
Counter = _SpecialGenericAlias(_coll("Counter", dict), 1, name="Counter")
ChainMap = _SpecialGenericAlias(_coll("ChainMap", dict), 2, name="ChainMap")
Type = _SpecialGenericAlias(type, 1, name="Type")
Text = str


class _Protocolish:
    pass


def _supports(name, method):
    def check(cls):
        return hasattr(cls, method)
    t = _ProtocolMeta(name, (Protocol,), {"__module__": "typing", "_is_runtime_protocol": True,
                                          method: lambda self: None})
    return t


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


Pattern = _SpecialGenericAlias(type("Pattern", (), {"__module__": "re"}), 1)
Match = _SpecialGenericAlias(type("Match", (), {"__module__": "re"}), 1)


# ---------------------------------------------------------------- NamedTuple, TypedDict

def _make_nmtuple(name, fields, types, defaults, module):
    fields = tuple(fields)
    nfields = len(fields)
    field_index = {f: i for i, f in enumerate(fields)}
    ndefaults = len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f"{name}.__new__() takes {nfields + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args) + [_MISSING] * (nfields - len(args))
        for k, v in kwargs.items():
            i = field_index.get(k)
            if i is None:
                raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{k}'")
            if values[i] is not _MISSING:
                raise TypeError(f"{name}.__new__() got multiple values for argument '{k}'")
            values[i] = v
        for i in range(nfields):
            if values[i] is _MISSING:
                j = i - (nfields - ndefaults)
                if j >= 0:
                    values[i] = defaults[j]
                else:
                    missing = [fields[k] for k in range(i, nfields - ndefaults)
                               if values[k] is _MISSING]
                    if len(missing) == 1:
                        raise TypeError(f"{name}.__new__() missing 1 required positional "
                                        f"argument: '{missing[0]}'")
                    names = ", ".join(repr(m) for m in missing[:-1]) + f" and '{missing[-1]}'"
                    raise TypeError(f"{name}.__new__() missing {len(missing)} required "
                                    f"positional arguments: {names}")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(
            f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        return tuple.__new__(type(self), values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(result)}")
        return result

    def __getnewargs__(self):
        return tuple(self)

    ns = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict,
          "_replace": _replace, "_make": _make, "__getnewargs__": __getnewargs__,
          "_fields": fields, "_field_defaults": dict(zip(fields[nfields - ndefaults:], defaults)),
          "__annotations__": dict(types), "__slots__": (), "__match_args__": fields,
          "__module__": module}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i], doc=f"Alias for field number {i}")
    return type(name, (tuple,), ns)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        fields = list(types)
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {f} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(fields[fields.index(f) - len(defaults):fields.index(f)])}")
        nm = _make_nmtuple(typename, fields, types, defaults, ns.get("__module__", "__main__"))
        nm.__qualname__ = ns.get("__qualname__", typename)
        for key, val in ns.items():
            if key in ("__annotations__", "__module__", "__qualname__", "__orig_bases__"):
                continue
            if key in fields:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults", "__new__",
                       "__getnewargs__", "__init__", "__slots__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nm, key, val)
            if hasattr(val, "__set_name__"):
                val.__set_name__(nm, key)
        return nm


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax or NamedTuple('Name', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    return _make_nmtuple(typename, [n for n, t in fields], {n: t for n, t in fields}, [],
                         "__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if base is _TypedDict:
                continue
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for k, t in own.items():
            origin = getattr(t, "__origin__", None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict whose keys have declared types: class syntax or TypedDict('N', {...})."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    key = getattr(func, "__qualname__", None)
    _overload_registry.setdefault((getattr(func, "__module__", None), key), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get((getattr(func, "__module__", None),
                                        getattr(func, "__qualname__", None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                        f"for: `{superclass_name} = NewType({superclass_name!r}, "
                        f"{self.__name__})`")

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _eval_hint(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        t = eval(t.__forward_arg__, globalns, localns)
        return _eval_hint(t, globalns, localns)
    if t is None:
        return type(None)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (forward references in strings evaluated)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            if callable(obj):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = getattr(obj, "__dict__", {})
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """Get the unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, _BuiltinGenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _UnionType)):
        return tp.__args__
    return ()
