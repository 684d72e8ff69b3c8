# unittest.main() with the report on stderr: exit status 1 and the summary as the last
# stderr line. The arguments come from unittest_main_fail.py.args.
import sys
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(2 * 2, 5, 'multiplication')

    def test_error(self):
        raise RuntimeError('unexpected')

    @unittest.skip('later')
    def test_skipped(self):
        pass


class Other(unittest.TestCase):
    def test_not_selected(self):
        print('not selected')


print('argv:', sys.argv[1:])
unittest.main()
