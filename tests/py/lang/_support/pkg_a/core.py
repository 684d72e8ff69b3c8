value = 42
def helper():
    return "helper from " + __name__
