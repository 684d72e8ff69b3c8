class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise AppError("bad thing", 42)
except AppError as e:
    print(e, e.args, e.code, repr(e))
class NotFound(AppError):
    pass
try:
    raise NotFound("missing", 404)
except AppError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
class Simple(ValueError):
    pass
try:
    raise Simple("x", 1)
except ValueError as e:
    print(e, e.args, repr(e))
class NoArgs(Exception): pass
print(repr(NoArgs()), str(NoArgs()), NoArgs().args)
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class KE(KeyError): pass
print(str(KE("k")), str(KeyError("k")))
class Attr(Exception):
    pass
e = Attr("a")
e.extra = 5
print(e.extra, Attr.__mro__[1].__name__)
try:
    raise NotFound
except TypeError as t:
    print("TypeError:", t)
class Base(Exception): pass
class D1(Base): pass
class D2(Base): pass
for cls in (D1, D2, Base):
    try:
        raise cls("m")
    except D1:
        print("caught D1")
    except (D2, KeyError) as e:
        print("caught D2", e)
    except Base as e:
        print("caught Base", e)
print(issubclass(AppError, BaseException), issubclass(KeyboardInterrupt, Exception))
