# Uncaught ZeroDivisionError: stdout before the error is kept, status 1
print("start")
x = 10
y = 0
print("computing")
print(x / y)
print("never printed")
