l = [1, 2, 3]
print(l[)
