# printf-style formatting with mapping keys
data = {"name": "Ada", "age": 36, "score": 97.5, "tags": ["x", "y"]}
print("%(name)s is %(age)d years old" % data)
print("%(name)r scored %(score).1f%%" % data)
print("[%(age)5d] [%(age)-5d] [%(score)08.2f] [%(name)10s]" % data)
print("%(tags)s %(name)s %(name)s" % data)
print("%(missing)s" % {"missing": None}, "%(a)s%(b)s" % {"a": 1, "b": 2, "c": 3})
print("%(x)x %(x)o %(x)#X" % {"x": 255})
try:
    print("%(nokey)s" % data)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%(name)s %s" % data)
except TypeError as e:
    print("TypeError:", e)
print("%s" % {"k": "v"}, "%s" % ({"k": "v"},))
print("%(1)s" % {"1": "digit key"}, "%()s" % {"": "empty key"})
