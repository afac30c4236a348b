if True:
    pass
for i in range(3):

print("x")
