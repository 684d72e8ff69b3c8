# Many short-lived dicts and a large dict that is filled, thinned and refilled.
total = 0
for i in range(100000):
    d = {"id": i, "name": "n%d" % (i % 100), "tags": [i % 3, i % 5]}
    d["score"] = d["id"] * 2 + len(d["tags"])
    total += d["score"]
print("records", total)
big = {}
for i in range(200000):
    big[i] = str(i)
for i in range(0, 200000, 2):
    del big[i]
for i in range(0, 200000, 3):
    big[i] = i
print("big dict", len(big), sum(k for k in big if isinstance(big[k], int)), big[199999])
words = {}
for i in range(100000):
    w = "w" + str(i % 5000)
    words[w] = words.get(w, 0) + 1
print("word counts", len(words), words["w0"], words["w4999"])
