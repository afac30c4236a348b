# Traces over instances keeping attributes inline: new instances stored into without
# guards, attributes read and replaced in place, and the exits when an instance stops
# matching: an attribute deleted, an instance's attributes moved to a dict (__dict__
# asked for), an instance whose attributes were set out of order, or of another class.

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)


def walk(n):
    acc = Vec(0.0, 0.0, 0.0)
    step = Vec(1.0, 0.5, 0.25)
    for i in range(n):
        acc = acc.add(step.scale(0.5))
        if i % 700 == 699:
            step = Vec(step.x, step.y + 1.0, step.z)
    return acc.x, acc.y, acc.z

print(walk(3000))


class Counter:
    def __init__(self):
        self.hits = 0
        self.misses = 0


def tally(cs, n):
    for i in range(n):
        c = cs[i % len(cs)]
        if i % 3:
            c.hits += 1
        else:
            c.misses += 1
        if i == 1200:
            # Moves one instance's attributes into a dict.
            print(sorted(cs[1].__dict__.items()))
        if i == 1800:
            del cs[2].misses
            cs[2].misses = 100
        if i == 2400:
            cs[0].extra = i
    return [(c.hits, c.misses) for c in cs]

print(tally([Counter() for _ in range(4)], 3000))
print(sorted(vars(Counter()).items()))

# An instance whose attributes were set out of order, then read and updated hot.
odd = Counter.__new__(Counter)
odd.misses = 5
odd.hits = 7
def bump(o, n):
    for i in range(n):
        o.hits = o.hits + 1
        if i == n // 2:
            o.late = "x"
    return o.__dict__
print(bump(odd, 2000))


# Another class at the same site, and an attribute missing on some instances.
class Other:
    def __init__(self):
        self.hits = 1.5
        self.misses = "m"

def mixed(objs, n):
    t = 0.0
    for i in range(n):
        o = objs[i % len(objs)]
        t += o.hits
    return t

print(mixed([Counter(), Counter()], 1500), mixed([Counter(), Other()], 1500))
half = [Counter() for _ in range(4)]
del half[3].hits
try:
    mixed(half, 1500)
except AttributeError as e:
    print("AttributeError", e)
