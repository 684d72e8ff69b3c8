# A traceback's frames keep their locals after the functions have exited, as CPython's.
def f():
    x = 42
    raise ValueError('boom')

try:
    f()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
    print(e.__traceback__.tb_frame.f_locals is globals())

def outer(n):
    cell = [n]
    def inner(k):
        unused = None
        del unused
        total = cell[0] + k
        return 1 / (total - total)
    return inner(2)

try:
    outer(5)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals)))
        tb = tb.tb_next
    for name, items in frames[1:]:
        print(name, items)

def gen():
    y = 'in generator'
    yield 1
    raise KeyError(y)

try:
    for _ in gen():
        pass
except KeyError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_code.co_name, fr.f_locals, fr.f_locals is fr.f_locals)

import traceback
try:
    f()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print([fs.locals for fs in te.stack][1:])
