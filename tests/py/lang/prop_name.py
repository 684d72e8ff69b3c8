class P:
    y = property()
try:
    P().y
except AttributeError as e:
    print(e)
try:
    P().y = 1
except AttributeError as e:
    print(e)
