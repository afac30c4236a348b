import sys
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)
print(list(chain(900)))
def rec(n):
    if n > 0:
        for x in rec(n - 1):
            yield x
    yield n
print(sum(rec(400)))
def inf(n):
    yield from inf(n + 1)
try:
    next(inf(0))
except RecursionError as e:
    print("RecursionError", e)
