# Packages: __init__.py, relative imports (., .., ...), __package__, __path__,
# from pkg import * with __all__ (submodules included), namespace packages.
import imp_lib.pkg.sub
print(imp_lib.pkg.sub.whoami(), imp_lib.pkg.sub.h.hval, imp_lib.pkg.sub.leaf.LEAF)
print(imp_lib.pkg.sub.leaf.counter_value)
print(imp_lib.pkg.__package__, imp_lib.pkg.sub.__package__, imp_lib.pkg.helper.__package__)
print(len(imp_lib.pkg.__path__), imp_lib.pkg.__path__[0].endswith("imp_lib/pkg"))
print(imp_lib.pkg.__file__.endswith("pkg/__init__.py"))
from imp_lib.pkg import *
print(sorted([n for n in dir() if not n.startswith("_")]))
print(twice(hval), sub.leaf.LEAF)
from imp_lib.pkg.sub import deep
try:
    deep.boom(3)
except ValueError as e:
    print("caught", e)
import imp_lib.pkg.sub.deep as d
print(d is deep)
import imp_lib.nsp.inner.mod
print(imp_lib.nsp.inner.mod.WHAT)
from imp_lib.nsp.inner import mod as m2
print(m2.WHAT)
