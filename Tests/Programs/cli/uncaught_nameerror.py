# Uncaught NameError
print("before")
foo()
