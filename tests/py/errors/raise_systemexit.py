# raise SystemExit: exit status 0, no output on stderr; finally blocks still run.
try:
    print("raising SystemExit")
    raise SystemExit
finally:
    print("finally still runs")
