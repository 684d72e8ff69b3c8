# basicConfig: implicit config by module functions, level/format/style/datefmt, streams,
# files (filename/filemode/encoding), handlers, force, argument errors; FileHandler.
import logging
import os
import shutil
import sys
import tempfile
import time

root = logging.getLogger()
real_stderr = sys.stderr
sys.stderr = sys.stdout  # the implicit handler writes to sys.stderr as it is now
logging.info("info: below WARNING, dropped")
logging.warning("implicit basicConfig %s", "BASIC_FORMAT")
sys.stderr = real_stderr
print(len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG, format="ignored: root has a handler")
logging.error("still the first format")
print(root.level)

logging.basicConfig(force=True, stream=sys.stdout, level="DEBUG",
                    format="%(levelname)-8s %(name)s: %(message)s")
logging.debug("debug %d", 1)
logging.info("info")
logging.log(logging.WARNING, "log()")
logging.critical("critical")
logging.fatal("fatal")
logging.getLogger("app.db").info("child logger")
print(root.level, logging.getLogger("app.db").getEffectiveLevel())

for style, fmt in (("{", "{levelname}/{name}/{message}"), ("$", "$levelname/$name/$message")):
    logging.basicConfig(force=True, stream=sys.stdout, style=style, format=fmt)
    logging.warning("style %s", style)
for style in ("{", "$"):
    logging.basicConfig(force=True, stream=sys.stdout, style=style)
    logging.warning("default format for %s", style)

logging.basicConfig(force=True, stream=sys.stdout, format="%(asctime)s %(message)s",
                    datefmt="[date]")
root.handlers[0].formatter.converter = time.gmtime
logging.warning("datefmt applied: %s", root.handlers[0].formatter.datefmt)
print(root.handlers[0].formatter.formatTime(logging.makeLogRecord({"created": 0.0}), "%Y %H"),
      root.handlers[0].formatter.formatTime(logging.makeLogRecord({"created": 0.0, "msecs": 0.0})))

# handlers: those without a formatter get the basicConfig one
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2 kept its own: %(message)s"))
logging.basicConfig(force=True, handlers=[h1, h2], format="h1 got: %(message)s")
logging.warning("two handlers")
print(root.handlers == [h1, h2])

# files
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "app.log")
    logging.basicConfig(force=True, filename=path, filemode="w", encoding="utf-8",
                        format="%(levelname)s %(message)s")
    fh = root.handlers[0]
    print(type(fh).__name__, fh.mode, fh.encoding, fh.baseFilename == os.path.abspath(path),
          repr(fh) == "<FileHandler %s (NOTSET)>" % fh.baseFilename)
    logging.warning("to the file: caf\u00e9")
    logging.error("second line")
    logging.basicConfig(force=True, stream=sys.stdout)  # closes the file handler
    print(fh.stream)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    # append mode (the default) and delay
    fh = logging.FileHandler(path, delay=True)
    print(fh.stream, os.path.getsize(path))
    lg = logging.getLogger("filelog")
    lg.propagate = False
    lg.addHandler(fh)
    lg.warning("appended")
    fh.close()
    lg.removeHandler(fh)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    fh = logging.FileHandler(path, mode="w")
    fh.close()
    print(os.path.getsize(path))
finally:
    shutil.rmtree(tmp)

# argument errors
for kwargs in ({"stream": sys.stdout, "filename": "x"},
               {"handlers": [h1], "stream": sys.stdout},
               {"style": "?"},
               {"bogus": 1, "other": 2}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))
logging.basicConfig(force=True, handlers=[logging.NullHandler()])
logging.error("into the null handler")
print(root.handlers)
logging.shutdown()
print("shut down")
