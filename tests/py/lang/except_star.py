try:
    pass
except* ValueError:
    pass
print(ExceptionGroup)
