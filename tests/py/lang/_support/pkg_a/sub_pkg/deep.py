from ..core import helper
from .. import util
from . import sibling
def run():
    return helper(), util.doubled(), sibling.NAME, __package__
