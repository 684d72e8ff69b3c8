# if/elif/else, while/for with else, break/continue, nested loops.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"
print([classify(n) for n in (-3, 0, 4, 7)])
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while finished normally")
while True:
    i -= 1
    if i < 2:
        break
else:
    print("never printed")
print("after break", i)
for x in []:
    print("never")
else:
    print("empty for still runs else")
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
total = 0
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if b > 2:
            break
        total += a * 10 + b
print("total", total)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)
x = 15
msg = "fizzbuzz" if x % 15 == 0 else "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else str(x)
print(msg, ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)])
if []:
    print("no")
elif {}:
    print("no")
elif "x":
    print("string is true")
count = 0
for i in range(3):
    for j in range(3):
        for k in range(3):
            if (i + j + k) % 2:
                continue
            count += 1
print("even triples", count)
pass
