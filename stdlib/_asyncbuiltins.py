"""The part of the builtin anext() written in Python: the awaitable it returns when
given a default."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
