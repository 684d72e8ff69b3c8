class A: pass
try:
    A.__dict__["x"] = 1
    print("mutated")
except TypeError as e:
    print(e)
