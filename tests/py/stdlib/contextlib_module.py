from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator
import sys
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('h1') as t:
    print('body', t)
try:
    with tag('p'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    {}['k']
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag('deco')
def decorated(): print('inside decorated')
decorated(); decorated()
with suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed')
try:
    with suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e: print('IndexError', e)
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print('using', type(r).__name__)
with nullcontext(5) as v: print('null', v)
with nullcontext() as v: print('null', v)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ('a', 'b')]
    stack.callback(print, 'callback', 1, sep='-')
    print('names', names)
with ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
print('moved'); moved.close()
def exit_cb(*exc):
    print('exit_cb', exc[0].__name__ if exc[0] else None); return True
with ExitStack() as stack:
    stack.push(exit_cb)
    raise KeyError('x')
print('exitstack suppressed')
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e: print(e)

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
sink = Sink()
with redirect_stdout(sink):
    print('hidden', 1)
print('captured', ''.join(sink.parts).strip())
err = Sink()
with redirect_stderr(err):
    sys.stderr.write('to err\n')
print('err captured', err.parts)
class CM(AbstractContextManager):
    def __exit__(self, *a): print('CM exit')
with CM() as cm: print(type(cm).__name__)
class mycontext(ContextDecorator):
    def __enter__(self): print('Starting'); return self
    def __exit__(self, *exc): print('Finishing'); return False
@mycontext()
def function(): print('The bit in the middle')
function()
