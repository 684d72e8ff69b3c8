# A recursive-descent calculator, roman numerals, run-length and Caesar encodings.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        else:
            toks.append(ch)
            i += 1
    return toks
class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        t = self.take()
        if t == "-":
            return -self.unary()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if isinstance(t, (int, float)):
            return t
        raise SyntaxError("unexpected token %r" % (t,))
for src in ("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2.5", "2 * (3 + (4 - 1)) ^ 2", "1 +", "(2"):
    try:
        print(src, "=", Parser(src).expr())
    except (SyntaxError, TypeError) as e:
        print(src, "error:", type(e).__name__, e)
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if b != " " and vals[a] < vals[b] else vals[a]
    return total
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaaaaaaaaaaa"):
    print(repr(rle(s)), unrle(rle(s)) == s)
def caesar(s, k):
    return "".join(chr((ord(c) - b + k) % 26 + b) if c.isalpha() else c for c in s for b in [65 if c.isupper() else 97])
msg = "Hello, World! The Quick Brown Fox."
print(caesar(msg, 3), caesar(caesar(msg, 13), 13) == msg, caesar("xyz", 4))
