# int() and float() accept any Unicode decimal digits (category Nd), as CPython does.
print(int('١٢'), int('\uff11\uff12'), float('١.٥'))
