# Positional and keyword arguments, defaults
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punct="."))
print(greet(greeting="Yo", name="Ed"))
print(greet("Fay", punct="...", greeting="Bye"))

def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(base=2))

def no_return():
    x = 1
print(no_return())

def early(n):
    if n < 0:
        return
    return n * 2
print(early(-1), early(4))

def multi():
    return 1, "two", 3.0
print(multi())
a, b, c = multi()
print(a, b, c)

default_list_calls = []
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

counter = 10
def default_evaluated_once(x=counter):
    return x
counter = 20
print(default_evaluated_once())

errors = []
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
try:
    power()
except TypeError as e:
    print("TypeError:", e)
def f3(a, b, c):
    return a + b + c
try:
    f3(1)
except TypeError as e:
    print("TypeError:", e)
def f0():
    return 0
try:
    f0(1)
except TypeError as e:
    print("TypeError:", e)
print(f3(1, c=3, b=2), f3(c="z", a="x", b="y"))
