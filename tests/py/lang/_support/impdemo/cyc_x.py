from impdemo.cyc_y import Y_VALUE
X_VALUE = 1
