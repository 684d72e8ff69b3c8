# re: several threads share one compiled pattern (and the module cache) at once.
import re
import threading

word = re.compile(r'(?P<w>[a-zé]+)(\d*)')
text = ' '.join('wörd%d café%d' % (i, i * 7) for i in range(200))
expected = word.findall(text)
expected_search = {k: word.search(text, k * 10).span() for k in range(8)}
expected_sub = word.sub(r'\2', text)
results = {}
errors = []

def worker(k):
    try:
        out = []
        for _ in range(8):
            out.append(word.findall(text) == expected)
            m = word.search(text, k * 10)
            out.append(m.span() == expected_search[k])
            out.append(word.sub(r'\2', text) == expected_sub)
            out.append(len(list(word.finditer(text))) == len(expected))
            # compiling through the shared cache from many threads
            out.append(re.match('t%d-(\\d+)' % (k % 5), 't%d-42' % (k % 5)).group(1) == '42')
            out.append(re.split(r'\s+', 'a b  c') == ['a', 'b', 'c'])
        results[k] = all(out)
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), errors)
print(len(expected), expected[:3], expected[-1])

# purge while other threads compile
stop = []

def compiler(k):
    n = 0
    while not stop:
        re.compile('p%d_%d' % (k, n % 50))
        n += 1

cs = [threading.Thread(target=compiler, args=(k,)) for k in range(3)]
for t in cs:
    t.start()
for _ in range(50):
    re.purge()
    re.compile('[a-z]+').findall('abc def')
stop.append(1)
for t in cs:
    t.join()
print('purge ok')
