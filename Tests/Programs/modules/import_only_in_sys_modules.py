# A module imported inside a function only: later imports must find the same, live module.
def f():
    import math
    return math.floor(2.5)
print(f())
x = [i for i in range(100)]
print(f())
# A module imported where nothing but sys.modules keeps it: it must survive collections.
import sys
def g():
    import math as m
    return m.sqrt(16.0)
junk = [[i] for i in range(1000)]
print(g(), "math" in sys.modules, sys.modules["math"].pi)
