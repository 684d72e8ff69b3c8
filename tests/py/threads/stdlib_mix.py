# Several threads use the new stdlib modules at once (re, json, hashlib, zlib, struct,
# datetime, fractions, pickle, csv, array, base64, weakref) while collections run.
import threading, re, json, hashlib, zlib, struct, datetime, fractions, statistics, pickle, weakref, gc, csv, io, base64, array
errors = []
def work(tid):
    try:
        pat = re.compile(r"(\w+)=(\d+)")
        for i in range(60):
            s = "a=%d b=%d c=%d" % (i, tid, i * tid)
            d = dict((k, int(v)) for k, v in pat.findall(s))
            js = json.dumps(d, sort_keys=True)
            assert json.loads(js) == d
            h = hashlib.sha256(js.encode()).hexdigest()
            z = zlib.decompress(zlib.compress(h.encode() * 10))
            assert z == h.encode() * 10
            p = struct.unpack("<iqd", struct.pack("<iqd", i, tid, i / 3))
            assert p[0] == i
            dt = datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=i * tid)
            f = fractions.Fraction(i, tid + 1)
            assert pickle.loads(pickle.dumps((d, dt, f))) == (d, dt, f)
            buf = io.StringIO()
            csv.writer(buf).writerow([i, tid, s])
            assert next(csv.reader(io.StringIO(buf.getvalue())))[2] == s
            a = array.array("d", [i, tid])
            assert base64.b64decode(base64.b64encode(a.tobytes())) == a.tobytes()
            class O: pass
            o = O(); r = weakref.ref(o); del o
            if i % 20 == 0:
                gc.collect()
        statistics.mean([1, 2, 3, tid])
    except Exception as e:
        errors.append(repr(e))
ts = [threading.Thread(target=work, args=(t,)) for t in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("errors:", errors)
