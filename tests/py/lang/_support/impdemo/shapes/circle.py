from ..tools import helper
from .. import VERSION


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def info(self):
        return f"Circle r={self.r} via {helper()} v{VERSION} in {__name__}"
