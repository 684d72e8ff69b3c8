from .core import value, helper
from . import util as _util
PKG_NAME = __name__
