# RecursionError is caught and the program goes on normally.
def depth(n):
    return depth(n + 1)
def safe_depth():
    try:
        depth(0)
    except RecursionError as e:
        return "caught: " + str(e)
print(safe_depth())
print(safe_depth())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
total = 0
for i in range(1000):
    total += i
print("still running", total)
