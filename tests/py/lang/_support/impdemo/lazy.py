# Module-level __getattr__ and __dir__ (PEP 562).
EAGER = "eager"


def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["EAGER", "lazy_anything"]
