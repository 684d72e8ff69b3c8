"""`taipan -m unittest NAME...`: runs the named test modules, classes or methods
(test discovery, what CPython does without names, is not provided)."""

import sys
sys.argv[0] = "python -m unittest"

__unittest = True

from unittest.main import main  # absolute: taipan -m leaves __package__ unset

main(module=None)
