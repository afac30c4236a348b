# Uncaught AssertionError with a message
def check(v):
    assert v > 0, "value must be positive, got %r" % v
    return v
print(check(2))
print(check(-2))
