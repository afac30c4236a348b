def f():
    with 3.5 as x:
        return x

print(f())
