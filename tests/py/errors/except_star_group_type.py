# except* with an exception group type is a TypeError when the clause is reached.
print("start")
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ExceptionGroup:
    print("never")
