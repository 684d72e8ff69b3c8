import random
for s in [0, 1, 42, -7, 2**32, 2**100+12345, 123456789012345678901234567890]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(5), random.getrandbits(40), random.getrandbits(100), random.randrange(10), random.randint(1, 10**30))
    print(random.choice('abcdef'), random.choices(range(100), k=3), random.choices('abc', [1, 2, 3], k=4), random.sample(range(1000), 5), random.sample(range(10), 10))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.uniform(1, 5), random.gauss(), random.gauss(2, 3), random.normalvariate(), random.expovariate(2), random.triangular(), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
    print(random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.randbytes(5))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(3.5); print(random.random())
r = random.Random(5); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)])
print(random.Random(7).sample(['a','b','c'], counts=[2,3,1], k=4))
class R(random.Random):
    def random(self): return 0.5
print(R().randrange(10), R().choice([1,2,3]))
for e in ['random.randrange(0)', 'random.choice([])', 'random.sample(range(3), 5)', 'random.randrange(1, 1)', 'random.randrange(0, 10, 0)', 'random.getrandbits(-1)', 'random.sample({1,2}, 1)']:
    try: eval(e)
    except Exception as x: print(type(x).__name__, x)
