# Star-import source without __all__: names with a leading underscore are skipped.
import sys as _sys
import os
visible = 1
_hidden = 2
__dunder__ = 3


def func():
    return "func"


class Klass:
    pass
