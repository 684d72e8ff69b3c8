import sys
sys.path.insert(0, "_support")
import modside
import modside as again
print(modside.LOADED, modside is again)
del sys.modules["modside"]
import modside as fresh
print(fresh.LOADED, fresh is modside)
m = __import__("modside")
print(m is fresh)
p = __import__("pkg_a.core")
print(p.__name__)
p2 = __import__("pkg_a.core", fromlist=["value"])
print(p2.__name__, p2.value)
import math as m1, math
print(m1 is math, type(math).__name__)
print(__import__("os").path.basename("/a/b.txt"))
sys.modules["fake_mod"] = type(sys)("fake_mod")
sys.modules["fake_mod"].attr = "injected"
import fake_mod
print(fake_mod.attr, fake_mod.__name__)
