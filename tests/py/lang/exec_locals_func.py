def f():
    exec("z = 3")
    return "z" in locals(), locals().get("z")
print(f())
