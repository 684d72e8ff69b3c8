# An exception raised inside a generator propagates to the consumer.
def numbers():
    yield 1
    yield 2
    raise LookupError("generator ran out of data")
for n in numbers():
    print("got", n)
