# AssertionError without a message.
assert 1 + 1 == 2
print("first assert passed")
assert []
