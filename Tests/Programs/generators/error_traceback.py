def inner():
    yield 1
    x = 1 / 0
    yield x

def outer():
    yield from inner()

def main():
    for v in outer():
        print(v)

main()
