import sys
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("1", e)
try:
    import imp_lib.no_such
except ImportError as e:
    print("2", e)
try:
    import imp_lib.counter.x
except ModuleNotFoundError as e:
    print("3", e)
try:
    from imp_lib import no_such_name
except ImportError as e:
    print("4", type(e).__name__, str(e).split(" (")[0])
try:
    from imp_lib.counter import nope
except ImportError as e:
    print("5", str(e).split(" (")[0], str(e).endswith("counter.py)"))
try:
    from imp_lib.star_all_missing import *
except AttributeError as e:
    print("6", e)
print(issubclass(ModuleNotFoundError, ImportError))
import no_such_module_at_top
