# Uncaught AttributeError
value = 5
print(value.real)
print(value.foo)
