# Position markers ('^' and '~') under traceback source lines, printed to stdout.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'F'), end='')
    print('--')


def div(x): return x / 0
def fail(*args): raise ValueError('bad')


class Box:
    def __init__(self):
        self.items = [1, 2]

    def get(self, i):
        return self.items[i]


def calls():
    total = 1 + div(2)


def call_alone():
    fail()


def attribute():
    n = 5
    return n.missing + 1


def binop_nested():
    a, b, c = 1, 0, 2
    return (a + c) * c // b


def binop_spacing():
    a, b = 1, 0
    return a  %  b


def binop_paren_operand():
    a, b = 7, 0
    return a //(b)


def subscript():
    d = {'a': 1}
    return d['b'] + 1


def subscript_chain():
    rows = [[1], [2]]
    return rows[1][5]


def subscript_whole():
    rows = []
    rows[0]


def multiline_call():
    x = 1 + fail(1,
                 2)


def multiline_alone():
    fail(1,
         2)


def whole_statement():
    raise KeyError('k')


def lambda_body():
    f = lambda q: q.nope
    return f(3)


def method_call():
    box = Box()
    return box.get(7)


def method_arguments():
    return 'abc'.split(1, 2, 3)


def unary_power():
    return -2 ** 'x'


for case in [calls, call_alone, attribute, binop_nested, binop_spacing, binop_paren_operand,
             subscript, subscript_chain, subscript_whole, multiline_call, multiline_alone,
             whole_statement, lambda_body, method_call, method_arguments, unary_power]:
    show(case)
