# Assignment expressions (:=).
data = [5, 12, 7, 20, 3, 18]
if (n := len(data)) > 5:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 20], y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
total = 0
partial = [total := total + x for x in range(6)]
print(partial, total)
def first_match(words, prefix):
    if any((hit := w).startswith(prefix) for w in words):
        return hit
    return None
print(first_match(["apple", "banana", "blueberry"], "b"), first_match(["x"], "z"))
import_text = "a=1;b=22;c=333"
print({k: int(v) for part in import_text.split(";") if (kv := part.split("=")) for k, v in [kv]})
chunks = []
pos = 0
text = "abcdefghij"
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
print((z := 10) + z, z)
def f(x):
    return x * x
res = [(y, f(y)) for x in range(5) if (y := f(x)) % 2 == 0]
print(res)
