"""Heap queue: a binary min-heap stored in a list (heap[k] <= heap[2k+1], heap[2k+2])."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'nlargest', 'nsmallest', 'merge']


def _sift_up(heap, pos):
    # Moves heap[pos] towards the root until its parent is not larger.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Moves heap[pos] towards the leaves until no child is smaller.
    end = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= end:
            break
        right = child + 1
        if right < end and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def _without_selection(n, iterable, key, extreme, reverse):
    """nsmallest/nlargest's answer when no selection is needed (n == 1: min or max;
    n >= len(iterable): sorting; n <= 0), else None."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = extreme(it, default=sentinel, key=key) if key is not None \
            else extreme(it, default=sentinel)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=reverse)[:n]
    if n <= 0:
        return []
    return None


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] (ties keep input order)."""
    done = _without_selection(n, iterable, key, min, False)
    if done is not None:
        return done
    # `best` stays sorted by (key, position); the position breaks ties (and keeps the
    # items themselves from being compared).
    best = []
    for i, elem in enumerate(iterable):
        k = elem if key is None else key(elem)
        if len(best) < n:
            _insort(best, (k, i, elem))
        elif k < best[-1][0]:
            best.pop()
            _insort(best, (k, i, elem))
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    done = _without_selection(n, iterable, key, max, True)
    if done is not None:
        return done
    # `best` stays sorted ascending by (key, -position): its first entry is the one to
    # drop, and reversing it gives descending keys with ties in input order.
    best = []
    for i, elem in enumerate(iterable):
        k = elem if key is None else key(elem)
        if len(best) < n:
            _insort(best, (k, -i, elem))
        elif best[0][0] < k:
            best.pop(0)
            _insort(best, (k, -i, elem))
    best.reverse()
    return [entry[2] for entry in best]


def _insort(a, entry):
    # Binary insertion comparing (key, position) only, never the items.
    k, pos = entry[0], entry[1]
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        m = a[mid]
        if k < m[0] or (not m[0] < k and pos < m[1]):
            hi = mid
        else:
            lo = mid + 1
    a.insert(lo, entry)


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted inputs into one sorted iterator (ties: earlier input first)."""
    heads = []
    for it in map(iter, iterables):
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        best_key = heads[0][0]
        for j in range(1, len(heads)):
            k = heads[j][0]
            if (best_key < k) if reverse else (k < best_key):
                best, best_key = j, k
        entry = heads[best]
        yield entry[1]
        for value in entry[2]:
            entry[0] = value if key is None else key(value)
            entry[1] = value
            break
        else:
            del heads[best]
