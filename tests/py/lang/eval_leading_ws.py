# eval() ignores leading whitespace.
print(eval("  7"))
print(eval("\t1+1"))
