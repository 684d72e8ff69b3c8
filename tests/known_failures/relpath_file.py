import sys
sys.path.insert(0, "_support")
import pkg_a.core
print(pkg_a.core.__file__)
