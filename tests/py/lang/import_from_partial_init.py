# `from m import name` on a module still initializing (a circular import) names it
# "partially initialized"; a finished module gets the plain message.
import os
import sys
import tempfile
d = tempfile.mkdtemp()
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
    with open(os.path.join(d, "done_z.py"), "w") as f:
        f.write("Z = 1\n")
    try:
        from done_z import NOPE
    except ImportError as e:
        print(str(e).split(" (/")[0], e.name)
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
