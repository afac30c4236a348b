# Single and multiple inheritance, C3 MRO, super() in both forms, class attributes,
# isinstance/issubclass, method resolution through bases.
class Animal:
    kind = "animal"
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s the %s says %s" % (self.name, self.kind, self.sound)
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)

class Dog(Animal):
    kind = "dog"
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super(Puppy, self).__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age

for a in [Animal("x"), Dog("rex"), Puppy("bit", 1)]:
    print(a, a.speak(), isinstance(a, Animal), isinstance(a, Dog), type(a) is Dog)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__, Dog.__base__)

class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    registry = []
    def __init__(self):
        Base.registry.append(type(self).__name__)
class Left(Base): pass
class Right(Base): pass
Left(); Right(); Left()
print(Base.registry, Left.registry is Base.registry)

class Counter:
    total = 0
    def incr(self):
        self.total += 1      # creates an instance attribute shadowing the class one
        type(self).total += 10
c = Counter()
c.incr(); c.incr()
print(c.total, Counter.total, c.__dict__)

class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
    def describe(self): return "%s with area %.2f" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circ(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
print([s.describe() for s in [Sq(2), Circ(1)]])
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class M:
    def m(self, x): return x * 2
bound = M().m
unbound = M.m
print(bound(3), unbound(M(), 4), bound.__name__, type(bound).__name__)

class Meta:
    @classmethod
    def create(cls, *args): return cls(*args)
    @staticmethod
    def helper(a, b): return a + b
class Sub(Meta):
    def __init__(self, v=0): self.v = v
s = Sub.create(5)
print(type(s).__name__, s.v, Sub.helper(1, 2), s.helper(3, 4), Sub().create(7).v)
print(isinstance(3, object), isinstance(Sub, type), type(Sub).__name__, isinstance(s, (list, Meta)))
