# Uncaught integer modulo by zero inside a loop.
for d in (3, 2, 1, 0):
    print(d, 10 % d)
