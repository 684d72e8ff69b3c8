# logging.handlers (RotatingFileHandler, WatchedFileHandler, MemoryHandler, Queue*),
# captureWarnings, custom handlers, and shutdown() flushing/closing handlers at exit.
import logging
import logging.handlers
import os
import queue
import shutil
import sys
import tempfile
import warnings

def fresh(name):
    lg = logging.getLogger(name)
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    return lg

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "rot.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    lg = fresh("rot")
    lg.addHandler(rh)
    for i in range(12):
        lg.info("line %02d ----", i)
    rh.close()
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name)) as f:
            print(name, repr(f.read()))
    # namer and rotator hooks
    path2 = os.path.join(tmp, "hooks.log")
    rh = logging.handlers.RotatingFileHandler(path2, maxBytes=10, backupCount=1, delay=True)
    rh.namer = lambda name: name + ".bak"
    moves = []
    def rotator(src, dst):
        moves.append((os.path.basename(src), os.path.basename(dst)))
        os.rename(src, dst)
    rh.rotator = rotator
    lg.removeHandler(lg.handlers[0])
    lg.addHandler(rh)
    for i in range(3):
        lg.info("message %d", i)
    rh.close()
    print(moves, sorted(n for n in os.listdir(tmp) if n.startswith("hooks")))
    print(rh.mode, rh.maxBytes, rh.backupCount,
          logging.handlers.RotatingFileHandler(path, mode="w").mode)
    # WatchedFileHandler reopens a file moved away (as logrotate does)
    wpath = os.path.join(tmp, "watched.log")
    wh = logging.handlers.WatchedFileHandler(wpath)
    lg.removeHandler(lg.handlers[0])
    lg.addHandler(wh)
    lg.info("before move")
    os.rename(wpath, wpath + ".old")
    lg.info("after move")
    os.remove(wpath)
    lg.info("after delete")
    wh.close()
    for name in ("watched.log", "watched.log.old"):
        with open(os.path.join(tmp, name)) as f:
            print(name, repr(f.read()))
finally:
    shutil.rmtree(tmp)

# MemoryHandler: buffer until capacity or an ERROR
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target got %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, target=target)
lg = fresh("mem")
lg.addHandler(mh)
lg.info("one")
lg.info("two")
print("buffered", len(mh.buffer))
lg.info("three: capacity reached")
lg.debug("four")
lg.error("five: flush level")
lg.info("six")
print("closing")
mh.close()
print(mh.target, mh.buffer)
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({}))
print(len(bh.buffer), bh.shouldFlush(None))
bh.handle(logging.makeLogRecord({}))
print(len(bh.buffer))

# QueueHandler + QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
lg = fresh("q")
lg.addHandler(qh)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener: %(message)s [%(name)s %(levelname)s]"))
picky = logging.StreamHandler(sys.stdout)
picky.setLevel(logging.ERROR)
picky.setFormatter(logging.Formatter("picky: %(message)s"))
listener = logging.handlers.QueueListener(q, out, picky, respect_handler_level=True)
listener.start()
lg.info("queued %d", 1)
lg.error("with exc", exc_info=KeyError("gone"))
for i in range(3):
    lg.warning("burst %d", i)
listener.stop()
print(q.qsize(), listener._thread)
sq = logging.handlers.QueueHandler(queue.SimpleQueue())
rec = logging.makeLogRecord({"msg": "a %s", "args": ("b",), "exc_info": None})
sq.handle(rec)
r2 = sq.queue.get()
print(r2 is rec, r2.msg, r2.args, r2.message, rec.msg, rec.args)

# captureWarnings sends warnings to the 'py.warnings' logger
pw = logging.getLogger("py.warnings")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
pw.addHandler(h)
pw.propagate = False
logging.captureWarnings(True)
print(warnings.showwarning is logging._showwarning)
warnings.warn_explicit("careful", UserWarning, "mod.py", 12)
logging.captureWarnings(False)
print(warnings.showwarning.__name__)

# every live handler is flushed and closed at exit, newest first
class Noisy(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def emit(self, record):
        print(self.tag, "emit", record.getMessage())
    def flush(self):
        print(self.tag, "flush")
    def close(self):
        print(self.tag, "close")
        super().close()
keep = [Noisy("first"), Noisy("second")]
keep[0].set_name("first-handler")
print(keep[0].name, keep[0].get_name())
lg = fresh("exit")
lg.addHandler(keep[1])
lg.warning("before exit")
print("end of script")
