# Memory stays flat while a loop allocates and drops millions of objects: the resident
# set size after 3 million short-lived objects is close to what it was after a warm-up.

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def churn(n):
    total = 0
    for i in range(n):
        item = [i, str(i), (i, i + 1), {"k": i}]
        total += len(item[1]) + item[2][1] + item[3]["k"]
    return total


print(churn(300_000))
base = rss_kb()
print(churn(1_000_000))
print(churn(1_000_000))
print(churn(1_000_000))
grown_mb = (rss_kb() - base) / 1024
print("flat" if grown_mb < 40 else f"grew by {grown_mb:.0f} MB")
