import unittest, random

class Diffs(unittest.TestCase):
    maxDiff = None
    def check(self, func, *args, **kwargs):
        try:
            func(*args, **kwargs)
        except AssertionError as e:
            print(func.__name__, '->', e)
        else:
            print(func.__name__, 'passed')
    def test_diffs(self):
        c = self.check
        c(self.assertEqual, 'hello world', 'hello there world')
        c(self.assertEqual, 'abc', 'xyz')
        c(self.assertEqual, 'line one\nline two\nline three\n', 'line one\nline 2\nline three\nline four\n')
        c(self.assertEqual, 'x' * 100 + 'a', 'x' * 100 + 'b')
        c(self.assertEqual, 'tab\there', 'tab\tthere')
        c(self.assertEqual, [1, 2, 3], [1, 2, 4])
        c(self.assertEqual, [1, 2, 3], [1, 2])
        c(self.assertEqual, [1, 2], [1, 2, 3, 4])
        c(self.assertEqual, (1, 'a'), (1, 'b'))
        c(self.assertEqual, list(range(40)), list(range(1, 41)))
        c(self.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})
        c(self.assertEqual, {'k%d' % i: i for i in range(30)}, {'k%d' % i: i + (i == 17) for i in range(30)})
        c(self.assertListEqual, [1], (1,))
        c(self.assertSequenceEqual, 'abc', 'abd')
        c(self.assertMultiLineEqual, 'a\nb\nc\nd\ne\n', 'a\nB\nc\nd\nE\nf\n')
        rnd = random.Random(5)
        words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
        a = '\n'.join(rnd.choice(words) + ' ' + rnd.choice(words) for _ in range(30))
        lines = a.split('\n')
        for _ in range(6):
            i = rnd.randrange(len(lines))
            lines[i] = lines[i].replace('a', 'o', 1) if rnd.random() < 0.6 else rnd.choice(words)
        del lines[rnd.randrange(len(lines))]
        lines.insert(rnd.randrange(len(lines)), 'inserted line here')
        c(self.assertEqual, a, '\n'.join(lines))
        self.maxDiff = 50
        c(self.assertEqual, [1, 2, 3], [1, 2, 4])

import io
prog = unittest.main(argv=["x"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, prog.result.wasSuccessful())
