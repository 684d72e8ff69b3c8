# input() reading from stdin (tests/py/core/input_stdin.py.stdin), EOFError at the end.
name = input()
print("Hello,", name)
age = int(input("Age? "))
print()
print("Next year you will be", age + 1)
numbers = [int(x) for x in input().split()]
print("numbers", numbers, "sum", sum(numbers), "max", max(numbers))
count = 0
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", count, "more lines")
        break
    count += 1
    lines.append(line)
for i, line in enumerate(lines, 1):
    print(i, repr(line), line.upper(), len(line))
