def g1():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup g1")

g = g1()
print(next(g))
g.close()
print(list(g))
g.close()

def g2():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
        except GeneratorExit:
            print("exit seen")
            raise

g = g2()
print(next(g))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "two"))
g.close()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("closed gen rethrows", repr(e))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def leak():
    yield 1
    raise StopIteration("oops")

try:
    list(leak())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def me():
    yield next(gg)
gg = me()
try:
    next(gg)
except ValueError as e:
    print("ValueError:", e)

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    f.throw(IndexError("early"))
except IndexError as e:
    print("early", e)
print(next(f, "exhausted"))

def deleg():
    try:
        yield from g1()
    except ZeroDivisionError:
        print("outer caught zde")
        yield "after"

d = deleg()
print(next(d))
print(d.throw(ZeroDivisionError))
d2 = deleg()
next(d2)
d2.close()
print("closed d2")

def ret_in_finally():
    try:
        yield 1
    finally:
        return 5
r = ret_in_finally()
next(r)
print(r.close())

def handled():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        raise
h = handled()
print(next(h))
try:
    raise ValueError("caller")
except ValueError:
    try:
        next(h)
    except KeyError as e:
        print("reraised", repr(e))

def counter():
    i = 0
    while i < 3:
        yield i
        i += 1
c = counter()
for x in c:
    for y in counter():
        print(x, y, end="; ")
print()
print(c.gi_running)
def running():
    yield r2.gi_running
r2 = running()
print(next(r2))
