# Path with the file system: a scratch tree made, listed, globbed, read and removed.
import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
try:
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())
    (base / "src" / "pkg").mkdir(parents=True)
    try:
        (base / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    (base / "src").mkdir(exist_ok=True)
    try:
        (base / "no" / "such").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)

    f = base / "src" / "main.py"
    print(f.write_text("print('hi')\n"), f.read_text(), f.read_bytes())
    print((base / "data.bin").write_bytes(b"\x00\x01\x02"), (base / "data.bin").stat().st_size)
    (base / "src" / "pkg" / "__init__.py").touch()
    (base / "src" / "pkg" / "mod.py").write_text("x = 1\n")
    (base / "src" / "notes.txt").write_text("notes")
    (base / "src" / ".hidden.py").write_text("")
    try:
        (base / "src" / "notes.txt").touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)

    rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
    print(rel((base / "src").iterdir()))
    print(rel(base.glob("src/*.py")))
    print(rel(base.glob("**/*.py")))
    print(rel(base.rglob("*.py")))
    print(rel(base.glob("src/*/")))
    print(rel(base.glob("*")))
    print(rel(base.glob("src/pkg/mod.py")), rel(base.glob("src/missing.py")))

    with f.open() as fh:
        print(fh.readline().strip())
    with (base / "log.txt").open("w") as fh:
        fh.write("a\nb\n")
    print((base / "log.txt").read_text().splitlines())

    moved = (base / "log.txt").rename(base / "log2.txt")
    print(moved.name, moved.exists(), (base / "log.txt").exists())
    moved.replace(base / "log3.txt")
    print(sorted(p.name for p in base.iterdir()))

    link = base / "link.py"
    link.symlink_to(f)
    print(link.is_symlink(), link.is_file(), link.readlink() == f, link.resolve() == f.resolve())
    print(f.samefile(link), f.stat().st_size == link.stat().st_size)

    os.chdir(base)
    print(Path("src/main.py").absolute() == f, Path.cwd() == base.resolve(), Path("src/../data.bin").resolve() == (base / "data.bin").resolve())
    print(Path("~").expanduser() == Path.home(), Path.home().is_absolute())

    (base / "data.bin").unlink()
    (base / "data.bin").unlink(missing_ok=True)
    try:
        (base / "data.bin").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    try:
        (base / "src").rmdir()
    except OSError as e:
        print(type(e).__name__ + ":", e.strerror)
    (base / "src" / "pkg" / "mod.py").unlink()
    (base / "src" / "pkg" / "__init__.py").unlink()
    (base / "src" / "pkg").rmdir()
    print((base / "src" / "pkg").exists(), (base / "nothing").is_dir(), (base / "nothing").is_symlink())
    with Path(base) as p:
        print(p == base)
finally:
    os.chdir("/")
    import shutil
    shutil.rmtree(base)
print(base.exists())
