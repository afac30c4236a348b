# Uncaught exception with a custom message raised in a loop
def validate(items):
    for i in items:
        if i < 0:
            raise ValueError("negative value: %d" % i)
        print("ok", i)
validate([3, 1, -4, 1])
