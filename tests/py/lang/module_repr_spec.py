import sys
print(repr(type(sys)("r")))
import math, os
print(os.__spec__ is not None)
