a = list[int]
print(a, a.__origin__, a.__args__)
print(dict[str, int], tuple[int, ...], type[int])
