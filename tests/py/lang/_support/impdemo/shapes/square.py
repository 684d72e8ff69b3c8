SIDE = 2


def area(side=SIDE):
    return side * side
