import gc
print(gc.collect(), gc.collect(0), gc.isenabled(), len(gc.get_count()), gc.garbage)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
st = gc.get_stats()
print(type(st), len(st), sorted(st[0]))
