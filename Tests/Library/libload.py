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
