# A script is not in a package: relative imports fail.
print(__package__)
from . import something
