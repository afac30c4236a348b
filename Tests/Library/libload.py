"""Load a module from Lib/ under a private name, so CPython's own (often built-in
or frozen) module of the same name does not shadow it."""
import importlib.util
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Lib")


def load(name):
    path = os.path.join(LIB, name + ".py")
    if not os.path.exists(path):
        path = os.path.join(LIB, name, "__init__.py")
    spec = importlib.util.spec_from_file_location("swooplib_" + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def outcome(f):
    """f()'s result, or its exception's type name and message."""
    try:
        return ("ok", f())
    except Exception as e:
        return (type(e).__name__, str(e))


def differs(label, f, real, mine):
    """Runs f on CPython's module and on Lib's; prints and returns True when they differ."""
    a = outcome(lambda: f(real))
    b = outcome(lambda: f(mine))
    if a != b:
        print("MISMATCH", label, a, b)
        return True
    return False
