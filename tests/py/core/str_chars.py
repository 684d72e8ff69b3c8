# Character-level string processing: classification, counting, transforming.
text = "Hello, World! 123 Ünïcödé tabs\tand\nnewlines; MIXED case_words"
kinds = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "punct": 0, "other": 0}
for ch in text:
    if ch.isupper():
        kinds["upper"] += 1
    elif ch.islower():
        kinds["lower"] += 1
    elif ch.isdigit():
        kinds["digit"] += 1
    elif ch.isspace():
        kinds["space"] += 1
    elif ch in ",.!;:_-":
        kinds["punct"] += 1
    else:
        kinds["other"] += 1
print(kinds, sum(kinds.values()) == len(text))
def snake_to_camel(s):
    first, *rest = s.split("_")
    return first + "".join(w.capitalize() for w in rest)
def camel_to_snake(s):
    out = []
    for ch in s:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")
for s in ("user_id", "http_response_code", "x", "already"):
    print(s, snake_to_camel(s), camel_to_snake(snake_to_camel(s)))
def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]
for s in ("A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"):
    print(repr(s), is_palindrome(s))
def vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")
print([vowels(w) for w in text.split()], max(text.split(), key=vowels))
counts = [0] * 26
for ch in text.lower():
    if "a" <= ch <= "z":
        counts[ord(ch) - ord("a")] += 1
print("".join(chr(i + 97) * n for i, n in enumerate(counts)))
print([c for c in "a1b2c3" if c.isalpha()], "".join(c for c in text if c.isdigit()), text.swapcase()[:12])
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
