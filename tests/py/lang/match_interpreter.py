# A small stack-machine interpreter and a JSON-ish validator written with match, the way
# real programs use structural pattern matching.
from dataclasses import dataclass

@dataclass
class Push:
    value: object
@dataclass
class BinOp:
    op: str
@dataclass
class Jump:
    target: int
    if_zero: bool = False
@dataclass
class Print:
    pass

def run(program):
    stack, pc, out = [], 0, []
    while pc < len(program):
        match program[pc]:
            case Push(value=int(v) | float(v)):
                stack.append(v)
            case Push(str(name)):
                stack.append(len(name))
            case BinOp("+" | "-" | "*" as op):
                b, a = stack.pop(), stack.pop()
                stack.append({"+": a + b, "-": a - b, "*": a * b}[op])
            case BinOp(op):
                raise ValueError(f"bad operator {op}")
            case Jump(t, if_zero=True):
                if stack.pop() == 0:
                    pc = t
                    continue
            case Jump(t):
                pc = t
                continue
            case Print():
                out.append(stack[-1])
            case other:
                raise TypeError(f"not an instruction: {other!r}")
        pc += 1
    return out

# Count down from 3: print, subtract one, loop while non-zero.
prog = [Push(3), Print(), Push(1), BinOp("-"), Push(0), BinOp("+"), Print(),
        Jump(9, if_zero=True), Jump(2), Push("done"), Print()]
print(run([Push(3), Print(), Push("abcd"), BinOp("*"), Print()]))
print(run([Push(2), Push(5), BinOp("-"), Print()]))
for bad in ([Push(1), Push(2), BinOp("/")], [Push(1), "oops"]):
    try:
        run(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def validate(doc, schema):
    match schema, doc:
        case ("int", int()) | ("str", str()) | ("bool", bool()) | ("null", None):
            return True
        case (["list", item_schema], list(items)):
            return all(validate(i, item_schema) for i in items)
        case ({"required": list(req), **fields}, dict(d)):
            if any(k not in d for k in req):
                return False
            return all(validate(d[k], s) for k, s in fields.items() if k in d)
        case ("any", _):
            return True
        case _:
            return False

schema = {"required": ["name"], "name": "str", "age": "int", "tags": ["list", "str"]}
for doc in ({"name": "a", "age": 3}, {"age": 3}, {"name": "b", "tags": ["x", 1]},
            {"name": "c", "tags": ["x", "y"], "extra": None}, ["not", "dict"]):
    print(validate(doc, schema))
