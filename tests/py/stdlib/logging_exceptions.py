# exc_info, exception(), stack_info, stacklevel, findCaller, handleError, lastResort.
import io
import logging
import os
import sys

class Out(logging.Handler):
    """Prints records with this file's path shortened, so the output is location-free."""
    def emit(self, record):
        text = self.format(record).replace(__file__, "FILE")
        print(text)

log = logging.getLogger("exc")
log.propagate = False
out = Out()
out.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log.addHandler(out)

def fail():
    raise ValueError("bad value")

try:
    fail()
except ValueError:
    log.exception("caught %s", "it")
    log.error("no traceback")
    log.error("explicit", exc_info=True)
    saved = sys.exc_info()
def lookup():
    raise KeyError("k")
try:
    lookup()
except KeyError as e:
    log.warning("instance", exc_info=e)
log.info("tuple", exc_info=saved)
log.info("exception() outside except", exc_info=False)
log.exception("nothing being handled")

def helper():
    log.warning("stacklevel 1")
    log.warning("stacklevel 2", stacklevel=2)
    log.warning("stacklevel 99", stacklevel=99)
def caller():
    helper()
caller()

def deep():
    log.warning("with stack", stack_info=True)
deep()

# findCaller directly
fn, lno, func, sinfo = log.findCaller()
print(os.path.basename(fn), func, sinfo, lno > 0)

# the exception text is cached on the record
class Capture(logging.Handler):
    def emit(self, record):
        self.records.append(record)
cap = Capture()
cap.records = []
log.addHandler(cap)
def divide():
    raise ZeroDivisionError("division by zero")
try:
    divide()
except ZeroDivisionError:
    log.exception("cached")
r = cap.records[-1]
print(r.exc_text.replace(__file__, "FILE"), r.exc_info[0].__name__)
print(logging.Formatter().format(r).replace(__file__, "FILE"))
print(logging.Formatter().formatException(r.exc_info).replace(__file__, "FILE"))
log.removeHandler(cap)

# errors in emit go to handleError: the report goes to stderr, the program continues
log.removeHandler(out)
log.addHandler(logging.StreamHandler(sys.stdout))
err = io.StringIO()
real_stderr = sys.stderr
sys.stderr = err
log.error("bad format %d", "not a number")
log.error("too few %s %s", 1)
sys.stderr = real_stderr
report = err.getvalue().splitlines()
print(report[0], [l for l in report if l.startswith(("Message", "Arguments", "TypeError"))])
print(report.count("--- Logging error ---"), "Call stack:" in report)
logging.raiseExceptions = False
sys.stderr = err = io.StringIO()
log.error("silent %d", "x")
sys.stderr = real_stderr
print(repr(err.getvalue()))
logging.raiseExceptions = True

# no handlers anywhere: lastResort prints just the message (WARNING and up) on stderr
orphan = logging.getLogger("orphan")
sys.stderr = err = io.StringIO()
orphan.warning("last resort %d", 1)
orphan.info("not shown")
orphan.error("error too")
sys.stderr = real_stderr
print(repr(err.getvalue()), repr(logging.lastResort))
saved_last = logging.lastResort
logging.lastResort = None
sys.stderr = err = io.StringIO()
orphan.warning("no last resort")
orphan.warning("warned once")
sys.stderr = real_stderr
print(repr(err.getvalue()))
logging.lastResort = saved_last

# Handler.emit must be overridden
try:
    logging.Handler().handle(logging.makeLogRecord({}))
except NotImplementedError as e:
    print(type(e).__name__, e)
