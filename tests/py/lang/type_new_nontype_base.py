# type() with a non-type base: CPython computes the metaclass first and reports a
# metaclass conflict; taipan (vm/typeobject.cpp type_new) says "bases must be types".
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
