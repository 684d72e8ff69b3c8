# A tiny stack-based virtual machine interpreting a list of instructions.
def run(program, trace=False):
    stack, pc, steps, out = [], 0, 0, []
    vars_ = {}
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "add":
            b, a = stack.pop(), stack.pop(); stack.append(a + b)
        elif op == "sub":
            b, a = stack.pop(), stack.pop(); stack.append(a - b)
        elif op == "mul":
            b, a = stack.pop(), stack.pop(); stack.append(a * b)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "store":
            vars_[args[0]] = stack.pop()
        elif op == "load":
            stack.append(vars_[args[0]])
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        elif op == "label":
            pass
        else:
            raise ValueError("bad op " + op)
        if trace:
            print("  %-6s %-8s %s" % (op, args[0] if args else "", stack))
    return out, steps, vars_
factorial = [("push", 1), ("store", "acc"), ("push", 20), ("store", "n"),
             ("label", "loop"), ("load", "n"), ("jz", "end"),
             ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
             ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", "loop"),
             ("label", "end"), ("load", "acc"), ("print",)]
print(run(factorial))
small = [("push", 2), ("push", 3), ("add",), ("dup",), ("mul",), ("push", 7), ("swap",), ("sub",), ("print",)]
print(run(small, trace=True))
fib = [("push", 0), ("store", "a"), ("push", 1), ("store", "b"), ("push", 30), ("store", "n"),
       ("label", "top"), ("load", "n"), ("jz", "done"), ("load", "a"), ("print",),
       ("load", "a"), ("load", "b"), ("dup",), ("store", "a"), ("add",), ("store", "b"),
       ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", "top"), ("label", "done")]
out, steps, env = run(fib)
print(out, steps, sorted(env.items()))
try:
    run([("bogus",)])
except ValueError as e:
    print("ValueError:", e)
try:
    run([("add",)])
except IndexError as e:
    print("IndexError:", e)
