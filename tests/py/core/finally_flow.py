# finally interacting with return, break, continue and exceptions.
def ret_in_finally():
    try:
        return "try"
    finally:
        print("  finally runs before return")
print(ret_in_finally())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x set to", x)
print(value_captured())
for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
def count_finally():
    log = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    continue
                log.append("even%d" % i)
            finally:
                log.append("inner%d" % i)
        finally:
            log.append("outer%d" % i)
    return log
print(count_finally())
def nested_returns():
    try:
        try:
            return 1
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_returns())
def exc_then_finally():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  cleanup while exception propagates")
    except KeyError as e:
        return "caught " + repr(e)
print(exc_then_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  iteration", n)
print(while_finally())
