"""Functional tools for creating and using iterators.

count, repeat, cycle, chain, islice, accumulate, starmap, pairwise, zip_longest, product,
permutations, combinations, combinations_with_replacement, groupby and tee are native
(builtins/itertools_module.cpp, module _itertools). compress, dropwhile, takewhile and
filterfalse are the Python classes below. Not provided: batched (3.12), and __reduce__ /
__setstate__ (pickling) of every iterator but count and repeat.
"""

from _itertools import (accumulate, chain, combinations, combinations_with_replacement,
                        count, cycle, groupby, islice, pairwise, permutations, product,
                        repeat, starmap, tee, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._selectors)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        for x in self._it:
            if not (func(x) if func is not None else x):
                return x
        raise StopIteration


for _cls in (compress, dropwhile, takewhile, filterfalse):
    _cls.__module__ = 'itertools'
del _cls
