# Uncaught exception with an explicit cause
try:
    int("abc")
except ValueError as e:
    raise TypeError("wrapped") from e
