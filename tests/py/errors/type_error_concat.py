# TypeError: can only concatenate str (not "int") to str
print("total: " + 42)
