try:
    object() * "s"
except TypeError as e:
    print(e)
try:
    [1] * object()
except TypeError as e:
    print(e)
