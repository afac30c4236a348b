# finally blocks and except handlers run before the program dies; stdout is flushed
def work():
    try:
        print("working")
        [][1]
    finally:
        print("cleanup in finally")
try:
    work()
except KeyError:
    print("not this handler")
