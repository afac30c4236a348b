from ..helper import whoami
from .. import helper as h
from . import leaf
print("pkg.sub __init__:", __package__)
