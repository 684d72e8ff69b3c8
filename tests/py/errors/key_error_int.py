# Uncaught KeyError with an int key.
squares = {n: n * n for n in range(5)}
for n in range(7):
    print(n, squares[n])
