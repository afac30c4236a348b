print("before")
s = "unterminated
print(s)
