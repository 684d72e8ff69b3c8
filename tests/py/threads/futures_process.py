# ProcessPoolExecutor (threads in taipan, processes in CPython): the same API and results.
import concurrent.futures as cf


def cube(x):
    return x * x * x


def fail(x):
    raise ValueError(f"bad {x}")


def total(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(cube, 3).result())
        print(list(ex.map(cube, range(10))))
        print(list(ex.map(cube, range(10), chunksize=4)))
        print(sum(ex.map(total, [1000] * 8)))
        f = ex.submit(fail, 1)
        try:
            f.result()
        except ValueError as e:
            print("ValueError:", e)
        fs = [ex.submit(cube, i) for i in range(20)]
        print(sum(f.result() for f in cf.as_completed(fs)))
        done, not_done = cf.wait(fs)
        print(len(done), len(not_done))
        try:
            ex.map(cube, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in (0, -2):
        try:
            cf.ProcessPoolExecutor(max_workers=bad)
        except ValueError as e:
            print("ValueError:", e)
    print(issubclass(cf.process.BrokenProcessPool, cf.BrokenExecutor))
    ex = cf.ProcessPoolExecutor()
    print(ex.submit(cube, 2).result())
    ex.shutdown(wait=True)
