"""Tracking of running results (registerResult/removeResult). The Ctrl-C handler of
CPython (installHandler, the -c option) is not provided: there is no signal module."""

__unittest = True

_results = {}


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return bool(_results.pop(id(result), None))
