# A first taste of taipan: generators, a class, f-string tables and big ints.

def primes():
    """Yields the primes forever, testing each candidate against the primes found so far."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


class Planet:
    def __init__(self, name, moons, au):
        self.name = name
        self.moons = moons
        self.au = au

    def light_minutes(self):
        return self.au * 499.005 / 60

    def __repr__(self):
        return f"Planet({self.name!r})"


print("Hello from taipan!\n")

gen = primes()
first = [next(gen) for _ in range(15)]
print("The first 15 primes:", ", ".join(map(str, first)))

planets = [Planet("Mercury", 0, 0.387), Planet("Earth", 1, 1.0),
           Planet("Mars", 2, 1.524), Planet("Jupiter", 95, 5.203)]
print(f"\n{'planet':<8} {'moons':>5} {'AU':>6} {'light min':>9}")
for p in sorted(planets, key=lambda p: p.au):
    print(f"{p.name:<8} {p.moons:>5} {p.au:>6.3f} {p.light_minutes():>9.2f}")

f = 1
for i in range(2, 51):
    f *= i
print(f"\n50! = {f}")
print(f"    = {f:.3e}, {len(str(f))} digits, {f.bit_length()} bits")
