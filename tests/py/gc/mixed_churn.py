# A mix of containers referencing each other, replaced round after round.
state = {"list": [], "map": {}, "set": set()}
checksum = 0
for r in range(300):
    objs = []
    for i in range(300):
        k = r * 1000 + i
        item = {"k": k, "vals": [k, str(k), (k, k + 1)], "tag": frozenset([k % 7, k % 11])}
        objs.append(item)
    state["list"] = objs
    state["map"] = {o["k"]: o for o in objs[::3]}
    state["set"] = {o["k"] % 97 for o in objs}
    checksum = (checksum + sum(o["vals"][2][1] for o in objs) + len(state["map"]) + len(state["set"])) % 1000000007
print("checksum", checksum)
print("final", len(state["list"]), len(state["map"]), sorted(state["set"])[:5])
ba = bytearray()
for i in range(100000):
    ba.append(i % 256)
    if len(ba) > 1000:
        ba = ba[500:]
print("bytearray", len(ba), sum(ba))
