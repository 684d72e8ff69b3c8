import unittest
class R(unittest.TestCase):
    def test_regex(self):
        with self.assertRaisesRegex(ValueError, r'invalid literal .* base 10'):
            int('zz')
        self.assertRaisesRegex(KeyError, 'mis+ing', {}.__getitem__, 'missing')
        try:
            with self.assertRaisesRegex(ValueError, r'^nope$'):
                int('zz')
        except AssertionError as e:
            print(e)
        self.assertRegex('hello world', r'w.rld')
        try:
            self.assertRegex('hello', r'\d+')
        except AssertionError as e:
            print(e)
        try:
            self.assertNotRegex('abc123', r'\d+')
        except AssertionError as e:
            print(e)
        with self.assertWarnsRegex(UserWarning, 'care'):
            import warnings
            warnings.warn('be careful')
r = unittest.TestResult()
R('test_regex').run(r)
print(r.errors, r.failures)
