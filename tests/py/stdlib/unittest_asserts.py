import io, os, sys, unittest

def setUpModule():
    print('setUpModule')
def tearDownModule():
    print('tearDownModule')

class Messages(unittest.TestCase):
    def check(self, func, *args, **kwargs):
        try:
            func(*args, **kwargs)
        except AssertionError as e:
            print(func.__name__, '->', e)
        else:
            print(func.__name__, 'passed')
    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, 1, 1.0)
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, [1])
        c(self.assertIs, None, 0)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 'x', 'abc')
        c(self.assertNotIn, 1, {1: 2})
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00000001)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1)
        c(self.assertAlmostEqual, 1.0, 1.5, places=0)
        c(self.assertNotAlmostEqual, 1.0, 1.00000001)
        c(self.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
        c(self.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
        c(self.assertCountEqual, [[1], [2]], [[2], [1]])
        c(self.assertCountEqual, [[1], [2]], [[2], [3]])
        c(self.assertSetEqual, {1, 2}, {2, 3})
        c(self.assertEqual, frozenset([1]), frozenset([1, 4]))
        c(self.assertTrue, False, 'with message')
        c(self.assertEqual, 10 ** 100, 10 ** 100 + 1)
        c(self.assertRaises, ValueError, int, '5')
        c(self.assertWarns, UserWarning, lambda: None)
        c(self.fail, 'explicit')
        c(self.assertEqual, (1, 2), [1, 2])
        with self.assertRaises(TypeError) as cm:
            self.assertRaises(1)
        print(cm.exception)
        try:
            self.assertAlmostEqual(1, 2, places=1, delta=1)
        except TypeError as e:
            print('TypeError', e)
        self.longMessage = False
        c(self.assertEqual, 1, 2, 'short')
        with self.assertWarns(DeprecationWarning):
            import warnings
            warnings.warn('old', DeprecationWarning)
        print('ok')

@unittest.skipIf(True, 'whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        print('never')

class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup failed')
    def test_x(self):
        print('never')

class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup 1')
        self.addCleanup(print, 'cleanup 2')
        raise KeyError('setup broke')
    def test_x(self):
        print('never')

class Good(unittest.TestCase):
    def test_one(self):
        self.skipTest('skipped inside')
    def test_two(self):
        pass

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=['prog'], exit=False, testRunner=runner)
out = stream.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
print('\n'.join(l.split(' in ')[0] if l.startswith('Ran ') else l for l in out.split('\n')))
print(prog.result)
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
prog = unittest.main(argv=['prog', 'Good.test_two', 'Messages'], exit=False, testRunner=runner)
print(stream.getvalue().split('\n')[-2])
try:
    unittest.main(argv=['prog', 'Good'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
try:
    unittest.main(argv=['prog', '-k', 'one', 'Good'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
t = Good('test_two')
print(t, repr(t), t.id(), t.countTestCases(), t.shortDescription())
s = unittest.TestSuite([Good('test_two'), Good('test_one')])
print(s.countTestCases())
r = unittest.TestResult()
s.run(r)
print(r, r.skipped[0][1])
try:
    Good('nope')
except ValueError as e:
    print('ValueError', e)
