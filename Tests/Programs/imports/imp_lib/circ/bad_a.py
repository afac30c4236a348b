from .bad_b import Y
X = 1
