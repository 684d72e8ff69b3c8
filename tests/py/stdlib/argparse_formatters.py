import os, sys, io
os.environ['COLUMNS'] = '60'
import argparse
def run(p, args):
    err = io.StringIO(); out = io.StringIO()
    old = sys.stderr, sys.stdout; sys.stderr = err; sys.stdout = out
    try:
        r = p.parse_args(args)
        sys.stdout = old[1]; print(r)
    except SystemExit as e:
        sys.stdout = old[1]; print('exit', e.code)
    finally:
        sys.stderr, sys.stdout = old
    print(out.getvalue(), end='')
    print(err.getvalue(), end='')
desc = '''First line
    indented line

  last paragraph'''
for fc in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    p = argparse.ArgumentParser(prog='f', description=desc, epilog=desc, formatter_class=fc)
    p.add_argument('--alpha', type=int, default=4, help='line one\n  line two')
    p.add_argument('--beta', type=str, help='beta')
    p.add_argument('gamma', type=float, nargs='?', default=1.5, help='gamma')
    p.add_argument('delta', type=str, nargs='*', help='delta')
    print(p.format_help())
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
parent.set_defaults(extra=1)
child = argparse.ArgumentParser(prog='child', parents=[parent], argument_default=argparse.SUPPRESS)
child.add_argument('--other')
child.add_argument('--lst', action='append', type=int)
child.add_argument('--ext', action='extend', nargs='+')
child.add_argument('--c', action='append_const', const=7, dest='cs')
child.add_argument('--d', action='append_const', const=8, dest='cs')
run(child, [])
run(child, ['--lst', '1', '--lst', '2', '--ext', 'a', 'b', '--ext', 'c', '--c', '--d', '--c'])
print(child.format_help())
print(child.get_default('common'), child.get_default('extra'))
p = argparse.ArgumentParser(prog='v')
p.add_argument('-V', '--version', action='version', version='%(prog)s 2.5')
run(p, ['-V'])
run(p, ['-h'])
p = argparse.ArgumentParser(prog='e', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name, e.message)
try:
    p.add_argument('--n')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
p = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
p.add_argument('-x', '--xx', help='old')
p.add_argument('-x', help='new')
print(p.format_help())
for bad in [dict(nargs=0), dict(action='store_true', nargs=1), dict(action='bogus'), dict(const=1), dict(metavar=('a','b'))]:
    try:
        argparse.ArgumentParser().add_argument('--q', **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('q', required=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('q', dest='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('-')
except ValueError as e:
    print(type(e).__name__, e)
a = argparse.Namespace(x=1); print(a == argparse.Namespace(x=1), 'x' in a, vars(a))
print(repr(argparse.FileType('w', encoding='utf-8')))
def pos_int(s):
    v = int(s)
    if v <= 0: raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
p = argparse.ArgumentParser(prog='t')
p.add_argument('k', type=pos_int)
run(p, ['-3'])
run(p, ['0'])
run(p, ['4'])
print(repr(p.add_argument('--zz', type=int, default=3, help='z')))
s = p.add_subparsers()
print(repr(p)[:60])
