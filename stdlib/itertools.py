"""Functional tools for creating and using iterators.

Each iterator is a class with __iter__/__next__ (so reprs and types look like CPython's
itertools types). Where the native `_itertools` module provides a type, it replaces the
Python one at the bottom of this file.
"""

import _thread

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _index_or_none(value, what):
    if value is None:
        return None
    try:
        return value.__index__() if type(value) is not int else value
    except AttributeError:
        raise ValueError(what) from None


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        x = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index_or_none(times, 'times')
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._emit_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
            return x
        if self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return cls


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


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._grouper = self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not (parent._currkey == self._tgtkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


_MISSING = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _MISSING:
                self._step()
            elif self._tgtkey is _MISSING:
                break
            else:
                if not (self._tgtkey == self._currkey):
                    break
                self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 1:
            start, stop, step = None, args[0], None
        elif nargs in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if nargs == 3 else None
        elif nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError(f'islice expected at most 4 arguments, got {nargs + 1}')
        msg_stop = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        msg_start = ('Indices for islice() must be None or an integer: '
                     '0 <= x <= sys.maxsize.')
        stop = _index_or_none(stop, msg_stop if nargs == 1 else msg_start)
        start = _index_or_none(start, msg_start)
        step = _index_or_none(step, 'Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
        if step is None:
            step = 1
        if (stop is not None and stop < 0) or start < 0:
            raise ValueError(msg_stop if nargs == 1 else msg_start)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        target = self._next
        if stop is not None and target >= stop:
            # Consume up to stop, as CPython does, then finish.
            while self._pos < stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < target:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next = target + self._step
        return x


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MISSING:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            raise
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class _tee_data:
    # A shared buffer: the values read so far from the source that some tee iterator
    # has not consumed yet are kept in `values`, indexed from `base`.
    def __init__(self, it):
        self.it = it
        self.values = []
        self.base = 0
        self.lock = _thread.allocate_lock()
        self.positions = []


class _tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._pos - data.base
        if i < len(data.values):
            value = data.values[i]
        else:
            value = next(data.it)
            data.values.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self._data, self._pos)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(_tee_data(iter(iterable)), 0)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""

    def __init__(self, *args, fillvalue=None):
        self._its = [iter(a) for a in args]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        repeat = _index_or_none(repeat, 'repeat')
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                result[i] = pool[indices[i]]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._done = True
        raise StopIteration


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _index_or_none(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index_or_none(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index_or_none(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, groupby, _grouper, islice, pairwise, starmap, _tee, zip_longest,
             product, permutations, combinations, combinations_with_replacement):
    _cls.__module__ = 'itertools'
del _cls

try:
    from _itertools import *  # noqa: F401,F403  (native replacements for the hot types)
except ImportError:
    pass
