# A module that replaces itself in sys.modules with another object (a common trick).
import sys


class _Replacement:
    answer = 42

    def __repr__(self):
        return "<replacement module>"


sys.modules[__name__] = _Replacement()
