print("raiser: before")
x = {}["missing"]
