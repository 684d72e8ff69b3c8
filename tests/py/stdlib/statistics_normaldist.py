# statistics.NormalDist: pdf/cdf/inv_cdf (all AS241 branches), overlap, arithmetic, hashing.
import statistics as st
from statistics import NormalDist, StatisticsError
print(issubclass(StatisticsError, ValueError))
n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(110), n.cdf(110), n.inv_cdf(0.9), n.zscore(130), n.quantiles(), NormalDist().quantiles(10))
for p in [1e-300, 1e-20, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.975, 0.9999999, 1 - 1e-16]:
    print(p, NormalDist().inv_cdf(p), NormalDist(3, 2).inv_cdf(p))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(5, 2).overlap(NormalDist(5, 2)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -3, a / 2, a / -4, +a, -a)
print(a == NormalDist(10, 3), a == b, a == 3, hash(a) == hash(NormalDist(10.0, 3.0)), {a: 1}[NormalDist(10, 3)])
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([1, 2, 3, 4, 7]))
print(NormalDist.from_samples([1.0, float('inf')]))
print(NormalDist(10, 2).samples(5, seed=8675309), len(NormalDist().samples(3)))
print(n.__getstate__(), NormalDist.__slots__ == {'_mu': 'Arithmetic mean of a normal distribution', '_sigma': 'Standard deviation of a normal distribution'})
import math
print([round(NormalDist().cdf(x), 12) for x in (-3, -1, 0, 1, 3)])
print(NormalDist(1.5, 0.5).pdf(1.2), NormalDist().pdf(0) == 1 / math.sqrt(2 * math.pi))
print(st.LinearRegression._fields, type(st.linear_regression([1,2,3],[2,4,7])).__name__)
print(sorted(st.__all__))
