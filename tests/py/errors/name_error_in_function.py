# NameError raised inside a function call.
def compute():
    return 2 * zzz_not_defined_anywhere
print("before")
compute()
