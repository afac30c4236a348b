hval = 42
def whoami():
    return __name__
