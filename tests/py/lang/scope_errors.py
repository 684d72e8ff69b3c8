src_list = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal q\n",
    "nonlocal z\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
]
for src in src_list:
    try:
        compile(src, "<t>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
def f():
    print(undefined_name)
try:
    f()
except NameError as e:
    print("NameError:", e)
def g():
    x += 1
    x = 0
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h():
    def inner(): return free
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    free = 1
h()
