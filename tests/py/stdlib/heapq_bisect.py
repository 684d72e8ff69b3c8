import heapq, bisect
data = [5, 1, 8, 3, 9, 2, 7, 1, 8]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(0, data), heapq.nlargest(-1, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(4, iter(data)), heapq.nlargest(1, []), heapq.nsmallest(1, data))
pairs = [(1,'a'),(0,'b'),(1,'c'),(0,'d'),(2,'e'),(1,'f')]
print(heapq.nsmallest(3, iter(pairs), key=lambda p: p[0]), heapq.nlargest(3, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(10, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1,3,5],[2,4,6],[0,7])), list(heapq.merge([5,3,1],[6,2], reverse=True)))
print(list(heapq.merge(['a','bb'],['c','dd'], key=len)), list(heapq.merge()))
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))])
h = [9, 4, 7, 1]; heapq.heapify(h); print(h[0], heapq.heapreplace(h, 5), heapq.heappushpop(h, 0), sorted(h))
# a priority queue of tasks
pq = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(pq, (prio, name))
while pq:
    print(heapq.heappop(pq))
a = [1,2,2,4]; print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3))
bisect.insort(a, 3); bisect.insort_left(a, 0); print(a)
print(bisect.bisect_left([(1,'x'),(3,'y')], 2, key=lambda p: p[0]))
recs = [(1, 'a'), (5, 'b')]; bisect.insort(recs, (3, 'c'), key=lambda r: r[0]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
