print("yield outside")
yield 1
