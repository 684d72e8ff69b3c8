import sys, unittest, warnings
import os
sys.stderr = sys.stdout
warnings.simplefilter('always')
# Warnings name this file by its absolute path; print it relative to the test folder.
_show = warnings.showwarning
def _relative(message, category, filename, lineno, file=None, line=None):
    _show(message, category, os.path.basename(filename), lineno, file, line)
warnings.showwarning = _relative
class T(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
print(unittest.makeSuite(T))
print(unittest.getTestCaseNames(T, 'test'))
print(unittest.findTestCases(sys.modules['__main__']))
print(unittest.makeSuite(T, prefix='test_b', suiteClass=list))
