import sys
sys.modules["fakemod"] = type(sys)("fakemod")
from fakemod import not_a_function
