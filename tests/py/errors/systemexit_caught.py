# SystemExit can be caught like other exceptions; then exit with a code via raise.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
raise SystemExit(7)
