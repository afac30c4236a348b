# copy (shallow/deep, instances), string constants and io.StringIO.
import copy
import io
import string


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


inner = [1, 2]
data = {"list": inner, "tuple": (inner, 3), "set": {4, 5}}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow["list"] is inner, deep["list"] is inner, deep == data)
print(deep["tuple"][0] is deep["list"], copy.deepcopy((1, "a")) == (1, "a"))
loop = [1]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2[1] is loop2, loop2 is loop)
tree = Node(1, [Node(2, []), Node(3, [])])
t2 = copy.deepcopy(tree)
t3 = copy.copy(tree)
print(t2.value, [c.value for c in t2.children], t2.children is tree.children, t3.children is tree.children)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))

buf = io.StringIO()
buf.write("first line\n")
print("second", "line", file=buf)
buf.write("third")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(6)), repr(buf.read()))
buf.seek(0)
print([line for line in buf])
src = io.StringIO("a\nbb\nccc\n")
print(src.readlines(), repr(src.read()))
src.seek(2)
src.truncate()
print(repr(src.getvalue()))
src.close()
try:
    src.read()
except ValueError as e:
    print("ValueError", e)
