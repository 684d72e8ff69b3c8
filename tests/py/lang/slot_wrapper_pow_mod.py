# int.__pow__ / float.__pow__ slot wrappers take an optional modulus in CPython
# (vm/descr.cpp binary slot wrapper accepts exactly one argument).
print(int.__pow__(2, 3, 5))
print((2).__pow__(10, 7))
print(int.__rpow__(3, 2, 5))
