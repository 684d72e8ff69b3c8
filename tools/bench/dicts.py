# Benchmark: dict work: word counting, get/setdefault, iteration, deletion.
def make_words(n):
    seed = 7
    vocab = ["w%d" % i for i in range(5000)]
    out = []
    for _ in range(n):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        out.append(vocab[(seed >> 8) % 5000])
    return out
words = make_words(1000000)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
groups = {}
for w, c in counts.items():
    groups.setdefault(c % 10, []).append(w)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
inv = {v: k for k, v in counts.items()}
for k in list(counts)[::2]:
    del counts[k]
print(len(words), top, len(groups), len(inv), len(counts), sum(counts.values()))
