# A recursion limit far above what the frame stack holds must still end in
# RecursionError, never a crash.
# conformance: skip-under-gc-stress (200,000 frames, each a collection over the whole stack)
import sys
sys.setrecursionlimit(10**6)


def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
print("after")
