print("running imp_lib.counter body")
loads = 1
value = 10
_private = "hidden"
def bump():
    global value
    value += 1
    return value
