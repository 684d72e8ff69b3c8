class AG:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def agen():
    yield 1
    yield 2
def run(c):
    try: c.send(None)
    except StopIteration as e: return e.value
async def main():
    it = aiter(AG())
    out = [await anext(it), await anext(it), await anext(it, 'done')]
    g = agen()
    out += [await anext(g), await anext(g), await anext(g, None)]
    try: await anext(g)
    except StopAsyncIteration: out.append('stop')
    return out
print(run(main()))
for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter()):
    try: bad()
    except TypeError as e: print(e)
