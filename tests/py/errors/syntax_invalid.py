# SyntaxError: invalid syntax
print("this line is fine")
x = = 5
