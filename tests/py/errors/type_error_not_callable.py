# TypeError: 'list' object is not callable
items = [1, 2, 3]
print(items[0])
result = items(0)
