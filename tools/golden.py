#!/usr/bin/env python3
"""Golden-test runner: runs one tests/py/**/NAME.py with taipan and compares with NAME.py.exp.

Usage: tools/golden.py TAIPAN TEST.py

The program runs as `TAIPAN NAME.py [ARGS...]` with its own folder as the working
directory, a 60 s timeout, stdin from NAME.py.stdin if it exists (else /dev/null) and extra
arguments from NAME.py.args (whitespace-separated words) if it exists.

What is compared (the .exp shape, written by tools/gen-exp from CPython's run):
  * the exact stdout, then
  * only if the exit status N is non-zero, a trailer of two lines:
        --- exit N ---
        <the last non-empty line of stderr>
    (If stdout does not end in a newline, one is added before the trailer.)

A test whose first line is `# golden: stdout-only` compares stdout alone: exit status and
stderr are ignored on both sides. Use it rarely (e.g. a test that must print a traceback
whose last line taipan cannot match exactly).

Exit status: 0 when the output matches, 1 on a mismatch, timeout or missing .exp.
tools/gen-exp imports this file, so the two always agree on the shape.
"""

import difflib
import os
import subprocess
import sys

TIMEOUT_S = 60
STDOUT_ONLY_MARK = b"# golden: stdout-only"


class Timeout(Exception):
    pass


def is_stdout_only(test_path):
    with open(test_path, "rb") as f:
        first = f.readline()
    return first.strip() == STDOUT_ONLY_MARK


def extra_args(test_path):
    path = test_path + ".args"
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return f.read().split()


def run_test(interpreter, test_path):
    """Runs the test with `interpreter` and returns (output in .exp shape, stderr), as bytes.

    PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8 are set so that CPython (for tools/gen-exp,
    or standing in for taipan) is deterministic; taipan ignores them. Raises Timeout when
    the program runs longer than TIMEOUT_S seconds.
    """
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    test_path = os.path.abspath(test_path)
    folder, name = os.path.split(test_path)
    if os.sep in interpreter:
        interpreter = os.path.abspath(interpreter)
    stdin_path = test_path + ".stdin"
    if not os.path.exists(stdin_path):
        stdin_path = os.devnull
    cmd = [interpreter, name] + extra_args(test_path)
    with open(stdin_path, "rb") as stdin:
        try:
            proc = subprocess.run(cmd, cwd=folder, stdin=stdin, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise Timeout(f"{name}: timed out after {TIMEOUT_S} s") from None
    out = proc.stdout
    if proc.returncode != 0 and not is_stdout_only(test_path):
        if out and not out.endswith(b"\n"):
            out += b"\n"
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        last = lines[-1] if lines else b""
        out += b"--- exit %d ---\n" % proc.returncode + last + b"\n"
    return out, proc.stderr


def _text(data):
    return data.decode("utf-8", errors="backslashreplace").splitlines(keepends=True)


def main(argv):
    if len(argv) != 3:
        print("usage: tools/golden.py TAIPAN TEST.py", file=sys.stderr)
        return 2
    interpreter, test_path = argv[1], argv[2]
    exp_path = test_path + ".exp"
    if not os.path.exists(exp_path):
        print(f"{exp_path}: missing; run tools/gen-exp {test_path} to create it "
              f"from CPython's output", file=sys.stderr)
        return 1
    with open(exp_path, "rb") as f:
        expected = f.read()
    try:
        actual, stderr = run_test(interpreter, test_path)
    except Timeout as e:
        print(f"FAIL {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"FAIL {test_path}: cannot run {interpreter}: {e}", file=sys.stderr)
        return 1
    if actual == expected:
        return 0
    diff = difflib.unified_diff(_text(expected), _text(actual),
                                fromfile=exp_path, tofile=f"{interpreter} {test_path}")
    for line in diff:
        sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end\n")
    if stderr.strip():
        tail = _text(stderr)[-20:]
        print("---- stderr (last lines) ----")
        sys.stdout.writelines(l if l.endswith("\n") else l + "\n" for l in tail)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
