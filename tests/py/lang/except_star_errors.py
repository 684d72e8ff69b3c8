# Errors of except*: invalid clause types at run time, and the SyntaxErrors of the
# compiler and parser.


def catch_with(t):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* t:
            print("not run")
    except TypeError as e:
        print("TypeError:", e)
        print("  context:", repr(e.__context__))


catch_with(ExceptionGroup)
catch_with(BaseExceptionGroup)
catch_with((ValueError, ExceptionGroup))


class MyGroup(ExceptionGroup):
    pass


catch_with(MyGroup)
catch_with(int)
catch_with((ValueError, "x"))
catch_with(ValueError())

# the check happens even when nothing would match
try:
    try:
        raise ValueError(1)
    except* TypeError:
        pass
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

# plain except can catch groups
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("plain except:", repr(e))


def syntax(src):
    try:
        compile(src, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))


syntax("try:\n    pass\nexcept* ValueError:\n    pass\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        return f()\n")
syntax("for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n")
syntax("for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
syntax("while x:\n    try:\n        pass\n    except* ValueError:\n        if x:\n            break\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n"
       "        finally:\n            return 2\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        with x:\n            return 3\n")
# allowed: loops inside the clause, functions defined in it, the try body, else, finally
syntax("for i in x:\n    try:\n        pass\n    except* ValueError:\n        for j in y:\n"
       "            break\n        while z:\n            continue\n")
syntax("try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n    lambda: 2\n")
syntax("def f():\n    for i in x:\n        try:\n            break\n        except* ValueError:\n"
       "            pass\n        else:\n            continue\n        finally:\n            return 4\n")
syntax("async def f():\n    try:\n        pass\n    except* ValueError:\n        await g()\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        yield 1\n")
# parser errors
syntax("try:\n    pass\nexcept*:\n    pass\n")
syntax("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n")
syntax("try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n")
syntax("try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n")
