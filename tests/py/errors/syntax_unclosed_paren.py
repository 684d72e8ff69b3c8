# SyntaxError: '(' was never closed
total = max(1, 2
print(total)
