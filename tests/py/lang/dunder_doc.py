def f():
    """First line.

    More detail.
    """
print(repr(f.__doc__))
class C:
    "class doc"
    def m(self):
        'method doc'
    @property
    def p(self):
        "prop doc"
    @staticmethod
    def s():
        "static doc"
print(C.__doc__, C.m.__doc__, C.p.__doc__, C.s.__doc__, C().m.__doc__)
def nodoc(): pass
print(nodoc.__doc__)
def notdoc():
    x = 1
    "not a docstring"
print(notdoc.__doc__)
def fdoc():
    f"not a doc {1}"
print(fdoc.__doc__)
class Sub(C): pass
print(Sub.__doc__)
print(len.__doc__ is not None, int.__doc__ is not None)
lam = lambda: None
print(lam.__doc__)
f.__doc__ = "replaced"
print(f.__doc__)
def bdoc():
    b"bytes not doc"
print(bdoc.__doc__)
