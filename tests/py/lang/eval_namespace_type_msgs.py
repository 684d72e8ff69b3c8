# eval/exec namespace checks (builtins/builtins_module.cpp exec_namespaces): CPython says
# "globals must be a real dict; try eval(expr, {}, mapping)" for a non-dict mapping-like
# globals, "globals must be a dict" otherwise, and "locals must be a mapping" for locals=5
# (taipan accepts locals=5 silently).
for args in (("1", []), ("1", 5), ("1", {}, 5)):
    try:
        eval(*args)
        print("no error", args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    exec("x = 1", {}, 5)
    print("no error")
except TypeError as e:
    print(type(e).__name__, e)
