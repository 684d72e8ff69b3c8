#!/usr/bin/env python3
"""Lists, for each module the project promises, the public names CPython's module has
and taipan's lacks. Feeds the README's "what is there" table.

Usage: tools/stdlib_coverage.py [TAIPAN] [MODULE ...]    (default: build/taipan, all)

Runs `python3` and TAIPAN on the same small probe (dir() of each module, top level
only, leaving out submodules and classes or functions imported from other modules) and prints one line per module: `name: ok`, `name: missing N: a, b, ...`, or
`name: import fails (...)`.
"""

import json
import os
import subprocess
import sys

MODULES = """sys os os.path time math cmath random itertools functools operator collections
collections.abc heapq bisect copy string types abc dataclasses enum typing contextlib io json
re struct array textwrap warnings traceback argparse statistics fractions decimal datetime
pathlib shutil tempfile glob fnmatch pprint hashlib base64 binascii zlib gc weakref platform
getopt shlex csv pickle uuid unittest timeit threading queue concurrent.futures
multiprocessing atexit errno calendar numbers hmac copyreg stat""".split()

PROBE = r"""
import json, sys
out = {}
for name in sys.argv[1:]:
    try:
        __import__(name)
        m = sys.modules[name]
        names = []
        for n in dir(m):
            if n.startswith('_'):
                continue
            v = getattr(m, n, None)
            if type(v) is type(sys):
                continue  # an imported module
            owner = getattr(v, '__module__', None) if callable(v) else None
            if isinstance(owner, str) and owner.split('.')[0] != name.split('.')[0] and \
                    not owner.startswith('_') and owner not in ('posix', 'builtins'):
                continue  # imported from another module
            names.append(n)
        out[name] = sorted(names)
    except BaseException as e:
        out[name] = 'import fails (%s: %s)' % (type(e).__name__, e)
print(json.dumps(out))
"""


def probe(exe, modules):
    r = subprocess.run([exe, "-c", PROBE, *modules], capture_output=True, text=True, timeout=120)
    if r.returncode:
        sys.exit("%s failed: %s" % (exe, r.stderr[-2000:]))
    return json.loads(r.stdout.strip().splitlines()[-1])


def main():
    args = sys.argv[1:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    taipan = os.path.join(root, "build", "taipan")
    if args and os.path.sep in args[0]:
        taipan = args.pop(0)
    modules = args or MODULES
    ref = probe(sys.executable if "python3" in os.path.basename(sys.executable) else "python3", modules)
    got = probe(taipan, modules)
    for name in modules:
        r, g = ref[name], got[name]
        if isinstance(g, str):
            print("%s: %s" % (name, g))
            continue
        if isinstance(r, str):
            print("%s: ok (CPython: %s)" % (name, r))
            continue
        missing = [n for n in r if n not in set(g)]
        if missing:
            print("%s: missing %d: %s" % (name, len(missing), ", ".join(missing)))
        else:
            print("%s: ok" % name)


if __name__ == "__main__":
    main()
