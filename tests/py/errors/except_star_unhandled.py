# The part of a group no except* clause matches propagates; here it is uncaught.
try:
    raise ExceptionGroup("work", [ValueError("handled"), KeyError("not handled")])
except* ValueError as e:
    print("handled", e.exceptions)
