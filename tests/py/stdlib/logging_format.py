# Formatter: the three styles, every LogRecord attribute, formatTime, defaults, validation.
import logging
import sys
import time

log = logging.getLogger("fmt")
log.setLevel(logging.DEBUG)
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)

def use(fmt, style="%", **kw):
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))

use("%(levelname)s|%(levelno)d|%(name)s|%(filename)s|%(module)s|%(lineno)d|%(funcName)s|%(message)s")
log.debug("plain")
log.info("args %s and %d", "x", 42)
log.warning("mapping %(a)s %(b)s", {"a": 1, "b": 2})
def inner():
    log.error("from inner %r", [1, 2])
inner()
log.critical("%s%%", 100)
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33),
      logging.getLevelName("NOPE"), logging.getLevelName(logging.WARN))

use("{levelname:<8}|{name}|{funcName}|{message!r}", style="{")
log.info("brace style")
use("${levelname}:$name:${message}", style="$")
log.warning("dollar style %s", "ok")
use("%(message)s [%(user)s]", defaults={"user": "nobody"})
log.info("with default")
log.info("with extra", extra={"user": "alice"})

# attribute types and consistency
class Capture(logging.Handler):
    def emit(self, record):
        self.record = record
cap = Capture()
log.addHandler(cap)
log.info("types %s", 1)
r = cap.record
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__,
      r.msecs == int((r.created - int(r.created)) * 1000), 0 <= r.msecs < 1000)
print(r.thread is not None, r.threadName, r.processName, isinstance(r.process, int))
print(r.pathname == __file__ or r.pathname, r.args, r.msg, r.exc_info, r.exc_text, r.stack_info)
print(r.getMessage(), repr(r).startswith("<LogRecord: fmt, 20, "))
log.removeHandler(cap)

# formatTime with a fixed converter and time format
class GMT(logging.Formatter):
    converter = time.gmtime
f = GMT("%(asctime)s %(message)s")
rec = logging.makeLogRecord({"msg": "hello", "created": 86400 * 365 + 3661.25, "msecs": 250.0})
print(f.format(rec))
print(GMT("%(asctime)s", datefmt="%d/%m/%Y %H.%M").format(rec))
g = GMT("{asctime} {message}", style="{")
g.default_msec_format = "%s.%03d"
print(g.format(rec), g.usesTime(), GMT("%(message)s").usesTime())
g.default_msec_format = None
print(g.format(rec))
print(GMT("$asctime $message", style="$").format(rec))
print(rec.asctime, rec.message)
print(logging.Formatter().format(rec), logging.Formatter(validate=False)._fmt)

# validation errors
for fmt, style in (("%(message)", "%"), ("no fields", "{"), ("{message!x}", "{"),
                   ("{message:bad spec}", "{"), ("$ x", "$"), ("plain", "$"), ("x", "#")):
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print(type(e).__name__, e)
h.setFormatter(logging.Formatter("%(missing)s"))
try:
    h.format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print(type(e).__name__, e)

for bad in ("LOUD", 1.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    log.info("x", extra={"message": 1})
except KeyError as e:
    print(type(e).__name__, e)
try:
    log.info("x", extra={"name": 1})
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(logging.getLevelNamesMapping().items()))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([logging.makeLogRecord({"msg": m}) for m in "abc"]), repr(bf.format([])))
