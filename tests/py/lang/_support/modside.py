import sys
LOADED = getattr(sys, "_modside_count", 0) + 1
sys._modside_count = LOADED
