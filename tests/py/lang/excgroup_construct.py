# BaseExceptionGroup / ExceptionGroup construction: argument checks, the class chosen,
# attributes, str/repr and the type hierarchy.


def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt(lambda: ExceptionGroup("m", (ValueError(1),)))
attempt(lambda: BaseExceptionGroup("all Exceptions", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(2)]))
attempt(lambda: BaseExceptionGroup("nested", [ExceptionGroup("in", [ValueError()])]))
attempt(lambda: BaseExceptionGroup("nested base", [BaseExceptionGroup("in", [SystemExit(1)])]))

# argument errors
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("only message"))
attempt(lambda: ExceptionGroup("m", [ValueError()], "extra"))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup(None, [ValueError()]))
attempt(lambda: ExceptionGroup("m", 5))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", {"k": ValueError()}))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", ()))
attempt(lambda: ExceptionGroup("m", "abc"))
attempt(lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt(lambda: ExceptionGroup("m", [ValueError]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", [ValueError()], code=1))
attempt(lambda: BaseExceptionGroup(message="m", exceptions=[ValueError()]))


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt(lambda: MyGroup("mine", [ValueError(1)]))
attempt(lambda: MyGroup("mine", [SystemExit()]))
attempt(lambda: MyBaseGroup("mine", [ValueError(1)]))
attempt(lambda: MyBaseGroup("mine", [SystemExit(2)]))


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return KeyError(i)
        raise IndexError(i)


attempt(lambda: ExceptionGroup("from a sequence", Seq()).exceptions)

# attributes
items = [ValueError(1), TypeError(2)]
eg = ExceptionGroup("msg", items)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, eg.args[1] is items)
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError(), ValueError()])))
attempt(lambda: setattr(eg, "message", "other"))
attempt(lambda: setattr(eg, "exceptions", ()))
attempt(lambda: delattr(eg, "message"))
eg.extra = "instance attributes work"
print(eg.extra)
items.append(OSError())
print(len(eg.exceptions))


class StrMsg(str):
    pass


g = ExceptionGroup(StrMsg("sub"), [ValueError()])
print(type(g.message).__name__, str(g))

# the hierarchy
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, ExceptionGroup.__base__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__module__, ExceptionGroup.__name__, ExceptionGroup.__qualname__)
print(BaseExceptionGroup.__doc__)
print(BaseExceptionGroup.message.__doc__, "/", BaseExceptionGroup.exceptions.__doc__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[int, str])
print(MyGroup.__mro__)
print(ExceptionGroup.__reduce__(eg)[0] is ExceptionGroup)

try:
    raise ExceptionGroup("caught by except Exception", [ValueError()])
except Exception as e:
    print("caught", type(e).__name__, e)
try:
    raise BaseExceptionGroup("needs BaseException", [KeyboardInterrupt()])
except Exception:
    print("not here")
except BaseException as e:
    print("caught", type(e).__name__, e)
