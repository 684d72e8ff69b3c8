# multiprocessing.Process (threads in taipan): target/args/kwargs/name/daemon, start, join,
# is_alive, pid, exitcode, subclassing run, current_process, active_children.
import multiprocessing as mp
import sys


def work(q, a, b=0):
    q.put((mp.current_process().name, a + b))


def exit_with(code):
    sys.exit(code)


def raise_error():
    raise KeyError("oops")


def wait_on(ev):
    ev.wait(5)


class Squarer(mp.Process):
    def __init__(self, q, n):
        super().__init__(name=f"squarer-{n}")
        self.q = q
        self.n = n

    def run(self):
        self.q.put(self.n * self.n)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, 1), kwargs={"b": 2})
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    print(repr(p).startswith("<Process name='Process-1' parent="), repr(p).endswith(" initial>"))
    p.start()
    print(type(p.pid) is int, p.ident == p.pid)
    p.join()
    print(q.get(timeout=5), p.exitcode, p.is_alive())
    print(repr(p).endswith("stopped exitcode=0>"))

    p = mp.Process(target=work, args=(q, 5), name="named", daemon=True)
    print(p.name, p.daemon)
    p.start()
    p.join(5)
    print(q.get(timeout=5), p.exitcode)

    ps = [Squarer(q, n) for n in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get(timeout=5) for _ in ps), [p.exitcode for p in ps], ps[0].name)

    for target, args in ((exit_with, (0,)), (exit_with, (3,)), (exit_with, (None,)),
                         (raise_error, ())):
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, "exitcode:", p.exitcode)

    ev = mp.Event()
    p = mp.Process(target=wait_on, args=(ev,))
    p.start()
    p.join(0.02)
    print("alive after join(0.02):", p.is_alive(), p.exitcode)
    print("active_children:", mp.active_children() == [p])
    ev.set()
    p.join()
    print("alive:", p.is_alive(), p.exitcode, mp.active_children())

    p = mp.Process(target=work, args=(q, 1))
    try:
        p.join()
    except AssertionError as e:
        print("AssertionError:", e)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    q.get(timeout=5)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)

    me = mp.current_process()
    print(me.name, me.is_alive(), mp.parent_process())
    print(isinstance(me, mp.process.BaseProcess) if hasattr(mp, "process") else True)
