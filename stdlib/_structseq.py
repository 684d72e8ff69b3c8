"""Named tuples for the runtime's own records (sys.version_info, sys.float_info, ...).

Each record type is a tuple subclass whose fields are also attributes, with the repr
CPython gives its struct sequences: sys.version_info(major=3, minor=11, ...).
"""


class _StructSeq(tuple):
    __slots__ = ()
    _fields = ()

    def __repr__(self):
        parts = [f"{name}={value!r}" for name, value in zip(self._fields, self)]
        return f"{self._qualified}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _field(i):
    return property(lambda self: self[i])


def make(qualified_name, fields, values):
    """Returns an instance of a new record type named `qualified_name`."""
    module, _, name = qualified_name.rpartition('.')
    ns = {'__slots__': (), '_fields': tuple(fields), '_qualified': qualified_name,
          '__module__': module or 'builtins'}
    for i, field in enumerate(fields):
        ns[field] = _field(i)
    cls = type(name, (_StructSeq,), ns)
    return cls(values)
