# Many exception objects (with tracebacks and chained causes) created and dropped.
class AppError(Exception):
    def __init__(self, code, payload):
        super().__init__(code)
        self.payload = payload
def fail(i):
    raise AppError(i, [i] * 4)
def wrap(i):
    try:
        fail(i)
    except AppError as e:
        raise ValueError("wrapped %d" % i) from e
caught = 0
for i in range(30000):
    try:
        wrap(i)
    except ValueError as e:
        caught += e.__cause__.args[0] % 10 + len(e.__cause__.payload)
print("caught", caught)
saved = []
for i in range(20000):
    try:
        {}[i]
    except KeyError as e:
        if i % 1000 == 0:
            saved.append(e)
print("saved", len(saved), [e.args[0] for e in saved[:5]])
