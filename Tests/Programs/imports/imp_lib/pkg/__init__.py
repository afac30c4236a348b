print("pkg __init__:", __name__, __package__)
from . import helper
from .helper import hval
__all__ = ["helper", "hval", "sub", "twice"]
def twice(x):
    return 2 * x
_hidden = 1
