# TypeError: unsupported operand type(s) for +: 'int' and 'str'
count = 5
label = " apples"
print(count + label)
