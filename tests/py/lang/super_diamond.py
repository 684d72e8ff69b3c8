log = []
class A:
    def __init__(self):
        log.append("A")
    def go(self):
        return ["A"]
class B(A):
    def __init__(self):
        log.append("B>")
        super().__init__()
        log.append("B<")
    def go(self):
        return ["B"] + super().go()
class C(A):
    def __init__(self):
        log.append("C>")
        super().__init__()
        log.append("C<")
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def __init__(self):
        log.append("D>")
        super().__init__()
        log.append("D<")
    def go(self):
        return ["D"] + super().go()
D()
print(log)
print(D().go())
print(super(B, D()).go())
print(super(C, D()).go())
class Kw:
    def __init__(self, **kw):
        print("Kw leftover", sorted(kw))
class P1(Kw):
    def __init__(self, p1=None, **kw):
        print("P1", p1)
        super().__init__(**kw)
class P2(Kw):
    def __init__(self, p2=None, **kw):
        print("P2", p2)
        super().__init__(**kw)
class Both(P1, P2):
    pass
Both(p1=1, p2=2, extra=3)
class M:
    @classmethod
    def create(cls):
        return ["M", cls.__name__]
class M1(M):
    @classmethod
    def create(cls):
        return ["M1"] + super().create()
class M2(M):
    @classmethod
    def create(cls):
        return ["M2"] + super().create()
class MM(M1, M2):
    @classmethod
    def create(cls):
        return ["MM"] + super().create()
print(MM.create())
