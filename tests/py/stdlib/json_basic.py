import json
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\nb"', r'"\x"', r'"\u12"', '[1] x', 'nul', '{"a":}', '-', '01', '1.', '[', '{', '{"a"', '"\\', 'tru', '[1,', '\ufeff1', '\n\n  [1,\n  x]']:
  try: print(repr(s), json.loads(s))
  except json.JSONDecodeError as e: print(repr(s), type(e).__name__, e, e.pos, e.lineno, e.colno, e.msg)
print(json.dumps([1.0, float('inf'), 1e20, 2**70, True, None, 'é\u2028\U0001f600\x7f\x01"\\', {'b': 1, 'a': [1, {}], 2: 3, 1.5: 4, None: 5, False: 6}]))
print(json.dumps({'b': 1, 'a': [1, {}, []]}, indent=2, sort_keys=True))
print(json.dumps('é', ensure_ascii=False), json.dumps([1,2], indent=0), json.dumps({'a':1}, separators=(',',':')), json.dumps([1,[2]], indent='\t'))
print(json.dumps({'é\n': 'x\u2028'}, ensure_ascii=False))
try: json.dumps(float('nan'), allow_nan=False)
except Exception as e: print(e)
try: json.dumps({1: object()})
except Exception as e: print(e)
try: json.dumps({(1,): 2})
except Exception as e: print(e)
print(json.dumps({(1,): 2, 'a': 1}, skipkeys=True))
a = []; a.append(a)
try: json.dumps(a)
except Exception as e: print(e)
print(json.dumps(set([1,2]), default=sorted))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {"c": {}}, "a": 2}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.loads(b'{"x": [1]}'), json.loads('"a\tb"', strict=False))
class E(json.JSONEncoder):
    def default(self, o):
        return repr(o)
print(json.dumps([1, 1j], cls=E), E(indent=1).encode({'a': [1]}))
d = json.JSONDecoder(); print(d.raw_decode('[1, 2] tail'))
print(json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789.123), json.dumps(True), json.dumps("a"))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({'a': [1, 2]}, w, indent=2); print(''.join(w.parts))
class R:
    def read(self): return '[1, {"b": null}]'
print(json.load(R()))
