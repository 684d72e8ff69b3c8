# IndexError: list index out of range
xs = [10, 20, 30]
for i in range(4):
    print(xs[i])
