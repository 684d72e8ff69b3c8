# Benchmark: float arithmetic in a Mandelbrot set escape-time loop.
def mandel(w, h, max_iter):
    total = 0
    rows = []
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        row = []
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            total += i
            row.append("#" if i == max_iter else ".")
        rows.append("".join(row))
    return total, rows
total, rows = mandel(280, 140, 300)
print(total)
print(rows[25][60:140])
