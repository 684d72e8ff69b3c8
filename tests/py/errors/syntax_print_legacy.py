# Python 2 style print
name = "x"
print "hello", name
