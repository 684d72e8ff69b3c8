# sys.argv with no extra arguments holds only the script name.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__, sys.argv[0].endswith(".py"))
