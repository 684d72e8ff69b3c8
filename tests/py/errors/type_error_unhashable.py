# TypeError: unhashable type: 'list'
seen = {}
key = [1, 2]
seen[key] = "value"
