import sys
sys.path.insert(0, "_support")
import pkg_a
print(pkg_a.value, pkg_a.helper(), pkg_a.PKG_NAME)
print(pkg_a._util.doubled())
from pkg_a.sub_pkg import deep
print(deep.run())
import pkg_a.sub_pkg.deep as dp
print(dp is deep, dp.__name__)
print(pkg_a.sub_pkg.deep is deep)
from pkg_a import core as c, util
print(c.value, util.doubled())
print("pkg_a.core" in sys.modules, "pkg_a.sub_pkg.sibling" in sys.modules)
print(pkg_a.__package__, deep.__package__, c.__package__)
print(hasattr(pkg_a, "__path__"), hasattr(c, "__path__"))
print(sorted(k for k in vars(pkg_a.sub_pkg) if not k.startswith("__")))
