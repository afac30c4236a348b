# pass and assert
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
print("pass ok")

assert True
assert 1 == 1, "not shown"
assert [1], "non-empty list is truthy"
print("asserts passed")

try:
    assert False
except AssertionError as e:
    print("caught AssertionError, args =", e.args, "str =", repr(str(e)))

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("caught:", e)
    print("args:", e.args)

def check_positive(n):
    assert n > 0, "expected positive, got %d" % n
    return n * 2

for v in [3, -1, 0, 5]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e)

count = 0
def bump():
    global count
    count += 1
    return "message %d" % count
assert True, bump()
print("message evaluated only on failure:", count)
try:
    assert 0, bump()
except AssertionError as e:
    print(e, count)
try:
    assert None, ["a", "list", 1]
except AssertionError as e:
    print(e.args[0], type(e.args[0]))
try:
    assert ()
except AssertionError as e:
    print(type(e).__name__, len(e.args))
