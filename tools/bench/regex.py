# Benchmark: the re module: compiled search/match/findall/finditer/sub/split over a log-like
# text (ASCII and non-ASCII), match object access, and cached module-level calls.
import re

def make_text(n):
    lines = []
    for i in range(n):
        lines.append("2024-%02d-%02d 12:%02d:%02d host%d GET /item/%d?q=caf\u00e9%d 200 %d bytes user=u%d@example.org"
                     % (i % 12 + 1, i % 28 + 1, i % 60, (i * 7) % 60, i % 9, i, i % 5, i * 13 % 9999, i % 77))
    return "\n".join(lines)

def run(text):
    line_re = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<host>\w+) (?P<verb>[A-Z]+) (?P<path>\S+) (?P<status>\d{3})", re.M)
    total = 0
    for m in line_re.finditer(text):
        total += int(m.group("status")) + len(m["path"]) + m.end("host") - m.start()
    emails = re.findall(r"[\w.]+@[\w.]+\.\w+", text)
    numbers = re.findall(r"\b\d+\b", text)
    swapped = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text)
    upper = re.sub(r"host(\d)", lambda m: "HOST" + m.group(1), text)
    parts = re.split(r"[\s=?]+", text)
    words = 0
    for line in text.splitlines():
        if re.match(r"\d{4}-", line) and re.search(r"caf\u00e9[0-4]", line):
            words += 1
    return total, len(emails), len(numbers), len(swapped), upper.count("HOST"), len(parts), words

text = make_text(20000)
result = None
for _ in range(3):
    result = run(text)
print(result)
