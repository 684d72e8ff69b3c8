# with-statement forms: several items, parenthesized items (3.10+), tuple targets,
# attribute/subscript targets, nesting, and the evaluation order of it all.
log = []
class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value if value is not None else name
        log.append(f"create {name}")
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self.value
    def __exit__(self, *exc):
        log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else ''}".rstrip())
        return False

with CM("a") as a, CM("b") as b:
    log.append(f"body {a}{b}")
with (
    CM("p") as p,
    CM("q"),
    CM("r") as r,
):
    log.append(f"paren body {p}{r}")
with CM("t", (1, (2, 3))) as (x, (y, z)):
    log.append(f"tuple target {x}{y}{z}")
class Box:
    pass
box = Box()
store = {}
with CM("attr") as box.value, CM("item") as store["k"]:
    pass
log.append(f"targets {box.value} {store}")
with CM("star", [1, 2, 3]) as (first, *rest):
    log.append(f"star target {first} {rest}")
for line in log:
    print(line)
log.clear()

# An exception in the second __enter__ exits only the first manager.
class FailEnter(CM):
    def __enter__(self):
        log.append(f"enter {self.name} fails")
        raise RuntimeError("enter failed")
try:
    with CM("ok"), FailEnter("bad"), CM("never"):
        log.append("body never runs")
except RuntimeError as e:
    log.append(f"caught {e}")
# A failing target assignment also exits the manager.
try:
    with CM("unpack", [1, 2, 3]) as (u1, u2):
        pass
except ValueError as e:
    log.append(f"caught {type(e).__name__}")
for line in log:
    print(line)

# with in generators and in loops with break/continue.
def gen():
    with CM("in-gen"):
        yield 1
        yield 2
log.clear()
for v in gen():
    log.append(f"got {v}")
    break
print(log[:3])
# The value bound by `as` stays after the block, even after an exception.
try:
    with CM("kept") as kept:
        raise KeyError
except KeyError:
    pass
print(kept)
