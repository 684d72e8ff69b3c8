import io, os, sys, unittest, warnings

sys.stderr = sys.stdout  # the buffered stderr of a test is mirrored in order
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def report(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    out = stream.getvalue().replace(HERE, '')
    print('\n'.join(l.split(' in ')[0] if l.startswith('Ran ') else l for l in out.split('\n')))
    return result

class Chained(unittest.TestCase):
    def test_from(self):
        try:
            int('x')
        except ValueError as e:
            raise KeyError('wrapped') from e
    def test_context(self):
        try:
            raise OSError('first')
        except OSError:
            self.fail('while handling')
    def tearDown(self):
        if self._testMethodName == 'test_context':
            raise RuntimeError('teardown broke')

class Cleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup')
    def test_cleanup_fails(self):
        def bad():
            raise ValueError('cleanup failed')
        self.addCleanup(bad)
        self.addCleanup(print, 'cleanup ran')
    def test_context(self):
        class CM:
            def __enter__(self):
                print('enter')
                return 42
            def __exit__(self, *a):
                print('exit', a)
        print(self.enterContext(CM()))
    def test_sub(self):
        for i in range(3):
            with self.subTest('outer', i=i):
                for j in range(2):
                    with self.subTest(j=j):
                        if (i, j) in ((1, 1), (2, 0)):
                            self.assertEqual(i, j)
        with self.subTest():
            raise TypeError('bare subtest')

@unittest.expectedFailure
class XF(unittest.TestCase):
    def test_passes(self):
        pass

class Output(unittest.TestCase):
    def test_print_fail(self):
        print('captured stdout')
        sys.stderr.write('captured stderr\n')
        self.fail('with output')
    def test_print_ok(self):
        print('hidden')

class Warn(unittest.TestCase):
    def test_warns(self):
        def f():
            warnings.warn('careful', UserWarning)
            return 3
        self.assertWarns(UserWarning, f)
        with self.assertWarns(UserWarning) as cm:
            f()
        print(type(cm.warning).__name__, cm.warning)
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarns(DeprecationWarning):
                pass
        print(cm.exception)

print(report(unittest.defaultTestLoader.loadTestsFromTestCase(Chained)))
print(report(unittest.defaultTestLoader.loadTestsFromTestCase(Cleanup), verbosity=2))
print(report(unittest.TestSuite([XF('test_passes')]), verbosity=2))
print(report(unittest.defaultTestLoader.loadTestsFromTestCase(Output), buffer=True))
print(report(unittest.defaultTestLoader.loadTestsFromTestCase(Warn)))
suite = unittest.TestSuite()
suite.addTests([Chained('test_from'), Cleanup('test_context'), Chained('test_context')])
print(report(suite, failfast=True))
print(report(unittest.defaultTestLoader.loadTestsFromNames(['Cleanup.test_context', 'NoSuch', 'Cleanup.nope'], sys.modules[__name__])))
def plain():
    print('plain function test')
ft = unittest.FunctionTestCase(plain, description='a plain function')
print(ft, ft.id(), ft.shortDescription())
print(report(unittest.TestSuite([ft]), verbosity=2))
t = Cleanup('test_context')
t.debug()
try:
    unittest.TestSuite().addTest(Cleanup)
except TypeError as e:
    print('TypeError', e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print('TypeError', e)
print(unittest.defaultTestLoader.getTestCaseNames(Cleanup))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*sub*']
print(loader.getTestCaseNames(Cleanup))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = 'test_c'
loader.testNamePatterns = None
print(loader.getTestCaseNames(Cleanup))
print(repr(unittest.TestSuite([Cleanup('test_sub')])))
