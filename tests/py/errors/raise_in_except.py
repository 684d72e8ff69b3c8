# A second exception raised while handling the first; the new one is reported last.
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    raise RuntimeError("handler failed")
