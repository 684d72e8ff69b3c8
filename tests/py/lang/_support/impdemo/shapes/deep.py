from ... import tools
from ..circle import Circle
from . import square
from .square import area as sq_area

SUMMARY = (tools.__name__, Circle.__module__, square.__name__, sq_area(3), __package__)
