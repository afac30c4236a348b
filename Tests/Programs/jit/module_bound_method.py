# A module attribute that is a bound method (random.random is bound to a hidden
# instance) called in a hot loop: recording must abort without disturbing the call.
import random
random.seed(12345)
s = 0.0
for i in range(1500):
    s += random.random()
print(round(s, 6))
class Box:
    def __init__(self): self.n = 0
    def bump(self, k):
        self.n += k
        return self.n
b = Box()
f = b.bump
t = 0
for i in range(1500):
    t += f(i)
print(t, b.n)
