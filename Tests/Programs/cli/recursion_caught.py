# RecursionError can be caught, and the program continues
import sys
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught RecursionError:", e)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
depth = count_depth(0)
print(depth > 100, depth < sys.getrecursionlimit())
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(800))
