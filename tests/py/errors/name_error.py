# Uncaught NameError for a name with no close match.
values = [1, 2, 3]
print(sum(values))
print(totally_undefined_qqq)
