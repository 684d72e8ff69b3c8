import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='tool', epilog='see docs')
p.add_argument('-v', action='store_true')
sub = p.add_subparsers(help='sub-command help')
a = sub.add_parser('alpha', help='alpha help', description='Alpha does things.')
a.add_argument('n', type=int, help='a number')
a.set_defaults(which='alpha')
b = sub.add_parser('beta', help='beta help', aliases=['b', 'bb'])
b.add_argument('--choice', choices='XYZ')
b.set_defaults(which='beta')
sub.add_parser('gamma')
print(p.format_help())
print(p.parse_args(['alpha', '3']))
print(p.parse_args(['-v', 'bb', '--choice', 'Y']))
print(p.parse_args([]))
for args in (['alpha', '-h'], ['beta', '--choice', 'Q'], ['alpha'], ['delta'], ['alpha', '1', 'extra']):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
print(p.parse_known_args(['alpha', '1', 'extra', '--what']))
try:
    p.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
try:
    sub.add_parser('alpha')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
