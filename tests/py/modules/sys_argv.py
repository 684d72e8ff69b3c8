# sys.argv: the script name (as given) and the extra words from sys_argv.py.args.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg), arg.isdigit())
numbers = [int(a) for a in sys.argv[1:] if a.lstrip("-").isdigit()]
print("sum of numeric args:", sum(numbers))
flags = [a for a in sys.argv[1:] if a.startswith("--")]
print("flags:", flags)
