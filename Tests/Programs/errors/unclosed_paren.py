print("x")
total = (1 +
    2
