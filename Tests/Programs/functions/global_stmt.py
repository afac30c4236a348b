# The global statement
count = 0

def increment():
    global count
    count += 1
    return count

for _ in range(3):
    increment()
print("count =", count)

def read_only():
    return count * 10
print(read_only())

def shadow():
    count = 99
    return count
print(shadow(), count)

def create_global():
    global created
    created = "made inside a function"
create_global()
print(created)

total = 0
def add_all(values):
    global total
    for v in values:
        total += v
add_all([1, 2, 3])
add_all([10])
print(total)

items = []
def mutate_global_list(x):
    items.append(x)
mutate_global_list("a")
mutate_global_list("b")
print(items)

def rebind_list():
    global items
    items = ["fresh"]
rebind_list()
print(items)

def nested_global():
    def inner():
        global count
        count = 1000
    inner()
nested_global()
print(count)

x = "global x"
def outer():
    x = "outer x"
    def inner():
        global x
        return x
    return inner()
print(outer())

a, b = 1, 2
def swap_globals():
    global a, b
    a, b = b, a
swap_globals()
print(a, b)
