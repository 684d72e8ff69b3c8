import io
import sys
import warnings



class Out:
    """Shown warnings go to stdout (with this file's path shortened) so the test sees them."""

    def write(self, s):
        return sys.stdout.write(s.replace(__file__, "F"))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Out()

warnings.warn("plain warning")
warnings.warn("a deprecation", DeprecationWarning)


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


deprecated_api()
for i in range(3):
    warnings.warn("in a loop")          # shown once (default action)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(RuntimeWarning("instance"))
    deprecated_api()
    for i in range(2):
        warnings.warn("again")
print(len(w))
for m in w:
    print(m.category.__name__, m.message, type(m.message).__name__, m.lineno,
          m.filename == __file__)
print(str(w[0]).replace(__file__, "F"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print("nothing shown")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only", RuntimeWarning)
print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*me")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("Skip this me please")
    warnings.warn("keep this")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning:
        print("RuntimeWarning raised")
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("hidden")
print([str(m.message) for m in w])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  x = 1  "), end="")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, ""), end="")
buf = io.StringIO()
warnings.showwarning("shown", FutureWarning, "f.py", 3, file=buf, line="code()")
print(repr(buf.getvalue()))

seen = []
old = warnings.showwarning
warnings.showwarning = lambda *a: seen.append(a[:4])
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom hook", SyntaxWarning)
warnings.showwarning = old
print([(str(a[0]), a[1].__name__, a[3]) for a in seen])

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset")
warnings.warn("deprecated after reset", DeprecationWarning)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
sys.stderr = sys.__stderr__
