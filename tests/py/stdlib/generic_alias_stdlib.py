# PEP 585: classes of the standard library subscripted at run time give a
# types.GenericAlias (collections.abc.Callable a subclass that keeps [args] in its repr).
import collections
import collections.abc as cabc
import concurrent.futures
import contextlib
import dataclasses
import functools
import itertools
import os
import queue
import re
import tempfile
import types
import weakref
from types import GenericAlias


def show(alias):
    print(repr(alias), type(alias) is GenericAlias or type(alias).__name__,
          alias.__origin__.__name__, alias.__args__)


for cls in (cabc.Iterable, cabc.Iterator, cabc.Container, cabc.Collection, cabc.Awaitable,
            cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator, cabc.Generator,
            cabc.Reversible, cabc.Sequence, cabc.MutableSequence, cabc.Set, cabc.MutableSet,
            cabc.Mapping, cabc.MutableMapping, cabc.MappingView, cabc.KeysView,
            cabc.ValuesView, cabc.ItemsView):
    show(cls[int])
show(cabc.Mapping[str, int])
show(cabc.Generator[int, None, None])

# Classes that inherit __class_getitem__ from the ABCs.
show(collections.ChainMap[str, int])
show(collections.UserDict[str, int])
show(collections.UserList[int])
show(weakref.WeakKeyDictionary[object, int])
show(weakref.WeakValueDictionary[str, object])

for alias in (queue.Queue[int], queue.LifoQueue[int], queue.PriorityQueue[int],
              os.PathLike[str], contextlib.AbstractContextManager[int],
              contextlib.AbstractAsyncContextManager[int], functools.partial[int],
              functools.partialmethod[int], functools.cached_property[int],
              itertools.chain[int], dataclasses.Field[int], weakref.ref[int],
              concurrent.futures.Future[int], re.Pattern[str], re.Match[bytes],
              tempfile.SpooledTemporaryFile[str], tempfile.TemporaryDirectory[str],
              enumerate[str], types.MappingProxyType[str, int], dict[str, int]):
    print(repr(alias), alias.__args__)
print(queue.SimpleQueue[int].__origin__ is queue.SimpleQueue)
print(os.DirEntry[str].__origin__ is os.DirEntry)
print(weakref.WeakSet[int].__origin__ is weakref.WeakSet, weakref.WeakSet[int].__args__)

# A subscripted class still makes instances of the class.
q = queue.Queue[int]()
q.put(3)
print(type(q).__name__, q.get())
print(list(itertools.chain[int]([1, 2], [3])))
print(list(enumerate[str]('ab', 1)))
p = functools.partial[int](int, base=2)
print(type(p).__name__, p('101'))

# Callable keeps the argument list in brackets.
C = cabc.Callable
for alias in (C[[int], str], C[[int, str], float], C[[], None], C[..., int],
              C[[list[int]], dict[str, int]], C[[C[[int], int]], int]):
    print(repr(alias), alias.__args__, alias.__origin__ is C, isinstance(alias, GenericAlias))
print(C[[int], str] == C[[int], str], C[[int], str] == C[[str], int])
print(hash(C[[int], str]) == hash(C[[int], str]))
for bad in (int, (int,), (int, str, float)):
    try:
        C[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    C[int, str]
except TypeError as e:
    print(type(e).__name__, e)

# mappingproxy is a registered Mapping.
proxy = type.__dict__
print(isinstance(proxy, cabc.Mapping), isinstance(proxy, cabc.MutableMapping))
print(issubclass(types.MappingProxyType, cabc.Mapping))
mp = types.MappingProxyType({'a': 1})
print(isinstance(mp, cabc.Mapping), isinstance(mp, cabc.Collection), isinstance(mp, cabc.Sized))
