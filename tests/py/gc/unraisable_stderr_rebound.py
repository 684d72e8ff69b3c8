# A weakref callback that raises is reported on sys.stderr as "Exception ignored in:
# <repr of the callback>". Here the callback's __repr__ rebinds sys.stderr, drops the
# old stream and collects, while the report is being written.
import gc
import sys
import weakref


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


streams = [Out(), Out()]


class Callback:
    def __call__(self, wr):
        raise ValueError("boom")

    def __repr__(self):
        sys.stderr = streams[1]
        del streams[0]
        gc.collect()
        return "<Callback>"


class Target:
    pass


saved = sys.stderr
first = streams[0]
sys.stderr = first
del first
t = Target()
r = weakref.ref(t, Callback())
del t
gc.collect()
sys.stderr = saved
print(len(streams), r() is None)
print("done")
