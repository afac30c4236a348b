def g():
    yield next(me)

me = g()
print("start")
next(me)
