# A loop variable that turns from int to float mid-loop: the trace's type guard fails
# and the interpreter carries on with the float.
def run(n):
    s = 0
    for i in range(n):
        if i == 3000:
            s = s + 0.5
        s += i
    return s

print(run(6000))
print(run(10))

def mixed(n):
    x = 1
    total = 0.0
    for i in range(n):
        x = x * 3 % 1000
        if i > 2500:
            x = x / 7
        total += x
    return total

print(mixed(5000))
