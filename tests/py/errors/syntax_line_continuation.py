value = 3
value = value \ 2
