# Infinite recursion ends with RecursionError (status 1)
def forever(n):
    return forever(n + 1)
print("starting")
forever(0)
