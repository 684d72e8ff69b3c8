# Each thread has its own decimal context: threads using different precisions and
# rounding modes at the same time get their own results and flags, a new thread starts
# from DefaultContext, and localcontext is per thread.
import threading
from decimal import *

N_THREADS = 8
ROUNDS = 150
results = {}
errors = []
barrier = threading.Barrier(N_THREADS)


def worker(k):
    try:
        ctx = getcontext()
        first = (ctx.prec, ctx.rounding, ctx.flags[Inexact])
        ctx.prec = 5 + 3 * k
        ctx.rounding = ROUND_DOWN if k % 2 else ROUND_HALF_EVEN
        barrier.wait()
        seen = set()
        total = Decimal(0)
        for i in range(ROUNDS):
            q = Decimal(1) / Decimal(7)
            seen.add(str(q))
            total += Decimal(i) / 3
            with localcontext() as lc:
                lc.prec = 3
                if str(Decimal(2).sqrt()) != '1.41':
                    errors.append((k, 'localcontext'))
            if getcontext().prec != 5 + 3 * k:
                errors.append((k, 'prec changed'))
        results[k] = (first, sorted(seen), str(total), getcontext().flags[Inexact],
                      str(Decimal(2) ** Decimal('0.5')))
    except Exception as e:  # reported below
        errors.append((k, repr(e)))


getcontext().prec = 50
getcontext().traps[Inexact] = False
threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
for k in range(N_THREADS):
    print(k, results[k])
print(getcontext().prec, Decimal(1) / 7)

# DefaultContext changes reach threads started afterwards
DefaultContext.prec = 6
t = threading.Thread(target=lambda: results.__setitem__('new', str(Decimal(1) / 7)))
t.start()
t.join()
DefaultContext.prec = 28
print(results['new'], Decimal(1) / 7)
