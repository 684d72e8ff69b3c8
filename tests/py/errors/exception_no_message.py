# An uncaught exception without a message prints just the type name.
print("about to fail")
raise NotImplementedError
