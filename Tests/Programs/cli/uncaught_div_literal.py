# 1/0 uncaught at module level
print("one over zero")
print(1/0)
