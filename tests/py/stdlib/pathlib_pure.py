# PurePath manipulation: joining, parts, names and suffixes, parents, relative_to,
# matching, comparisons and the error messages.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p, repr(p))
print(p.parts)
print(p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, p.parents[0], p.parents[2], len(p.parents), list(p.parents)[-1])
print(p.parents[-1], p.parents[1:3])
print(p.with_name("other.zip"), p.with_suffix(".bz2"), p.with_stem("lib"))
print(PurePosixPath("a/b.txt").with_suffix(""), PurePosixPath("a/b").with_suffix(".py"))
print(PurePosixPath("/etc") / "init.d" / "apache2")
print("/root" / PurePosixPath("x"), PurePosixPath("a").joinpath("b", "/abs", "c"))
print(PurePosixPath("a//b/./c/"), PurePosixPath("./a/../b"), PurePosixPath(""), PurePosixPath())
print(PurePosixPath("//net/share"), PurePosixPath("///x"))
print(PurePath("x/y"), type(PurePath("x")).__name__, type(Path("x")).__name__)
print(PurePosixPath(".bashrc").suffix, PurePosixPath(".bashrc").stem, PurePosixPath("a.").suffix)
print(PurePosixPath("archive.tar.gz").suffixes, PurePosixPath("a/.hidden.txt").suffixes)
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b").relative_to("/a/b"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("a/b").is_relative_to("/a"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"),
      PurePosixPath("/a/b/c.py").match("/*.py"), PurePosixPath("a/b.py").match("a/*/*.py"))
print(PurePosixPath("/x").is_absolute(), PurePosixPath("x").is_absolute())
print(PurePosixPath("/a/b").as_posix(), PurePosixPath("/a b/c%").as_uri())
try:
    PurePosixPath("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PurePosixPath("A"),
      PurePosixPath("a") == "a", hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("/z"), PurePosixPath("a")]))
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("/a") > PurePosixPath("a"))
for bad in (lambda: PurePosixPath("").with_name("x"), lambda: p.with_name("a/b"),
            lambda: p.with_suffix("gz"), lambda: p.with_suffix("."),
            lambda: PurePosixPath("a") / 3, lambda: PurePosixPath(3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(str(PurePosixPath("/")), PurePosixPath("/").name, PurePosixPath("/").parent, PurePosixPath("/").parts)
import os
print(os.fspath(PurePosixPath("q/r")), bytes(PurePosixPath("q")), os.path.join(PurePosixPath("a"), "b"))
print({PurePosixPath("k"): 1}[PurePosixPath("k")])
