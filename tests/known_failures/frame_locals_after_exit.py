# A traceback's frames keep their locals after the function has exited (CPython); taipan
# gives {} (seen with unittest's --locals / traceback's capture_locals).
def f():
    x = 42
    raise ValueError

try:
    f()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
