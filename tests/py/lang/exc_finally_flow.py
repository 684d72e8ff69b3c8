def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(f3())
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f4())
def f5():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        return "from except"
    else:
        return "else"
    finally:
        print("fin f5")
print(f5())
def f6():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else ran")
    finally:
        print("fin f6")
f6()
def f7():
    e = None
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "unbound"
try:
    f7()
except UnboundLocalError as u:
    print("UnboundLocalError")
def f8():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 2:
                print("fin at 2")
print(f8())
import sys
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
