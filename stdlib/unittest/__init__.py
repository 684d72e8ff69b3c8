"""Python unit testing framework, following CPython 3.11's unittest: TestCase (fixtures,
cleanups, subtests, every assert* method but assertLogs/assertNoLogs), skip decorators,
TestSuite with class and module fixtures, TestLoader (by class, module or dotted name),
TextTestRunner with CPython's output layout, and main().

Missing: test discovery (TestLoader.discover, `-m unittest discover`), the Ctrl-C
handler (installHandler, -c), unittest.mock, IsolatedAsyncioTestCase, assertLogs and
assertNoLogs.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'registerResult',
           'removeResult', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite,
                     findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import registerResult, removeResult
