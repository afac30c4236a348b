# A branch that goes one way for thousands of iterations, then the other.
def run(n, flip):
    a = 0
    b = 0
    for i in range(n):
        if i < flip:
            a += 1
        else:
            b += 2
    return a, b

print(run(10000, 7000))
print(run(10000, 0))
print(run(10000, 10000))

def alternating(n):
    evens = 0
    odds = 0.0
    i = 0
    while i < n:
        if i % 2 == 0:
            evens += i
        else:
            odds += i * 0.5
        i += 1
    return evens, odds

print(alternating(20001))
