# Iterating over a text file's lines with `with open(...)`, and parsing simple records.
import os  # only for os.remove
path = "/tmp/taipan_golden_file_lines_5d90.csv"
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("pear", 10, 0.25), ("fig", 1, 2.75), ("plum", 7, 0.4)]
with open(path, "w") as f:
    for row in rows:
        f.write(",".join(str(x) for x in row) + "\n")
    f.write("\n")
    f.write("# trailing comment\n")
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
total = 0.0
with open(path) as f:
    header = next(f).rstrip("\n").split(",")
    print("header", header)
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, qty, price = line.split(",")
        total += int(qty) * float(price)
        print(f"{name:>6} {int(qty):3d} {float(price):6.2f}")
print("total", round(total, 2))
with open(path) as f:
    print(len(f.readlines()), sum(1 for _ in open(path)))
with open(path) as f:
    print([l.split(",")[0] for l in f if "," in l])
os.remove(path)
try:
    open(path)
    print("still exists")
except FileNotFoundError:
    print("removed")
