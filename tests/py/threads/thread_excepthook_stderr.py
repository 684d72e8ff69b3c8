# The default threading.excepthook writes to sys.stderr: "Exception in thread NAME:",
# then the traceback, ending with the exception line.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def boom():
    raise ValueError("boom")


cap = Capture()
real = sys.stderr
sys.stderr = cap
try:
    t = threading.Thread(target=boom, name="T-err")
    t.start()
    t.join()
finally:
    sys.stderr = real
lines = [l for l in "".join(cap.parts).splitlines() if l.strip()]
print(lines[0])
print(lines[1])
print(lines[-1])
print(any('in boom' in l for l in lines))
print("program continues")
