# Benchmark: string building with join, += and f-strings, plus split/replace.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i % 97:02d}")
    s = ",".join(parts)
    acc = ""
    for i in range(n // 4):
        acc += str(i % 10)
    words = s.split(",")
    replaced = s.replace(":", "=")
    return len(s), len(acc), len(words), replaced.count("=0"), hash_str(s)
def hash_str(s):
    h = 0
    for ch in s[:200000]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h
print(build(500000))
