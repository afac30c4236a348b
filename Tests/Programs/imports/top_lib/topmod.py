NAME = "topmod"
print("topmod body runs once")
