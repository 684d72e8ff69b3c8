import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)
cases = [
    (['-a', '-b', 'val', '-cfoo', 'file1', 'file2'], 'ab:c:', []),
    (['-abval', '--', '-c', 'x'], 'ab:c', []),
    (['--verbose', '--output=out.txt', '--level', '3', 'arg'], 'v', ['verbose', 'output=', 'level=']),
    (['--verb', '--out', 'o', 'x'], '', ['verbose', 'output=']),
    (['-', '-a'], 'a', []),
    (['x', '-a'], 'a', []),
    ([], 'a', []),
    (['--only'], '', 'only'),
]
for args, short, long in cases:
    print(getopt.getopt(args, short, long))
print(getopt.gnu_getopt(['a1', '-v', 'a2', '--out=x', 'a3', '--', '-z'], 'v', ['out=']))
print(getopt.gnu_getopt(['a1', '-v', 'a2'], '+v'))
print(getopt.gnu_getopt(['-', '-v'], 'v'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['-v', 'a1', '-v'], 'v'))
del os.environ['POSIXLY_CORRECT']
errors = [
    (['-x'], 'a', []),
    (['-b'], 'b:', []),
    (['--nope'], '', ['yes']),
    (['--out'], '', ['out=']),
    (['--flag=1'], '', ['flag']),
    (['--ver'], '', ['verbose', 'version']),
    (['--lo'], 'l:', ['long=']),
]
for args, short, long in errors:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.opt), repr(e.msg), e.args)
print(getopt.error is getopt.GetoptError)
e = getopt.GetoptError('message')
print(str(e), repr(e.opt), e.args)
