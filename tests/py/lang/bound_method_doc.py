class C:
    def m(self):
        "doc"
print(C().m.__doc__)
print(len.__doc__ is None)
