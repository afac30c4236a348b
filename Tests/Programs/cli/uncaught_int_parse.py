# int('x') uncaught
print("parsing")
n = int("x")
print(n)
