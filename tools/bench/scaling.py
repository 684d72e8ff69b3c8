"""Thread scaling benchmark: does CPU-bound Python run faster on more threads?

Usage: build/taipan tools/bench/scaling.py [--threads 1,2,4,16] [--scale F] [--repeat K]
                                           [--only NAME,NAME] [--check]
       python3 tools/bench/scaling.py ...   (for comparison: the GIL gives no speedup)

Each workload is a function doing one "unit" of independent pure-Python work: integer
loops, float loops, method calls on objects, allocation of small objects (tuples, lists,
instances), and loops that only read shared globals, a shared dict and a shared list. For
every thread count N (default 1, 2, 4 and os.cpu_count()), the same total work, N units,
is timed twice:
  * sequential: one thread runs the N units one after another;
  * parallel:   N threads run one unit each, all released at once.
speedup = sequential / parallel time; efficiency = speedup / N (100% is perfect scaling).
For N = 2 the target is that two threads finish the work of two in at most 0.55 of the
sequential time (speedup >= 1.82); that row says PASS or MISS. Times are the best of
--repeat runs (default 2). Results of the parallel runs are checked against the
sequential ones. With --check the exit status is 1 when an N = 2 target is missed.

It runs under taipan and CPython alike: no module beyond sys, time and threading (os
only for the CPU count, when it exists).
"""

import sys
import threading
import time

# ---- workloads: each takes an iteration count and returns a checksum

SHARED_GLOBAL_A = 3
SHARED_GLOBAL_B = 7
SHARED_DICT = {i: i * 3 for i in range(1024)}
SHARED_LIST = [i * 5 for i in range(1024)]


def int_loop(n):
    s = 0
    i = 0
    while i < n:
        s += (i * i) % 7
        s ^= i
        i += 1
    return s


def float_loop(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.5 + i * 1.5
        y = y * 0.999 + x * 0.001
    return round(y, 3)


class Counter:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def add(self, v):
        self.total += v
        self.calls += 1
        return self

    def value(self):
        return self.total - self.calls


def method_calls(n):
    c = Counter()
    s = 0
    for i in range(n):
        c.add(i & 15)
        s += c.value() & 1
    return s + c.total


class Item:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Plain:
    def __init__(self, x):
        self.x = x


def alloc_small(n):
    keep = []
    s = 0
    for i in range(n):
        t = (i, i + 1)
        lst = [i, t]
        it = Item(i, lst)
        p = Plain(it)
        s += p.x.b[1][0] + len(lst)
        if i & 63 == 0:
            keep = []
        keep.append(p)
    return s + len(keep)


def read_globals(n):
    s = 0
    for i in range(n):
        s += SHARED_GLOBAL_A * i + SHARED_GLOBAL_B
        s &= 0xFFFFFFF
    return s


def read_shared_dict(n):
    d = SHARED_DICT
    s = 0
    for i in range(n):
        s += d[i & 1023]
    return s


def read_shared_list(n):
    lst = SHARED_LIST
    s = 0
    for i in range(n):
        s += lst[i & 1023]
    return s


# name, function, iterations per unit (about 0.1-0.2 s in CPython 3.11)
WORKLOADS = [
    ("int_loop", int_loop, 1_200_000),
    ("float_loop", float_loop, 1_200_000),
    ("method_calls", method_calls, 500_000),
    ("alloc_small", alloc_small, 300_000),
    ("read_globals", read_globals, 1_200_000),
    ("read_dict", read_shared_dict, 1_500_000),
    ("read_list", read_shared_list, 1_500_000),
]

TARGET_N2 = 0.55


def cpu_count():
    try:
        import os
        n = os.cpu_count()
    except (ImportError, AttributeError):
        n = None
    return n or 2


def run_sequential(fn, n, units):
    t0 = time.perf_counter()
    results = [fn(n) for _ in range(units)]
    return time.perf_counter() - t0, results


def run_parallel(fn, n, units):
    results = [None] * units
    go = threading.Event()

    def unit(k):
        go.wait()
        results[k] = fn(n)

    threads = [threading.Thread(target=unit, args=(k,)) for k in range(units)]
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    go.set()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, results


def parse_args(argv):
    opts = {"threads": None, "scale": 1.0, "repeat": 2, "only": None, "check": False}
    i = 1
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        if a == "--check":
            opts["check"] = True
            i += 1
            continue
        if "=" in a and a.startswith("--"):
            a, v = a.split("=", 1)
        elif a in ("--threads", "--scale", "--repeat", "--only") and i + 1 < len(argv):
            v = argv[i + 1]
            i += 1
        else:
            sys.exit(f"scaling.py: unknown argument {a!r} (see --help)")
        i += 1
        if a == "--threads":
            opts["threads"] = sorted(set(int(x) for x in v.split(",") if x.strip()))
        elif a == "--scale":
            opts["scale"] = float(v)
        elif a == "--repeat":
            opts["repeat"] = max(1, int(v))
        elif a == "--only":
            opts["only"] = [x.strip() for x in v.split(",") if x.strip()]
        else:
            sys.exit(f"scaling.py: unknown argument {a!r} (see --help)")
    if opts["threads"] is None:
        opts["threads"] = sorted(set([1, 2, 4, cpu_count()]))
    if any(n < 1 for n in opts["threads"]):
        sys.exit("scaling.py: thread counts must be >= 1")
    return opts


def main(argv):
    opts = parse_args(argv)
    workloads = WORKLOADS
    if opts["only"]:
        known = [w[0] for w in WORKLOADS]
        bad = [x for x in opts["only"] if x not in known]
        if bad:
            sys.exit(f"scaling.py: unknown workload(s) {', '.join(bad)}; "
                     f"known: {', '.join(known)}")
        workloads = [w for w in WORKLOADS if w[0] in opts["only"]]

    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", "?") if impl is not None else "?"
    print(f"interpreter: {name} {sys.version.split()[0]}   cpus: {cpu_count()}   "
          f"threads: {','.join(str(n) for n in opts['threads'])}   "
          f"scale: {opts['scale']}   best of {opts['repeat']}")
    header = (f"{'workload':<14}{'N':>4}{'seq s':>9}{'par s':>9}{'speedup':>9}"
              f"{'effic.':>8}  note")
    print(header)
    print("-" * len(header))

    n2_rows = []
    mismatches = 0
    for wname, fn, iters in workloads:
        n = max(1, int(iters * opts["scale"]))
        fn(max(1, n // 10))  # warm-up: caches, first allocations
        for units in opts["threads"]:
            seq_best = par_best = None
            ok = True
            for _ in range(opts["repeat"]):
                ts, seq_res = run_sequential(fn, n, units)
                tp, par_res = run_parallel(fn, n, units)
                if par_res != seq_res:
                    ok = False
                seq_best = ts if seq_best is None else min(seq_best, ts)
                par_best = tp if par_best is None else min(par_best, tp)
            speedup = seq_best / par_best if par_best > 0 else float("inf")
            eff = speedup / units
            note = ""
            if not ok:
                note = "MISMATCH"
                mismatches += 1
            elif units == 2:
                ratio = par_best / seq_best if seq_best > 0 else 0.0
                met = ratio <= TARGET_N2
                n2_rows.append((wname, met))
                note = f"{'PASS' if met else 'MISS'} (par/seq {ratio:.2f}, target <= {TARGET_N2})"
            print(f"{wname:<14}{units:>4}{seq_best:>9.3f}{par_best:>9.3f}{speedup:>8.2f}x"
                  f"{eff * 100:>7.0f}%  {note}")
        sys.stdout.flush()

    if n2_rows:
        met = sum(1 for _, m in n2_rows if m)
        missed = [w for w, m in n2_rows if not m]
        print(f"\nN=2 target (par <= {TARGET_N2} x seq): {met}/{len(n2_rows)} workloads"
              + (f"; missed: {', '.join(missed)}" if missed else ""))
    if mismatches:
        print(f"{mismatches} row(s) gave different results in parallel: a bug")
    if mismatches or (opts["check"] and any(not m for _, m in n2_rows)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
