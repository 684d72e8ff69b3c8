import argparse, io, sys
def run(f, *a):
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        print(f(*a))
    except SystemExit as e:
        print('exit', e.code)
    except TypeError as e:
        print('TypeError', e)
    finally:
        sys.stderr = old
    print(err.getvalue(), end='')
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
run(p.parse_intermixed_args, 'doit 1 --foo bar 2 3'.split())
run(p.parse_known_args, 'doit 1 --foo bar 2 3'.split())
run(p.parse_known_intermixed_args, 'doit 1 --foo bar 2 3 --zz'.split())
run(p.parse_intermixed_args, '--foo x'.split())
run(p.parse_intermixed_args, 'a 1 --bad'.split())
q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs='...')
run(q.parse_intermixed_args, [])
