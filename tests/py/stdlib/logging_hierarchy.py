# The logger tree: placeholders, parents, propagation, effective levels, disable, adapters.
import logging
import sys

fmt = logging.Formatter("%(name)s:%(levelname)s:%(message)s")
def handler(tag):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(tag + " %(name)s:%(levelname)s:%(message)s"))
    return h

root = logging.getLogger()
print(root is logging.root, logging.getLogger("root") is root, logging.getLogger("") is root)
print(repr(root), root.name, root.level, root.parent)

abc = logging.getLogger("a.b.c")
print(abc.parent is root, repr(abc))
ph = logging.Logger.manager.loggerDict["a.b"]
print(type(ph).__name__, type(logging.Logger.manager.loggerDict["a"]).__name__)
a = logging.getLogger("a")
print(abc.parent is a, a.parent is root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.getChild("b") is ab, root.getChild("a") is a)
abx = logging.getLogger("a.bx")
print(abx.parent is a, sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("a")))

root.addHandler(handler("R"))
a.addHandler(handler("A"))
abc.addHandler(handler("C"))
abc.warning("propagates to all three")
ab.propagate = False
abc.warning("stops at a.b")
ab.propagate = True
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), ab.getEffectiveLevel(), root.getEffectiveLevel(),
      abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
abc.warning("dropped: a is at ERROR")
abc.error("error passes")
abc.setLevel(logging.DEBUG)
abc.debug("debug at c: handlers of ancestors still run (their handler levels are NOTSET)")
a.handlers[0].setLevel(logging.ERROR)
abc.info("A's handler level filters this out")
print(repr(abc), repr(a), repr(a.handlers[0]))
print(abc.hasHandlers(), logging.getLogger("z").hasHandlers())
lone = logging.getLogger("lone")
lone.propagate = False
print(lone.hasHandlers())

logging.disable(logging.ERROR)
abc.error("disabled")
abc.critical("above disable")
logging.disable(logging.NOTSET)
abc.error("enabled again")
abc.disabled = True
abc.critical("logger disabled")
abc.disabled = False

# logger filters apply only to the logger itself, not to propagated records
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
a.addFilter(OnlyOdd())
a.handlers[0].setLevel(logging.NOTSET)
for i in range(3):
    a.error("a %d", i)
    abc.error("abc %d", i)

# Filter by name prefix
f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x.a.b"):
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "q"})))

# callables as filters, on handlers
for lg in (root, a, abc):
    for hd in lg.handlers[:]:
        lg.removeHandler(hd)
a.filters.clear()
h = handler("H")
h.addFilter(lambda r: "secret" not in r.msg)
h.addFilter(lambda r: True)
root.addHandler(h)
abc.error("shown")
abc.error("secret, not shown")
h.removeFilter(h.filters[0])
abc.error("secret, shown now")

# LoggerAdapter
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs
ad = Adapter(logging.getLogger("net"), {"conn": 7})
ad.error("connected %s", "fine")
ad.debug("hidden")
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(logging.INFO), ad.hasHandlers())
h.setFormatter(logging.Formatter("%(name)s %(ip)s %(message)s"))
plain = logging.LoggerAdapter(logging.getLogger("net.x"), {"ip": "10.0.0.1"})
plain.warning("plain adapter")
plain.setLevel(logging.INFO)
plain.info("info now")
print(plain.manager is logging.Logger.manager, plain.logger.level)

# logger classes
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    logging.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)
import pickle
print(pickle.loads(pickle.dumps(abc)) is abc, pickle.loads(pickle.dumps(root)) is root)
