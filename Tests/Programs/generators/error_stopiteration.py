def g():
    yield 1
    raise StopIteration
print(sum(g()))
