# `with` on objects without __enter__/__exit__ (class-based managers need classes).
for m in [1, None, "s", [1], (x for x in [])]:
    try:
        with m:
            print("not reached")
    except TypeError as e:
        print("TypeError:", e)
try:
    with 1 as a, 2 as b:
        pass
except TypeError as e:
    print("TypeError:", e)
print("a" in dir() if False else "done")
