def g():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
        yield 2

x = g()
next(x)
x.close()
