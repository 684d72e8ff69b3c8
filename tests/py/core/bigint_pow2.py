# Powers of two and ten as big ints; string conversion both ways.
p = 2 ** 1000
print(p)
print(len(str(p)), sum(map(int, str(p))))
print(p.bit_length(), (p - 1).bit_length(), p >> 990, p % 1000003)
print(int(str(p)) == p, hex(p)[:10], oct(2 ** 100), bin(2 ** 70))
t = 10 ** 50
print(t, t + 1, t - 1, -t, t * t)
print(t // 3, t % 3, divmod(t, 7), divmod(-t, 7))
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[299])
print(fib[299] % 10 ** 9, fib[150] * fib[149] - fib[148] * fib[151])
print(int("9" * 60) + 1, int("-" + "1" * 40) * 9)
print(2 ** 1000 == 4 ** 500, 2 ** 1000 < 3 ** 700, 2 ** 1000 > 10 ** 301)
print(float(2 ** 1000), float(2 ** 60), int(1e20), int(-1.5e25))
print(2 ** 64 / 2 ** 32, 10 ** 30 / 10 ** 10, 1 / 2 ** 100)
