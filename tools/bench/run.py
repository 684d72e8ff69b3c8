#!/usr/bin/env python3
"""Benchmark runner: times each tools/bench/*.py under taipan and under python3.

Usage: tools/bench/run.py [--taipan PATH] [--runs N] [--python PATH] [NAMES...]

Runs of taipan and python3 alternate (so machine noise hits both alike), N of each
(default 5, at least 3). Both outputs must agree; a mismatch is marked, and a taipan that
fails or crashes prints FAIL for that row instead of a time. The table gives the median
wall time of each and the ratio taipan/python3 (below 1 means taipan is faster), then the
geometric mean of the ratios of the rows that passed.
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT_S = 120


def run_once(cmd, path):
    """Returns (seconds, stdout bytes, error text or None)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd + [path], cwd=HERE, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, b"", f"timed out after {TIMEOUT_S} s"
    except OSError as e:
        return None, b"", str(e)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode(errors="replace").splitlines() if l.strip()]
        return None, proc.stdout, f"exit {proc.returncode}: {lines[-1] if lines else ''}"
    return elapsed, proc.stdout, None


def real_executable(python):
    """The interpreter's own binary, so that wrapper scripts (pyenv shims) are not timed."""
    try:
        out = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=30)
        exe = out.stdout.decode().strip()
        return exe if out.returncode == 0 and exe else python
    except (OSError, subprocess.TimeoutExpired):
        return python


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--taipan", default=os.path.join(ROOT, "build", "taipan"),
                    help="taipan binary (default: build/taipan)")
    ap.add_argument("--python", default="python3", help="reference interpreter (default: python3)")
    ap.add_argument("--runs", type=int, default=5, help="runs of each interpreter (min 3, default 5)")
    ap.add_argument("names", nargs="*", help="benchmarks to run, e.g. fib nbody (default: all)")
    args = ap.parse_args()
    runs = max(3, args.runs)
    taipan = os.path.abspath(args.taipan) if os.sep in args.taipan else args.taipan
    python = real_executable(args.python)

    # scaling.py is a different kind of benchmark (threads; see README.md): not a row here.
    available = sorted(f[:-3] for f in os.listdir(HERE)
                       if f.endswith(".py") and f not in ("run.py", "scaling.py"))
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or available
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}")

    print(f"taipan: {taipan}\npython: {python}\nruns: {runs} each, alternating\n")
    header = f"{'program':<14} {'taipan s':>9} {'python3 s':>10} {'ratio':>7}  note"
    print(header)
    print("-" * len(header))
    ratios = []
    for name in names:
        path = os.path.join(HERE, name + ".py")
        t_times, p_times = [], []
        t_out = p_out = None
        error = None
        for _ in range(runs):
            if error is None:
                t, out, err = run_once([taipan], path)
                if err:
                    error = err
                else:
                    t_times.append(t)
                    t_out = out
            p, out, err = run_once([python], path)
            if err:
                print(f"{name:<14} python3 failed: {err}")
                break
            p_times.append(p)
            p_out = out
        else:
            p_med = statistics.median(p_times)
            if error:
                print(f"{name:<14} {'FAIL':>9} {p_med:>10.3f} {'-':>7}  {error}")
                continue
            t_med = statistics.median(t_times)
            ratio = t_med / p_med
            note = ""
            if t_out != p_out:
                note = "MISMATCH: outputs differ"
            else:
                ratios.append(ratio)
            print(f"{name:<14} {t_med:>9.3f} {p_med:>10.3f} {ratio:>7.2f}  {note}")
        sys.stdout.flush()
    print("-" * len(header))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean ratio (taipan/python3) over {len(ratios)} of {len(names)}: {geo:.3f}")
    else:
        print("geometric mean ratio: n/a (no benchmark passed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
