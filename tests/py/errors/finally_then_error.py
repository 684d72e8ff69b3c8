# finally blocks run (and print) before the uncaught exception ends the program.
def work():
    try:
        print("working")
        raise OSError("disk on fire")
    finally:
        print("cleanup in finally")
try:
    work()
finally:
    print("outer finally")
