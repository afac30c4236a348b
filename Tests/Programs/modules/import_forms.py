# Import statement forms
import math
import math as m
from math import sqrt, pi
from math import floor as fl, ceil as cl
import sys, time
print(m is math, m.sqrt(81), sqrt(81), pi == math.pi, fl(2.5), cl(2.5))
print(m.pi, m.e, math.factorial(6))
def uses_import_inside():
    import math as inner_math
    from math import tau
    return inner_math.floor(tau)
print(uses_import_inside())
import math
print(math.sqrt(4))
print(type(math).__name__, math.__name__, m.__name__, sys.__name__, time.__name__)
print("math" in sys.modules, "sys" in sys.modules)
sqrt = lambda x: "shadowed"
print(sqrt(4), math.sqrt(4))
from math import sqrt
print(sqrt(4))
try:
    from math import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).startswith("cannot import name 'does_not_exist' from 'math'"))
try:
    math.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
except ImportError as e:
    print("ImportError:", e)
print(__name__)
