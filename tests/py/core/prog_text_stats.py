# Word and letter statistics over a fixed text.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), len(set(words)), words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print("%-8s %3d %s" % (w, n, "*" * n))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20], sum(l.count(",") for l in lines))
print(" ".join(w.capitalize() for w in words[:6]), text.count("it was"), text.lower().count("it was"))
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, text.find("Light"), text.index("Darkness"), text[-20:])
