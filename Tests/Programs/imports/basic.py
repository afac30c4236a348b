# Module imports: import, import as, from-import, each module runs once, __name__, sys.modules.
import sys
print(__name__)
import imp_lib.counter
import imp_lib.counter
print(imp_lib.counter.loads, imp_lib.counter.value)
import imp_lib.counter as c
print(c is imp_lib.counter, c.bump(), imp_lib.counter.value)
from imp_lib.counter import value, bump
print(value, bump(), c.value)
from imp_lib import counter
print(counter is c)
print("imp_lib.counter" in sys.modules, sys.modules["imp_lib.counter"] is c)
print(c.__name__, c.__package__, imp_lib.__name__)
print(c.__file__.endswith("imports/imp_lib/counter.py"))
print(repr(c).startswith("<module 'imp_lib.counter' from "))
print(type(c).__name__)
# sys.path is a real list that import consults.
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/top_lib")
import topmod
import topmod as again
print(topmod.NAME, again is topmod)
del sys.modules["topmod"]
import topmod
print(topmod is not again)
# from-import of a submodule, through the package.
from imp_lib.pkg import helper
print(helper.hval, helper.whoami())
import math, sys as system
print(system is sys, math.floor(2.5))
