# csv: reading and writing with the common dialects and options, dict rows, errors.
import csv
import io

data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n"multi\nline",1,x\r\n\r\nlast,,\r\n'
r = csv.reader(io.StringIO(data, newline=""))
for row in r:
    print(r.line_num, row)

print(list(csv.reader(["a,b", "c,d"])))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["1,2.5,'x'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['a,"b,c'])))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(['"a""b",c'], doublequote=True)), list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'say "x"', None, 1.5, 10, "line\nbreak", ""]))
w.writerows([[1, 2], [], [""], ["  lead"]])
print(repr(out.getvalue()))

for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    out = io.StringIO()
    csv.writer(out, quoting=q, lineterminator="\n").writerow(["x", 1, 2.0, None, True])
    print(q, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"', "plain"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, dialect="unix").writerow(["u", 2])
print(repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5})
dw.writerows([{"id": 2, "name": "Ben"}, {"id": 3, "score": 7}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)

dr = csv.DictReader(io.StringIO(out.getvalue()))
print(dr.fieldnames)
for row in dr:
    print(row)
dr = csv.DictReader(["1,2,3,4", "5"], fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(dr))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["a|b|c"], "pipes")))
csv.unregister_dialect("pipes")

class Semi(csv.excel):
    delimiter = ";"
print(list(csv.reader(["x;y"], Semi)))

for bad in (lambda: list(csv.reader(['a,"b'], strict=True)),
            lambda: list(csv.reader(['"a"b'], strict=True)),
            lambda: list(csv.reader(["a\0b"])),
            lambda: list(csv.reader([b"bytes"])),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.writer(io.StringIO()).writerow(5),
            lambda: csv.get_dialect("nope"),
            lambda: csv.unregister_dialect("nope"),
            lambda: csv.reader([], delimiter="::"),
            lambda: csv.reader([], delimiter=5),
            lambda: csv.reader([], quoting=9),
            lambda: csv.writer(5)):
    try:
        bad()
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

old = csv.field_size_limit()
csv.field_size_limit(10)
try:
    list(csv.reader(["x" * 20]))
except csv.Error as e:
    print("Error:", e)
print(old, csv.field_size_limit(old))

sample = "a,b,c\n1,2,3\n4,5,6\n"
d = csv.Sniffer().sniff(sample)
print(d.delimiter, csv.Sniffer().has_header(sample))
