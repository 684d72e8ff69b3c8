# format() checks that the spec is a str before calling __format__.
class A:
    def __format__(self, spec):
        return 'called'
try:
    print(format(A(), 5))
except TypeError as e:
    print(e)
