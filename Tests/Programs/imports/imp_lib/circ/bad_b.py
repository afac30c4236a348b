from .bad_a import X
Y = 2
