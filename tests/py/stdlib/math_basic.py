import math
print(math.sqrt(2), math.log(2**2000), math.log(2**2000, 3), math.log10(10**500), math.log2(2**1000 + 1), math.log(8, 2), math.log1p(1e-20), math.expm1(1e-10))
print(math.factorial(30), math.factorial(0), math.gcd(12, 18, 2**100), math.gcd(), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(2**70, 3))
print(math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(3, 5), math.isqrt(10**40 + 5), math.isqrt(0), math.isqrt(15))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([2.0**53, 1.0, 2.0**-53]))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.hypot(math.inf, math.nan), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(10**30), math.ceil(True), type(math.floor(1.0)))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.frexp(10.0), math.frexp(0.0), math.ldexp(0.5, 3), math.modf(-2.5), math.modf(math.inf), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.copysign(3, -0.0))
print(math.gamma(5), math.gamma(0.5) == math.sqrt(math.pi) or abs(math.gamma(0.5) - math.sqrt(math.pi)) < 1e-15, round(math.lgamma(10), 10), math.erf(1), math.erfc(1), math.erf(0))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(math.inf), math.nextafter(1, 2), math.nextafter(0, -1))
print(math.pi, math.tau, math.e, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.exp(1), math.exp2(10), math.cbrt(27), math.pow(2, 0.5), math.pow(1, math.nan), math.pow(math.nan, 0), math.degrees(math.pi), math.radians(180), math.fabs(-3))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 20), start=10), math.prod(['a'], start=3))
print(math.sqrt(4), math.sqrt(True), math.exp(0), math.log(math.e))
class Fl:
    def __float__(self): return 2.25
class Ix:
    def __index__(self): return 7
print(math.sqrt(Fl()), math.sqrt(Ix()), math.factorial(Ix()), math.gcd(Ix(), 21))
for e in ['math.sqrt(-1)', 'math.exp(1000)', 'math.factorial(-1)', 'math.factorial(5.0)', 'math.factorial(10**20)', 'math.log(0)', 'math.log(-1)', 'math.log(10, 1)', 'math.log(1, 0)',
          'math.sqrt("x")', 'math.trunc("a")', 'math.floor("a")', 'math.floor(math.inf)', 'math.floor(math.nan)', 'math.gcd(1.0)', 'math.isclose(1, 1, rel_tol=-1)',
          'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])', 'math.comb(-1, 2)', 'math.comb(5, -1)', 'math.perm(5, -1)', 'math.isqrt(-1)',
          'math.dist((1,), (1, 2))', 'math.ldexp(1.0, 10**30)', 'math.ldexp(1, 2.0)', 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)', 'math.pow(0, -1)', 'math.pow(-1, 0.5)',
          'math.pow(10, 400)', 'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(200)', 'math.lgamma(0)', 'math.atanh(1)', 'math.acosh(0)', 'math.sin(math.inf)',
          'math.remainder(1, 0)', 'math.cosh(1000)', 'math.exp2(2000)', 'math.log(2**5000, -1)', 'math.sqrt(10**400)']:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
import random
random.seed(12345)
bad = 0
for i in range(2000):
    a, b = random.uniform(-1e3, 1e3), random.uniform(-1e3, 1e3)
    v = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(random.randint(1, 8))]
    if math.hypot(a, b) != math.sqrt(a*a + b*b) and abs(math.hypot(a, b) - math.sqrt(a*a + b*b)) > 1e-12 * math.hypot(a, b):
        bad += 1
print('fsum', sum(hash(math.fsum([random.uniform(-1, 1) * 10 ** random.randint(-30, 30) for _ in range(20)])) for _ in range(500)))
print('hypot', [math.hypot(*[random.uniform(-1, 1) for _ in range(k)]) for k in range(1, 10)], bad)
