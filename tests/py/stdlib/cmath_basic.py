import cmath
vals = [1+2j, -1-2j, 0.5+0.1j, -3, 2j, 1e-5-1e-5j, 10+10j, -0.5+0j, 3.5, 100-1j]
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    print(f, [getattr(cmath, f)(v) for v in vals])
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1+1j), cmath.rect(2, cmath.pi/2), cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
for e in ['cmath.log(0)', 'cmath.sqrt("a")', 'cmath.exp(1000)', 'cmath.atanh(1)']:
    try: print(eval(e))
    except Exception as x: print(e, type(x).__name__, x)
