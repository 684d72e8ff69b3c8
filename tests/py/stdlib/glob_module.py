import glob
import os

base = "_glob_test_dir_%d" % os.getpid()
os.mkdir(base)
try:
    os.chdir(base)
    for d in ["a", "a/b", "a/b/c", "d", ".hid", ".hid/x"]:
        os.mkdir(d)
    for f in ["1.txt", "2.txt", "x.py", ".dot.txt", "a/3.txt", "a/b/4.txt", "a/b/c/5.py",
              "d/6.txt", ".hid/7.txt", "we*ird?.txt", "[br].txt"]:
        with open(f, "w") as fh:
            fh.write("x")

    def show(*args, **kw):
        print(args, sorted(kw.items()), sorted(glob.glob(*args, **kw)))

    show("*.txt")
    show("*")
    show("?.py")
    show("[12].txt")
    show("[!1].txt")
    show("*/*.txt")
    show("a/*")
    show("a/b/*/")
    show("*/")
    show("**", recursive=True)
    show("**/*.txt", recursive=True)
    show("**/", recursive=True)
    show("a/**", recursive=True)
    show("a/**/*.py", recursive=True)
    show("**/*.txt")
    show("*.txt", include_hidden=True)
    show(".*")
    show("**", recursive=True, include_hidden=True)
    show("nothing*")
    show("1.txt")
    show("missing.txt")
    show("a/")
    show("")
    show("*.txt", root_dir="a/b")
    show(glob.escape("we*ird?.txt"))
    show(glob.escape("[br].txt"))
    print(glob.escape("a*b?c[d]"), glob.escape("/x/[y]"), glob.escape(b"q*"))
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
    it = glob.iglob("*.py")
    print(type(it).__name__ != "list", sorted(it))
    print(sorted(glob.glob(os.path.join(os.getcwd(), "*.py"))) == [os.path.join(os.getcwd(), "x.py")])
finally:
    os.chdir("..")
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
print(os.path.exists(base))
