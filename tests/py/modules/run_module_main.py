# `-m pkg` runs pkg/__main__.py with __package__/__spec__ set (relative imports work);
# every argument after -m NAME, -c CODE or the script name goes to the program, -h too.
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(d, 'pkg'))
    files = {
        'pkg/__init__.py': '',
        'pkg/x.py': 'x = 5\n',
        'pkg/__main__.py': 'from . import x\nfrom .x import x as y\nimport sys\n'
                           'print(__name__, __package__, __spec__.name, x.x, y, sys.argv[1:])\n',
        'pkg/mod.py': 'import sys\nfrom . import x\n'
                      'print(__name__, repr(__package__), __spec__.name, x.x, sys.argv[1:])\n',
        'top.py': 'import os, sys\nprint(__name__, repr(__package__), sys.argv[1:], '
                  'sys.path[0] == os.getcwd() == os.path.dirname(os.path.abspath(__file__)))\n',
    }
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    exe = sys.executable
    commands = [
        [exe, '-m', 'pkg', '-h', '--x', 'a'],
        [exe, '-m', 'pkg.mod', '-h', '-c', 'x'],
        [exe, '-mpkg.mod', '--version'],
        [exe, '-m', 'top', '-v'],
        [exe, 'top.py', '-h', '-m', 'x'],
        [exe, '--', 'top.py', '--help'],
        [exe, '-c', 'import sys; print(sys.argv)', '-h', '-m', 'x'],
        [exe, '-m'],
    ]
    out = os.path.join(d, 'out.txt')
    for cmd in commands:
        line = ' '.join("'" + c + "'" for c in cmd)
        status = os.system(f"cd '{d}' && {line} > '{out}' 2>&1")
        with open(out) as f:
            text = f.read().splitlines()
        print(cmd[1:], os.waitstatus_to_exitcode(status), text[:1])
finally:
    shutil.rmtree(d)
