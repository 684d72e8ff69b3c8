def f():
    try:
        raise TypeError("a")
    finally:
        print("cleanup")
f()
