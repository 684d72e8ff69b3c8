# An uncaught exception group is reported in nested boxes; the last stderr line closes
# the box.
def check(values):
    errors = []
    for v in values:
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad values", errors)


print("checking")
check(["1", "x", "2", "y"])
