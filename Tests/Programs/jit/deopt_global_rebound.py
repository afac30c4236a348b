# A global rebound while a loop that reads it runs.
SCALE = 2

def bump():
    global SCALE
    SCALE = 3.5

def run(n):
    s = 0
    for i in range(n):
        if i == 4000:
            bump()
        s += SCALE * i
    return s

print(run(8000))
print(SCALE)

LIMIT = 10
def count(n):
    c = 0
    for i in range(n):
        if i % LIMIT == 0:
            c += 1
    return c

print(count(5000))
LIMIT = 7
print(count(5000))
