# An exception in an imported module's body propagates; the module is not kept.
import sys
try:
    import imp_lib.raiser
except KeyError as e:
    print("caught", e)
print("imp_lib.raiser" in sys.modules)
import imp_lib.raiser
