# Operators on instances: __op__ entered directly, NotImplemented falling back to the
# reflected method, a subclass's reflected method going first, exceptions raised inside.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return "Money(%d)" % self.cents
    def __add__(self, other):
        if isinstance(other, Money): return Money(self.cents + other.cents)
        return NotImplemented
    def __sub__(self, other):
        if isinstance(other, Money): return Money(self.cents - other.cents)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, int): return Money(self.cents * k)
        return NotImplemented
    def __truediv__(self, k):
        if k == 0: raise ZeroDivisionError("money split zero ways")
        return Money(self.cents // k)
class Ratio:
    def __init__(self, r): self.r = r
    def __rmul__(self, m): return Money(int(m.cents * self.r))
    def __radd__(self, m): return "Ratio.__radd__(%r)" % (m,)
class Euro(Money):
    def __radd__(self, other): return "Euro.__radd__ first"
    def __rsub__(self, other): return NotImplemented
total = Money(0)
for i in range(300):
    total = total + Money(i)
    total = total - Money(1)
print(total, total * 2, total / 3)
print(Money(100) * Ratio(0.25), Money(5) + Ratio(2))
print(Money(1) + Euro(2))
print(Money(1) - Euro(2))
for bad in [lambda: Money(1) + 1, lambda: Money(1) * 1.5, lambda: Money(1) / 0, lambda: Money(3) - "x"]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
acc = Vec(0.0, 0.0)
for i in range(500):
    acc = acc + Vec(i, -i) * 0.5
print(acc.x, acc.y)
