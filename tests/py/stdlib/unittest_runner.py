import io, os, sys, unittest

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')
    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')
    def setUp(self):
        self.x = 1
        self.addCleanup(print, 'cleanup', self._testMethodName)
    def tearDown(self):
        print('tearDown', self._testMethodName)
    def test_a_ok(self):
        self.assertEqual(self.x, 1)
    def test_b_fail(self):
        self.assertEqual(1, 2)
    def test_c_error(self):
        raise ValueError('bad value')
    @unittest.skip('not now')
    def test_d_skip(self):
        pass
    @unittest.expectedFailure
    def test_e_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_f_xpass(self):
        pass
    def test_g_sub(self):
        """Subtests here.

        more"""
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_h_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print('caught', type(cm.exception).__name__)
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertRaises(TypeError):
            pass
    def test_i_msg(self):
        self.assertIn(3, [1, 2], msg='custom')

def run(verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(T)
    print(suite.countTestCases())
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    out = stream.getvalue()
    out = out.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
    lines = []
    for line in out.split('\n'):
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        lines.append(line)
    print('\n'.join(lines))
    print(result, result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())

run(1)
run(2)
