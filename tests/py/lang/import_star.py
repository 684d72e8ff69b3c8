import sys
sys.path.insert(0, "_support")
from star.with_all import *
print(public, _listed_private)
try:
    other
except NameError as e:
    print("NameError:", e)
from star.no_all import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print("NameError:", e)
import star.no_all
print(star.no_all._hidden)
