# nonlocal through three levels of nesting, and shadowing.
def level1():
    a = 1
    b = "b1"
    def level2():
        nonlocal a
        a += 10
        b = "b2"
        def level3():
            nonlocal a, b
            a += 100
            b = b + "+3"
            return a, b
        r = level3()
        return r, a, b
    r2 = level2()
    return r2, a, b
print(level1())
def counter_factory():
    total = 0
    def make_step(k):
        def step():
            nonlocal total
            total += k
            return total
        return step
    def read():
        return total
    return make_step, read
make_step, read = counter_factory()
s1, s5 = make_step(1), make_step(5)
print(s1(), s5(), s1(), read(), s5(), read())
x = "global"
def shadow():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reader():
        return x
    return inner(), reader(), x
print(shadow(), x)
def loop_cells():
    results = []
    for i in range(3):
        def get(i=i):
            def deeper():
                return i * i
            return deeper()
        results.append(get)
    return [f() for f in results]
print(loop_cells())
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
n = fib_gen_closure()
print([n() for _ in range(15)])
