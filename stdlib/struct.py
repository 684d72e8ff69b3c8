"""Conversion between Python values and C structs represented as bytes.

Everything lives in the native `_struct` module (builtins/struct_module.cpp): pack,
unpack, calcsize, pack_into, unpack_from, iter_unpack, the Struct class and
struct.error, with CPython 3.11's formats and messages. pack_into writes into
bytearray objects (other writable buffers are not supported yet).
"""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
from _struct import __doc__
