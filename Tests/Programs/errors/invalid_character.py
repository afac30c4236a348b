print("ok")
x = $y
