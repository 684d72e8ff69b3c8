# sys.path at work: modules and packages written to a fresh folder, found once the
# folder is on sys.path, path order deciding which module wins, and cleanup.
import os
import sys

root = "_syspath_tmp_%d" % os.getpid()
first = os.path.join(root, "first")
second = os.path.join(root, "second")

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

try:
    write(os.path.join(first, "shadowed.py"), "WHO = 'first'\n")
    write(os.path.join(second, "shadowed.py"), "WHO = 'second'\n")
    write(os.path.join(second, "only_second.py"), "WHO = 'only second'\n")
    write(os.path.join(second, "tmppkg", "__init__.py"), "from .inner import VALUE\n")
    write(os.path.join(second, "tmppkg", "inner.py"), "VALUE = 'pkg value'\n")
    write(os.path.join(first, "tmppkg.py"), "VALUE = 'module, not package'\n")

    try:
        import shadowed
    except ModuleNotFoundError as e:
        print("before sys.path change:", e)
    sys.path[:0] = [first, second]
    import shadowed
    import only_second
    print(shadowed.WHO, only_second.WHO, os.path.basename(os.path.dirname(shadowed.__file__)))
    # A package directory beats a module of the same name only if it comes first on the path.
    import tmppkg
    print(tmppkg.VALUE, hasattr(tmppkg, "__path__"))
    del sys.modules["tmppkg"]
    sys.path.remove(first)
    import tmppkg
    print(tmppkg.VALUE, hasattr(tmppkg, "__path__"), sorted(k for k in vars(tmppkg) if not k.startswith("__")))
    # Changing sys.path after import doesn't affect modules already loaded.
    sys.path.insert(0, first)
    import shadowed as again
    print(again is shadowed)
    # A new module added after startup is found without any cache invalidation.
    write(os.path.join(first, "late.py"), "LATE = True\n")
    import late
    print(late.LATE)
finally:
    for p in list(sys.path):
        if p.startswith(root):
            sys.path.remove(p)
    for folder, dirs, files in list(os.walk(root, topdown=False)):
        for f in files:
            os.remove(os.path.join(folder, f))
        for d in dirs:
            full = os.path.join(folder, d)
            if os.path.isdir(full):
                os.rmdir(full)
    os.rmdir(root)
print(os.path.exists(root), any(p.startswith(root) for p in sys.path))
