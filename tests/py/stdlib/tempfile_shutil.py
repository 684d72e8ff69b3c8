# tempfile and shutil the way scripts use them: a scratch directory, files in it,
# copies, moves and a tree removed at the end.
import os
import shutil
import stat
import tempfile

print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))

with tempfile.TemporaryDirectory(prefix="tp_") as d:
    print(os.path.basename(d).startswith("tp_"), os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)))
    fd, path = tempfile.mkstemp(suffix=".txt", dir=d)
    os.write(fd, b"hello\n")
    os.close(fd)
    print(path.endswith(".txt"), os.path.dirname(path) == d, oct(stat.S_IMODE(os.stat(path).st_mode)))

    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), len(os.path.basename(sub)))

    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log", delete=True) as f:
        f.write("line 1\nline 2\n")
        f.flush()
        f.seek(0)
        print(f.read().splitlines(), os.path.exists(f.name))
        name = f.name
    print(os.path.exists(name))

    with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
        f.write(b"kept")
        kept = f.name
    print(os.path.exists(kept), open(kept, "rb").read())

    with tempfile.TemporaryFile() as f:
        f.write(b"anonymous")
        f.seek(0)
        print(f.read())

    with tempfile.SpooledTemporaryFile(max_size=10) as f:
        f.write(b"small")
        print(f._rolled)
        f.write(b" and now big enough")
        print(f._rolled, f.tell())
        f.seek(0)
        print(f.read())

    # shutil: copies keep content, modes and times as documented.
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("payload\n")
    os.chmod(src, 0o640)
    os.utime(src, (1000000000, 1000000000))
    dst = shutil.copy(src, sub)
    print(os.path.basename(dst), open(dst).read(), oct(stat.S_IMODE(os.stat(dst).st_mode)))
    dst2 = shutil.copy2(src, os.path.join(d, "copy2.txt"))
    print(os.stat(dst2).st_mtime == 1000000000, oct(stat.S_IMODE(os.stat(dst2).st_mode)))
    shutil.copyfile(src, os.path.join(d, "plain.txt"))
    print(open(os.path.join(d, "plain.txt")).read().strip())
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(d, "D"))

    tree = os.path.join(d, "tree")
    os.makedirs(os.path.join(tree, "a", "b"))
    for rel in ("top.py", "a/mid.py", "a/b/deep.py", "a/b/skip.tmp"):
        with open(os.path.join(tree, rel), "w") as f:
            f.write(rel)
    copy = shutil.copytree(tree, os.path.join(d, "tree2"), ignore=shutil.ignore_patterns("*.tmp"))
    found = sorted(os.path.relpath(os.path.join(r, n), copy) for r, _, ns in os.walk(copy) for n in ns)
    print(found)
    try:
        shutil.copytree(tree, copy)
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    shutil.copytree(tree, copy, dirs_exist_ok=True)

    moved = shutil.move(os.path.join(d, "plain.txt"), os.path.join(d, "renamed.txt"))
    print(os.path.basename(moved), os.path.exists(os.path.join(d, "plain.txt")))
    moved_dir = shutil.move(copy, sub)
    print(os.path.relpath(moved_dir, d) == os.path.join(os.path.basename(sub), "tree2"))

    shutil.rmtree(tree)
    print(os.path.exists(tree))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    errors = []
    shutil.rmtree(os.path.join(d, "nope"), onerror=lambda fn, p, info: errors.append(info[0].__name__))
    print(errors)

    buf_src = open(src, "rb")
    import io
    out = io.BytesIO()
    shutil.copyfileobj(buf_src, out, 3)
    buf_src.close()
    print(out.getvalue())

print(os.path.exists(d))
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"))
ts = shutil.get_terminal_size((33, 7))
print(type(ts).__name__, ts.columns > 0, ts.lines > 0)
