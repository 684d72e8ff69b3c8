# sys.exit(0) in the middle of a loop ends the program successfully.
import sys
for i in range(10):
    print(i)
    if i == 3:
        sys.exit(0)
