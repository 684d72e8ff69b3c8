# `from m import name` on a module still initializing (a circular import) says
# "cannot import name 'X_VALUE' from partially initialized module 'cyc_x' (most likely
# due to a circular import) (PATH)" in CPython; taipan's import_from (vm/interp.cpp)
# gives the plain "cannot import name ... from 'cyc_x' (PATH)".
import os
import sys
d = "_partial_%d" % os.getpid()
os.mkdir(d)
try:
    with open(os.path.join(d, "cyc_x.py"), "w") as f:
        f.write("from cyc_y import Y_VALUE\nX_VALUE = 1\n")
    with open(os.path.join(d, "cyc_y.py"), "w") as f:
        f.write("from cyc_x import X_VALUE\nY_VALUE = 2\n")
    sys.path.insert(0, d)
    try:
        import cyc_x
    except ImportError as e:
        print(str(e).split(" (/")[0])
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
