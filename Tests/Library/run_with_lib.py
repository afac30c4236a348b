"""Run a Python program under CPython with Swoop's Lib/ modules standing in for
CPython's own (random, array, itertools, collections, ... — many of which are
built in or frozen in CPython, so sys.path alone would not reach Lib/).

Usage: python3 Tests/Library/run_with_lib.py PROGRAM [ARGS...]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from libload import LIB, load  # noqa: E402

MODULES = ["random", "itertools", "collections", "bisect", "heapq", "functools", "operator",
           "copy", "string", "io", "array"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    # Load ours first (they only import math/time/sys), then install them.
    mine = {}
    for name in MODULES:
        mine[name] = load(name)
    program = sys.argv[1]
    with open(program) as f:
        code = compile(f.read(), program, "exec")
    sys.argv = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(program)))
    for name, mod in mine.items():
        sys.modules[name] = mod
    exec(code, {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__})


if __name__ == "__main__":
    main()
