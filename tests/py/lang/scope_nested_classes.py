# global and nonlocal across nesting: functions in functions, classes in functions,
# methods that close over function locals, comprehensions, and the class-scope rules.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make_account(balance):
    class Account:
        rate = 0.1
        def deposit(self, amount):
            nonlocal balance
            balance += amount
            return balance
        def interest(self):
            return balance * self.rate
        # `balance` in the class body reads the enclosing function's variable.
        opening = balance
    return Account()
acct = make_account(100)
print(acct.deposit(50), acct.interest(), acct.opening)

def outer():
    x = "outer-x"
    class C:
        x = "class-x"
        def method(self):
            return x          # skips the class scope
        seen_in_body = x      # the class scope wins in the body
        lam = lambda self: x  # lambdas skip it too
    return C().method(), C.seen_in_body, C().lam()
print(outer())

def class_nonlocal():
    value = 1
    class Changer:
        nonlocal value
        value = 2       # assigns the function's variable, not a class attribute
    return value, hasattr(Changer, "value")
print(class_nonlocal())

def class_global():
    class G:
        global made_in_class
        made_in_class = "yes"
    return G
class_global()
print(made_in_class)

# Deep nonlocal chains: the nearest enclosing binding is used.
def level1():
    v = 1
    def level2():
        v = 2
        def level3():
            nonlocal v
            v += 10
            return v
        return level3(), v
    return level2(), v
print(level1())

# nonlocal inside a comprehension's body isn't possible, but comprehensions read
# enclosing variables and walrus binds in the containing function.
def comp_scope():
    base = 10
    found = None
    items = [base + i for i in range(3)]
    any((found := x) > 11 for x in items)
    return items, found
print(comp_scope())

# global declared in a nested function does not affect the enclosing function.
def shadow():
    counter = "local"
    def inner():
        global counter
        counter = 999
    inner()
    return counter
print(shadow(), counter)

# Closures capture variables, not values; each call gets fresh cells.
def adders():
    fns = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        fns.append(add)
    shared = []
    for j in range(3):
        shared.append(lambda: j)
    return [f(10) for f in fns], [f() for f in shared]
print(adders())

# Errors: nonlocal without binding, global/nonlocal after use.
for src in ("def f():\n    nonlocal q\n", "nonlocal x\n",
            "def f():\n    x = 1\n    global x\n",
            "def f(a):\n    global a\n",
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"):
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
