# IndexError: tuple index out of range
point = (1, 2)
print(point[0], point[1])
print(point[2])
