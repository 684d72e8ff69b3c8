# Matrix helpers on nested lists: multiply, transpose, determinant, identity, power.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def mpow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
def show(m):
    for row in m:
        print(" ".join("%6s" % x for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(matmul(b, a))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]), det([[3]]))
fibm = mpow([[1, 1], [1, 0]], 90)
print(fibm[0][1], mpow([[1, 1], [1, 0]], 200)[0][1])
rot = [[0, -1], [1, 0]]
print(mpow(rot, 4) == identity(2), mpow(rot, 2))
h = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
show([[round(x, 4) for x in row] for row in h])
print(round(det(h), 10), [sum(row) for row in matmul(h, identity(3))] == [sum(r) for r in h])
