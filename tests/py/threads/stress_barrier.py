# Barrier hand-offs: in each round every thread writes its slot, waits, then checks that
# every slot of the round is written; the action runs exactly once per round.
import threading

N = 8
ROUNDS = 200
slots = [[None] * N for _ in range(ROUNDS)]
actions = [0]
bad = [0]
lock = threading.Lock()


def action():
    actions[0] += 1


bar = threading.Barrier(N, action=action)
index_counts = [0] * N


def worker(k):
    for r in range(ROUNDS):
        slots[r][k] = k
        i = bar.wait()
        if None in slots[r]:
            with lock:
                bad[0] += 1
        with lock:
            index_counts[i] += 1
        bar.wait()


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rounds:", ROUNDS, "actions:", actions[0], "bad:", bad[0])
print("indices:", index_counts)
print("all written:", all(row == list(range(N)) for row in slots))
