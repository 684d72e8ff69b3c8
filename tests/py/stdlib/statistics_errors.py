# statistics: StatisticsError/TypeError messages for empty, short, negative or mixed data.
import statistics as st
from statistics import NormalDist, StatisticsError
from fractions import Fraction as F
tests = [
    lambda: st.mean([]), lambda: st.mean(iter([])), lambda: st.fmean([]), lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[1, -1]), lambda: st.fmean(iter([1, 2, 3]), weights=[1, 2, 3]), lambda: st.fmean((x for x in [3.5, 4.0, 5.25])),
    lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([-1]),
    lambda: st.harmonic_mean(['a']), lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
    lambda: st.harmonic_mean([1, 2], weights=[0, 0]), lambda: st.harmonic_mean([1, 2], weights=[-1, 2]),
    lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]), lambda: st.median_grouped([]),
    lambda: st.median_grouped(['a', 'b']), lambda: st.mode([]), lambda: st.quantiles([1], n=4),
    lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
    lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
    lambda: st.mean(['a', 'b']), lambda: st.mean([1, 'a']), lambda: st.mean([F(1), 1.5, 2]), lambda: st.variance([1.0, 2, F(1,2)]),
    lambda: st.covariance([1, 2], [1]), lambda: st.covariance([1], [1]), lambda: st.correlation([1, 2], [3]), lambda: st.correlation([1], [1]),
    lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1, 2], [3]), lambda: st.linear_regression([1], [1]),
    lambda: st.linear_regression([2, 2, 2], [1, 2, 3]),
    lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist().inv_cdf(0),
    lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist().overlap(3),
    lambda: NormalDist(1, 0).overlap(NormalDist()), lambda: NormalDist(1, 0).zscore(2), lambda: NormalDist.from_samples([1]),
    lambda: st.stdev([1.0, float('inf')]),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
