# AttributeError on None returned by a function that forgot to return.
def find(items, target):
    for i in items:
        if i == target:
            return i
result = find(["a", "b"], "c")
print(result)
print(result.upper())
