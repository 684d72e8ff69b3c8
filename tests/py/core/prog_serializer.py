# A hand-written JSON-like serializer and parser for nested Python data.
def dump(x, indent=0):
    pad = "  " * indent
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, (int, float)):
        return repr(x)
    if isinstance(x, str):
        return '"' + x.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(x, (list, tuple)):
        if not x:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(v, indent + 1) for v in x) + "\n" + pad + "]"
    if isinstance(x, dict):
        if not x:
            return "{}"
        return "{\n" + ",\n".join(pad + "  " + dump(str(k)) + ": " + dump(v, indent + 1) for k, v in x.items()) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(x).__name__)
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                k = value()
                ws(); pos += 1
                out[k] = value()
                ws()
                pos += 1
                if s[pos - 1] == "}":
                    return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                pos += 1
                if s[pos - 1] == "]":
                    return out
        if ch == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    buf.append({"n": "\n"}.get(s[pos], s[pos]))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        text = s[start:pos]
        return float(text) if any(c in text for c in ".eE") else int(text)
    return value()
data = {"name": "taipan", "version": [0, 1, 0], "fast": True, "gil": None, "ratio": 0.75,
        "nested": {"empty": [], "obj": {}, "quote": 'say "hi"\nbye', "neg": -12, "big": 2 ** 70},
        "list": [1, [2, [3, {"x": False}]], "s"]}
text = dump(data)
print(text)
back = parse(text)
print(back == data, back["nested"]["quote"], back["list"][1][1][1], type(back["ratio"]).__name__)
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
