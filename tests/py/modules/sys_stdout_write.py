# sys.stdout.write returns the number of characters written and adds no newline.
import sys
n = sys.stdout.write("hello")
m = sys.stdout.write(" world\n")
print(n, m)
count = 0
for i in range(5):
    count += sys.stdout.write(str(i) + ",")
sys.stdout.write("\n")
print(count, sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.write("multi\nline\n")
print("mixed with print", end=" ")
sys.stdout.write("then write\n")
sys.stdout.flush()
sys.stderr.write("this goes to stderr and is not compared\n")
print("done")
