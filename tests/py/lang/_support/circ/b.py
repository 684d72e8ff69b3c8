from . import a
B_VALUE = "b-value sees " + a.A_EARLY
def late():
    return a.A_LATE
