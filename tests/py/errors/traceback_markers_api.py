# Position markers from format_exc/TracebackException/FrameSummary, with non-ASCII source.
import traceback


def café(x):
    return {'clé': x}['clé'] + 'été' + x


def deeper(n):
    mots = ['é', 'ü']
    return mots[n] * 2 + mots[n + 5]


try:
    café(1)
except TypeError:
    print(traceback.format_exc().replace(__file__, 'F'), end='')

try:
    deeper(0)
except IndexError as e:
    te = traceback.TracebackException.from_exception(e)
    for fs in te.stack:
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    print(''.join(te.format()).replace(__file__, 'F'), end='')
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
    print(''.join(traceback.format_tb(tb)).replace(__file__, 'F'), end='')

# A FrameSummary made by hand: markers only with colno and end_colno.
line = '    value = compute(alpha) + 1\n'
with_cols = traceback.FrameSummary('f.py', 1, 'g', line=line, end_lineno=1,
                                   colno=12, end_colno=26)
no_cols = traceback.FrameSummary('f.py', 1, 'g', line=line)
print(''.join(traceback.StackSummary.from_list([with_cols, no_cols]).format()), end='')

# extract_stack has no columns, so no markers.
def here():
    return traceback.format_stack(limit=1)
print(''.join(here()).replace(__file__, 'F'), end='')
