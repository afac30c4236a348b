# A guard failing between LOAD_METHOD on a module and its call: the exit must leave the
# empty "self" slot unbound, as the interpreter expects.
import math
def f(n):
    s = 0.0
    k = 3
    for i in range(n):
        if i == 4000:
            k = 2 ** 62
        s += math.fabs(i * k)
    return s
print(f(5000))
