def f(y):
    return list((yield) for x in y)

print(f)
