# print() with sep, end, flush, file
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="|")
print("y", end="|\n")
print()
print("", "")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" ; ")
print("flushed", flush=True)
print("multi", "end", sep="-", end="!\n")
print(sep="ignored")
print(end="only end\n")
print("sep None", "works", sep=None)
print("end None", end=None)
print("stdout explicitly", file=sys.stdout)
print("stderr only", file=sys.stderr)
print("None file", file=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("star-args not used")
print("tab\tsep", "x", sep="\t")
print("unicode ✓", "日本", "😀", sep="·")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=3)
except TypeError as e:
    print("TypeError:", e)
