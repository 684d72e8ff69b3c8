import os.nonexistent_sub
