# Uncaught exception without arguments: last line is just the class name
print("raising bare IndexError")
raise IndexError
