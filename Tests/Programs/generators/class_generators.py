# Generator methods, __iter__ as a generator, yield from a class-based iterator.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), list(t.depth_first()))
print(type(t.depth_first()).__name__)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def relay():
    yield from Countdown(3)
    yield "end"


print(list(relay()))
