from .core import value
def doubled():
    return value * 2
