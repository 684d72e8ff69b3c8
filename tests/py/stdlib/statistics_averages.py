# statistics averages and spread over ints, floats, Fractions and mixes: results must match
# CPython to the last digit (exact sums, correctly rounded square roots).
import statistics as st
from fractions import Fraction as F
import random
r = random.Random(42)
floats = [r.uniform(-100, 100) for _ in range(57)]
ints = [r.randrange(-1000, 1000) for _ in range(40)]
fr = [F(r.randrange(-50, 50), r.randrange(1, 30)) for _ in range(25)]
for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'variance', 'pvariance', 'stdev', 'pstdev']:
    for data in [floats, ints, fr, [1, 2, 3, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 2.5], [True, False, True]]:
        try:
            print(name, repr(getattr(st, name)(data)))
        except Exception as e:
            print(name, type(e).__name__, e)
print(st.mean([1e50, 1, -1e50] * 1000), st.mean(iter([1, 2, 3, 4, 4])))
print(st.variance([1, 2, 3], 2.5), st.stdev([1, 2, 3], xbar=2.5), st.pvariance(fr, mu=F(1, 3)))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10, 0]), st.harmonic_mean([F(1,2)]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.quantiles(floats, n=10), st.quantiles(ints, n=4, method='inclusive'), st.quantiles([1, 2], n=5), st.quantiles(fr, n=3))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
print(st.covariance(floats[:20], floats[20:40]), st.correlation(floats[:20], floats[20:40]), st.linear_regression(floats[:20], floats[20:40]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([2]))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.mean([1, 2.0, F(1,2)]))
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1.0]), st.variance([1.0, float('inf')]), st.pvariance([3]))
# Many random data sets of mixed magnitudes: every digit must match.
for k in range(40):
    data = [r.uniform(-1, 1) * 10.0 ** r.randrange(-5, 8) for _ in range(r.randrange(2, 30))]
    print(st.mean(data), st.variance(data), st.stdev(data), st.pstdev(data), st.median(data), st.fmean(data), st.quantiles(data, n=5))
for k in range(10):
    data = [r.randrange(-10**6, 10**6) for _ in range(r.randrange(2, 30))]
    print(st.mean(data), st.variance(data), st.pvariance(data), st.stdev(data), st.harmonic_mean([abs(x) + 1 for x in data]), st.geometric_mean([abs(x) + 1 for x in data]))
print(st.stdev([F(1, 3), F(2, 7), F(5, 11)]), st.variance([F(1, 3), F(2, 7), F(5, 11)]), st.pstdev([1, 1, 1]), st.stdev([10**20, 10**20 + 1]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
