from ... import nothing  # one level above the top-level package
