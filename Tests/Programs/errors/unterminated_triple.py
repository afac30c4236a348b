print("start")
text = """this triple-quoted string
never ends
print(text)
