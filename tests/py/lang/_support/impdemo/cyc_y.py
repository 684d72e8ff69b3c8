from impdemo.cyc_x import X_VALUE
Y_VALUE = 2
