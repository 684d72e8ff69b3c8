# A generator dropped while suspended inside try/finally or with is closed when it is
# collected (its finally runs); one never started, finished or outside any block is not.
import gc, sys
log = []
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + tag)
def h(tag):
    with open(__file__) as f:
        yield 1
    log.append("never")
x = g("a"); next(x); del x; gc.collect()
print(log)
x = g("b"); del x; gc.collect()   # never started: nothing
print(log)
x = g("c"); list(x); del x; gc.collect()
print(log)
def bad():
    try:
        yield 1
    finally:
        return 5
def ign():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught")
        raise
x = ign(); next(x); del x; gc.collect()
print(log)
def outer():
    try:
        yield from g("inner")
    finally:
        log.append("outer finally")
x = outer(); next(x); del x; gc.collect()
print(log)
def plain():
    yield 1
    log.append("no")
x = plain(); next(x); del x; gc.collect()
print(log)
