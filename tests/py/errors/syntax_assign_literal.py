# SyntaxError: cannot assign to literal here. Maybe you meant ...?
1 = x
