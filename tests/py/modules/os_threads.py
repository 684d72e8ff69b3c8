# os calls from several threads at once (blocking calls detach from the collector).
import os
import threading

base = '/tmp/taipan_os_threads_%d' % os.getpid()
os.mkdir(base)
for i in range(50):
    with open(os.path.join(base, 'f%02d' % i), 'w') as f:
        f.write('x' * i)

results = []
lock = threading.Lock()


def worker(n):
    total = 0
    for _ in range(40):
        names = os.listdir(base)
        total += sum(os.stat(os.path.join(base, name)).st_size for name in names)
        with os.scandir(base) as it:
            total += sum(1 for e in it if e.is_file())
        os.environ['TAIPAN_T%d' % n] = str(total)
    r, w = os.pipe()
    os.write(w, b'%d' % n)
    os.close(w)
    got = os.read(r, 10)
    os.close(r)
    with lock:
        results.append((n, total, got))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(sorted(k for k in os.environ if k.startswith('TAIPAN_T')))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
