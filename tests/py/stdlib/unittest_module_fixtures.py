import io, os, sys, unittest
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
state = {'fail_module': True}
def setUpModule():
    print('setUpModule')
    unittest.addModuleCleanup(print, 'module cleanup')
    if state['fail_module']:
        raise ValueError('module setup failed')
def tearDownModule():
    print('tearDownModule')
    raise OSError('module teardown failed')
class A(unittest.TestCase):
    def test_a(self):
        print('A.test_a')
class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')
    def test_x(self):
        print('never')
class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError('tdc failed')
    def test_y(self):
        pass
def run():
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    out = stream.getvalue().replace(HERE, '')
    print('\n'.join(l.split(' in ')[0] if l.startswith('Ran ') else l for l in out.split('\n')))
    print(result)
run()
state['fail_module'] = False
run()
