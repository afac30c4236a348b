# Generators hold their locals, handled exceptions and try/finally state across yields.
def walker(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walker(sub)
    else:
        yield tree

print(list(walker([1, [2, [3, 4]], [[5]], 6])))

def log_finally(tag):
    try:
        for i in range(3):
            try:
                yield (tag, i)
            finally:
                print("inner finally", tag, i)
    finally:
        print("outer finally", tag)

for v in log_finally("a"):
    print(v)
g = log_finally("b")
print(next(g))
g.close()

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulate()
next(acc)
for k in [5, 10, 20]:
    print("running total", acc.send(k))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def delegator():
    result = yield from accumulate()
    print("delegate returned", result)
    yield "done"

d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))

def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())

def context_in_generator():
    try:
        raise ValueError("first")
    except ValueError:
        yield "handling"
        try:
            raise KeyError("second")
        except KeyError as e:
            print("context is", repr(e.__context__))

print(list(context_in_generator()))

def gen_with_return_in_try():
    try:
        yield 1
        return "early"
    finally:
        print("finally on return")

print(list(gen_with_return_in_try()))
def catch_stop():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "caught StopIteration inside"
print(list(catch_stop()))
it = iter(gen_with_return_in_try())
print(next(it), next(it, "default"))
