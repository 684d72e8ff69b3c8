# sys.stdin: readline, iteration and read() over stdin_read.py.stdin.
import sys
first = sys.stdin.readline()
print(repr(first))
count = int(first)
nums = []
for _ in range(count):
    nums.append(int(sys.stdin.readline()))
print(nums, sum(nums))
rest = sys.stdin.read()
print(repr(rest))
words = rest.split()
print(len(words), sorted(words))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
